using System.IO.Compression;
using System.Text;

namespace Alignment.Tests.Loading;

/// <summary>PDF, DOCX and HTML reports made from the seeds (see Data/formats/README.md).</summary>
public class ReportFormatTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-formats-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Fixture(string name) => TestFiles.Data(Path.Combine("formats", name));

    [Fact]
    public void Pdf_of_the_English_seed_loads_with_its_sections()
    {
        var document = ReportDocument.LoadOrThrow(Fixture("report-en.pdf"));

        document.Language.Should().Be(Language.English);
        document.TextSource.Should().Be("text extracted from PDF (PdfPig)");
        document.EncodingName.Should().Be("pdf");
        document.Text.Should().Contain("The government maintained prosecution efforts.");
        var kinds = new BitextAligner().Analyze(document).Sections.Select(s => s.Kind);
        kinds.Should().Contain(SectionKind.Prosecution).And.Contain(SectionKind.Protection);
    }

    [Fact]
    public void Pdf_of_the_Spanish_seed_loads_with_its_sections()
    {
        var document = ReportDocument.LoadOrThrow(Fixture("report-es.pdf"));

        document.Language.Should().Be(Language.Spanish);
        document.Text.Should().Contain("PROCESAMIENTO JUDICIAL");
        new BitextAligner().Analyze(document).Sections.Select(s => s.Kind).Should().Contain(SectionKind.Prosecution);
    }

    [Fact]
    public void Pdf_keeps_line_breaks_so_wrapped_lines_are_rejoined_into_sentences()
    {
        var structure = new BitextAligner().Analyze(ReportDocument.LoadOrThrow(Fixture("report-es.pdf")));

        // Hard-wrapped over two lines in the seed and in the PDF: one sentence after the paragraph builder.
        structure.Sentences.Select(s => s.NormalizedText).Should().Contain(s =>
            s.StartsWith("Aunque el Gobierno del Pert ain no cumple con los estdndares minimos para eliminar la trata", StringComparison.Ordinal));
    }

    [Fact]
    public void Real_pdf_renamed_txt_loads_as_pdf()
    {
        string path = Path.Combine(_dir, "report.txt");
        File.Copy(Fixture("report-en.pdf"), path);

        var result = ReportDocument.Load(path);

        result.Succeeded.Should().BeTrue();
        result.Document!.TextSource.Should().Be("text extracted from PDF (PdfPig)");
    }

    [Fact]
    public void Truncated_pdf_is_refused_with_a_clear_error()
    {
        byte[] bytes = File.ReadAllBytes(Fixture("report-en.pdf"));
        string path = Path.Combine(_dir, "half.pdf");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var result = ReportDocument.Load(path);

        result.Succeeded.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Message.Should().StartWith("PDF cannot be read; it may be damaged or truncated (");
    }

    [Fact]
    public void Pdf_without_text_layer_asks_for_ocr()
    {
        // One page with a drawn rectangle and no text: what a scanner produces, minus the image.
        string path = Path.Combine(_dir, "scan.pdf");
        File.WriteAllBytes(path, MinimalPdf("0 0 100 100 re f"));

        ReportDocument.Load(path).Diagnostics.Should().ContainSingle()
            .Which.Message.Should().Be("PDF has no text layer; run OCR first");
    }

    [Fact]
    public void Docx_of_the_Spanish_seed_loads_with_its_sections()
    {
        var document = ReportDocument.LoadOrThrow(Fixture("report-es.docx"));

        document.Language.Should().Be(Language.Spanish);
        document.TextSource.Should().Be("text extracted from DOCX (System.IO.Packaging)");
        document.Text.Should().Contain("RECOMENDACIONES EN ORDEN DE PRIORIDAD:");
        new BitextAligner().Analyze(document).Sections.Select(s => s.Kind).Should().Contain(SectionKind.Prosecution);
    }

    [Fact]
    public void Truncated_docx_is_refused_with_a_clear_error()
    {
        byte[] bytes = File.ReadAllBytes(Fixture("report-es.docx"));
        string path = Path.Combine(_dir, "half.docx");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        ReportDocument.Load(path).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.DocxUnreadable);
    }

    [Fact]
    public void Zip_that_is_not_a_docx_is_refused_with_a_clear_error()
    {
        string path = Path.Combine(_dir, "report.txt");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("notes/readme.txt").Open());
            writer.Write("The government maintained prosecution efforts.");
        }

        ReportDocument.Load(path).Diagnostics.Should().ContainSingle()
            .Which.Message.Should().Be("file is a zip archive but not a Word document (.docx has word/document.xml)");
    }

    [Fact]
    public void Html_page_loads_block_by_block_without_script_style_or_nav()
    {
        var document = ReportDocument.LoadOrThrow(Fixture("report-en.html"));

        document.Language.Should().Be(Language.English);
        document.TextSource.Should().Be("text extracted from HTML (AngleSharp)");
        document.Text.Should().StartWith("Peru (Tier 2)\n\nThe Government of Peru does not fully meet");
        document.Text.Should().Contain("\n\n• Finalize").And.Contain("\n\nPROSECUTION\n\n");
        document.Text.Should().NotContain("SCRIPT TEXT").And.NotContain("SKIPPED STYLE").And.NotContain("NAVIGATION");
        new BitextAligner().Analyze(document).Sections.Select(s => s.Kind).Should().Contain(SectionKind.Prosecution);
    }

    [Fact]
    public void Html_is_sniffed_from_content_whatever_the_extension()
    {
        string path = Path.Combine(_dir, "page.txt");
        File.WriteAllText(path, "<!DOCTYPE html><html><body><p>The government maintained prosecution efforts.</p><p>It is the one in the middle of the year.</p></body></html>");

        var document = ReportDocument.LoadOrThrow(path);

        document.TextSource.Should().Be("text extracted from HTML (AngleSharp)");
        document.Text.Should().Be("The government maintained prosecution efforts.\n\nIt is the one in the middle of the year.");
    }

    [Fact]
    public void Html_list_item_wrapping_a_paragraph_keeps_its_bullet()
    {
        string path = Path.Combine(_dir, "list.html");
        File.WriteAllText(path, "<html><body><ul><li><p>Increase overall resources.</p></li><li>Finalize the plan.</li></ul><p>The government maintained prosecution efforts.</p></body></html>");

        ReportDocument.LoadOrThrow(path, Language.English).Text.Should().Be("• Increase overall resources.\n\n• Finalize the plan.\n\nThe government maintained prosecution efforts.");
    }

    private static byte[] MinimalPdf(string content)
    {
        var body = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        void Obj(string s)
        {
            offsets.Add(body.Length);
            body.Append($"{offsets.Count} 0 obj\n{s}\nendobj\n");
        }

        Obj("<< /Type /Catalog /Pages 2 0 R >>");
        Obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>");
        Obj($"<< /Length {content.Length} >>\nstream\n{content}\nendstream");
        int xref = body.Length;
        body.Append($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (int o in offsets)
        {
            body.Append($"{o:D10} 00000 n \n");
        }

        body.Append($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(body.ToString());
    }
}
