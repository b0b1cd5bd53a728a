using Alignment.Languages;
using Alignment.Loading;
using Alignment.Sentences;

namespace Alignment.Tests.Sentences;

public class SentenceSplitterTests
{
    private static readonly SentenceSplitter Spanish = new(LanguageProfile.Get("es"));
    private static readonly SentenceSplitter English = new(LanguageProfile.Get("en"));

    [Fact]
    public void Splits_before_each_OCR_EI_Gobierno_sentence_of_the_2021_summary()
    {
        var passage = Passage(TestFiles.Spanish2021, Spanish, "Aunque el Gobierno del Pert", "resulté extremadamente\ninsuficiente.");

        passage.Sentences.Should().HaveCount(9);
        passage.Sentences[3].Should().EndWith("derivacion de 96 nifias a refugios estatales para victimas de trata.");
        passage.Sentences[4].Should().Be(
            "EI Gobierno aprobo una ley que fortalece las disposiciones relativas a la indemnizacion de las victimas de trata, " +
            "y que a la vez refuerza la capacitacion de los fiscales y jueces.");
        passage.Sentences[5].Should().StartWith("Sin embargo, el Gobierno no cumplio");
        passage.AssertRangesMatchSentences();
    }

    [Fact]
    public void Splits_Los_jueces_and_EI_Gobierno_no_publico_into_two_sentences()
    {
        var passage = Passage(TestFiles.Spanish2021, Spanish, "Los jueces\npronunciaron 15 absoluciones.", "penas de los tratantes condenados.");

        passage.Sentences.Should().Equal(
            "Los jueces pronunciaron 15 absoluciones.",
            "EI Gobierno no publicé informacion relativa a las penas de los tratantes condenados.");
        passage.AssertRangesMatchSentences();
    }

    [Fact]
    public void Keeps_15_5_millones_de_soles_in_one_sentence()
    {
        var passage = Passage(TestFiles.Spanish2021, Spanish, "El tamafio, la capacidad", "equipamiento de oficina y tecnologia.");

        passage.Sentences.Should().HaveCount(2);
        passage.Sentences[1].Should().Be(
            "El Gobierno asigné 15.5 millones de soles (414 480 $) a estas unidades, lo que resulté insuficiente para las " +
            "necesidades en términos de capacitacion, operativos, equipamiento de oficina y tecnologia.");
        passage.AssertRangesMatchSentences();
    }

    [Fact]
    public void Keeps_1_11_dollar_millones_in_one_sentence()
    {
        var passage = Passage(TestFiles.Spanish2021, Spanish, "En 2020, el Gobierno asigno una partida", "a través de sus presupuestos generales.");

        passage.Sentences.Should().Equal(
            "En 2020, el Gobierno asigno una partida presupuestaria especifica de 2.35 millones de soles (649 350 $) al MDI " +
            "para la lucha contra la trata de personas, lo que represent6 una reduccion considerable de los aproximadamente " +
            "4 millones de soles (1.11 $ millones) asignados en 2019.",
            "Otros ministerios financiaron actividades contra la trata a través de sus presupuestos generales.");
        passage.AssertRangesMatchSentences();
    }

    [Fact]
    public void Splits_the_2021_Spanish_recommendations_into_16_sentences()
    {
        // The paragraph after "RECOMENDACIONES EN ORDEN DE PRIORIDAD:"; counted by hand: 14 recommendations,
        // two of them with a second sentence ("Ademas, brindar ...", "Para ello, ...").
        var passage = Passage(TestFiles.Spanish2021, Spanish, "Incrementar los recursos generales", "y operaciones de falsificacion.");

        passage.Sentences.Should().HaveCount(16);
        passage.Sentences[0].Should().Be(
            "Incrementar los recursos generales para combatir todas las formas de trata de personas y asignar a las entidades " +
            "que integran la comision multisectorial presupuestos especificos para la lucha contra la trata, como lo plantea la ley.");
        passage.Sentences[4].Should().Be("Ademas, brindar servicios a mas victimas peruanas y extranjeras.");
        passage.Sentences[14].Should().Be("Para ello, se deberan usar métodos culturalmente apropiados y lenguas locales.");
        passage.Sentences[15].Should().StartWith("Aplicar leyes contra delitos que facilitan la trata,");
        passage.Sentences.Select(s => s[..s.IndexOf(' ')]).Should().Equal(
            "Incrementar", "Finalizar", "Redoblar", "Incrementar", "Ademas,", "Reforzar", "Reformar", "Analizar",
            "Fortalecer", "Dedicar", "Fortalecer", "Garantizar", "Mejorar", "Llevar", "Para", "Aplicar");
        passage.AssertRangesMatchSentences();
    }

