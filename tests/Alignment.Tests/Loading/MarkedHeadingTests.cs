using System.IO.Compression;
using System.Text;
using Alignment.Loading;

namespace Alignment.Tests.Loading;

/// <summary>
/// Headings a document's markup marks (HTML <c>h1</c>–<c>h6</c>, DOCX heading styles and outline levels) are section
/// headings whatever their wording, where the same lines in plain text are too long or too sentence-like to be taken for one.
/// </summary>
public sealed class MarkedHeadingTests
{
    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // Headings of 14-17 words: longer than a heading by shape (at most 12 words), as UN and OAS reports write them.
    private const string FirstHeading = "Measures taken by the State to prevent trafficking in persons and to protect and assist its victims";
    private const string SecondHeading = "Cooperation with civil society organisations and with the international community during the reporting period";

    private static readonly string[] Body =
    [
        "The Committee welcomes the adoption of the national plan and the creation of a specialised prosecutor's office.",
        "It notes with concern that the shelters for victims remain underfunded in most regions of the country.",
    ];

    [Fact]
    public void Html_h1_to_h6_start_sections_that_the_same_lines_in_plain_text_do_not()
    {
        string html = $"<html><body><h1>Concluding observations</h1><h2>{FirstHeading}</h2><p>{Body[0]}</p><h3>{SecondHeading}</h3><p>{Body[1]}</p></body></html>";
        string plain = $"Concluding observations\n\n{FirstHeading}\n\n{Body[0]}\n\n{SecondHeading}\n\n{Body[1]}\n";

        var page = Headings(ReportLoader.FromBytes(Encoding.UTF8.GetBytes(html), "report.html", Language.English).GetDocumentOrThrow());
        var text = Headings(ReportDocument.FromText(plain, "report.txt", Language.English).GetDocumentOrThrow());

        page.Should().Contain([FirstHeading, SecondHeading]);
        text.Should().NotContain(FirstHeading).And.NotContain(SecondHeading);
    }

    [Fact]
    public void A_long_paragraph_in_a_heading_element_is_not_taken_at_its_word()
    {
        string lead = string.Join(" ", Body) + " " + string.Join(" ", Body);
        string html = $"<html><body><h2>{lead}</h2><p>{Body[0]}</p></body></html>";

        Headings(ReportLoader.FromBytes(Encoding.UTF8.GetBytes(html), "lead.html", Language.English).GetDocumentOrThrow()).Should().NotContain(lead);
    }

    [Fact]
    public void Docx_heading_styles_by_name_by_outline_level_and_through_based_on_are_headings()
    {
        // Spanish Word writes style ids in Spanish ("Ttulo1") and names in English ("heading 1").
        string styles =
            Style("Ttulo1", "heading 1", "") +
            Style("MiTitulo", "Informe título", "<w:basedOn w:val=\"Ttulo1\"/>") +
            Style("Esquema", "Esquema propio", "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr>") +
            Style("Cuerpo", "Body Text", "<w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr>");
        string body =
            Paragraph("Ttulo1", FirstHeading, numbered: true) +
            Paragraph("Cuerpo", Body[0]) +
            Paragraph("MiTitulo", SecondHeading) +
            Paragraph("Cuerpo", Body[1]) +
            Paragraph("Esquema", "Recommendations of the Committee to the State party concerning the national action plan against trafficking") +
            Paragraph("Cuerpo", "A sentence written in body text that is long enough to be read as running text and not a title");

        var (text, problem, marked) = DocxTextExtractor.Extract(Docx(body, styles), 1_000_000);

        problem.Should().BeNull();
        text.Should().StartWith(FirstHeading, "a heading's numbering is no list bullet");
        marked.Count.Should().Be(3);
        var document = ReportLoader.FromBytes(Docx(body, styles), "report.docx", Language.English).GetDocumentOrThrow();
        Headings(document).Should().Equal(FirstHeading, SecondHeading, "Recommendations of the Committee to the State party concerning the national action plan against trafficking");
    }

