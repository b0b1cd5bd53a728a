using Alignment.Aligning;

namespace Alignment.Evaluation;

/// <summary>
/// Runs the aligner on the Text+Berg German–French gold set (one sentence per line, gold in <c>.defr</c>)
/// with language-independent features only, and scores it as Vecalign and Bertalign do.
/// </summary>
public static class TextBergEvaluation
{
    /// <summary>The documents of the tuning split (one long article, 1957).</summary>
    public static readonly string[] Dev = ["dev"];

    /// <summary>The documents of the test split (seven articles, 1989), the set papers report on.</summary>
    public static readonly string[] Test = ["test0", "test1", "test2", "test3", "test4", "test5", "test6"];

    /// <summary>Aligns and scores the <paramref name="documents"/> (default <see cref="Test"/>) found in <paramref name="folder"/>; the score is summed over documents.</summary>
    public static AlignmentScore Run(string folder, AlignerOptions options, Action<string>? log = null, IReadOnlyList<string>? documents = null)
    {
        var aligner = new BlockAligner(null, null, options);
        var total = AlignmentScore.Zero;
        foreach (string document in documents ?? Test)
        {
            string stem = Path.Combine(folder, document);
            var de = File.ReadAllLines(stem + ".de").Select(line => new AlignmentUnit(line)).ToList();
            var fr = File.ReadAllLines(stem + ".fr").Select(line => new AlignmentUnit(line)).ToList();
            var gold = AlignmentScore.Parse(File.ReadAllLines(stem + ".defr"));
            var plans = aligner.Align([(de, fr)])[0];
            var test = plans.Select(p => (Enumerable.Range(p.SourceStart, p.SourceCount).ToArray(), Enumerable.Range(p.TargetStart, p.TargetCount).ToArray())).ToList();
            var score = AlignmentScore.Compute(test, gold);
            log?.Invoke($"{document}: strict F1 {score.StrictF1:F3}, lax F1 {score.LaxF1:F3}; beads {string.Join(" ", plans.GroupBy(p => $"{p.SourceCount}-{p.TargetCount}").OrderByDescending(g => g.Count()).Select(g => $"{g.Key}:{g.Count()}"))}");
            total = total.Add(score);
        }

        return total;
    }
}
