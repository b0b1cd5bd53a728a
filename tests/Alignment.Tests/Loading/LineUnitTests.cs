using Alignment.Loading;
using Alignment.Tests.Aligning;

namespace Alignment.Tests.Loading;

/// <summary>
/// Whether a line break is a wrap or a boundary, read from evidence: real datelines, document symbols and address lines
/// of the genre set are units of their own, while a line that asks for more is still joined.
/// </summary>
public sealed class LineUnitTests
{
    private static List<string> Units(string id, string language) =>
        new BitextAligner().Analyze(ReportDocument.LoadOrThrow(Path.Combine(GenreSet.Folder, $"{id}.{language}.txt")), CancellationToken.None)
            .Sentences.Select(s => GenreSet.Collapse(s.Text)).ToList();

    [Theory]
    [InlineData("speech-oas-03", "en", "March 18, 2015 - Washington, DC")]
    [InlineData("speech-oas-03", "es", "18 de marzo de 2015 - Washington, DC")]
    [InlineData("unmsg-unday-2002", "en", "SG/SM/8425")]
    [InlineData("unmsg-unday-2002", "en", "OBV/295")]
    [InlineData("unmsg-unday-2002", "en", "8 October 2002")]
    [InlineData("letter-amlo-obama-2009b", "en", "Altar, Sonora")]
    [InlineData("letter-amlo-obama-2009b", "en", "Saturday, January 10, 2009")]
    [InlineData("pressrelease-iachr-01", "en", "IACHR Press Office")]
    public void A_short_line_that_asks_for_nothing_more_is_a_unit_of_its_own(string id, string language, string unit)
    {
        Units(id, language).Should().Contain(unit);
    }

    [Theory]
    [InlineData("pressrelease-eclac-02", "es", "Nota informativa")]
    [InlineData("pressrelease-oas-01", "es", "4 de diciembre de 2013")]
    [InlineData("pressrelease-iachr-01", "es", "30 de marzo de 2022")]
    [InlineData("summary-undp-hdr2016-front", "es", "Human Development for Everyone")]
    public void In_text_with_a_line_per_paragraph_a_title_or_dateline_line_is_a_unit_even_when_it_ends_on_a_word(string id, string language, string unit)
    {
        // Web copy: no line is wrapped, so "… estudiantes de secundaria" / "4 de diciembre de 2013" is a boundary, not a wrap.
        Units(id, language).Should().Contain(unit);
    }

    [Theory]
    [InlineData("letter-colombia-unsc-s201653-2016", "es", "[Original: español]")]
    [InlineData("letter-colombia-unsc-s201653-2016", "en", "[Original: Spanish]")]
    [InlineData("unreport-spain-core-2010", "es", "[3 de mayo de 2010]")]
    public void A_line_in_square_brackets_is_a_unit_of_its_own(string id, string language, string unit)
    {
        // The Security Council letter's annex title (150 characters on one line in Spanish) ran into its "[Original: español]".
        Units(id, language).Should().Contain(unit);

        // A bracketed line that a joiner or function word asks for goes on the line above.
        var sentences = new BitextAligner().Analyze(ReportDocument.FromText("The Committee notes the report of the\n[Special Rapporteur]\non torture.\n", "en.txt").GetDocumentOrThrow(), CancellationToken.None)
            .Sentences.Select(s => GenreSet.Collapse(s.Text));
        sentences.Should().ContainSingle().Which.Should().Be("The Committee notes the report of the [Special Rapporteur] on torture.");

        // An aside in brackets on a line of its own in hard-wrapped text stays in its sentence.
        var aside = new BitextAligner().Analyze(ReportDocument.FromText(
            "The minister who spoke to the press said\nthat the crisis\n[in the region]\nwas the gravest in decades.\n", "en.txt").GetDocumentOrThrow(), CancellationToken.None)
            .Sentences.Select(s => GenreSet.Collapse(s.Text));
        aside.Should().ContainSingle().Which.Should().Be("The minister who spoke to the press said that the crisis [in the region] was the gravest in decades.");
    }

