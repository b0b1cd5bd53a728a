using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Alignment.Export;

namespace Alignment.Tests.Export;

public class XliffWriterTests
{
    private static readonly XNamespace Xlf = XliffWriter.Namespace;

    private static readonly Lazy<XmlSchemaSet> CoreSchema = new(() =>
    {
        // The core schema imports xml.xsd by a relative location .NET does not follow by default: add it first.
        var schemas = new XmlSchemaSet();
        schemas.Add("http://www.w3.org/XML/1998/namespace", TestFiles.Data(Path.Combine("xliff", "xml.xsd")));
        schemas.Add(XliffWriter.Namespace, TestFiles.Data(Path.Combine("xliff", "xliff_core_2.0.xsd")));
        schemas.Compile();
        return schemas;
    });

    [Fact]
    public void Seed_pair_is_valid_against_the_OASIS_XLIFF_2_core_schema_with_one_unit_per_bead()
    {
        var result = ExportSamples.SeedPair;

        string xliff = Write(result);

        Validate(xliff).Should().BeEmpty();
        var doc = XDocument.Parse(xliff);
        doc.Root!.Attribute("version")!.Value.Should().Be("2.1");
        doc.Root.Attribute("srcLang")!.Value.Should().Be("en");
        doc.Root.Attribute("trgLang")!.Value.Should().Be("es");
        var units = doc.Descendants(Xlf + "unit").ToList();
        units.Should().HaveCount(result.Beads.Count);
        units[0].Element(Xlf + "segment")!.Element(Xlf + "source")!.Value.Should().Be(string.Join(' ', result.Beads[0].Source.Select(s => s.NormalizedText)));
        doc.Descendants(Xlf + "group").Select(g => g.Attribute("name")!.Value).Should().Contain(["prosecution", "protection", "prevention"]);
        doc.Descendants(Xlf + "note").Where(n => n.Attribute("category")?.Value == "finding").Should().HaveCount(result.Findings.Count);
    }

    [Fact]
    public void Markup_control_characters_omissions_and_additions_stay_valid_and_readable()
    {
        var result = ExportSamples.Markup();

        string xliff = Write(result);

        Validate(xliff).Should().BeEmpty();
        var units = XDocument.Parse(xliff).Descendants(Xlf + "unit").ToList();
        units.Should().HaveCount(3);
        units[0].Descendants(Xlf + "source").Single().Value.Should().Be(ExportSamples.EnglishMarkup);
        units[0].Descendants(Xlf + "note").Should().Contain(n => n.Attribute("category")!.Value == "finding"
            && n.Attribute("priority")!.Value == "1" && n.Value == "error: " + ExportSamples.FindingMessage);
        units[0].Descendants(Xlf + "note").Should().Contain(n => n.Attribute("category")!.Value == "confidence" && n.Value == "0.910");
        units[1].Descendants(Xlf + "target").Should().BeEmpty("an omission has no target");
        units[1].Descendants(Xlf + "source").Single().Value.Should().Be("Officials noted a 15 percent rise.", "characters XML 1.0 forbids are dropped");
        units[2].Descendants(Xlf + "source").Single().Value.Should().BeEmpty();
        units[2].Descendants(Xlf + "target").Single().Value.Should().Be("Texto\tañadido\npor el traductor.");
        units.Select(u => u.Parent!.Attribute("name")!.Value).Should().Equal("prosecution", "prosecution", "protection");
    }

    [Fact]
    public void Cli_xliff_on_German_French_lines_is_valid_with_the_language_codes_given()
    {
        string stem = Path.Combine(TestFiles.SharedBench ?? throw new InvalidOperationException("../shared/bench is missing"), "textberg", "test4");

        var (code, stdout, stderr) = CliRunner.Invoke("align", "--input", "lines", "-f", "xliff", "--source-lang", "de", "--target-lang", "fr", stem + ".de", stem + ".fr");

        code.Should().Be(0, stderr);
        Validate(stdout).Should().BeEmpty();
        var doc = XDocument.Parse(stdout);
        doc.Root!.Attribute("srcLang")!.Value.Should().Be("de");
        doc.Root.Attribute("trgLang")!.Value.Should().Be("fr");
        string.Join(' ', doc.Descendants(Xlf + "source").Select(s => s.Value).Where(v => v.Length > 0))
            .Should().Be(string.Join(' ', File.ReadAllLines(stem + ".de")), "every German line is in a source, in order");
    }

    [Fact]
    public void A_document_that_breaks_the_schema_is_reported()
    {
        // The validator is not vacuous: a unit without a segment and a priority out of range are errors.
        string broken = $"<xliff xmlns=\"{XliffWriter.Namespace}\" version=\"2.1\" srcLang=\"en\"><file id=\"f1\"><unit id=\"u0\"><notes><note priority=\"11\">x</note></notes></unit></file></xliff>";

        Validate(broken).Should().HaveCountGreaterThanOrEqualTo(2);
    }

    private static string Write(BitextResult result)
    {
        using var stream = new MemoryStream();
        XliffWriter.Write(result, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static List<string> Validate(string xliff)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = CoreSchema.Value };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xliff), settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}
