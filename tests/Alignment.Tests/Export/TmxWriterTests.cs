using System.Text;
using System.Xml;
using System.Xml.Linq;
using Alignment.Export;

namespace Alignment.Tests.Export;

public class TmxWriterTests
{
    private static readonly XNamespace Xml = XNamespace.Xml;

    [Fact]
    public void Seed_pair_has_a_TMX_1_4_root_and_a_header_with_every_required_attribute()
    {
        var tmx = Read(ExportSamples.SeedPair);

        tmx.Root!.Name.LocalName.Should().Be("tmx");
        tmx.Root.Attribute("version")!.Value.Should().Be("1.4");
        var header = tmx.Root.Element("header")!;
        header.Attribute("creationtool")!.Value.Should().Be("bitext");
        header.Attribute("creationtoolversion")!.Value.Should().NotBeNullOrWhiteSpace().And.Be(TmxWriter.ToolVersion);
        header.Attribute("segtype")!.Value.Should().Be("sentence");
        header.Attribute("o-tmf")!.Value.Should().Be("bitext");
        header.Attribute("adminlang")!.Value.Should().Be("en");
        header.Attribute("srclang")!.Value.Should().Be("en");
        header.Attribute("datatype")!.Value.Should().Be("plaintext");
        tmx.Root.Elements().Select(e => e.Name.LocalName).Should().Equal("header", "body");
    }

