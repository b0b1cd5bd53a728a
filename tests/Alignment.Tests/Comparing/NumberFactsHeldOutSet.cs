using System.Globalization;
using System.Text;
using Alignment.Comparing;

namespace Alignment.Tests.Comparing;

/// <summary>
/// The held-out sentence pairs of issue 24 (Data/number-facts, see its README): correct translations and translations with
/// one real error, in ten families. Scored with the public <see cref="SegmentNumberComparer"/> only, so the same file
/// scores an older build: a correct pair is a false alarm when any finding is above info; a wrong pair is found when a
/// finding above info points at the number that changed.
/// </summary>
internal static class NumberFactsHeldOutSet
{
    public sealed record Pair(string Family, bool Correct, string Spanish, string English, string ChangedSide, string Changed);

    public sealed record Score(string Family, int Correct, int FalseAlarms, int Wrong, int Found);

    public static IReadOnlyList<Pair> Load(string split) =>
        File.ReadAllLines(TestFiles.Data(Path.Combine("number-facts", split + ".tsv"))).Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(f => new Pair(f[0], f[1] == "ok", Unescape(f[2]), Unescape(f[3]),
                f[4].Length > 3 ? f[4][..2] : "", f[4].Length > 3 ? Unescape(f[4][3..]) : ""))
            .ToList();

    /// <summary>Scores the pairs with Spanish as the source, or with English as the source when <paramref name="englishFirst"/>.</summary>
    public static IReadOnlyList<Score> Run(IReadOnlyList<Pair> pairs, List<string>? misses = null, bool englishFirst = false)
    {
        var comparer = englishFirst ? new SegmentNumberComparer(Language.English, Language.Spanish) : new SegmentNumberComparer(Language.Spanish, Language.English);
        var scores = new List<Score>();
        foreach (var family in pairs.GroupBy(p => p.Family))
        {
            int correct = 0, falseAlarms = 0, wrong = 0, found = 0;
            foreach (var pair in family)
            {
                var raised = (englishFirst ? comparer.Compare(pair.English, pair.Spanish) : comparer.Compare(pair.Spanish, pair.English))
                    .Where(f => f.Severity > FindingSeverity.Info).ToList();
                if (pair.Correct)
                {
                    correct++;
                    if (raised.Count > 0)
                    {
                        falseAlarms++;
                        misses?.Add($"false alarm [{pair.Family}] {pair.Spanish.ReplaceLineEndings(" ")} | {string.Join("; ", raised.Select(f => f.Message))}");
                    }

                    continue;
                }

                wrong++;
                string side = pair.ChangedSide == "es" ? pair.Spanish : pair.English;
                int start = side.IndexOf(pair.Changed, StringComparison.Ordinal);
                int end = start + pair.Changed.Length;
                bool onSource = (pair.ChangedSide == "es") != englishFirst;
                bool hit = start >= 0 && raised.Any(f => (onSource ? f.SourceSpan : f.TargetSpan) is { } span && span.Start < end && start < span.End);
                found += hit ? 1 : 0;
                if (!hit)
                {
                    misses?.Add($"missed [{pair.Family}] {pair.Spanish.ReplaceLineEndings(" ")} | {string.Join("; ", raised.Select(f => f.Message))}");
                }
            }

            scores.Add(new Score(family.Key, correct, falseAlarms, wrong, found));
        }

        return scores;
    }

    public static string Table(IReadOnlyList<Score> scores)
    {
        var text = new StringBuilder("family      false alarms   errors found\n");
        foreach (var s in scores.Append(new Score("all", scores.Sum(s => s.Correct), scores.Sum(s => s.FalseAlarms), scores.Sum(s => s.Wrong), scores.Sum(s => s.Found))))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{s.Family,-11} {s.FalseAlarms,3} of {s.Correct,-3}     {s.Found,3} of {s.Wrong}");
        }

        return text.ToString();
    }

    private static string Unescape(string field) => field.Replace("\\n", "\n", StringComparison.Ordinal);
}