    [Fact]
    public void Splits_the_2021_English_recommendations_into_one_unit_per_bullet()
    {
        // The seed breaks the list with a blank line inside "Proactively screen members of / vulnerable groups";
        // the passage spans it, as the normalizer joins it.
        var passage = Passage(TestFiles.English2021, English, "Increase overall resources to fight", "recruitment fees, illegal mining and logging, and counterfeit operations.");

        passage.Sentences.Should().HaveCount(14);
        passage.Sentences[0].Should().Be(
            "Increase overall resources to fight all forms of human trafficking and allocate dedicated anti-trafficking budgets " +
            "for member entities of the multisectoral commission, as called for in law.");
        passage.Sentences.Skip(1).Should().OnlyContain(s => s.StartsWith("• ", StringComparison.Ordinal), "each bullet starts its own unit");
        passage.Sentences[6].Should().StartWith("• Proactively screen members of vulnerable groups,")
            .And.EndWith("refer suspected victims to protection services.");
        passage.Sentences[13].Should().StartWith("• Enforce laws against crimes that facilitate trafficking,");
        passage.AssertRangesMatchSentences();
    }

    [Fact]
    public void Keeps_N_1232_in_one_sentence()
    {
        // The 2019 seed breaks this sentence with a blank line after "modificó el"; the passage spans it.
        var passage = Passage(TestFiles.Spanish2019, Spanish, "En 2017, el Decreto Legislativo N° 1232", "respectivamente.");

        passage.Sentences.Should().ContainSingle()
            .Which.Should().StartWith("En 2017, el Decreto Legislativo N° 1232 modificó el código penal para incluir delitos separados")
            .And.EndWith("de 10 a 15 años de prisión, respectivamente.");
        passage.AssertRangesMatchSentences();
    }

