using System.IO.Compression;
using System.Text;
using Alignment.Loading;

namespace Alignment.Tests.Loading;

/// <summary>What a Word document's XML becomes as text, element by element, and which packages are not Word documents.</summary>
public class DocxTextExtractorTests
{
    private const string TextBox = "<w:txbxContent><w:p><w:r><w:t>Box text.</w:t></w:r></w:p></w:txbxContent>";

    /// <summary>What each case shows, the body of a document, and its text.</summary>
    public static TheoryData<string, string, string> Bodies => new()
    {
        {
            "runs, tabs, breaks and non-breaking hyphens are text, entities and CDATA read; tab stops are not tabs",
            "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>" +
            "<w:r><w:t>Before</w:t><w:tab/><w:t xml:space=\"preserve\"> after </w:t><w:br/><w:t>second line</w:t><w:cr/>" +
            "<w:t>anti</w:t><w:noBreakHyphen/><w:t>trafficking &amp; A &lt; B</w:t><w:t><![CDATA[ in CDATA]]></w:t></w:r></w:p>",
            "Before\t after \nsecond line\nanti\u2011trafficking & A < B in CDATA"
        },
        {
            "paragraphs and table cells are blocks; empty and blank paragraphs vanish",
            "<w:p><w:r><w:t>First paragraph.</w:t></w:r></w:p><w:p/><w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>" +
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell one</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Cell two</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
            "First paragraph.\n\nCell one\n\nCell two"
        },
        {
            "a list item starts with one bullet",
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Train judges.</w:t></w:r></w:p>" +
            "<w:p><w:r><w:t>Not a list item.</w:t></w:r></w:p>",
            "• Train judges.\n\nNot a list item."
        },
        {
            "a tracked formatting change's old properties do not count: the paragraph was a list item, it is no longer one",
            "<w:p><w:pPr><w:pPrChange w:id=\"1\" w:author=\"A\" w:date=\"2024-01-01T00:00:00Z\"><w:pPr>" +
            "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>Train judges.</w:t></w:r></w:p>",
            "Train judges."
        },
        {
            "numbering 0 takes away a style's numbering: no bullet",
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>Not a list item.</w:t></w:r></w:p>",
            "Not a list item."
        },
        {
            "deleted text and field codes are not text; insertions and field results are",
            "<w:p><w:r><w:t>Kept</w:t></w:r><w:del><w:r><w:delText> removed</w:delText></w:r></w:del>" +
            "<w:ins><w:r><w:t> added</w:t></w:r></w:ins><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t> 7</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>",
            "Kept added 7"
        },
        {
            "text moved with tracked changes is read once, where it went (Word writes w:t, not w:delText, where it was)",
            "<w:p><w:moveToRangeStart w:id=\"0\" w:name=\"move1\"/><w:moveTo w:id=\"1\"><w:r><w:t>Some moved text.</w:t></w:r></w:moveTo>" +
            "<w:moveToRangeEnd w:id=\"0\"/><w:r><w:t xml:space=\"preserve\"> Some text.</w:t></w:r><w:moveFromRangeStart w:id=\"2\" w:name=\"move1\"/>" +
            "<w:moveFrom w:id=\"3\"><w:r><w:t> Some moved text.</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id=\"2\"/></w:p>",
            "Some moved text. Some text."
        },
        {
            "a text box (a drawing, and again as VML) is read once, as a line of its anchor paragraph",
            "<w:p><w:r><w:t>Anchor.</w:t></w:r><w:r><mc:AlternateContent>" +
            $"<mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>{TextBox}</wps:txbx></w:drawing></mc:Choice>" +
            $"<mc:Fallback><w:pict><v:textbox>{TextBox}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>" +
            "<w:r><w:t>After the box.</w:t></w:r></w:p><w:p><w:r><w:t>Next.</w:t></w:r></w:p>",
            "Anchor.\nBox text.\nAfter the box.\n\nNext."
        },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Word_xml_becomes_text(string what, string body, string text)
    {
        var (extracted, problem, _) = DocxTextExtractor.Extract(Package(body), 1_000_000);

        problem.Should().BeNull(what);
        extracted.Should().Be(text, what);
    }

    [Fact]
    public void A_strict_document_reads_like_a_transitional_one()
    {
        byte[] docx = Package(
            "<w:p><w:r><w:t>Strict text.</w:t></w:r></w:p>",
            wordNamespace: StrictWord,
            relationship: "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument");

        DocxTextExtractor.Extract(docx, 1_000_000).Text.Should().Be("Strict text.");
    }

    [Fact]
    public void A_package_whose_main_part_is_a_spreadsheet_is_not_a_word_document()
    {
        byte[] xlsx = Package("<w:p><w:r><w:t>x</w:t></w:r></w:p>", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");

        DocxTextExtractor.Extract(xlsx, 1_000_000).Problem!.Code.Should().Be(DiagnosticCodes.NotDocx);
    }

    [Fact]
    public void A_package_without_a_main_document_relationship_is_not_a_word_document()
    {
        byte[] docx = Package("<w:p><w:r><w:t>x</w:t></w:r></w:p>", relationship: "http://example.org/not-the-document");

        DocxTextExtractor.Extract(docx, 1_000_000).Problem!.Code.Should().Be(DiagnosticCodes.NotDocx);
    }

    [Fact]
    public void Malformed_document_xml_is_unreadable_with_its_line()
    {
        byte[] docx = Package("<w:p><w:r><w:t>x</w:t></w:r></w:p><w:p>");

        var problem = DocxTextExtractor.Extract(docx, 1_000_000).Problem!;

        problem.Code.Should().Be(DiagnosticCodes.DocxUnreadable);
        problem.Message.Should().Contain("malformed XML at line 1");
    }

    [Fact]
    public void Xml_past_the_budget_is_refused_and_under_it_read_whole()
    {
        string paragraph = $"<w:p><w:r><w:t>{new string('x', 100)}</w:t></w:r></w:p>";
        byte[] docx = Package(string.Concat(Enumerable.Repeat(paragraph, 20)));

        DocxTextExtractor.Extract(docx, 1_000_000).Text.Should().HaveLength((20 * 100) + (19 * 2));
        DocxTextExtractor.Extract(docx, 1_500).Problem!.Code.Should().Be(DiagnosticCodes.DecompressionLimit);
    }

    // The namespaces, content type and relationship of a Word document as Word writes them, and the Strict namespace.
    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string StrictWord = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string MainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    private static byte[] Package(string body, string wordNamespace = Word, string contentType = MainType, string relationship = OfficeDocument)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                $"<Override PartName=\"/word/document.xml\" ContentType=\"{contentType}\"/></Types>");
            Entry(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                $"<Relationship Id=\"rId1\" Type=\"{relationship}\" Target=\"word/document.xml\"/></Relationships>");
            Entry(zip, "word/document.xml",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{wordNamespace}\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
                "xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">" +
                $"<w:body>{body}</w:body></w:document>");
        }

        return buffer.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