    [Fact]
    public void In_text_with_a_line_per_paragraph_a_long_line_before_a_sentence_starter_ends_its_unit()
    {
        // The Security Council letter (S/2016/53) as web copy: its 150-character title on one line, then "Con la solicitud de …".
        Units("letter-colombia-unsc-s201653-2016", "es").Should().Contain(u => u.EndsWith(
            "por la Representante Permanente de Colombia ante las Naciones Unidas", StringComparison.Ordinal));

        // A long line that asks for more (a lower-case last word) goes on, whatever opens the next: a page break cut it before
        // a name ("… hacia" / "El Salvador …").
        string title = string.Join(' ', Enumerable.Repeat("Informe sobre la cooperación regional en materia de Derechos Humanos", 3));
        string sentence = string.Join(' ', Enumerable.Repeat("el Gobierno presentó el informe anual ante el Consejo y la Asamblea General", 3)) + ".";
        string withTitle = $"{title}\nLa Comisión examinó {sentence}\n";
        string cut = $"{sentence[..^1]} y viajó hacia\nEl Salvador para reunirse con {sentence}\n";
        Sentences(withTitle).Should().HaveCount(2).And.Contain(title);
        Sentences(cut).Should().ContainSingle();

        static List<string> Sentences(string text) =>
            new BitextAligner().Analyze(ReportDocument.FromText(text, "es.txt").GetDocumentOrThrow(), CancellationToken.None)
                .Sentences.Select(s => GenreSet.Collapse(s.Text)).ToList();
    }

    [Fact]
    public void A_title_in_capitals_wrapped_over_three_lines_is_one_heading_and_a_numbered_one_starts_anew()
    {
        var units = new BitextAligner().Analyze(ReportDocument.LoadOrThrow(Path.Combine(GenreSet.Folder, "unmsg-unday-2002.en.txt")), CancellationToken.None).Sentences;

        units.Should().ContainSingle(s => GenreSet.Collapse(s.Text) == "SALUTING UNITED NATIONS DAY, SECRETARY-GENERAL SAYS MILLENNIUM GOALS WILL REMAIN ELUSIVE WITHOUT GREATER WORLDWIDE COMMITMENT")
            .Which.IsHeading.Should().BeTrue();
        Units("speech-oas-03", "en").Should().Contain("JOSÉ MIGUEL INSULZA, SECRETARY GENERAL OF THE ORGANIZATION OF AMERICAN STATES")
            .And.Contain("49TH EXTRAORDINARY GENERAL ASSEMBLY TO ELECT THE NEW SECRETARY GENERAL");
    }

    [Theory]
    [InlineData("en", "operational summary | FISCAl 2009")]
    [InlineData("es", "resUmen de Las OPeraCiOnes | EJERCICIO DE 2009")]
    public void A_label_of_parts_set_apart_by_a_bar_is_a_unit_whatever_its_case(string language, string unit)
    {
        // The World Bank's 2009 annual report: a small-caps running head that the extraction read in lower case, after the
        // last sentence of the letter of transmittal (across a blank line in English, right under it in the hard-wrapped Spanish).
        Units("frontmatter-wb-ar2009", language).Should().Contain(unit);
        HeadingShape.IsLabelLine(unit).Should().BeTrue();
        HeadingShape.IsLabelLine("the totals | see the table below.").Should().BeFalse();
        HeadingShape.IsLabelLine("| IBRD | IDA |").Should().BeFalse();
    }

    [Fact]
    public void Web_copy_with_a_blank_line_between_one_line_paragraphs_is_not_double_spaced()
    {
        // The CRC's concluding observations on Peru (2000) as web copy: a blank line after every line, but no line wrapped, so
        // the blank lines part the heading block's units; the line cut before "UNDER" goes on the title above it.
        Units("unhr-crc-peru-co2-2000", "en").Should().Contain("COMMITTEE ON THE RIGHTS OF THE CHILD")
            .And.Contain("CONSIDERATION OF REPORTS SUBMITTED BY STATES PARTIES UNDER ARTICLE 44 OF THE CONVENTION")
            .And.Contain("Concluding observations of the Committee on the Rights of the Child: Peru");
        string text = File.ReadAllText(Path.Combine(GenreSet.Folder, "unhr-crc-peru-co2-2000.en.txt"));
        var lines = LineLayout.ReadLines(text);
        LineLayout.IsDoubleSpaced(text, lines, LineLayout.WrapWidth(lines)).Should().BeFalse();
    }

    [Fact]
    public void A_seed_wrapped_with_a_blank_line_after_every_line_is_still_double_spaced()
    {
        string text = ReportDocument.LoadOrThrow(TestFiles.Spanish2013).Text;
        var lines = LineLayout.ReadLines(text);

        LineLayout.IsDoubleSpaced(text, lines, LineLayout.WrapWidth(lines)).Should().BeTrue();
    }

