namespace Alignment.Evaluation;

/// <summary>
/// Strict and lax precision, recall and F1 of an alignment against a gold alignment, computed as
/// Vecalign's <c>score.py</c> (and Bertalign's <c>eval.py</c>) do, so figures compare with published ones.
/// Beads are pairs of sentence-id lists; hit and miss counts can be summed over documents with <see cref="Add"/>.
/// </summary>
public sealed record AlignmentScore(int StrictPrecisionHits, int LaxPrecisionHits, int PrecisionTotal, int StrictRecallHits, int LaxRecallHits, int RecallTotal)
{
    public double StrictPrecision => Ratio(StrictPrecisionHits, PrecisionTotal);

    public double StrictRecall => Ratio(StrictRecallHits, RecallTotal);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double LaxPrecision => Ratio(LaxPrecisionHits, PrecisionTotal);

    public double LaxRecall => Ratio(LaxRecallHits, RecallTotal);

    public double LaxF1 => F1(LaxPrecision, LaxRecall);

    public static AlignmentScore Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public AlignmentScore Add(AlignmentScore other) => new(
        StrictPrecisionHits + other.StrictPrecisionHits, LaxPrecisionHits + other.LaxPrecisionHits, PrecisionTotal + other.PrecisionTotal,
        StrictRecallHits + other.StrictRecallHits, LaxRecallHits + other.LaxRecallHits, RecallTotal + other.RecallTotal);

    /// <summary>Scores <paramref name="test"/> against <paramref name="gold"/> (beads empty on both sides are ignored).</summary>
    public static AlignmentScore Compute(IReadOnlyList<(int[] Source, int[] Target)> test, IReadOnlyList<(int[] Source, int[] Target)> gold)
    {
        test = test.Where(b => b.Source.Length + b.Target.Length > 0).ToList();
        gold = gold.Where(b => b.Source.Length + b.Target.Length > 0).ToList();
        var (ps, pl, pt) = Hits(test, gold);
        var (rs, rl, rt) = Hits(gold.Where(b => b.Source.Length > 0 && b.Target.Length > 0).ToList(),
                                test.Where(b => b.Source.Length > 0 && b.Target.Length > 0).ToList());
        return new AlignmentScore(ps, pl, pt, rs, rl, rt);
    }

    /// <summary>Reads a gold or test file of lines <c>[0, 1]:[2]</c>.</summary>
    public static List<(int[] Source, int[] Target)> Parse(IEnumerable<string> lines)
    {
        var beads = new List<(int[], int[])>();
        foreach (var line in lines)
        {
            var parts = line.Split(':');
            if (parts.Length < 2)
            {
                continue;
            }

            beads.Add((Ids(parts[0]), Ids(parts[1])));
        }

        return beads;

        static int[] Ids(string list) => list.Trim().Trim('[', ']')
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(int.Parse).ToArray();
    }

    private static (int Strict, int Lax, int Total) Hits(IReadOnlyList<(int[] Source, int[] Target)> candidates, IReadOnlyList<(int[] Source, int[] Target)> reference)
    {
        var exact = new HashSet<string>(reference.Select(Key));
        var links = new HashSet<(int, int)>();
        foreach (var (s, t) in reference)
        {
            foreach (int a in s)
            {
                foreach (int b in t)
                {
                    links.Add((a, b));
                }
            }
        }

        int strict = 0, lax = 0;
        foreach (var bead in candidates)
        {
            if (exact.Contains(Key(bead)))
            {
                strict++;
                lax++;
            }
            else if (bead.Source.Any(a => bead.Target.Any(b => links.Contains((a, b)))))
            {
                lax++;
            }
        }

        return (strict, lax, candidates.Count);
    }

    private static string Key((int[] Source, int[] Target) bead) => string.Join(',', bead.Source) + ":" + string.Join(',', bead.Target);

    private static double Ratio(int hits, int total) => total == 0 ? 0 : (double)hits / total;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
