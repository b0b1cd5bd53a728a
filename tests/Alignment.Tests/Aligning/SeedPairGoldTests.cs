using System.Text.Json;

namespace Alignment.Tests.Aligning;

/// <summary>
/// A hand-checked gold alignment of two sections of the seed pair (English 2021 ↔ Spanish 2021 OCR):
/// each gold bead names its sentences by their first 48 normalized characters.
/// </summary>
public class SeedPairGoldTests
{
    [Fact]
    public void Strict_bead_F1_on_the_gold_sections_is_1()
    {
        var gold = File.ReadAllLines(TestFiles.Data("gold/seed-pair-002-000.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => Key(e.GetProperty("section").GetString()!, Strings(e.GetProperty("en")), Strings(e.GetProperty("es"))))
            .ToList();
        var sections = new HashSet<string> { "prosecution", "protection" };

        var result = new BitextAligner().Align(ReportDocument.LoadOrThrow(TestFiles.English2021), ReportDocument.LoadOrThrow(TestFiles.Spanish2021));
        var test = result.Beads
            .Where(b => sections.Contains(b.Section.ToString().ToLowerInvariant()))
            .Select(b => Key(b.Section.ToString().ToLowerInvariant(), b.Source.Select(Prefix), b.Target.Select(Prefix)))
            .ToList();

        int hits = test.Count(gold.Contains);
        double precision = (double)hits / test.Count;
        double recall = (double)gold.Count(test.Contains) / gold.Count;
        double f1 = 2 * precision * recall / (precision + recall);
        gold.Should().HaveCountGreaterThan(70);
        f1.Should().BeGreaterThanOrEqualTo(1.0, "wrong beads: {0}", string.Join(" / ", test.Except(gold)));
    }

    private static string Prefix(SentenceSpan s) => s.NormalizedText.Length <= 48 ? s.NormalizedText : s.NormalizedText[..48];

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);

    private static string Key(string section, IEnumerable<string> en, IEnumerable<string> es) =>
        section + "|" + string.Join(" ‖ ", en) + "|" + string.Join(" ‖ ", es);
}
