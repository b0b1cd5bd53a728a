using System.Text.Json;
using System.Xml.Linq;
using Alignment.Export;

namespace Alignment.Tests.Export.Interop;

/// <summary>
/// translate-toolkit (Debian's <c>translate-toolkit</c>, 3.8, run by Debian's /usr/bin/python3) reads every unit of
/// the TMX and the XLIFF 1.2, with the text written. It has no XLIFF 2 reader (its <c>xliff</c> storage is 1.2 only;
/// a 2.1 file reads as 0 units), so the XLIFF 2.1 is validated against the OASIS schema in <see cref="XliffWriterTests"/>.
/// </summary>
public sealed class TranslateToolkitInteropTests : IDisposable
{
    // Prints {"units": N, "sources": [...], "targets": [...]} for the file and storage class given.
    private const string Reader = """
        import json, sys
        from translate.storage import tmx, xliff
        kind, path = sys.argv[1], sys.argv[2]
        store = (tmx.tmxfile if kind == "tmx" else xliff.xlifffile).parsefile(path)
        units = [u for u in store.units if not u.isheader()]
        print(json.dumps({"units": len(units), "sources": [u.source for u in units], "targets": [u.target or "" for u in units]}))
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-ttk-").FullName;

    public TranslateToolkitInteropTests() => DebianTools.Require("po2tmx", "translate-toolkit");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Reads_every_unit_of_the_TMX_with_its_text()
    {
        string path = Path.Combine(_dir, "seed.tmx");
        using (var stream = File.Create(path))
        {
            TmxWriter.Write(ExportSamples.SeedPair, stream);
        }

        var written = XDocument.Load(path).Descendants("tu").ToList();
        var read = ReadWithToolkit("tmx", path);

        read.Units.Should().Be(written.Count).And.BeGreaterThan(150);
        read.Sources.Should().Equal(written.Select(u => u.Elements("tuv").First().Element("seg")!.Value));
        read.Targets.Should().Equal(written.Select(u => u.Elements("tuv").Last().Element("seg")!.Value));
    }

    [Fact]
    public void Reads_every_unit_of_the_XLIFF_1_2_with_its_text()
    {
        var result = ExportSamples.SeedPair;
        string path = Path.Combine(_dir, "seed.xlf");
        using (var stream = File.Create(path))
        {
            Xliff12Writer.Write(result, stream);
        }

        var read = ReadWithToolkit("xliff", path);

        read.Units.Should().Be(result.Beads.Count);
        read.Sources.Should().Equal(result.Beads.Select(b => TmxWriter.SegmentText(b.Source)));
        read.Targets.Should().Equal(result.Beads.Select(b => TmxWriter.SegmentText(b.Target)));
    }

    private (int Units, List<string> Sources, List<string> Targets) ReadWithToolkit(string kind, string path)
    {
        var run = DebianTools.Run("/usr/bin/python3", ["-c", Reader, kind, path]);
        run.Exit.Should().Be(0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        return (
            root.GetProperty("units").GetInt32(),
            root.GetProperty("sources").EnumerateArray().Select(e => e.GetString()!).ToList(),
            root.GetProperty("targets").EnumerateArray().Select(e => e.GetString()!).ToList());
    }
}
