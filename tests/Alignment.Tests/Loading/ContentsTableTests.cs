using Alignment.Loading;

namespace Alignment.Tests.Loading;

/// <summary>Tables of contents read as one unit per entry (<see cref="ContentsTable"/>), on the layouts of the Human Rights
/// Council's report A/HRC/7/78 as extracted from its PDF in English and Spanish (genre set, dev).</summary>
public class ContentsTableTests
{
    // English: every piece on a line of its own between blank lines, dot leaders, the page number apart.
    private const string English =
        "CONTENTS\n\nChapter\n\nPage\n\n"
        + "Part One: Resolutions adopted by the Council at its seventh session ..........\n\n7\n\n"
        + "7/1.\n\nHuman rights violations emanating from Israeli military attacks and\n\n"
        + "incursions in the Occupied Palestinian Territory, particularly the\n\n"
        + "recent ones in the occupied Gaza Strip ....................................................\n\n7\n\n"
        + "7/2.\n\nComposition of the staff of the Office of the United Nations\n\n"
        + "High Commissioner for Human Rights ....................................................\n\n8\n\n"
        + "7/3.\n\nEnhancement of international cooperation in the field of human rights ..\n\n11\n\n"
        + "Introduction\n\n"
        + "1. The Human Rights Council held its seventh session at the United Nations Office at\n"
        + "Geneva from 3 to 28 March 2008.\n";

    // Spanish: no leaders, the page number at the entry's end, wrapped lines set apart by two blank lines.
    private const string Spanish =
        "ÍNDICE\n\nPágina\n\n"
        + "PRIMERA PARTE: RESOLUCIONES APROBADAS POR EL CONSEJO\n\n\nEN SU SÉPTIMO PERÍODO DE SESIONES 8\n\n"
        + "7/1. Violaciones de los derechos humanos resultantes de los ataques e\n\n\n"
        + "incursiones militares israelíes en el territorio palestino ocupado,\n"
        + "particularmente los que se han producido recientemente en la Franja\nde Gaza ocupada 8\n\n"
        + "7/2. Composición del personal de la Oficina del Alto Comisionado de\n\n\n"
        + "las Naciones Unidas para los Derechos Humanos 9\n\n"
        + "7/6. Mandato de la Experta independiente sobre cuestiones de las minorías 18\n";

    [Fact]
    public void Each_entry_with_leaders_is_one_unit_with_its_mark_and_page()
    {
        Texts(English).Should().Equal(
            "CONTENTS",
            "Chapter",
            "Page",
            "Part One: Resolutions adopted by the Council at its seventh session .......... 7",
            "7/1. Human rights violations emanating from Israeli military attacks and incursions in the Occupied Palestinian Territory, particularly the recent ones in the occupied Gaza Strip .................................................... 7",
            "7/2. Composition of the staff of the Office of the United Nations High Commissioner for Human Rights .................................................... 8",
            "7/3. Enhancement of international cooperation in the field of human rights .. 11",
            "Introduction",
            "1. The Human Rights Council held its seventh session at the United Nations Office at Geneva from 3 to 28 March 2008.");
    }

    [Fact]
    public void Each_entry_without_leaders_ends_on_its_page_number()
    {
        Texts(Spanish).Should().Equal(
            "ÍNDICE",
            "Página",
            "PRIMERA PARTE: RESOLUCIONES APROBADAS POR EL CONSEJO EN SU SÉPTIMO PERÍODO DE SESIONES 8",
            "7/1. Violaciones de los derechos humanos resultantes de los ataques e incursiones militares israelíes en el territorio palestino ocupado, particularmente los que se han producido recientemente en la Franja de Gaza ocupada 8",
            "7/2. Composición del personal de la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos 9",
            "7/6. Mandato de la Experta independiente sobre cuestiones de las minorías 18");
    }

    [Fact]
    public void An_entry_a_page_break_cuts_is_still_one_unit()
    {
        // The English table of A/HRC/7/78 cut by a page break inside an entry, its running head and page number blanked out
        // as page furniture is: more blank lines than an entry's pieces have between them, and a form feed among them.
        string paginated = English.Replace("incursions in the Occupied", "\n\n   \n\f\n          \n\nincursions in the Occupied", StringComparison.Ordinal);
        Texts(paginated).Should().Equal(Texts(English));
        Texts(paginated).Should().Contain("7/1. Human rights violations emanating from Israeli military attacks and incursions in the Occupied Palestinian Territory, particularly the recent ones in the occupied Gaza Strip .................................................... 7");
    }

    [Fact]
    public void A_line_without_numbers_at_a_page_s_foot_is_not_run_into_the_next_page_s_entry()
    {
        // "Annexes" ends a page of the table; the entries under it come on the next page. The page break's blank lines do not
        // join them: nothing on the line asks for more.
        string text = "CONTENTS\n\nI. Introduction ........................................ 1 - 4      3\n\n"
            + "II. Findings ............................................ 5 - 20     4\n\nAnnexes\n\n\f\n\n\n"
            + "List of participants .................................................. 25\n\n"
            + "Schedule of meetings .................................................. 27\n\nI. INTRODUCTION\n";
        Texts(text).Should().Contain("Annexes").And.Contain("List of participants .................................................. 25");
    }

