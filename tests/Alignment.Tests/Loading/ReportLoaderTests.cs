using System.Text;

namespace Alignment.Tests.Loading;

public class ReportLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("alignment-tests-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Loads_the_OCR_seed_as_Spanish_UTF8()
    {
        var result = ReportDocument.Load(TestFiles.Spanish2021);

        result.Succeeded.Should().BeTrue();
        result.Document!.Language.Should().Be(Language.Spanish);
        result.Document.EncodingName.Should().Be("utf-8");
        result.Document.Text.Should().StartWith("Peru (Nivel 2)");
    }

    [Fact]
    public void Detects_English_seed()
    {
        ReportDocument.LoadOrThrow(TestFiles.English2021).Language.Should().Be(Language.English);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("windows-1252")]
    public void Decodes_each_supported_encoding(string encodingName)
    {
        const string text = "Protección de las víctimas: el Gobierno asignó 15,5 millones de soles a la policía.";
        byte[] bytes = encodingName switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text),
        };
        string path = Write("doc.txt", bytes);

        var document = ReportDocument.LoadOrThrow(path);

        document.Text.Should().Be(text);
        document.EncodingName.Should().Be(encodingName);
        document.Language.Should().Be(Language.Spanish);
    }

    [Fact]
    public void Empty_file_is_an_error_not_an_exception()
    {
        var result = ReportDocument.Load(Write("empty.txt", []));

        result.Succeeded.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.EmptyFile);
    }

    [Fact]
    public void Whitespace_only_file_is_refused()
    {
        ReportDocument.Load(Write("blank.txt", Encoding.UTF8.GetBytes(" \r\n\f\u00A0\n"))).Diagnostics
            .Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.NoText);
    }

    [Fact]
    public void Pdf_header_over_junk_renamed_txt_is_refused_as_a_damaged_pdf()
    {
        // A real PDF renamed .txt loads (ReportFormatTests); a PDF header over junk is a damaged PDF, not text.
        byte[] bytes = [.. "%PDF-1.7\n"u8.ToArray(), 0, 1, 2, 3, 0xFF, 0xD8];
        ReportDocument.Load(Write("report.txt", bytes)).Diagnostics
            .Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.PdfUnreadable);
    }

    [Fact]
    public void Random_bytes_are_refused_as_binary()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        ReportDocument.Load(Write("noise.txt", bytes)).Succeeded.Should().BeFalse();
    }

    [Fact]
    public void Missing_file_is_reported()
    {
        var result = ReportDocument.Load(Path.Combine(_dir, "nope.txt"));
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.FileNotFound);
        var act = () => result.GetDocumentOrThrow();
        act.Should().Throw<ReportFormatException>().WithMessage("*nope.txt: file not found");
    }

    [Fact]
    public void Unsupported_language_override_is_an_error()
    {
        ReportDocument.FromText("Hello there, this is a report.", language: Language.Parse("xx")).Diagnostics
            .Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.LanguageUnsupported);
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