    [Theory]
    [InlineData("es", "Lo firmó el Sr. Pérez. Luego habló la Sra. Rescia.", new[] { "Lo firmó el Sr. Pérez.", "Luego habló la Sra. Rescia." })]
    [InlineData("es", "Viajó a EE. UU. en 2019. El Gobierno de EE. UU. El caso siguió.", new[] { "Viajó a EE. UU. en 2019.", "El Gobierno de EE. UU.", "El caso siguió." })]
    [InlineData("es", "Según el art. 153 del Código Penal, N° 1232. El Gobierno dijo que no. En 2020 cambió.", new[] { "Según el art. 153 del Código Penal, N° 1232.", "El Gobierno dijo que no.", "En 2020 cambió." })]
    [InlineData("es", "Hubo 1.054 víctimas y 1,054.5 horas. Eran 15.5 millones.", new[] { "Hubo 1.054 víctimas y 1,054.5 horas.", "Eran 15.5 millones." })]
    [InlineData("es", "¿Qué pasó? ¡Nada! Siguió igual.", new[] { "¿Qué pasó?", "¡Nada!", "Siguió igual." })]
    [InlineData("en", "The U.S. Government funded it. It ended in the U.S. How about Peru?", new[] { "The U.S. Government funded it.", "It ended in the U.S.", "How about Peru?" })]
    [InlineData("en", "J. R. R. Tolkien wrote it at 5 p.m. on Monday. Dr. Smith read it.", new[] { "J. R. R. Tolkien wrote it at 5 p.m. on Monday.", "Dr. Smith read it." })]
    [InlineData("en", "He said \"stop.\" Then he left.", new[] { "He said \"stop.\"", "Then he left." })]
    [InlineData("en", "The overturning of Roe v. Wade is one of the worst events of the year. It was expected.", new[] { "The overturning of Roe v. Wade is one of the worst events of the year.", "It was expected." })]
    [InlineData("es", "La anulación de Roe v. Wade es uno de los peores acontecimientos del año. Se esperaba.", new[] { "La anulación de Roe v. Wade es uno de los peores acontecimientos del año.", "Se esperaba." })]
    [InlineData("en", "Write to info@state.gov. See https://www.state.gov/tip. Thanks.", new[] { "Write to info@state.gov.", "See https://www.state.gov/tip.", "Thanks." })]
    [InlineData("en", "Goals: 1. Fund shelters 2. Train police 3. Screen migrants", new[] { "Goals:", "1. Fund shelters", "2. Train police", "3. Screen migrants" })]
    [InlineData("en", "1. Fund shelters. 2. Train police. 3. Screen migrants.", new[] { "1. Fund shelters.", "2. Train police.", "3. Screen migrants." })]
    [InlineData("en", "Wait... What happened? Nothing.", new[] { "Wait...", "What happened?", "Nothing." })]
    public void Splits_short_passages_as_a_reader_would(string language, string text, string[] expected)
    {
        var splitter = language == "es" ? Spanish : English;

        var ranges = splitter.Split(text);

        ranges.Select(r => text[r.Start..r.End]).Should().Equal(expected);
    }

    [Theory]
    [InlineData("en", "unhr-crc-yemen-co2-1999", "Concluding Observations of the Committee on the Rights of the Child, Yemen, U.N. Doc. CRC/C/15/Add.102 (1999).")]
    [InlineData("es", "unhr-crc-yemen-co2-1999", "Observaciones Finales del Comité de los Derechos del Niño, Yemen, U.N. Doc. CRC/C/15/Add.102 (1999).")]
    public void A_document_abbreviation_before_a_document_symbol_does_not_end_the_citation(string language, string id, string unit)
    {
        var units = new BitextAligner().Analyze(ReportDocument.LoadOrThrow(Path.Combine(Alignment.Tests.Aligning.GenreSet.Folder, $"{id}.{language}.txt")), CancellationToken.None)
            .Sentences.Select(s => Alignment.Tests.Aligning.GenreSet.Collapse(s.Text));

        units.Should().Contain(unit);
    }

    [Theory]
    [InlineData("en", "See U.N. Doc. A/HRC/35/2 for the text. The Council met.", new[] { "See U.N. Doc. A/HRC/35/2 for the text.", "The Council met." })]
    [InlineData("en", "They filed the last doc. The Council met.", new[] { "They filed the last doc.", "The Council met." })]
    [InlineData("es", "En sus sesiones (véase CRC/C/SR. 605 y 606), aprobó las observaciones. El Comité celebra el informe.", new[] { "En sus sesiones (véase CRC/C/SR. 605 y 606), aprobó las observaciones.", "El Comité celebra el informe." })]
    [InlineData("en", "The report is A/HRC/35/2. 5 States replied.", new[] { "The report is A/HRC/35/2.", "5 States replied." })]
    [InlineData("es", "y lo referente al informe (CP/CAJP-1506 rev. 3); y que la Asamblea decida. El Consejo aprobó.", new[] { "y lo referente al informe (CP/CAJP-1506 rev. 3); y que la Asamblea decida.", "El Consejo aprobó." })]
    public void A_document_symbol_and_its_abbreviation_do_not_end_a_sentence_before_its_number(string language, string text, string[] expected)
    {
        var splitter = language == "es" ? Spanish : English;

        splitter.Split(text).Select(r => text[r.Start..r.End]).Should().Equal(expected);
    }