    [Fact]
    public void Seed_pair_has_one_tu_per_matched_bead_with_one_tuv_per_language_holding_the_normalized_text_on_request()
    {
        var result = ExportSamples.SeedPair;
        var matched = result.Beads.Where(b => !b.IsOmission && !b.IsAddition).ToList();

        var units = Parse(Write(result, new TmxOptions { Text = TmxSegmentText.Normalized })).Root!.Element("body")!.Elements("tu").ToList();

        units.Should().HaveCount(matched.Count).And.HaveCountGreaterThan(50);
        for (int i = 0; i < units.Count; i++)
        {
            var tuvs = units[i].Elements("tuv").ToList();
            tuvs.Select(t => t.Attribute(Xml + "lang")?.Value).Should().Equal("en", "es");
            units[i].Attribute("tuid")!.Value.Should().Be(matched[i].Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            tuvs[0].Element("seg")!.Value.Should().Be(string.Join(' ', matched[i].Source.Select(s => s.NormalizedText)));
            tuvs[1].Element("seg")!.Value.Should().Be(string.Join(' ', matched[i].Target.Select(s => s.NormalizedText)));
        }
    }

    [Fact]
    public void By_default_a_seg_keeps_the_list_bullet_and_the_line_breaks_of_the_original_text()
    {
        var result = ExportSamples.SeedPair;

        var segs = Read(result).Descendants("tu").Select(u => u.Elements("tuv").Select(t => t.Element("seg")!.Value).ToList()).ToList();

        segs.Should().Contain(s => s[0] == "• Finalize and implement a National Policy Against Trafficking to sustain and strengthen whole-of-government efforts to combat trafficking beyond expiration of the current national action plan.");
        segs.Should().Contain(s => s[1].StartsWith("Incrementar los recursos generales para combatir todas las formas de trata de\npersonas", StringComparison.Ordinal), "the Spanish file's hard wraps are kept");
    }

    [Fact]
    public void A_source_sentence_cut_by_an_empty_line_is_one_unit_per_piece_with_the_translation_on_the_first()
    {
        var result = ExportSamples.SeedPair;
        var bead = result.Beads.Single(b => b.Source.Count > 0 && b.Source[0].NormalizedText.StartsWith("Proactively screen members of vulnerable groups", StringComparison.Ordinal));

        var units = Read(result).Descendants("tu").Where(u => u.Attribute("tuid")!.Value.Split('.')[0] == bead.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        units.Select(u => u.Attribute("tuid")!.Value).Should().Equal($"{bead.Index}", $"{bead.Index}.1");
        units.Select(u => Props(u)["x-piece"].Single()).Should().Equal("1/2", "2/2");
        units.Select(u => u.Elements("tuv").First().Element("seg")!.Value).Should().Equal(
            "• Proactively screen members of",
            "vulnerable groups, including individuals in commercial sex and displaced Venezuelans, for trafficking indicators and refer suspected victims to protection services.");
        units[0].Elements("tuv").Last().Element("seg")!.Value.Should().StartWith("Analizar de forma activa a miembros de grupos vulnerables,");
        units[1].Elements("tuv").Last().Element("seg")!.Value.Should().BeEmpty();
    }

    [Fact]
    public void Every_prop_type_starts_with_x_and_each_unit_says_section_type_and_confidence()
    {
        var tmx = Read(ExportSamples.SeedPair);

        tmx.Descendants("prop").Should().NotBeEmpty()
            .And.OnlyContain(p => p.Attribute("type")!.Value.StartsWith("x-", StringComparison.Ordinal));
        foreach (var tu in tmx.Descendants("tu"))
        {
            Props(tu).Keys.Should().Contain(["x-section", "x-bead-type", "x-confidence"]);
        }
    }

    [Fact]
    public void Offsets_in_tuv_props_point_back_at_the_original_text()
    {
        var result = ExportSamples.SeedPair;
        var tu = Read(result).Descendants("tu").First(t => t.Attribute("tuid")!.Value == "3");
        var bead = result.Beads[3];

        var source = Props(tu.Elements("tuv").First());

        int start = int.Parse(source["x-start"][0], System.Globalization.CultureInfo.InvariantCulture);
        int end = int.Parse(source["x-end"][0], System.Globalization.CultureInfo.InvariantCulture);
        result.Source.Document.Text[start..end].Should().StartWith(bead.Source[0].Text).And.EndWith(bead.Source[^1].Text);
    }

    [Fact]
    public void Reads_back_with_default_XmlReader_settings_so_no_DOCTYPE_is_needed()
    {
        using var stream = new MemoryStream(Write(ExportSamples.SeedPair));
        using var reader = XmlReader.Create(stream);

        var act = () => { while (reader.Read()) { } };

        act.Should().NotThrow();
    }

    [Fact]
    public void Markup_and_ampersands_are_escaped_and_read_back_as_text()
    {
        byte[] bytes = Write(ExportSamples.Markup());
        string raw = Encoding.UTF8.GetString(bytes);

        raw.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.Contain("1,054 complaints &amp; ").And.NotContain("<script>");
        var segs = Parse(bytes).Descendants("seg").Select(s => s.Value).ToList();
        segs.Should().Equal(ExportSamples.EnglishMarkup, ExportSamples.SpanishMarkup);
        Parse(bytes).Descendants("prop").Where(p => p.Attribute("type")!.Value == "x-finding").Select(p => p.Value)
            .Should().Equal("error: " + ExportSamples.FindingMessage);
        Parse(bytes).Descendants("prop").Where(p => p.Attribute("type")!.Value == "x-source-document").Select(p => p.Value)
            .Should().Equal("en <b>.txt");
    }

    [Fact]
    public void Omissions_and_additions_are_left_out_by_default()
    {
        var units = Parse(Write(ExportSamples.Markup())).Descendants("tu").ToList();

        units.Should().ContainSingle().Which.Attribute("tuid")!.Value.Should().Be("0");
    }

    [Fact]
    public void Kept_omissions_and_additions_are_marked_and_still_have_a_tuv_per_language()
    {
        var units = Parse(Write(ExportSamples.Markup(), new TmxOptions { KeepUnmatched = true })).Descendants("tu").ToList();

        units.Should().HaveCount(3);
        units.Select(u => Props(u).GetValueOrDefault("x-unmatched")?.Single()).Should().Equal(null, "omission", "addition");
        units.Should().OnlyContain(u => u.Elements("tuv").Select(t => t.Attribute(Xml + "lang")!.Value).SequenceEqual(new[] { "en", "es" }));
        units[1].Elements("tuv").Last().Element("seg")!.Value.Should().BeEmpty();
        units[2].Elements("tuv").First().Element("seg")!.Value.Should().BeEmpty();
        Props(units[2])["x-finding"].Should().Equal("info: added sentence has no source");
    }

    [Fact]
    public void Control_characters_invalid_in_XML_are_dropped_and_tabs_and_line_feeds_kept()
    {
        byte[] bytes = Write(ExportSamples.Markup(), new TmxOptions { KeepUnmatched = true });

        bytes.Should().NotContain(b => b < 0x20 && b != '\t' && b != '\n' && b != '\r');
        var segs = Parse(bytes).Descendants("seg").Select(s => s.Value).ToList();
        segs.Should().Contain("Officials noted a 15 percent rise.");
        segs.Should().Contain("Texto\tañadido\npor el traductor.");
    }

    [Fact]
    public void Lone_surrogates_are_dropped_and_pairs_kept()
    {
        XmlCharacters.RemoveInvalid("a\uD800b\U0001F600c\uDC00").Should().Be("ab\U0001F600c");
        XmlCharacters.RemoveInvalid("plain").Should().BeSameAs("plain");
    }

    private static byte[] Write(BitextResult result, TmxOptions? options = null)
    {
        using var stream = new MemoryStream();
        TmxWriter.Write(result, stream, options);
        return stream.ToArray();
    }

    private static XDocument Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return XDocument.Load(stream);
    }

    private static XDocument Read(BitextResult result) => Parse(Write(result));

    private static Dictionary<string, List<string>> Props(XElement element) =>
        element.Elements("prop").GroupBy(p => p.Attribute("type")!.Value).ToDictionary(g => g.Key, g => g.Select(p => p.Value).ToList());
}