    [Fact]
    public void A_docx_without_a_styles_part_marks_only_paragraphs_with_an_outline_level()
    {
        string body = $"<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>{FirstHeading}</w:t></w:r></w:p>" + Paragraph("Normal", Body[0]);

        var (_, problem, marked) = DocxTextExtractor.Extract(Docx(body, styles: null), 1_000_000);

        problem.Should().BeNull();
        marked.Count.Should().Be(1);
        marked.Covers(0, FirstHeading.Length).Should().BeTrue();
        marked.Covers(FirstHeading.Length + 2, FirstHeading.Length + 10).Should().BeFalse();
    }

    [Fact]
    public void A_numbered_paragraph_with_an_outline_level_is_a_heading_not_a_list_item()
    {
        // Word writes w:numPr before w:outlineLvl in a paragraph's properties.
        string body = $"<w:p><w:pPr>{Numbering}<w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>{FirstHeading}</w:t></w:r></w:p>" + Paragraph("Normal", Body[0]);

        var (text, problem, marked) = DocxTextExtractor.Extract(Docx(body, styles: null), 1_000_000);

        problem.Should().BeNull();
        text.Should().StartWith(FirstHeading, "a heading's numbering is no list bullet");
        marked.Count.Should().Be(1);
        marked.Covers(0, FirstHeading.Length).Should().BeTrue();
    }

    [Fact]
    public void A_tracked_formatting_change_s_old_style_outline_level_and_numbering_do_not_count()
    {
        // w:pPrChange holds the properties before the change: the paragraph was a numbered heading, it is body text now;
        // a style that had an outline level before a tracked change has none now.
        string styles = Style("Ttulo1", "heading 1", "") + Style("Antes", "Antes esquema", "<w:pPr><w:pPrChange w:id=\"2\" w:author=\"A\"><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:pPrChange></w:pPr>");
        string wasHeading = $"<w:pPrChange w:id=\"1\" w:author=\"A\"><w:pPr><w:pStyle w:val=\"Ttulo1\"/>{Numbering}<w:outlineLvl w:val=\"0\"/></w:pPr></w:pPrChange>";
        string body =
            Paragraph("Ttulo1", FirstHeading) +
            $"<w:p><w:pPr><w:pStyle w:val=\"Normal\"/>{wasHeading}</w:pPr><w:r><w:t>{Body[0]}</w:t></w:r></w:p>" +
            Paragraph("Antes", Body[1]);

        var (text, problem, marked) = DocxTextExtractor.Extract(Docx(body, styles), 1_000_000);

        problem.Should().BeNull();
        text.Should().Be($"{FirstHeading}\n\n{Body[0]}\n\n{Body[1]}", "the old numbering is no bullet");
        marked.Count.Should().Be(1, "only the paragraph in a heading style now is a heading");
        marked.Covers(0, FirstHeading.Length).Should().BeTrue();
    }

    private const string Numbering = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";

    private static List<string> Headings(ReportDocument document) =>
        new BitextAligner().Analyze(document).Sections.Where(s => s.HeadingEnd > s.HeadingStart)
            .Select(s => document.Text[s.HeadingStart..s.HeadingEnd].Trim()).ToList();

    private static string Style(string id, string name, string inner) =>
        $"<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>{inner}</w:style>";

    private static string Paragraph(string style, string text, bool numbered = false) =>
        $"<w:p><w:pPr><w:pStyle w:val=\"{style}\"/>{(numbered ? "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" : "")}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>";

    private static byte[] Docx(string body, string? styles)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
                "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>");
            Entry(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Entry(zip, "word/document.xml",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{Word}\"><w:body>{body}</w:body></w:document>");
            if (styles is not null)
            {
                Entry(zip, "word/_rels/document.xml.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
                Entry(zip, "word/styles.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"{Word}\">{styles}</w:styles>");
            }
        }

        return buffer.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