    // Spain's core document (HRI/CORE/ESP/2010, genre set, dev) as extracted from its PDF: in Spanish the entry's mark, title,
    // paragraph range and page each on a line of their own; in English the marks glued to the titles and the numbers to
    // the last word, one entry a line between blank lines.
    [Fact]
    public void A_paragraph_range_alone_on_its_line_takes_the_page_number_under_it()
    {
        Texts("Índice\nA.\nPrincipales indicadores demográficos, económicos, sociales y culturales .....\n1–58\n3\n"
            + "B.\nMarco legal de la protección de los derechos humanos a nivel nacional........\n111–124\n27\n"
            + "1. España es un Estado social y democrático de Derecho.\n").Should().Equal(
            "Índice",
            "A. Principales indicadores demográficos, económicos, sociales y culturales ..... 1–58 3",
            "B. Marco legal de la protección de los derechos humanos a nivel nacional........ 111–124 27",
            "1. España es un Estado social y democrático de Derecho.");
    }

    [Fact]
    public void An_entry_whose_mark_is_glued_to_its_title_starts_after_one_that_ends_on_figures()
    {
        Texts("C ontents\n\nP aragraphs P age\n\nI.General information on Spain1–1083\n\nA.Main demographic, economic, social and cultural indicators1–583\n\n"
            + "II.General framework for the protection and promotion of human rights 109–14424\n\n"
            + "A.Acceptance of international human rights norms 109–11024\n\nThe population was 46,745,807 in 2009.\n").Should().Equal(
            "C ontents",
            "P aragraphs P age",
            "I.General information on Spain1–1083",
            "A.Main demographic, economic, social and cultural indicators1–583",
            "II.General framework for the protection and promotion of human rights 109–14424",
            "A.Acceptance of international human rights norms 109–11024",
            "The population was 46,745,807 in 2009.");
    }

    [Fact]
    public void A_resolution_number_opening_an_entry_is_no_sentence_of_its_own()
    {
        var document = ReportDocument.FromText(English, "a-hrc-7-78.txt").GetDocumentOrThrow();
        var sentences = new BitextAligner().Analyze(document).Sentences.Select(s => s.NormalizedText).ToList();

        sentences.Should().Contain("7/3. Enhancement of international cooperation in the field of human rights .. 11");
        sentences.Should().NotContain("7/1.");
    }

    [Theory]
    [InlineData("Contents Page")]
    [InlineData("CONTENTS Paragraphs Page")]
    [InlineData("Índice")]
    [InlineData("TABLE OF CONTENTS")]
    [InlineData("Tabla de contenido:")]
    public void A_table_s_heading_is_known_alone_or_with_its_column_labels(string line) => ContentsTable.IsHeading(line).Should().BeTrue();

    [Theory]
    [InlineData("Page")]
    [InlineData("Contents of the report")]
    [InlineData("The contents")]
    public void Other_lines_are_no_table_heading(string line) => ContentsTable.IsHeading(line).Should().BeFalse();

    [Fact]
    public void A_list_of_sections_without_numbers_keeps_a_unit_per_line()
    {
        // A web page's list of its sections: nothing ends on a page number, so a line joins the next only when it plainly goes on.
        const string text = "Contents\nIntroduction\nBackground of the review\nRecommendations to the State\nAnnex\n\n"
            + "The review took place in Geneva.\n";

        Texts(text).Should().Equal("Contents", "Introduction", "Background of the review", "Recommendations to the State", "Annex", "The review took place in Geneva.");
    }

    [Fact]
    public void Without_a_table_s_heading_no_line_is_read_as_an_entry()
    {
        foreach (string text in new[] { English, Spanish })
        {
            string headless = text[(text.IndexOf('\n') + 1)..];
            ContentsTable.Lines(headless, LineLayout.ReadLines(headless), 80).InTable.Should().OnlyContain(inTable => !inTable);
            ContentsTable.Lines(text, LineLayout.ReadLines(text), 80).InTable.Should().Contain(inTable => inTable);
        }
    }

    [Fact]
    public void The_body_after_a_numbered_table_is_read_as_before()
    {
        // Review (2026-12-07): the table ends on its last entry, so the body's headings stay apart and a wrapped line of the first
        // paragraph that ends on a year goes on.
        const string text = "CONTENTS\nParagraphs Page\n\nI. Introduction .......... 1-2 3\nII. Positive aspects .......... 3-5 3\n\n"
            + "Introduction\n\nBackground of the study\n\n"
            + "1. The Committee against Torture considered the seventh periodic report of Ecuador at its meetings held on 9 and 10 May 2016\n"
            + "(see CAT/C/SR.1402 and 1405), and adopted the present concluding observations at its meetings in Geneva.\n";

        var texts = Texts(text);

        texts.Should().Contain("Introduction").And.Contain("Background of the study");
        texts.Should().Contain(t => t.StartsWith("1. The Committee", StringComparison.Ordinal) && t.EndsWith("meetings in Geneva.", StringComparison.Ordinal));
    }

    private static List<string> Texts(string text) =>
        ParagraphBuilder.Build(text).Select(p => TextNormalizer.Normalize(text, p.Start, p.End).Text).ToList();
}
