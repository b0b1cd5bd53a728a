using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Alignment.Export;

namespace Alignment.Tests.Export.Interop;

/// <summary>
/// OmegaT (Debian's <c>omegat</c>, 3.6) in console mode on a project made the way a translator makes one: the English
/// seed as a plain-text source file, the bitext TMX in <c>tm/auto</c> (OmegaT fills a segment from an exact match
/// there when the project loads), or the XLIFF 1.2 as the source file. The counts come from the
/// <c>omegat/project_stats.txt</c> OmegaT writes.
/// </summary>
public sealed class OmegaTInteropTests : IDisposable
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-omegat-").FullName;

    public OmegaTInteropTests() => DebianTools.Require("omegat", "omegat");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void OmegaT_fills_at_least_95_percent_of_the_English_seed_from_the_TMX_and_more_than_from_the_normalized_text()
    {
        var segmented = FillFromTmx("segmented", TmxSegmentText.AsSegmented);
        var normalized = FillFromTmx("normalized", TmxSegmentText.Normalized);

        segmented.Total.Should().BeGreaterThan(150, "OmegaT segments the English seed into about 166 sentences");
        int filled = segmented.Total - segmented.Remaining;
        (filled / (double)segmented.Total).Should().BeGreaterThanOrEqualTo(0.95, $"OmegaT filled {filled} of {segmented.Total} segments");
        normalized.Total.Should().Be(segmented.Total);
        normalized.Remaining.Should().BeGreaterThan(segmented.Remaining, "bullets dropped and page-break-cut sentences joined miss OmegaT's segments");
    }

    [Fact]
    public void OmegaT_opens_the_XLIFF_1_2_with_every_unit()
    {
        var result = ExportSamples.SeedPair;
        string project = NewProject("xliff12");
        using (var stream = File.Create(Path.Combine(project, "source", "peru-2021.xlf")))
        {
            Xliff12Writer.Write(result, stream);
        }

        var stats = Translate(project);

        // OmegaT segments a unit of two sentences into two: at least one segment per unit, and the translated copy it
        // writes back holds every unit.
        stats.Total.Should().BeGreaterThanOrEqualTo(result.Beads.Count);
        XNamespace x = Xliff12Writer.Namespace;
        var written = XDocument.Load(Path.Combine(project, "target", "peru-2021.xlf"));
        written.Descendants(x + "trans-unit").Select(u => u.Attribute("id")!.Value)
            .Should().Equal(result.Beads.Select(b => "u" + b.Index.ToString(CultureInfo.InvariantCulture)));
    }

    private (int Total, int Remaining) FillFromTmx(string name, TmxSegmentText text)
    {
        string project = NewProject(name);
        File.Copy(TestFiles.English2021, Path.Combine(project, "source", "peru-2021.en.txt"));
        using (var stream = File.Create(Path.Combine(project, "tm", "auto", "peru-2021.en-es.tmx")))
        {
            TmxWriter.Write(ExportSamples.SeedPair, stream, new TmxOptions { Text = text });
        }

        return Translate(project);
    }

    private string NewProject(string name)
    {
        string project = Path.Combine(_dir, name);
        foreach (string sub in new[] { "source", "target", Path.Combine("tm", "auto"), "glossary", "dictionary", "omegat" })
        {
            Directory.CreateDirectory(Path.Combine(project, sub));
        }

        File.WriteAllText(Path.Combine(project, "omegat.project"), """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <omegat>
              <project version="1.0">
                <source_dir>__DEFAULT__</source_dir>
                <target_dir>__DEFAULT__</target_dir>
                <tm_dir>__DEFAULT__</tm_dir>
                <glossary_dir>__DEFAULT__</glossary_dir>
                <glossary_file>__DEFAULT__</glossary_file>
                <dictionary_dir>__DEFAULT__</dictionary_dir>
                <source_lang>EN</source_lang>
                <target_lang>ES</target_lang>
                <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
                <target_tok>org.omegat.tokenizer.LuceneSpanishTokenizer</target_tok>
                <sentence_seg>true</sentence_seg>
                <support_default_translations>true</support_default_translations>
                <remove_tags>false</remove_tags>
              </project>
            </omegat>
            """);
        return project;
    }

    // console-translate loads the project (filling segments from tm/auto), writes target/ and omegat/project_stats.txt.
    private (int Total, int Remaining) Translate(string project)
    {
        string home = Path.Combine(_dir, "home");
        Directory.CreateDirectory(home);
        var run = DebianTools.Run("omegat", ["--mode=console-translate", project], env: new Dictionary<string, string> { ["HOME"] = home }, timeout: TimeSpan.FromMinutes(3));
        run.Exit.Should().Be(0, run.Stdout + run.Stderr);
        string stats = File.ReadAllText(Path.Combine(project, "omegat", "project_stats.txt"));
        return (Count(stats, "Total"), Count(stats, "Remaining"));
    }

    private static int Count(string stats, string row)
    {
        var match = Regex.Match(stats, $@"^{row}:\s+(?<n>\d+)", RegexOptions.Multiline, RegexTimeout);
        match.Success.Should().BeTrue($"project_stats.txt has a {row} row: {stats}");
        return int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
    }
}
