using Alignment.Loading;

namespace Alignment.Tests.Loading;

public class ParagraphBuilderTests
{
    [Fact]
    public void Rebuilds_the_wrapped_OCR_summary_of_seed_000_as_one_paragraph()
    {
        string text = ReportDocument.LoadOrThrow(TestFiles.Spanish2021).Text;

        var paragraphs = Texts(text);

        paragraphs[0].Should().Be("Peru (Nivel 2)");
        paragraphs[1].Should().StartWith("Aunque el Gobierno del Pert ain no cumple").And.EndWith("extremadamente insuficiente.");
        paragraphs[2].Should().Be("RECOMENDACIONES EN ORDEN DE PRIORIDAD:");
        paragraphs[3].Should().StartWith("Incrementar los recursos").And.EndWith("operaciones de falsificacion.");
        paragraphs[4].Should().Be("PROCESAMIENTO JUDICIAL");
        paragraphs.Should().HaveCount(25);
    }

    [Fact]
    public void Keeps_a_full_caption_apart_from_the_table_rows_under_it()
    {
        // A committee's paragraph hard-wrapped at 80, then a table: its caption as wide as the text and its rows. A row under a
        // full line goes on it when it is a wrapped entry, not when more rows follow it (the review's input).
        string text = "1. The Committee notes with concern the number of complaints of torture and ill-\n"
            + "treatment received by the national human rights institution in the period under\n"
            + "review, and the small number of those that led to prosecutions and convictions.\n\n"
            + "Complaints received by the national human rights institution, by type and year\n"
            + "Torture 12 15 18\nIll-treatment 30 28 25\nArbitrary detention 41 37 52\n";
        Texts(text).Should().Contain("Complaints received by the national human rights institution, by type and year").And.Contain("Torture 12 15 18");
    }

    [Fact]
    public void Keeps_a_job_numbers_second_print_date_on_its_line()
    {
        // Spain's core document (HRI/CORE/ESP/2010, genre set) as extracted from its PDF: the job number's second date wrapped.
        Texts("** Los anexos pueden consultarse en los archivos de la Secretaría.\nGE.11-41167 (S) 280211\n080311\nHRI/CORE/ESP/2010\n")
            .Should().Equal("** Los anexos pueden consultarse en los archivos de la Secretaría.", "GE.11-41167 (S) 280211 080311", "HRI/CORE/ESP/2010");
        Texts("Cuadro 4\nGE.11-41167 (S) 280211\n\n080311\n").Should().HaveCount(3, "a blank line sets the figures apart");
    }

    [Fact]
    public void Keeps_a_heading_apart_from_the_line_right_after_it_in_seed_000()
    {
        // "PROCESAMIENTO JUDICIAL\n El Gobierno continuó ..." has no blank line between them.
        string text = ReportDocument.LoadOrThrow(TestFiles.Spanish2021).Text;

        Texts(text).Should().Contain(p => p.StartsWith("El Gobierno continud realizando esfuerzos en el campo del procesamiento judicial."));
    }

    [Fact]
    public void Joins_the_double_spaced_wrapped_lines_of_seed_003()
    {
        string text = ReportDocument.LoadOrThrow(TestFiles.Spanish2013).Text;

        var paragraphs = Texts(text);

        paragraphs[0].Should().StartWith("El Perú es un país de origen, tránsito y destino de hombres, mujeres y niños que se encuentran sometidos")
            .And.EndWith("Lima y la Amazonía peruana.");
        paragraphs[1].Should().StartWith("El gobierno de Perú no cumple plenamente con las normas mínimas para la eliminación de la trata de personas; sin embargo, está haciendo esfuerzos significativos");
        paragraphs.Should().Contain("Procesos Judiciales").And.Contain("Protección").And.Contain("Prevención");
        paragraphs.Should().HaveCount(12);
    }

    [Fact]
    public void Joins_a_paragraph_continued_after_a_page_break_in_seed_002()
    {
        string text = ReportDocument.LoadOrThrow(TestFiles.English2021).Text;

        Texts(text).Should().ContainSingle(p => p.Contains("Proactively screen members of vulnerable groups, including individuals in commercial sex"));
    }