    [Theory]
    [InlineData("TOWARDS A NEW AGENDA")]
    [InlineData("FOR IMMEDIATE RELEASE")]
    public void A_capitals_line_that_opens_with_a_word_that_can_open_a_heading_stands_alone(string second)
    {
        string text = $"ANNUAL REPORT OF THE COMMISSION\n\n{second}\n\nThe Commission met twice in 2012. It adopted three reports and one resolution, all of them published on its website.\n";

        ParagraphBuilder.Build(text, null, null, new Alignment.Sections.SectionSplitter(Alignment.Languages.LanguageProfile.Get("en")).ContinuesTitleLine)
            .Select(p => text[p.Start..p.End]).Should().Contain(second);
    }

    [Fact]
    public void A_letter_spaced_word_asks_for_nothing_more()
    {
        // "P r e s e n t e" ends on a one-letter "word" in lower case, which is no wrap.
        Units("letter-amlo-obama-2009a", "es").Should().Contain("P r e s e n t e").And.Contain("Ciudadano Presidente Obama:");
        LineLayout.EndsLetterSpaced("P r e s e n t e", new TextLine(0, 15, 0)).Should().BeTrue();
        LineLayout.EndsLetterSpaced("la ley de 2019 y a", new TextLine(0, 18, 0)).Should().BeFalse();
    }

    [Fact]
    public void A_small_caps_heading_read_with_a_final_capital_asks_for_nothing_more()
    {
        Units("frontmatter-wb-ar2009", "en").Should().Contain("Letter of transmittaL");
        LineLayout.IsSmallCapsArtefact("transmittaL").Should().BeTrue();
        LineLayout.IsSmallCapsArtefact("PhD").Should().BeFalse();
        LineLayout.IsSmallCapsArtefact("macOS").Should().BeFalse();
        LineLayout.IsSmallCapsArtefact("iPhone").Should().BeFalse();
    }

    [Fact]
    public void A_title_wrapped_after_a_function_word_is_one_unit_and_a_hyphenated_name_ends_a_signature()
    {
        // "Concluding Observations of the" / "Committee on the Rights of the Child, Yemen, …" in web copy with a line per unit.
        Units("unhr-crc-yemen-co2-1999", "en").Should().Contain(u => u.StartsWith("Concluding Observations of the Committee on the Rights of the Child", StringComparison.Ordinal))
            .And.NotContain("Concluding Observations of the");
        Units("unmsg-unday-2011", "en").Should().Contain("Ban Ki-moon").And.Contain("United Nations");
    }

    [Fact]
    public void A_phone_number_line_is_a_unit_of_its_own()
    {
        Units("eustatement-hrday-2016", "es").Should().Contain("Portavoz del SEAE").And.Contain("+32 22986570").And.Contain("+32 498984425");
    }

    [Fact]
    public void A_salutation_line_right_above_its_closing_line_is_a_unit_of_its_own()
    {
        // "Distinguido Presidente del Consejo," / "Excelencias, colegas y amigos:" with no blank line between.
        Units("speech-ohchr-hrc35-2017", "es").Should().Contain("Distinguido Presidente del Consejo,").And.Contain("Excelencias, colegas y amigos:");
    }

    [Fact]
    public void A_title_in_capitals_too_long_for_a_heading_line_joins_its_wrapped_second_line()
    {
        Units("unhr-crc-peru-co2-2000", "es").Should().Contain("EXAMEN DE LOS INFORMES PRESENTADOS POR LOS ESTADOS PARTES EN VIRTUD DEL ARTÍCULO 44 DE LA CONVENCIÓN");
    }

    [Fact]
    public void A_separator_line_is_one_unit()
    {
        Units("unmsg-unday-2002", "en").Should().Contain("* *** *").And.NotContain("*");
    }

    [Fact]
    public void A_line_that_ends_on_a_lower_case_word_or_a_comma_is_a_wrap()
    {
        const string text = "The report was presented by the Ministry of\nJustice in Lima on Monday.\n\nIt covers Arequipa,\nCusco and Puno.\n";

        var paragraphs = ParagraphBuilder.Build(text);

        paragraphs.Should().HaveCount(2);
    }

    [Fact]
    public void An_address_block_is_a_line_a_unit()
    {
        const string text = "Sr. Barack Obama\nPresidente de los Estados Unidos de América\nWashington, D.C.\n\nEstimado señor Presidente:\n\nLe escribo para expresarle nuestra preocupación por la situación de los derechos humanos en la región, que se ha agravado en los últimos meses.\n";

        var paragraphs = ParagraphBuilder.Build(text);

        paragraphs.Select(p => text[p.Start..p.End]).Should().Equal(
            "Sr. Barack Obama", "Presidente de los Estados Unidos de América", "Washington, D.C.", "Estimado señor Presidente:",
            "Le escribo para expresarle nuestra preocupación por la situación de los derechos humanos en la región, que se ha agravado en los últimos meses.");
    }
}
