using Alignment.Loading;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Alignment.Tests.Loading;

/// <summary>Running heads, running feet and page numbers of paginated text (<see cref="PageFurniture"/>).</summary>
public class PageFurnitureTests
{
    // Three pages of a UN document as pdftotext gives them: the symbol and job number on the first page, the symbol as a
    // running head set left and right on the others, page numbers at the foot; two sentences cut by the page breaks.
    private const string ThreePages =
        "United Nations\nCAT/C/ECU/CO/7\n\nCommittee against Torture\n\n"
        + "1. The Committee considered the seventh periodic report of Ecuador at its 1380th and 1383rd meetings, held on\n"
        + "15 and 16 November 2016, and adopted the present concluding observations.\n"
        + "2. The Committee welcomes the submission of the report and the dialogue held with the delegation of the State party,\n"
        + "\nGE.16-22004(E)\n*1622004*\n\f"
        + "CAT/C/ECU/CO/7\n\n"
        + "which provided additional information on the measures taken during the period under review.\n"
        + "3. The Committee notes with satisfaction that the State party has ratified the following international\n"
        + "instruments since its previous report.\n"
        + "4. The State party should guarantee that every person deprived of liberty has access to a lawyer and\n\n2\n\f"
        + "                                                                          CAT/C/ECU/CO/7\n\n"
        + "to a doctor of his or her choice from the moment of arrest.\n"
        + "5. The Committee requests the State party to provide information on follow-up by 7 December 2017.\n\n3\n";

    [Fact]
    public void Running_heads_page_numbers_and_the_job_number_are_blanked_in_place()
    {
        var (text, lines, pages) = PageFurniture.Remove(ThreePages);

        pages.Should().Be(3);
        text.Should().HaveLength(ThreePages.Length, "offsets still point into the text as loaded");
        text.Should().NotContain("GE.16-22004").And.NotContain("*1622004*").And.NotContain("\n2\n").And.NotContain("\n3\n");
        // The first page keeps its own symbol; the running heads of pages 2 and 3 go.
        text.Split("CAT/C/ECU/CO/7").Should().HaveCount(2);
        text.Should().StartWith("United Nations\nCAT/C/ECU/CO/7\n");
        lines.Should().Be(6);
        text.Should().Contain("\nCommittee against Torture\n").And.Contain("\ninstruments since its previous report.\n");
    }