    [Fact]
    public void A_caption_run_into_the_text_with_no_space_is_a_unit_of_its_own()
    {
        var units = new BitextAligner().Analyze(ReportDocument.LoadOrThrow(Path.Combine(Alignment.Tests.Aligning.GenreSet.Folder, "pressrelease-paho-01.en.txt")), CancellationToken.None)
            .Sentences.Select(s => Alignment.Tests.Aligning.GenreSet.Collapse(s.Text)).ToList();

        units.Should().Contain("Girl at a Vaccination Week in the Americas event")
            .And.Contain(u => u.StartsWith("Tens of thousands of health workers", StringComparison.Ordinal));
    }

    [Theory]
    // S/2016/53 as copied from a PDF (genre set, dev): the header's lines run into each other.
    [InlineData("es", "Consejo de SeguridadS/2016/53", "Consejo de Seguridad|S/2016/53")]
    [InlineData("es", "Original: españolCartas idénticas de fecha 19 de enero de 2016", "Original: español|Cartas idénticas de fecha 19 de enero de 2016")]
    [InlineData("es", "Distr. general4 de diciembre de 2019", "Distr. general|4 de diciembre de 2019")]
    [InlineData("en", "Distr.: General22 January 2016", "Distr.: General|22 January 2016")]
    [InlineData("en", "General AssemblyA/HRC/10/82", "General Assembly|A/HRC/10/82")]
    // Not glue: a word in camel case, a symbol after a space, a value after another label.
    [InlineData("en", "The JavaScript library and the iPhone app cite A/HRC/10/82.", "The JavaScript library and the iPhone app cite A/HRC/10/82.")]
    [InlineData("en", "The General Assembly in general22 resolutions adopted.", "The General Assembly in general22 resolutions adopted.")]
    [InlineData("en", "Distr. GENERAL", "Distr. GENERAL")]
    [InlineData("en", "The update for watchOS/10 and the openSUSE/15.5 image arrived.", "The update for watchOS/10 and the openSUSE/15.5 image arrived.")]
    public void A_un_header_s_lines_run_together_are_units_again(string language, string text, string expected) =>
        Units(language, text).Should().Be(expected);

    [Fact]
    public void A_hashtag_run_into_the_next_sentence_ends_its_unit()
    {
        // PAHO's Vaccination Week release (genre dev): the web copy lost the line break after the slogan.
        const string text = "Vaccination. Boost your Power! #getvaxSince it began in 2003, Vaccination Week in the Americas has taken the benefits of vaccination to more than 519 million people in the Western Hemisphere.";

        English.Split(text).Select(r => text[r.Start..r.End]).Should().Equal(
            "Vaccination.",
            "Boost your Power! #getvax",
            "Since it began in 2003, Vaccination Week in the Americas has taken the benefits of vaccination to more than 519 million people in the Western Hemisphere.");
    }

    [Theory]
    [InlineData("Follow the campaign with #VaccinesWork on every network.")]
    [InlineData("Join us at #getvax today.")]
    public void A_hashtag_in_camel_case_or_before_a_lower_case_word_is_no_glue(string text)
    {
        English.Split(text).Should().ContainSingle();
    }

