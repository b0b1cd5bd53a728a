namespace Alignment.Batch;

/// <summary>
/// Running totals of a batch, added to as each result is written, so a run of any length keeps no result after its
/// line is out. Not thread-safe: one writer adds, in manifest order.
/// </summary>
internal sealed class BatchSummary
{
    public int Pairs { get; private set; }

    public int Failed { get; private set; }

    public long Beads { get; private set; }

    public FindingCounts Findings { get; private set; }

    /// <summary>Pairs with a finding at the <c>--fail-on</c> severity given to <see cref="Add"/>.</summary>
    public int PairsAtThreshold { get; private set; }

    public void Add(BatchPairResult item, string failOn)
    {
        ArgumentNullException.ThrowIfNull(item);
        Pairs++;
        if (item.Result is not { } result)
        {
            Failed++;
            return;
        }

        var counts = item.Findings;
        Beads += result.Beads.Count;
        Findings = new FindingCounts(Findings.Info + counts.Info, Findings.Warning + counts.Warning, Findings.Error + counts.Error);
        PairsAtThreshold += counts.Reaches(failOn) ? 1 : 0;
    }
}