    [Fact]
    public void A_sentence_a_page_break_cut_is_one_sentence_again()
    {
        var document = ReportDocument.FromText(ThreePages, "cat-ecu.txt").GetDocumentOrThrow();
        var sentences = new BitextAligner().Analyze(document).Sentences.Select(s => s.NormalizedText).ToList();

        sentences.Should().Contain("4. The State party should guarantee that every person deprived of liberty has access to a lawyer and to a doctor of his or her choice from the moment of arrest.");
        sentences.Should().Contain(s => s.StartsWith("2. The Committee welcomes") && s.EndsWith("during the period under review."));
        sentences.Should().NotContain(s => s.Contains("CAT/C/ECU/CO/7 ") || s.Contains("GE.16") || s == "2" || s == "3");
        document.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.PageFurniture)
            .Which.Message.Should().Be("left out 6 running heads, running feet and page numbers of its 3 pages");
    }

    [Fact]
    public void Without_form_feeds_nothing_is_taken_for_furniture()
    {
        string text = ThreePages.Replace('\f', '\n');

        PageFurniture.Remove(text).Should().Be((text, 0, 0));
    }

    [Fact]
    public void A_heading_at_the_top_of_one_page_and_paragraph_numbers_alone_on_lines_stay()
    {
        // "12." opens a page twice (a paragraph's number set apart by the extraction) and "Recommendations" once.
        const string text = "The Committee recalls its previous recommendations.\n\n12.\n\f12.\nThe State party should act.\n\f"
            + "Recommendations\n\nThe Committee recommends that the State party adopt the draft law.\n";

        PageFurniture.Remove(text).Lines.Should().Be(0);
    }

    [Fact]
    public void A_document_symbol_alone_at_a_page_s_top_is_its_running_head_though_only_one_page_shows_it()
    {
        // Two pages: the symbol heads the second page only (the first has it below its edge lines), so it recurs on no share
        // of the pages; a symbol alone at the top of a page after the first is a UN document's running head all the same. The
        // first page keeps its own, and a symbol in a sentence or at a page's foot stays.
        const string text = "United Nations\nHuman Rights Council\nThirty-fifth session\nA/HRC/35/12\n\nThe report was prepared in accordance with the resolution of the\n\f"
            + "A/HRC/35/12\n\nCouncil and covers the period under review.\n\nIt is issued as A/HRC/35/12 in all languages.\nA/HRC/35/13\n";

        var (masked, lines, _) = PageFurniture.Remove(text);

        lines.Should().Be(1);
        masked.Split("A/HRC/35/12").Should().HaveCount(3, "the first page's symbol and the one in a sentence stay");
        masked.Should().Contain("\nA/HRC/35/13\n", "a symbol at a page's foot is no running head");
        var sentences = new BitextAligner().Analyze(ReportDocument.FromText(text, "hrc.txt").GetDocumentOrThrow()).Sentences.Select(s => s.NormalizedText);
        sentences.Should().Contain("The report was prepared in accordance with the resolution of the Council and covers the period under review.");
    }

    [Fact]
    public void A_document_symbol_in_mid_sentence_at_a_page_s_top_is_its_running_head_though_the_first_page_lacks_it()
    {
        // A copy whose first page lost its header block (a title page cut off, a report printed from its second page): the
        // symbol the second page opens with stands between the halves of a sentence, which no heading or row of a list does.
        const string text = "Additional resources related to the Report can be found online, including digital versions and\n\f"
            + "A/HRC/35/12\n\ntranslations of the Report and the overview in more than 10 languages.\n";

        var (masked, lines, _) = PageFurniture.Remove(text);

        lines.Should().Be(1);
        masked.Should().NotContain("A/HRC/35/12");
        var sentences = new BitextAligner().Analyze(ReportDocument.FromText(text, "hdr.txt").GetDocumentOrThrow()).Sentences.Select(s => s.NormalizedText);
        sentences.Should().Contain("Additional resources related to the Report can be found online, including digital versions and translations of the Report and the overview in more than 10 languages.");
        PageFurniture.Remove(text.Replace("translations of", "Translations of", StringComparison.Ordinal)).Lines.Should().Be(0, "under the symbol a new sentence starts");
    }

    [Fact]
    public void A_symbol_under_the_running_head_in_an_annex_list_stays()
    {
        // The review's annex: the running head, then a symbol whose entry goes on in lower case ("and Corr.1 …"); only a symbol
        // first on its page, after a page that ends in mid-sentence, is read as a running head for that reason.
        const string text = "United Nations A/HRC/36/1\n\nReport of the Human Rights Council on its thirty-sixth session\n\n"
            + "1. The Council adopted 37 resolutions and 2 decisions, which are listed in the annex.\n\f"
            + "Annex\n\nDocuments issued for the session\n\nA/HRC/36/3 Report of the Secretary-General on the question of the death penalty\n\f"
            + "A/HRC/36/1\n\nA/HRC/36/4\nand Corr.1 Report of the Working Group on the Use of Mercenaries\n";

        PageFurniture.Remove(text).Text.Should().Contain("A/HRC/36/4\nand Corr.1");
    }

    [Fact]
    public void A_job_numbers_print_date_on_the_line_under_it_goes_with_it()
    {
        const string text = "United Nations HRI/CORE/ESP/2010\n\nCore document forming part of the reports of States parties\n\n"
            + "1. Spain is a social and democratic State governed by the rule of law.\n\nGE.11-41167 (E) 280211\n080311\n\f"
            + "HRI/CORE/ESP/2010\n\n2. The population of Spain was 46,745,807 on 1 January 2009.\n";

        var (masked, lines, _) = PageFurniture.Remove(text);

        lines.Should().Be(3, "the job number, its print date and the running head");
        masked.Should().NotContain("080311");
    }

    [Fact]
    public void A_list_of_document_symbols_at_the_tops_of_pages_stays()
    {
        // An annex listing the session's documents, one symbol a line as pdftotext prints a table: the symbols at the pages'
        // tops are rows, not running heads; the first page prints none of them.
        const string text = "United Nations\nHuman Rights Council\nFortieth session\nA/HRC/40/20\n\nThe list of documents follows in the annex.\n\f"
            + "Annex\nDocuments issued for the session\nA/HRC/40/11\nA/HRC/40/13\n\f"
            + "A/HRC/40/47\nA/HRC/40/52\nA/HRC/40/68\n";

        var (masked, lines, _) = PageFurniture.Remove(text);

        lines.Should().Be(0);
        masked.Should().Be(text);
    }

    [Fact]
    public void A_page_number_that_is_its_page_s_goes_though_only_one_page_shows_one()
    {
        const string text = "The first page ends in mid-sentence, as the\n\fsecond page goes on with the sentence.\n\n2\n";

        var (masked, lines, _) = PageFurniture.Remove(text);

        lines.Should().Be(1);
        masked.Should().NotContain("2");
        PageFurniture.Remove(text.Replace("\n2\n", "\n7\n")).Lines.Should().Be(0, "7 is not the second page's number");
    }

    [Fact]
    public void Lines_that_recur_with_other_figures_are_content_not_furniture()
    {
        // Two tables of the same shape at page edges, two footnotes citing documents, a period, a table's cell: their figures
        // do not follow the pages (review, 2026-12-07).
        const string text = "Table 1\nExpenditure by region\n\nAfrica 120 340\nAsia 200 310\nTotal 320 650\n\f"
            + "The table shows the spending of the year. Spending rose in all regions.\n\nTable 2\nStaff by region\n\n"
            + "Africa 12 34\nAsia 20 31\nTotal 32 65\n\f"
            + "Strategic Plan\n2018-2021\n\nThe plan sets out the goals of the office. See document A/70/5.\n\f"
            + "The office reported on the plan. See document A/70/6.\nProvince Cases\nNorth\n15\nSouth\n27\n";

        PageFurniture.Remove(text).Lines.Should().Be(0);
    }

    [Fact]
    public void A_running_head_that_carries_its_page_number_recurs()
    {
        // A/HRC/7/78 as extracted from its PDF (genre set, dev): the symbol and "page N" under it on every page after the first.
        var pages = Enumerable.Range(1, 4).Select(n =>
            (n > 1 ? $"A/HRC/7/78\npage {n}\n\n" : "UNITED NATIONS\n\n") + $"The Council adopted resolution 7/{10 + (3 * n)} at its meeting and\n\nrequested a report on it.\n");
        string text = string.Join('\f', pages);

        var (masked, lines, _) = PageFurniture.Remove(text);

        lines.Should().Be(6);
        masked.Should().NotContain("page ").And.Contain("resolution 7/22 at its meeting");
    }

    [Fact]
    public void A_document_of_furniture_alone_is_refused_as_having_no_text()
    {
        var result = ReportDocument.FromText("1\f2\f\n3\n\f", "pages.txt");

        result.Succeeded.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.NoText);
    }

    [Fact]
    public void A_pdf_s_running_heads_and_page_numbers_are_left_out_of_its_sentences()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        string[][] bodies =
        [
            ["The Committee considered the report of the State party at its meetings held in", "November 2016 and adopted the present concluding observations. The State party"],
            ["should guarantee that every person deprived of liberty has access to a lawyer.", "The Committee welcomes the dialogue held with the delegation of the State party"],
            ["and the additional information provided during the review of the report.", "The Committee requests information on follow-up within one year."],
        ];
        for (int p = 0; p < bodies.Length; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText(p == 0 ? "Concluding observations" : "Annual report 2016", 9, new PdfPoint(p % 2 == 0 ? 60 : 420, 800), font);
            for (int l = 0; l < bodies[p].Length; l++)
            {
                page.AddText(bodies[p][l], 10, new PdfPoint(60, 740 - (14 * l)), font);
            }

            page.AddText((p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 9, new PdfPoint(290, 40), font);
        }

        string path = Path.Combine(Directory.CreateTempSubdirectory("alignment-tests-").FullName, "paged.pdf");
        File.WriteAllBytes(path, builder.Build());
        try
        {
            var document = ReportDocument.LoadOrThrow(path);
            var sentences = new BitextAligner().Analyze(document).Sentences.Select(s => s.NormalizedText).ToList();

            sentences.Should().Contain("The State party should guarantee that every person deprived of liberty has access to a lawyer.");
            sentences.Should().Contain("The Committee welcomes the dialogue held with the delegation of the State party and the additional information provided during the review of the report.");
            sentences.Should().NotContain(s => s.Contains("Annual report 2016"));
            document.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.PageFurniture);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