    [Theory]
    // Oxfam's Working for the Many summary, Spanish web copy (genre dev): the title and subtitle ran into the first sentence.
    [InlineData("es", "GOBERNAR PARA LA MAYORÍA Servicios públicos contra la desigualdad Los servicios públicos y gratuitos de sanidad y educación son un arma poderosa.",
        "GOBERNAR PARA LA MAYORÍA Servicios públicos contra la desigualdad|Los servicios públicos y gratuitos de sanidad y educación son un arma poderosa.")]
    [InlineData("en", "Working for the Many: Public Services Fight Inequality The report finds that free public services reduce inequality.",
        "Working for the Many: Public Services Fight Inequality|The report finds that free public services reduce inequality.")]
    // Not a title run: a name or a title of a work after a content word, a particle of a surname, a short function word, a
    // sentence that lost its period (the gold keeps it whole), a title in running case.
    [InlineData("es", "Según el diario El Comercio, la cifra creció.", "Según el diario El Comercio, la cifra creció.")]
    [InlineData("es", "INFORME ANUAL Sergio De la Torre presentó el informe.", "INFORME ANUAL Sergio De la Torre presentó el informe.")]
    [InlineData("es", "Viven en La Paz y trabajan en El Alto.", "Viven en La Paz y trabajan en El Alto.")]
    [InlineData("es", "El Comité examinó el informe y aprobó En la sesión siguiente las observaciones finales.", "El Comité examinó el informe y aprobó En la sesión siguiente las observaciones finales.")]
    [InlineData("en", "Skip to main content CPI 2019 Global Highlights This year the index fell.", "Skip to main content CPI 2019 Global Highlights This year the index fell.")]
    [InlineData("en", "Annual Report Highlights I went home early.", "Annual Report Highlights I went home early.")]
    // A dateline or an acronym opening a sentence, then a work's or campaign's title in sentence case.
    [InlineData("es", "GINEBRA (OMS) La OMS publicó hoy el informe La salud mundial en cifras.", "GINEBRA (OMS) La OMS publicó hoy el informe La salud mundial en cifras.")]
    [InlineData("es", "SANTIAGO, CHILE El programa Con nuestros niños benefició a miles.", "SANTIAGO, CHILE El programa Con nuestros niños benefició a miles.")]
    [InlineData("es", "UNICEF ESPAÑA publica el informe La infancia en España 2023.", "UNICEF ESPAÑA publica el informe La infancia en España 2023.")]
    [InlineData("en", "UN WOMEN and UNICEF launched the campaign For every girl, today.", "UN WOMEN and UNICEF launched the campaign For every girl, today.")]
    [InlineData("en", "BOGOTÁ (UN News) The campaign All together reached many.", "BOGOTÁ (UN News) The campaign All together reached many.")]
    public void A_title_run_into_the_sentence_under_it_is_a_unit_of_its_own(string language, string text, string expected) =>
        Units(language, text).Should().Be(expected);

    // The units the splitter of a language ("en", "es") makes of a text, joined by "|".
    private static string Units(string language, string text)
    {
        var splitter = language == "es" ? Spanish : English;
        return string.Join("|", splitter.Split(text).Select(r => text[r.Start..r.End]));
    }

    [Fact]
    public void A_chapter_title_run_into_its_first_outline_heading_is_two_units()
    {
        // The IACHR's 2012 annual report, chapter II, as the Spanish text extraction gave it (genre dev).
        const string text = "Capítulo Ii Bases Jurídicas Y Actividades 2012 A. Bases Jurídicas, Funciones y Competencias";

        Spanish.Split(text).Select(r => text[r.Start..r.End]).Should().Equal(
            "Capítulo Ii Bases Jurídicas Y Actividades 2012", "A. Bases Jurídicas, Funciones y Competencias");
    }

    [Theory]
    [InlineData("es", "Discurso del Presidente Juan A. Pérez en la Asamblea")]
    [InlineData("en", "Remarks by Secretary General José A. Insulza")]
    public void An_initial_in_a_title_with_no_chapter_number_stays_in_its_unit(string language, string text)
    {
        var splitter = language == "es" ? Spanish : English;

        splitter.Split(text).Should().ContainSingle();
    }

    [Theory]
    [InlineData("The JavaScript code of the macOS app runs on the iPhone too.")]
    [InlineData("An article in the journal bioRxiv argues that the eBay sellers lost money.")]
    [InlineData("The McDonald family sold it to GlaxoSmithKline last year.")]
    public void Mixed_case_names_are_no_glued_caption(string text)
    {
        English.Split(text).Should().ContainSingle();
    }

