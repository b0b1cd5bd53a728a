namespace Alignment.Aligning;

/// <summary>
/// Runs the aligner on the Text+Berg German–French gold set (one sentence per line, gold in <c>.defr</c>)
/// with language-independent features only, and scores it as Vecalign and Bertalign do.
/// </summary>
internal static class TextBergEvaluation
{
    /// <summary>Aligns and scores <c>test0</c>…<c>test6</c> found in <paramref name="folder"/>; the score is summed over documents.</summary>
    public static AlignmentScore Run(string folder, AlignerOptions options, Action<string>? log = null)
    {
        var aligner = new BlockAligner(null, null, options);
        var total = AlignmentScore.Zero;
        for (int k = 0; k <= 6; k++)
        {
            string stem = Path.Combine(folder, $"test{k}");
            var de = File.ReadAllLines(stem + ".de");
            var fr = File.ReadAllLines(stem + ".fr");
            var gold = AlignmentScore.Parse(File.ReadAllLines(stem + ".defr"));
            var plans = aligner.Align([(de, fr)])[0];
            var test = plans.Select(p => (Enumerable.Range(p.SourceStart, p.SourceCount).ToArray(), Enumerable.Range(p.TargetStart, p.TargetCount).ToArray())).ToList();
            var score = AlignmentScore.Compute(test, gold);
            log?.Invoke($"test{k}: strict F1 {score.StrictF1:F3}, lax F1 {score.LaxF1:F3}");
            total = total.Add(score);
        }

        return total;
    }
}
