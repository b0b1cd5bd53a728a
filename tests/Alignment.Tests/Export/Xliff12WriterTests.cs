using System.Text;
using System.Xml.Linq;
using Alignment.Export;

namespace Alignment.Tests.Export;

public class Xliff12WriterTests
{
    private static readonly XNamespace X = Xliff12Writer.Namespace;

    [Fact]
    public void Seed_pair_is_XLIFF_1_2_with_one_trans_unit_per_bead_in_section_groups()
    {
        var result = ExportSamples.SeedPair;

        var doc = Read(result);

        doc.Root!.Name.Should().Be(X + "xliff");
        doc.Root.Attribute("version")!.Value.Should().Be("1.2");
        var file = doc.Root.Element(X + "file")!;
        file.Attribute("source-language")!.Value.Should().Be("en");
        file.Attribute("target-language")!.Value.Should().Be("es");
        file.Attribute("datatype")!.Value.Should().Be("plaintext");
        file.Attribute("original")!.Value.Should().Be(Path.GetFileName(TestFiles.English2021));
        file.Elements().Select(e => e.Name.LocalName).Should().Equal("header", "body");
        var units = doc.Descendants(X + "trans-unit").ToList();
        units.Should().HaveCount(result.Beads.Count);
        units[0].Element(X + "source")!.Value.Should().Be(string.Join(' ', result.Beads[0].Source.Select(s => s.NormalizedText)));
        units[0].Elements().Select(e => e.Name.LocalName).Take(2).Should().Equal("source", "target");
        doc.Descendants(X + "group").Select(g => g.Attribute("resname")!.Value).Should().Contain(["prosecution", "protection", "prevention"]);
        doc.Descendants(X + "note").Count(n => n.Value.StartsWith("finding: ", StringComparison.Ordinal)).Should().Be(result.Findings.Count);
    }

    [Fact]
    public void An_omission_has_no_target_an_addition_an_empty_source_and_markup_is_escaped()
    {
        using var stream = new MemoryStream();
        Xliff12Writer.Write(ExportSamples.Markup(), stream);
        string raw = Encoding.UTF8.GetString(stream.ToArray());

        var units = XDocument.Parse(raw).Descendants(X + "trans-unit").ToList();

        raw.Should().Contain("&lt;script&gt;").And.NotContain("<script>");
        units.Select(u => u.Attribute("id")!.Value).Should().Equal("u0", "u1", "u2");
        units[0].Element(X + "target")!.Value.Should().Be(ExportSamples.SpanishMarkup);
        units[1].Element(X + "target").Should().BeNull();
        units[2].Element(X + "source")!.Value.Should().BeEmpty();
        units[0].Elements(X + "note").Should().Contain(n => (string?)n.Attribute("priority") == "1" && n.Value == "finding: error: " + ExportSamples.FindingMessage);
    }

    private static XDocument Read(BitextResult result)
    {
        using var stream = new MemoryStream();
        Xliff12Writer.Write(result, stream);
        stream.Position = 0;
        return XDocument.Load(stream);
    }
}