    [Fact]
    public void Joins_a_paragraph_continued_after_a_page_break_before_a_capitalised_name_in_seed_001()
    {
        // "La organización narcoterrorista" / blank line / "Sendero Luminoso recluta ...": no sentence end, so one paragraph.
        string text = ReportDocument.LoadOrThrow(TestFiles.Spanish2019).Text;

        Texts(text).Should().ContainSingle(p => p.Contains("La organización narcoterrorista Sendero Luminoso recluta"));
    }

    [Fact]
    public void Keeps_footnotes_table_rows_and_headings_apart_in_seed_004()
    {
        string text = ReportDocument.LoadOrThrow(TestFiles.EnglishNgo).Text;

        var paragraphs = Texts(text);

        paragraphs.Should().Contain("2.1 Situation in numbers at a national level");
        paragraphs.Should().Contain("Situation in numbers at a regional level");
        paragraphs.Should().Contain("Victims protection");
        paragraphs.Should().Contain("2 The Palermo Protocols, November 15“', 2000.");
        paragraphs.Should().Contain("From 14 to 17 years old 527 39.51%").And.Contain("Lima 31 26.5%");
        paragraphs.Should().Contain(p => p.StartsWith("All things considered, despite the seriousness of the crime"));
        paragraphs.Should().Contain(p => p.StartsWith("The National Action Plan has three main objectives"));
        paragraphs.Should().NotContain(p => p.Contains("Victims protection The National"));
    }