    [Fact]
    public void Ranges_of_every_seed_paragraph_are_trimmed_ordered_and_cover_every_non_space_character()
    {
        foreach (var (file, splitter) in new[]
                 {
                     (TestFiles.Spanish2021, Spanish), (TestFiles.Spanish2019, Spanish), (TestFiles.English2021, English),
                     (TestFiles.Spanish2013, Spanish), (TestFiles.EnglishNgo, English),
                 })
        {
            string text = File.ReadAllText(file);
            foreach (var paragraph in ParagraphBuilder.Build(text))
            {
                string normalized = TextNormalizer.Normalize(text, paragraph.Start, paragraph.End).Text;
                AssertWellFormed(normalized, splitter.Split(normalized));
            }
        }
    }

    [Theory]
    [InlineData(".")]
    [InlineData(". ")]
    [InlineData("a")]
    [InlineData("a. ")]
    [InlineData("EE. ")]
    [InlineData("1. ")]
    [InlineData("• ")]
    [InlineData("_")]
    [InlineData("¿(")]
    [InlineData("?")]
    [InlineData(" . .")]
    public void Splits_a_1_MB_repetition_in_linear_time(string unit)
    {
        // A quadratic walk would not finish on a million characters; a linear one takes milliseconds.
        string text = string.Concat(Enumerable.Repeat(unit, (1 << 20) / unit.Length));

        var ranges = English.Split(text);

        AssertWellFormed(text, ranges);
        Spanish.Split(text).Should().NotBeEmpty();
    }

    [Fact]
    public void Splits_after_a_1_MB_word_that_ends_with_a_period()
    {
        string text = new string('x', 1 << 20) + ". Next one.";

        // The word itself is cut into pieces of the sentence budget; the sentence still ends after its period.
        var ranges = English.Split(text);

        ranges[^1].Should().Be(((1 << 20) + 2, text.Length));
        ranges[^2].End.Should().Be((1 << 20) + 1);
        ranges.Should().HaveCount(((1 << 20) / InputLimits.MaxSentenceChars) + 2);
    }

    [Fact]
    public void Returns_no_ranges_for_empty_or_blank_text()
    {
        English.Split(string.Empty).Should().BeEmpty();
        Spanish.Split("   ").Should().BeEmpty();
    }

    [Fact]
    public void A_run_on_unit_past_the_budget_is_cut_at_spaces()
    {
        // 2,500 words and no sentence end (a table flattened into one line): pieces of at most 10,000 characters, each ending
        // on a whole word.
        string text = string.Join(" ", Enumerable.Range(0, 2_500).Select(k => k % 7 == 0 ? "millones" : "palabra" + k));

        var ranges = Spanish.Split(text);

        AssertWellFormed(text, ranges);
        ranges.Should().HaveCountGreaterThan(1).And.OnlyContain(r => r.End - r.Start <= InputLimits.MaxSentenceChars);
        ranges.Should().OnlyContain(r => r.End == text.Length || text[r.End] == ' ');
    }

    [Fact]
    public void A_run_on_unit_with_no_space_is_cut_at_the_budget_between_surrogate_pairs()
    {
        string text = string.Concat(Enumerable.Repeat("a😀", 8_000));

        var ranges = English.Split(text);

        AssertWellFormed(text, ranges);
        ranges.Should().HaveCount(3).And.OnlyContain(r => r.End - r.Start <= InputLimits.MaxSentenceChars);
        ranges.Should().OnlyContain(r => !char.IsLowSurrogate(text[r.Start]));
    }

    [Fact]
    public void The_longest_real_sentences_are_far_below_the_budget()
    {
        // A clause-heavy sentence of 1,800 characters (the longest in the genre set is 1,802) stays one unit.
        string sentence = "Considerando " + string.Join(", ", Enumerable.Range(0, 120).Select(k => "la resolución " + k)) + ".";

        Spanish.Split(sentence).Should().ContainSingle();
    }

