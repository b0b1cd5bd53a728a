using System.Text;
using Alignment.Cli;
using Alignment.Loading;
using Alignment.Numbers;

namespace Alignment.Tests.Robustness;

/// <summary>
/// Inputs that are fine and used to be refused or flagged: tables of numbers in two languages, a stray NUL byte,
/// zero-width characters inside a number; and thousands of identical warnings said once with a count.
/// </summary>
public sealed class FalseRefusalTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-false-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // A number table as the two versions of a report print it: the same figures, each language's separators.
    private static string Table(bool spanish, bool labels)
    {
        var text = new StringBuilder(labels ? (spanish ? "Región Víctimas Casos Año\n" : "Region Victims Cases Year\n") : "");
        string[] places = ["Lima", "Cusco", "Puno", "Arequipa", "Loreto", "Piura", "Tacna", "Junín", "Ica", "Tumbes"];
        for (int row = 0; row < 40; row++)
        {
            int victims = 1_000 + (row * 7_919 % 50_000);
            string number = spanish ? victims.ToString("N0", new System.Globalization.CultureInfo("es-ES")).Replace('\u00A0', '.') : victims.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            text.Append(labels ? places[row % places.Length] + " " : "").Append(number).Append(' ').Append(row * 13 % 97).Append(' ').Append(2010 + (row % 12)).Append('\n');
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_number_table_in_two_languages_is_not_the_same_document(bool labels)
    {
        string en = Path.Combine(_dir, "table.en.txt"), es = Path.Combine(_dir, "table.es.txt");
        File.WriteAllText(en, Table(spanish: false, labels));
        File.WriteAllText(es, Table(spanish: true, labels));

        var (code, _, stderr) = CliRunner.Invoke("check", en, es, "--source-lang", "en", "--target-lang", "es");

        stderr.Should().NotContain("same document");
        code.Should().BeOneOf([0, 1], stderr);
        var act = () => new BitextAligner().Align(ReportDocument.LoadOrThrow(en, Language.English), ReportDocument.LoadOrThrow(es, Language.Spanish));
        act.Should().NotThrow();
    }

    [Fact]
    public void The_same_prose_given_twice_is_still_the_same_document()
    {
        var (code, _, stderr) = CliRunner.Invoke("check", TestFiles.English2021, TestFiles.English2021, "--source-lang", "en", "--target-lang", "es");

        code.Should().Be(2);
        stderr.Should().Contain("is the same document as the source");
    }

    [Fact]
    public void A_single_NUL_byte_is_replaced_with_a_warning_not_refused_as_binary()
    {
        byte[] text = Encoding.UTF8.GetBytes(File.ReadAllText(TestFiles.English2021));
        byte[] damaged = [.. text.AsSpan(0, 500), 0, .. text.AsSpan(500)];

        var result = ReportLoader.FromBytes(damaged, "nul.txt", null);

        result.Succeeded.Should().BeTrue();
        result.Document!.Text.Should().NotContain("\0").And.Contain("\uFFFD");
        result.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.InvalidUtf8).Which.Message.Should().Contain("1 NUL byte(s)");
        result.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.ReplacementCharacters, "the NUL is reported once");
    }

    [Fact]
    public void A_NUL_byte_beside_damaged_UTF8_is_reported_in_the_same_warning()
    {
        byte[] damaged = [.. "Informe anual de la "u8, 0xC3, 0x28, .. " oficina y "u8, 0, .. " del gobierno sobre la situación, la protección y la persecución de la trata de personas."u8];

        var result = ReportLoader.FromBytes(damaged, "both.txt", Language.Spanish);

        result.Succeeded.Should().BeTrue();
        result.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.InvalidUtf8).Which.Message.Should()
            .Contain("1 damaged byte sequence(s)").And.Contain("1 NUL byte(s) replaced too");
    }

    [Fact]
    public void Many_NUL_bytes_are_still_binary()
    {
        byte[] image = [.. "GIF89a"u8, .. Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0 : 'a' + (i % 26)))];

        ReportLoader.FromBytes(image, "image.txt", null).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.BinaryFile);
    }

    [Theory]
    [InlineData('\u200B')]
    [InlineData('\u200C')]
    [InlineData('\u200D')]
    [InlineData('\u2060')]
    [InlineData('\uFEFF')]
    public void A_zero_width_character_inside_a_number_is_not_an_inserted_digit(char invisible)
    {
        string text = $"El gobierno asignó 1.23{invisible}4.567 soles en 2021.";
        var mention = NumberReader.For(Languages.LanguageProfile.Get("es")).Read(text).Should().ContainSingle(m => m.Value == 1_234_567).Which;
        mention.Text.Should().Be(text[mention.Start..mention.End]).And.StartWith($"1.23{invisible}4.567");

        string en = Path.Combine(_dir, "zw.en.txt"), es = Path.Combine(_dir, "zw.es.txt");
        File.WriteAllText(en, "Funding\n\nThe government allocated 1,234,567 soles to victim services in 2021. The police identified 2,345 victims.\n");
        File.WriteAllText(es, $"Financiamiento\n\nEl gobierno asignó 1.23{invisible}4.567 soles a servicios para víctimas en 2021. La policía identificó 2.3{invisible}45 víctimas.\n");
        var (code, stdout, _) = CliRunner.Invoke("check", en, es, "--source-lang", "en", "--target-lang", "es");

        stdout.Should().StartWith("0 findings");
        code.Should().Be(0);
    }

    [Fact]
    public void Thousands_of_identical_warnings_are_one_line_with_a_count()
    {
        var stderr = new StringWriter();
        var same = Enumerable.Repeat(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.ReplacementCharacters, "text contains 1 replacement character(s)"), 5_000);
        var different = Enumerable.Range(0, 40).Select(i => new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.UnpairedSection, $"section {i} has no counterpart"));

        WarningLines.Write(stderr, "warning", [.. same, .. different, new Diagnostic(DiagnosticSeverity.Info, DiagnosticCodes.NoSections, "info")], null);

        var lines = stderr.ToString().TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(1 + InputLimits.MaxWarningLinesPerKind + 1);
        lines[0].Should().Be("bitext: warning: text contains 1 replacement character(s) (5,000 times)");
        lines[^1].Should().Be($"bitext: warning: and {40 - InputLimits.MaxWarningLinesPerKind} more warnings of this kind ({DiagnosticCodes.UnpairedSection})");
    }
}
