using System.Text;

namespace Alignment.Tests.Loading;

/// <summary>The decoder decides per file on the evidence of its bytes.</summary>
public class EncodingEvidenceTests
{
    private const string Spanish = "Protección de las víctimas: el Gobierno asignó 15,5 millones de soles a la policía en el año fiscal. ";

    [Fact]
    public void Utf8_with_a_few_damaged_bytes_stays_utf8_with_a_warning()
    {
        // A lone 0xFF, a lead byte without its continuation, two stray continuation bytes: four replacements.
        string text = string.Concat(Enumerable.Repeat(Spanish, 5));
        byte[] bytes =
        [
            .. Encoding.UTF8.GetBytes(text), 0xFF, .. Encoding.UTF8.GetBytes(text), 0xC3, .. Encoding.UTF8.GetBytes(text),
            0x80, 0x80, .. Encoding.UTF8.GetBytes(text),
        ];

        var result = Alignment.Loading.ReportLoader.FromBytes(bytes, "damaged.txt", null);

        var document = result.Document!;
        document.EncodingName.Should().Be("utf-8");
        document.Text.Should().Contain("Protección de las víctimas").And.NotContain("Ã");
        document.Text.Count(c => c == '\uFFFD').Should().Be(4);
        document.Diagnostics.Should().ContainSingle().Which.Should().Be(Messages.InvalidUtf8Replaced(4));
    }

    [Fact]
    public void Windows1252_text_is_read_as_windows1252()
    {
        byte[] bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Spanish + "“Trata” — 5 €.");

        var document = Alignment.Loading.ReportLoader.FromBytes(bytes, "latin.txt", null).Document!;

        document.EncodingName.Should().Be("windows-1252");
        document.Text.Should().Be(Spanish + "“Trata” — 5 €.");
        document.Diagnostics.Should().NotContain(d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_without_bom_is_read_not_called_binary(bool bigEndian)
    {
        byte[] bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(Spanish);

        var document = Alignment.Loading.ReportLoader.FromBytes(bytes, "utf16.txt", null).Document!;

        document.EncodingName.Should().Be(bigEndian ? "utf-16be" : "utf-16le");
        document.Text.Should().Be(Spanish);
        document.Language.Should().Be(Language.Spanish);
    }

    [Fact]
    public void Random_bytes_with_zeros_are_still_binary()
    {
        var bytes = new byte[8192];
        new Random(7).NextBytes(bytes);

        Alignment.Loading.ReportLoader.FromBytes(bytes, "noise.txt", null).Diagnostics
            .Should().ContainSingle().Which.Should().Be(Messages.Binary());
    }
}