    private static void AssertWellFormed(string text, IReadOnlyList<(int Start, int End)> ranges)
    {
        int previousEnd = 0;
        int covered = 0;
        foreach (var (start, end) in ranges)
        {
            start.Should().BeGreaterThanOrEqualTo(previousEnd);
            end.Should().BeGreaterThan(start);
            char.IsWhiteSpace(text[start]).Should().BeFalse();
            char.IsWhiteSpace(text[end - 1]).Should().BeFalse();
            text.AsSpan(previousEnd, start - previousEnd).IsWhiteSpace().Should().BeTrue("nothing but spaces lies between ranges");
            covered = end;
            previousEnd = end;
        }

        text.AsSpan(covered).IsWhiteSpace().Should().BeTrue("nothing but spaces follows the last range");
    }

    private static Split Passage(string file, SentenceSplitter splitter, string from, string to)
    {
        string text = File.ReadAllText(file);
        int start = text.IndexOf(from, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "the passage starting \"{0}\" is in {1}", from, file);
        int last = text.IndexOf(to, start, StringComparison.Ordinal);
        last.Should().BeGreaterThanOrEqualTo(0, "the passage ending \"{0}\" is in {1}", to, file);
        string normalized = TextNormalizer.Normalize(text, start, last + to.Length).Text;
        return new Split(normalized, splitter.Split(normalized));
    }

    private sealed record Split(string Text, IReadOnlyList<(int Start, int End)> Ranges)
    {
        public IReadOnlyList<string> Sentences { get; } = Ranges.Select(r => Text[r.Start..r.End]).ToList();

        public void AssertRangesMatchSentences()
        {
            AssertWellFormed(Text, Ranges);
            Ranges.Select(r => Text[r.Start..r.End].Trim()).Should().Equal(Sentences, "ranges are trimmed");
        }
    }
    // A copy that lost its line breaks runs a UN document's title, numbered paragraphs and lettered headings into one line: the
    // paragraph numbers in sequence (a 1 that a 2 follows, then 2, 3 …) are where units start, glued ("2.The") or not.
    [Fact]
    public void A_numbered_paragraph_run_into_the_line_before_starts_a_unit()
    {
        const string text = "Concluding observations on the report of Chile 1.The Committee considered the report at two meetings. "
            + "A. Introduction 2.The Committee welcomes the ratification of the Convention. 3. It notes the new law.";

        English.Split(text).Select(r => text[r.Start..r.End]).Should().Equal(
            "Concluding observations on the report of Chile",
            "1.The Committee considered the report at two meetings.",
            "A. Introduction",
            "2.The Committee welcomes the ratification of the Convention.",
            "3. It notes the new law.");
    }

    // Without the sequence, or after a comma or colon, a number and its period are the sentence's own.
    [Theory]
    [InlineData("es", "El informe cita el artículo 1. El Comité lo examinó en su sesión.", 2)]
    [InlineData("en", "The measures in annex 1. The Committee also reviewed annex 3. It closed.", 3)]
    [InlineData("en", "The rooms are: 1.Kitchen, 2.Hall, 3.Study.", 1)]
    [InlineData("en", "The list of measures is contained in annex V. The Committee regrets that it is incomplete.", 2)]
    [InlineData("es", "La lista figura en el capítulo V. El Comité lamenta que esté incompleta.", 2)]
    public void A_number_ending_a_sentence_is_no_paragraph_number_without_its_sequence(string language, string text, int sentences)
    {
        (language == "es" ? Spanish : English).Split(text).Should().HaveCount(sentences);
    }

    // Asterisks after a comma are the note marks of a title ("** , ***"), not a separator rule; after a sentence they are one.
    [Fact]
    public void Asterisks_after_a_comma_are_note_marks_not_a_separator()
    {
        Spanish.Split("Informe que el Estado debía presentar en 2021 con arreglo al procedimiento simplificado ** , ***").Should().ContainSingle();
        Spanish.Split("El Comité aprobó el informe. *** El Estado respondió.").Should().HaveCount(3);
    }

