using System.Diagnostics;
using System.Text;
using Alignment.Loading;

namespace Alignment.Tests.Loading;

/// <summary>
/// The byte budget holds whatever the input: a DOCX or PDF that inflates past it, a FIFO or an endless stream.
/// Bombs are built at test time against a lowered budget (1 MiB), so they stay small and fast.
/// </summary>
public class InputLimitTests : IDisposable
{
    private const long Budget = 1 << 20;
    private const string Paragraph = "El Gobierno asignó 15,5 millones de soles a la protección de las víctimas de trata. ";

    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-limits-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Docx_under_the_budget_loads()
    {
        var result = ReportLoader.FromBytes(CompressedReports.Docx(Paragraph, 20), "small.docx", null, Budget);

        result.Succeeded.Should().BeTrue();
        result.Document!.Language.Should().Be(Language.Spanish);
        result.Document.Text.Should().Contain("15,5 millones");
    }

    [Fact]
    public void Docx_whose_document_xml_inflates_past_the_budget_is_refused()
    {
        // ~3.5 MiB of XML in a zip of a few kilobytes: a decompression bomb at a 1 MiB budget.
        byte[] bomb = CompressedReports.Docx(Paragraph, 30_000);
        bomb.Length.Should().BeLessThan((int)Budget / 10);

        var result = ReportLoader.FromBytes(bomb, "bomb.docx", null, Budget);

        result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(Messages.DecompressesTooLarge("word/document.xml", Budget));
    }

    [Theory]
    [InlineData(PdfFilter.Flate)]
    [InlineData(PdfFilter.HexFlate)]
    [InlineData(PdfFilter.RunLength)]
    public void Pdf_under_the_budget_loads(PdfFilter filter)
    {
        var result = ReportLoader.FromBytes(CompressedReports.Pdf("Prosecution efforts increased", 1000, filter), "small.pdf", Language.English, Budget);

        result.Succeeded.Should().BeTrue();
        result.Document!.Text.Should().Contain("Prosecution efforts increased");
    }

    [Theory]
    [InlineData(PdfFilter.Flate)]
    [InlineData(PdfFilter.HexFlate)]
    [InlineData(PdfFilter.RunLength)]
    public void Pdf_with_a_stream_decoding_past_the_budget_is_refused(PdfFilter filter)
    {
        byte[] bomb = CompressedReports.Pdf("Prosecution efforts increased", 3 * Budget, filter);
        bomb.Length.Should().BeLessThan((int)Budget / 10);

        var result = ReportLoader.FromBytes(bomb, "bomb.pdf", Language.English, Budget);

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(Messages.DecompressesTooLarge("", 0).Code);
    }

    [Fact]
    public void Html_nesting_elements_thousands_deep_is_refused_before_parsing()
    {
        int depth = HtmlTextExtractor.MaxNesting + 1;
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + Paragraph + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

        var result = ReportLoader.FromBytes(Encoding.UTF8.GetBytes(html), "deep.html", null, Budget);

        result.Diagnostics.Should().ContainSingle().Which.Should().Be(Messages.HtmlTooDeep(HtmlTextExtractor.MaxNesting));
    }

    [Fact]
    public void Html_with_thousands_of_unclosed_paragraphs_and_items_still_loads()
    {
        string items = string.Concat(Enumerable.Range(0, 3000).Select(k => $"<p>{Paragraph}<li>Punto {k}<br>"));
        string html = $"<html><body><!-- <div><div><div> -->{items}</body></html>";

        var result = ReportLoader.FromBytes(Encoding.UTF8.GetBytes(html), "flat.html", null, Budget);

        result.Succeeded.Should().BeTrue();
        result.Document!.Text.Should().Contain("Punto 2999");
    }

    [Fact]
    public void Bytes_over_the_budget_are_refused_before_any_parsing()
    {
        var result = ReportLoader.FromBytes(new byte[Budget + 1], "big.txt", null, Budget);

        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.TooLarge);
    }

    [Fact]
    public void An_endless_stream_is_refused_after_reading_the_budget()
    {
        var result = ReportLoader.FromStream(new EndlessText(), "standard input", null, Budget);

        result.Diagnostics.Should().ContainSingle().Which.Should().Be(Messages.InputTooLarge(Budget));
    }

    [Fact]
    public async Task A_fifo_is_read_within_the_budget()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string small = MakeFifo("small");
        var writeSmall = Task.Run(() => File.WriteAllText(small, "The government increased prosecution efforts in 2021."));
        var read = ReportLoader.Load(small, null, Budget);
        await writeSmall;
        read.Succeeded.Should().BeTrue();
        read.Document!.Text.Should().Be("The government increased prosecution efforts in 2021.");

        string big = MakeFifo("big");
        var writeBig = Task.Run(() =>
        {
            try
            {
                using var fifo = new FileStream(big, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                var line = Encoding.ASCII.GetBytes(new string('a', 1023) + "\n");
                for (int k = 0; k < 3 * Budget / line.Length; k++)
                {
                    fifo.Write(line);
                }
            }
            catch (IOException)
            {
                // The reader stopped at the budget and closed its end: a broken pipe here is the point.
            }
        });
        var refused = ReportLoader.Load(big, null, Budget);
        await writeBig.WaitAsync(TimeSpan.FromSeconds(30));
        refused.Diagnostics.Should().ContainSingle().Which.Should().Be(Messages.InputTooLarge(Budget));
    }

    [Fact]
    public void A_directory_is_called_a_directory()
    {
        ReportDocument.Load(_dir).Diagnostics.Should().ContainSingle().Which.Should().Be(Messages.IsDirectory());
    }

    [Fact]
    public void A_file_in_a_missing_folder_is_not_found_in_our_words()
    {
        var result = ReportDocument.Load(Path.Combine(_dir, "no-such-folder", "es.txt"));

        result.Diagnostics.Should().ContainSingle().Which.Should().Be(Messages.FileNotFound());
    }

    [Fact]
    public void File_system_exceptions_never_reach_the_user_in_dotnet_words()
    {
        FileSystemErrors.Describe(new UnauthorizedAccessException("Access to the path '/x/es.txt' is denied.")).Should().Be(Messages.PermissionDenied());
        FileSystemErrors.Describe(new DirectoryNotFoundException("Could not find a part of the path '/x/es.txt'.")).Should().Be(Messages.FileNotFound());
        FileSystemErrors.Describe(new IOException("Input/output error : '/mnt/es.txt'")).Message.Should().Be(Messages.FileUnreadable("Input/output error").Message);
    }

    [Fact]
    public void A_docx_declaring_a_dtd_is_refused_without_dotnet_wording()
    {
        byte[] docx = CompressedReports.Docx(Paragraph, 3, doctype: "<!DOCTYPE w:document [<!ENTITY x \"boom\">]>");

        var result = ReportLoader.FromBytes(docx, "dtd.docx", null, Budget);

        var error = result.Diagnostics.Should().ContainSingle().Which;
        error.Code.Should().Be(DiagnosticCodes.DocxUnreadable);
        error.Message.Should().NotContain("DtdProcessing").And.Contain("DTD");
    }

    private string MakeFifo(string name)
    {
        string path = Path.Combine(_dir, name);
        using var mkfifo = Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
        return path;
    }

    /// <summary>A stream of text that never ends, like <c>yes | bitext sections -</c>.</summary>
    private sealed class EndlessText : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'y', offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