    [Fact]
    public void Joins_a_dash_that_continues_a_sentence_but_splits_list_items_in_seed_004()
    {
        string text = ReportDocument.LoadOrThrow(TestFiles.EnglishNgo).Text;

        var paragraphs = Texts(text);

        paragraphs.Should().ContainSingle(p => p.Contains("the Ministry of the Interior — MININTER, in Madre de Dios"));
        paragraphs.Should().Contain("- Lima, as the main destination,");
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\f")]
    public void Finds_the_same_paragraphs_whatever_the_line_breaks(string lineBreak)
    {
        foreach (var seed in Seeds)
        {
            string text = ReportDocument.LoadOrThrow(seed).Text;
            string converted = text.Replace("\n", lineBreak, StringComparison.Ordinal);

            Texts(converted).Should().Equal(Texts(text), because: $"{Path.GetFileName(seed)} with {Escape(lineBreak)} breaks");
        }
    }

    [Fact]
    public void A_un_header_s_label_alone_on_its_line_goes_on_with_its_value()
    {
        // A/HRC/7/78 as extracted from its PDF (genre set, dev).
        const string text = "A/HRC/7/78\n\nDistr.\nGENERAL\n\nA/HRC/7/78\n14 July 2008\n\nOriginal:\nENGLISH\n";

        Texts(text).Should().Equal("A/HRC/7/78", "Distr. GENERAL", "A/HRC/7/78", "14 July 2008", "Original: ENGLISH");
    }

    [Fact]
    public void A_title_like_line_after_a_line_ending_on_a_function_word_goes_on_the_sentence_across_a_page_break()
    {
        // CAF's release (genre set, dev) hard-wrapped and paginated: the page broke after "de".
        const string text = "El Directorio aprobó operaciones para proyectos de infraestructura e integración en Brasil,\n"
            + "Colombia, México, Paraguay, República Dominicana y Uruguay. También dio vía libre a la\n"
            + "segunda fase del Programa de\n\nPreinversión para el Sector Agua\n\n"
            + "Con el propósito de mejorar la calidad de vida y promover la integración regional, se\n"
            + "aprobaron operaciones por un total de 1.325 millones de dólares.\n";

        Texts(text).Should().Equal(
            "El Directorio aprobó operaciones para proyectos de infraestructura e integración en Brasil, Colombia, México, Paraguay, República Dominicana y Uruguay. También dio vía libre a la segunda fase del Programa de Preinversión para el Sector Agua",
            "Con el propósito de mejorar la calidad de vida y promover la integración regional, se aprobaron operaciones por un total de 1.325 millones de dólares.");
    }

    [Fact]
    public void In_a_paginated_text_a_blank_line_within_a_page_ends_a_title_and_a_page_break_does_not()
    {
        // CRC/C/15/Add.120 (genre set, dev) hard-wrapped and cut into pages: the title's line is nearly full.
        const string title = "Concluding observations of the Committee on the Rights of the Child: Peru";
        const string body = "The Committee considered the second periodic report of Peru\n(CRC/C/65/Add.8) at its 605th and 606th meetings.\n";
        const string paginated = "COMMITTEE ON THE RIGHTS OF THE CHILD\n\n" + title + "\n\n" + body + "\fThe Committee welcomes the report.\n";
        const string pageBreak = "COMMITTEE ON THE RIGHTS OF THE CHILD\n\nThe Committee notes the information provided by the State party in its\n"
            + "report and regrets that the Optional Protocol on the Involvement of Children\n\fArmed Conflict has not been ratified.\n";

        Texts(paginated).Should().Contain(title);
        Texts(pageBreak).Should().Contain(t => t.EndsWith("Optional Protocol on the Involvement of Children Armed Conflict has not been ratified.", StringComparison.Ordinal));
    }

    [Fact]
    public void Across_a_blank_line_a_word_that_starts_sentences_after_a_content_word_opens_a_new_unit()
    {
        // IFAD's release IFAD/38/07 (genre set, dev) hard-wrapped at 75 columns: a subheading that fills the width, then its
        // first paragraph.
        string text = Alignment.Tests.Aligning.GenreSetTests.HardWrapped(File.ReadAllText(Path.Combine(Alignment.Tests.Aligning.GenreSet.Folder, "pressrelease-ifad-2007.es.txt")));
        var sentences = new BitextAligner().Analyze(ReportDocument.FromText(text, "ifad.es.txt", Language.Spanish).GetDocumentOrThrow())
            .Sentences.Select(x => x.NormalizedText).ToList();

        sentences.Should().Contain("La región de África occidental y central recibirá préstamos por un monto de 5,7 millones de dólares y donaciones por valor de 15,0 millones de dólares");

        // A page break after "de", or before a name, still joins.
        const string cut = "El Gobierno asignó 15,5 millones de soles a las unidades especializadas en la lucha contra la trata de\n\n"
            + "personas, y las autoridades identificaron a las víctimas en las regiones de Loreto y de la selva, en\n\n"
            + "Madre de Dios, durante el periodo del informe.\n";
        new BitextAligner().Analyze(ReportDocument.FromText(cut, "cut.es.txt", Language.Spanish).GetDocumentOrThrow()).Sentences.Should().ContainSingle();
    }

    [Fact]
    public void Joins_a_sentence_across_a_form_feed_page_break()
    {
        const string text = "PREVENCIÓN\n\nEl gobierno mantuvo los\n\fesfuerzos de prevención.\n\fPERFIL DE LA TRATA DE PERSONAS\n";

        Texts(text).Should().Equal("PREVENCIÓN", "El gobierno mantuvo los esfuerzos de prevención.", "PERFIL DE LA TRATA DE PERSONAS");
    }

    [Fact]
    public void A_numbered_paragraph_starts_anew_after_a_title_the_extraction_ran_into_the_text()
    {
        // The IACHR annual report chapter as a text extraction gives it (genre set, chapter-iachr-ar2012-ch2.es.txt):
        // the title line is long, so it is not short against the wrap width, yet "2. La CIDH" opens a paragraph.
        string text = File.ReadAllText(Path.Combine(TestFiles.Data("genres"), "chapter-iachr-ar2012-ch2.es.txt"));

        var paragraphs = Texts(text);

        paragraphs[0].Should().Be("Capítulo Ii Bases Jurídicas Y Actividades 2012 A. Bases Jurídicas, Funciones y Competencias");
        paragraphs[1].Should().StartWith("2. La CIDH está integrada");
        paragraphs[2].Should().StartWith("3. En abril de 1948");
    }

    [Fact]
    public void A_salutation_set_apart_by_blank_lines_is_a_unit_though_it_ends_in_a_comma()
    {
        // The web copy of a UN speech (genre set, speech-ohchr-hrc35-2017.en.txt): one line per paragraph.
        string text = File.ReadAllText(Path.Combine(TestFiles.Data("genres"), "speech-ohchr-hrc35-2017.en.txt"));

        var paragraphs = Texts(text);

        paragraphs.Should().Contain("Distinguished President of the Council,").And.Contain("Excellencies, Colleagues, Friends,");
        paragraphs.Should().Contain(p => p.StartsWith("Fifty years ago, this was the day", StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_web_copy_line_that_lost_its_period_ends_its_unit_at_a_blank_line()
    {
        // A PAHO press release (genre set, pressrelease-paho-02.en.txt): one line per paragraph, one paragraph without its
        // final period. Before, the dateline paragraph after the blank line was run into it.
        string text = File.ReadAllText(Path.Combine(TestFiles.Data("genres"), "pressrelease-paho-02.en.txt"));

        var paragraphs = Texts(text);

        paragraphs.Should().Contain(p => p.EndsWith("Its success inspired the creation of World Immunization Week", StringComparison.Ordinal));
        paragraphs.Should().Contain(p => p.StartsWith("Washington, D.C., 22 April 2015 (PAHO/WHO)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_comma_line_of_a_hard_wrapped_paragraph_goes_on_after_a_blank_line()
    {
        const string text = "The government reported that it had identified 120 victims in the\nnorthern regions, a figure that included 45 children and adolescents,\n\nVictims of forced labor in the mining sector of Madre de Dios.\n";

        Texts(text).Should().HaveCount(1);
    }

    [Theory]
    [InlineData("2. La CIDH está integrada", true)]
    [InlineData("4.1. The State shall", true)]
    [InlineData("15) El Estado", true)]
    [InlineData("2019. La policía", false)]
    [InlineData("2.5 million people", false)]
    [InlineData("3. in lower case", false)]
    [InlineData("12.", false)]
    public void A_paragraph_number_is_one_to_three_digits_a_dot_or_parenthesis_and_a_capital(string line, bool numbered) =>
        LineLayout.StartsNumberedParagraph(line, new TextLine(0, line.Length, 0)).Should().Be(numbered);

    [Fact]
    public void Treats_no_break_spaces_and_trailing_spaces_as_white_space()
    {
        const string text = "\u00A0PROTECCIÓN\u00A0 \n\nEl gobierno protegió a las \u00A0\n\nvíctimas.\u00A0\n";

        Texts(text).Should().Equal("PROTECCIÓN", "El gobierno protegió a las víctimas.");
    }

    [Fact]
    public void Returns_trimmed_non_overlapping_paragraphs_in_order_for_every_seed()
    {
        foreach (var seed in Seeds)
        {
            string text = ReportDocument.LoadOrThrow(seed).Text;
            int previousEnd = 0;
            foreach (var paragraph in ParagraphBuilder.Build(text))
            {
                paragraph.Start.Should().BeGreaterThanOrEqualTo(previousEnd);
                paragraph.End.Should().BeGreaterThan(paragraph.Start);
                char.IsWhiteSpace(text[paragraph.Start]).Should().BeFalse();
                char.IsWhiteSpace(text[paragraph.End - 1]).Should().BeFalse();
                previousEnd = paragraph.End;
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\r\n\f\u00A0")]
    public void Finds_no_paragraph_in_blank_text(string text)
    {
        ParagraphBuilder.Build(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("PROSECUTION", true)]
    [InlineData("Procesos Judiciales", true)]
    [InlineData("2.1 Situation in numbers at a national level", true)]
    [InlineData("Prevention of human trafficking: deficiencies", true)]
    [InlineData("Peru (Tier 2)", true)]
    [InlineData("Lima 31 26.5%", false)]
    [InlineData("Lima, November 29\" 2011", false)]
    [InlineData("especially, girls.", false)]
    [InlineData("follows:", false)]
    [InlineData("- Lima, as the main destination,", false)]
    [InlineData("A. Mandate and Competence of the Office of the Special Rapporteur for Freedom of Expression", true)]
    [InlineData("IV. Measures taken by the State to protect and assist the victims of trafficking", true)]
    [InlineData("Mandate and Competence of the Office of the Special Rapporteur for Freedom of Expression", false)]
    [InlineData("A. The Office of the Special Rapporteur for Freedom of Expression is a permanent office.", false)]
    [InlineData("A. Mandate and Competence of the Office of the Special Rapporteur for Freedom of Expression and of the Commission itself", false)]
    public void Tells_heading_like_lines(string line, bool expected)
    {
        HeadingShape.IsHeadingLike(line).Should().Be(expected);
    }

    [Fact]
    public void Keeps_a_line_the_heading_families_name_apart_even_inside_a_wrapped_paragraph()
    {
        // The OCR lost the period before the heading: layout alone reads the heading as a wrapped line of the sentence above
        // (it ends on "año", a short lower-case word); that the next line's first word would have fitted after it ends it.
        const string text = "El gobierno mantuvo los esfuerzos de procesamiento judicial en todo el país durante el año\nProtección de las víctimas\nEl gobierno identificó a 640 presuntas víctimas en todo el territorio nacional del Perú.\n";
        var splitter = new Alignment.Sections.SectionSplitter(Alignment.Languages.LanguageProfile.Get("es"));

        Texts(text).Should().Equal(
            "El gobierno mantuvo los esfuerzos de procesamiento judicial en todo el país durante el año Protección de las víctimas",
            "El gobierno identificó a 640 presuntas víctimas en todo el territorio nacional del Perú.");
        ParagraphBuilder.Build(text, splitter.IsHeadingLine).Select(p => text[p.Start..p.End]).Should().Equal(
            "El gobierno mantuvo los esfuerzos de procesamiento judicial en todo el país durante el año",
            "Protección de las víctimas",
            "El gobierno identificó a 640 presuntas víctimas en todo el territorio nacional del Perú.");
    }

    [Fact]
    public void A_web_address_on_a_line_of_its_own_is_a_unit_between_sentences()
    {
        // An Oxfam summary's cover text, its web address, then the summary (a web copy: one line per paragraph).
        const string text = "Los Gobiernos deben reformar urgentemente los sistemas fiscales y aumentar el gasto en servicios públicos gratuitos para abordar la desigualdad y evitar así un mundo al servicio de las élites.\nwww.oxfam.org\nLa desigualdad económica va en rápido aumento y las investigaciones realizadas por Oxfam lo han constatado en todos los países estudiados.\n";
        Texts(text).Should().HaveCount(3).And.Contain("www.oxfam.org");

        // Wrapped onto its own line mid-sentence, an address goes on with its sentence.
        const string wrapped = "The full report, with its annexes and the data of every country studied, can be read at\nhttps://www.example.org/report\nand in the library.\n";
        Texts(wrapped).Should().ContainSingle();
    }

    [Fact]
    public void A_line_repeated_on_the_next_line_is_a_unit_of_its_own()
    {
        // A UNHCR release's page title above the same headline, then its first paragraph, hard-wrapped as a PDF copy would be.
        const string text = "ACNUR sostiene reuniones con funcionarios de Colombia y Venezuela\nACNUR sostiene reuniones con funcionarios de Colombia y Venezuela\nGINEBRA – En respuesta a sus respectivas solicitudes, el Alto Comisionado\nAsistente para las Operaciones del ACNUR, Sr. George Okoth-Obbo, se reunió\nel 7 de septiembre con la Ministra de Relaciones Exteriores de Colombia.\n";
        // The headline is a unit too: the line under it opens with the release's dateline ("GINEBRA –").
        Texts(text).Should().Equal(
            "ACNUR sostiene reuniones con funcionarios de Colombia y Venezuela",
            "ACNUR sostiene reuniones con funcionarios de Colombia y Venezuela",
            "GINEBRA – En respuesta a sus respectivas solicitudes, el Alto Comisionado Asistente para las Operaciones del ACNUR, Sr. George Okoth-Obbo, se reunió el 7 de septiembre con la Ministra de Relaciones Exteriores de Colombia.");
    }

    [Fact]
    public void A_dateline_opening_a_hard_wrapped_line_starts_a_paragraph_but_a_capitals_word_mid_sentence_does_not()
    {
        const string release = "Iniciativas para ayudar a los sectores más vulnerables de la región andina\nWASHINGTON, D.C. — El Banco Interamericano de Desarrollo ha dedicado 43 por\nciento de su cartera de crédito activa a inversiones sociales en la región.\n";
        Texts(release).Should().HaveCount(2).And.StartWith("Iniciativas para ayudar a los sectores más vulnerables de la región andina");

        // An acronym and a spaced dash under a line that ends on a function word: the sentence goes on.
        const string running = "El informe anual fue preparado con la colaboración de la oficina regional de\nUNICEF – y de otros organismos – para presentar sus resultados a la junta.\n";
        Texts(running).Should().ContainSingle();
    }

    [Fact]
    public void A_title_in_capitals_above_running_text_in_a_hard_wrapped_copy_is_a_unit_of_its_own()
    {
        // An OAS speech's title lines in capitals, a blank line and the date line, as a copy wrapped at 75 columns gives them.
        const string text = "Speeches\n\nJOSÉ MIGUEL INSULZA, SECRETARY GENERAL OF THE ORGANIZATION OF AMERICAN STATES\n49TH EXTRAORDINARY GENERAL ASSEMBLY TO ELECT THE NEW SECRETARY GENERAL\n\nMarch 18, 2015 - Washington, DC\n\n\nIt has been a long meeting and it is time to hear the voice of the States\nwho are those who have resolved and elected our friend Luis Almagro by, I\nwould say, a unanimous majority.\n";
        var paragraphs = Texts(text);
        paragraphs.Should().Contain("March 18, 2015 - Washington, DC");
        paragraphs[^1].Should().StartWith("It has been a long meeting");
    }

    [Fact]
    public void Across_a_blank_line_a_headline_the_next_word_would_have_fitted_after_ends_its_unit_but_a_full_line_goes_on()
    {
        const string headline = "Programas Sociales\n\nIniciativas innovadoras para ayudar a los sectores más vulnerables\n\nEl Banco Interamericano de Desarrollo ha dedicado 43 por ciento de su\ncartera de crédito activa de 46.000 millones de dólares* a inversiones\nsociales en América Latina y el Caribe, excediendo la meta fijada por los\ngobernadores del Banco. Otro 19 por ciento de su cartera presta ayuda al\nproceso de reforma y modernización del estado en los países de la región.\n";
        Texts(headline).Should().HaveCount(3).And.Contain("Iniciativas innovadoras para ayudar a los sectores más vulnerables");

        // A full line cut by a page break (the next word no longer fits) goes on across the blank line.
        const string pageBreak = "El Alto Comisionado se reunió el 7 de septiembre con la Ministra María Ángela\n\nHolguín y el 8 de septiembre con el Defensor del Pueblo, Sr. Tarek William\nSaab, para discutir las recientes deportaciones de colombianos desde Venezuela.\n";
        Texts(pageBreak).Should().ContainSingle();
    }

    [Fact]
    public void A_title_line_ending_in_a_date_under_a_line_that_wraps_into_it_is_no_table_row()
    {
        // An EU statement's title hard-wrapped as a PDF copy would be: the second line ends in figures like a table row.
        const string text = "Declaration by the High Representative Federica Mogherini on behalf of the\nEuropean Union on Human Rights Day, 10 December 2016\n";
        Texts(text).Should().ContainSingle();

        // A row under a line that asks for nothing is a row (rows well short of the prose lines' width).
        const string table = "The government reported the following figures for the victims it identified in the two years\nunder review, as the annual statistics of the Public Ministry show:\nVictims identified 2019 1054\nVictims identified 2020 640\nThe figures were not broken down by sex or by the kind of exploitation.\n";
        Texts(table).Should().Contain("Victims identified 2019 1054").And.Contain("Victims identified 2020 640");
    }

    [Fact]
    public void A_year_wrapped_alone_onto_the_next_line_ends_the_sentence_above()
    {
        // A committee's report hard-wrapped at 75 columns: the year of the date is all that was left for the last line.
        const string text = "El Comité aprobó las siguientes observaciones finales en sus sesiones 179ª y\n180ª, celebradas los días 20 y 21 de septiembre de\n2011.\n2.\nEl Comité acoge con satisfacción la presentación del informe inicial.\n";
        Texts(text).Should().Equal(
            "El Comité aprobó las siguientes observaciones finales en sus sesiones 179ª y 180ª, celebradas los días 20 y 21 de septiembre de 2011.",
            "2. El Comité acoge con satisfacción la presentación del informe inicial.");
    }

    [Fact]
    public void A_line_that_goes_on_in_lower_case_and_ends_on_figures_is_no_table_row()
    {
        // A UN report hard-wrapped at 75 columns (unreport-mex-cat8-2023): the sentence's last line ends on a date and a
        // note mark, which reads like a row of words and figures.
        const string text = "2.No amendments have been made to articles 24 and 25 of the General Act on\nthe Prevention, Investigation and Punishment of Torture and Other Cruel,\nInhuman or Degrading Treatment or Punishment (the General Act on Torture)\nsince its promulgation on 26 June 2017.1\n\n3.Two proposals for the amendment of article 24 were brought before the Senate.\n";
        Texts(text).Should().HaveCount(2).And.Contain(t => t.EndsWith("(the General Act on Torture) since its promulgation on 26 June 2017.1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_ending_in_a_semicolon_before_a_blank_line_and_a_new_start_ends_its_unit()
    {
        // An OAS resolution's preambular paragraphs, one line each with a blank line between them (oasres-ag1648-1999).
        const string text = "BEARING IN MIND that the Charter establishes in its preamble \"that representative democracy is an indispensable condition for the stability, peace and development of the region\";\n\nHAVING SEEN the Annual Report of the Permanent Council (AG/doc.3830/99) and, in particular, the chapter on the Report of the Committee on Juridical and Political Affairs;\n\nCONSIDERING:\n";
        Texts(text).Should().HaveCount(3).And.StartWith("BEARING IN MIND that the Charter establishes in its preamble \"that representative democracy is an indispensable condition for the stability, peace and development of the region\";");

        // A clause going on in lower case after the blank line is the same unit.
        const string lower = "The Committee recommends that the State party adopt the bill on migration, which has been pending since 2015;\n\nand that it report on its progress in its next periodic report to the Committee.\n";
        Texts(lower).Should().ContainSingle();
    }

    [Fact]
    public void A_clause_ending_in_a_semicolon_and_a_conjunction_before_a_blank_line_ends_its_unit()
    {
        // A resolution's recital: "…; and" closes a clause, the next opens with a capital (oasres-ag1648-1999).
        const string text = "Resolution AG/RES. 1063 (XX-O/90), which requested the Secretary General to establish a Unit for the Promotion of Democracy; and\n\nThat, pursuant to resolution CP/RES. 572 (882/91), the Unit will be available to perform such tasks;\n\nLa resolución AG/RES. 1063 (XX-O/90), mediante la cual se creó la Unidad para la Promoción de la Democracia; y\n\nQue de conformidad con la resolución CP/RES. 572 (882/91), la Unidad estará a disposición;\n";
        Texts(text).Should().HaveCount(4);

        // Any other last word after the semicolon goes on across the blank line (a page break).
        const string wrapped = "The Committee recommends that the State party adopt the bill on migration pending since 2015; the\n\nCommittee also recommends that it report on its progress in its next periodic report.\n";
        Texts(wrapped).Should().ContainSingle();
    }

    [Fact]
    public void A_title_line_ending_on_note_asterisks_ends_its_unit()
    {
        // A UN report's title with its footnotes' asterisks, then the date it was received, a line each (unreport-mex-cat8-2023).
        const string text = "Comité contra la Tortura\nOctavo informe periódico que México debía presentar en 2023 en virtud del artículo 19 de la Convención con arreglo al procedimiento simplificado de presentación de informes ** , ***\n[Fecha de recepción: 31 de mayo de 2023]\nIntroducción\n1.Con fundamento en el artículo 19 de la Convención, el Estado mexicano presenta su octavo informe ante el Comité.\n";
        Texts(text).Should().Contain("[Fecha de recepción: 31 de mayo de 2023]");

        // The same title hard-wrapped, as a PDF copy gives it.
        const string wrapped = "Octavo informe periódico que México debía presentar en 2023 en virtud del\nartículo 19 de la Convención con arreglo al procedimiento simplificado de\npresentación de informes ** , ***\n[Fecha de recepción: 31 de mayo de 2023]\n1. Con fundamento en el artículo 19 de la Convención, el Estado mexicano\npresenta su octavo informe ante el Comité contra la Tortura.\n";
        Texts(wrapped).Should().Contain("[Fecha de recepción: 31 de mayo de 2023]");

        // A mark glued to a word at the end of a hard-wrapped line may sit in mid-sentence.
        const string glued = "The State party has ratified the Convention against Torture and the Convention against Torture*\nOptional Protocol, which it signed in 2006, and it has since reported on both of them.\nThe Committee welcomes it.\n";
        Texts(glued).Should().NotContain(t => t.EndsWith("Torture*", StringComparison.Ordinal));

        // A line cut mid-sentence goes on whatever its length.
        const string cut = "Comité contra la Tortura\nEl Estado mexicano presenta su octavo informe periódico con arreglo al procedimiento simplificado de presentación de informes y en virtud del artículo 19 de la Convención contra la\nTortura y otros Tratos o Penas Crueles, Inhumanos o Degradantes.\n";
        Texts(cut).Should().HaveCount(2);
    }

    [Fact]
    public void A_paragraph_mark_on_a_line_of_its_own_opens_the_paragraph_under_it()
    {
        // PDF extraction of a UN committee's concluding observations: each paragraph's number, outline letter or item mark on
        // its own line (as in unhr-cmw-arg-co1-2011, written anew here).
        const string text = "Argentina\n1.\nThe Committee considered the initial report of Argentina at its 167th and 168th\nmeetings, held on 12 and 13 September 2011.\n\nA.\n\nIntroduction\n2.\nThe Committee welcomes the submission of the report.\n(a)\nThe Migration Act of 2004;\n";
        Texts(text).Should().Equal(
            "Argentina",
            "1. The Committee considered the initial report of Argentina at its 167th and 168th meetings, held on 12 and 13 September 2011.",
            "A. Introduction",
            "2. The Committee welcomes the submission of the report.",
            "(a) The Migration Act of 2004;");

        // A page number is no mark: it has no period, and a sentence it interrupts goes on.
        Texts("The Committee notes the efforts made by the\n46\nState party to train judges.\n").Should().NotContain(t => t.StartsWith("46 State", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1.", true)]
    [InlineData("12.", true)]
    [InlineData("II.", true)]
    [InlineData("XIV.", true)]
    [InlineData("A.", true)]
    [InlineData("(a)", true)]
    [InlineData("(iv)", true)]
    [InlineData("(3)", true)]
    [InlineData("b)", true)]
    [InlineData("46", false)]
    [InlineData("0.", false)]
    [InlineData("2019.", false)]
    [InlineData("3.1", false)]
    [InlineData("Ms.", false)]
    [InlineData("(CRC)", false)]
    [InlineData("AB.", false)]
    public void Tells_a_paragraph_mark_from_other_short_lines(string line, bool mark)
    {
        LineLayout.IsParagraphMark(line).Should().Be(mark);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Returns_ordered_trimmed_paragraphs_for_any_text(string? input)
    {
        // Random text with plenty of line breaks, blank lines, headings and punctuation.
        string text = (input ?? "").Replace('a', '\n').Replace('b', '.').Replace('c', '\r').Replace('d', 'P');
        int previousEnd = 0;
        foreach (var p in ParagraphBuilder.Build(text))
        {
            if (p.Start < previousEnd || p.End <= p.Start || TextNormalizer.IsSpace(text[p.Start]) || TextNormalizer.IsSpace(text[p.End - 1]))
            {
                return false;
            }

            previousEnd = p.End;
        }

        return true;
    }

    private static readonly string[] Seeds =
        [TestFiles.Spanish2021, TestFiles.Spanish2019, TestFiles.English2021, TestFiles.Spanish2013, TestFiles.EnglishNgo];

    private static List<string> Texts(string text) =>
        ParagraphBuilder.Build(text).Select(p => TextNormalizer.Normalize(text, p.Start, p.End).Text).ToList();

    private static string Escape(string s) => s.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\f", "\\f");
}