    // A lettered list after a colon: each item is a unit, its mark in brackets ("(a) The …") or glued to the item's capital
    // ("(a)The …", "b)La …"), as UN documents' web and PDF copies give their lists of measures.
    [Theory]
    [InlineData("en", "The Committee welcomes the following legislative measures: (a) The enactment of the Code in 2014; (b) The adoption of the Act in 2013.")]
    [InlineData("en", "The Committee welcomes the following legislative measures: (a)The enactment of the Code in 2014; (b)The adoption of the Act in 2013.")]
    [InlineData("es", "El Comité celebra las siguientes medidas legislativas: a)La promulgación del Código en 2014; b)La aprobación de la Ley en 2013.")]
    public void A_lettered_list_after_a_colon_is_a_unit_per_item(string language, string text)
    {
        (language == "es" ? Spanish : English).Split(text).Should().HaveCount(3);
    }

    // A bracketed letter inside a sentence, with no list open, is a reference: "article 5 (a) of the Convention".
    [Fact]
    public void A_bracketed_letter_inside_a_sentence_is_no_list_item()
    {
        English.Split("The State party should apply article 5 (a) of the Convention and report on it (b) in its next report.").Should().ContainSingle();
    }

    // A number after a numeric abbreviation, or a 1 after a lower-case word, ends its sentence with its period, even when a 2
    // follows: the unit breaks after "1.", not before it.
    [Theory]
    [InlineData("The Committee welcomes the ratification of Protocol No. 1. It also welcomes Protocol No. 2. However, it regrets the delay.")]
    [InlineData("The Committee welcomes the ratification of protocol 1. It also welcomes protocol 2. However, it regrets the delay.")]
    public void A_numbered_reference_in_sequence_is_no_paragraph_number(string text)
    {
        English.Split(text).Select(r => text[r.Start..r.End]).Should().HaveCount(3)
            .And.OnlyContain(u => u.EndsWith('.') && !u.EndsWith("No.", StringComparison.Ordinal) && !u.EndsWith("protocol", StringComparison.Ordinal));
    }

    // Inside a list item, a bracketed letter that cites ("article 4 (a) and (b) of the Convention") opens no item.
    [Fact]
    public void A_bracketed_citation_inside_a_list_item_opens_no_item()
    {
        English.Split("The State party should: (a) Withdraw its reservation to article 4 (a) and (b) of the Convention; (b) Report on it.").Should().HaveCount(3);
    }

    // A footnote mark glued after a year's period ends the sentence before the next one (a UN report: "… on 26 June 2017.1 The
    // Senate …"); a decimal goes on ("2017.5 tonnes").
    [Theory]
    [InlineData("No amendments have been made since its promulgation on 26 June 2017.1 The Senate has two bills before it.", 2)]
    [InlineData("La Ley se promulgó en 2017.12 El Senado no la ha reformado.", 2)]
    [InlineData("Output reached 2017.5 tonnes in the year. It fell after.", 2)]
    [InlineData("Output reached 12,017.5 The figure is provisional.", 1)]
    public void A_footnote_mark_after_a_year_ends_its_sentence(string text, int sentences)
    {
        (text.Contains(" La ", StringComparison.Ordinal) || text.StartsWith("La ", StringComparison.Ordinal) ? Spanish : English).Split(text).Should().HaveCount(sentences);
    }

    [Theory]
    [InlineData("* Adopted by the Committee at its seventy-second session (18 February – 8 March 2019).", true)]
    [InlineData("** Se publica sin revisión editorial.", true)]
    [InlineData("† Deceased.", true)]
    [InlineData("*** Section", true)]
    [InlineData("* * *", false)]
    [InlineData("*Adopted by the Committee.", false)]
    [InlineData("The Committee adopted it.", false)]
    [InlineData("**** Four marks are a rule.", false)]
    public void Tells_a_note_from_other_units(string text, bool note)
    {
        SentencePunctuation.StartsAsNote(text).Should().Be(note);
    }
}
