using System.Xml.Linq;

namespace Alignment.Tests.Cli;

public sealed class ExportFormatCommandTests
{
    [Fact]
    public void Align_writes_XLIFF_1_2_for_xliff12_and_XLIFF_2_1_for_xliff()
    {
        var (code12, xliff12, _) = CliRunner.Invoke("align", TestFiles.English2021, TestFiles.Spanish2021, "--format", "xliff12");
        var (code21, xliff21, _) = CliRunner.Invoke("align", TestFiles.English2021, TestFiles.Spanish2021, "--format", "xliff");

        code12.Should().Be(0);
        code21.Should().Be(0);
        XDocument.Parse(xliff12).Root!.Attribute("version")!.Value.Should().Be("1.2");
        XDocument.Parse(xliff21).Root!.Attribute("version")!.Value.Should().Be("2.1");
    }

    [Fact]
    public void Tmx_text_normalized_drops_the_bullets_the_default_keeps()
    {
        var (_, segmented, _) = CliRunner.Invoke("align", TestFiles.English2021, TestFiles.Spanish2021, "--format", "tmx");
        var (_, normalized, _) = CliRunner.Invoke("align", TestFiles.English2021, TestFiles.Spanish2021, "--format", "tmx", "--tmx-text", "normalized");

        Segs(segmented).Should().Contain(s => s.StartsWith("• Finalize", StringComparison.Ordinal));
        Segs(normalized).Should().Contain(s => s.StartsWith("Finalize", StringComparison.Ordinal)).And.NotContain(s => s.Contains('•'));
    }

    private static List<string> Segs(string tmx) => XDocument.Parse(tmx).Descendants("seg").Select(s => s.Value).ToList();
}
