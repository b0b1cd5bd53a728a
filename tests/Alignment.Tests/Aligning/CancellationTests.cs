using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

/// <summary>The internal pipeline stops with <see cref="OperationCanceledException"/> once its token is cancelled.</summary>
public class CancellationTests
{
    [Fact]
    public void Aligning_the_seed_pair_with_a_cancelled_token_throws_OperationCanceledException()
    {
        var aligner = new BitextAligner();
        var source = ReportDocument.LoadOrThrow(TestFiles.English2021);
        var target = ReportDocument.LoadOrThrow(TestFiles.Spanish2021);

        var align = () => aligner.Align(source, target, new CancellationToken(canceled: true));

        align.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void The_block_aligner_and_the_search_check_the_token()
    {
        var units = Enumerable.Range(0, 50).Select(k => new AlignmentUnit($"Sentence {k} about the budget.")).ToList();
        var aligner = new BlockAligner(null, null, AlignerOptions.Default);
        var features = new FeatureExtractor(null, null).Extract(units, units);

        var block = () => aligner.Align([(units, units)], new CancellationToken(canceled: true));
        var search = () => new SentenceAligner(AlignerOptions.Default).Align(features.Source, features.Target, LengthModel.FromTotals(1, 1), new CancellationToken(canceled: true));

        block.Should().Throw<OperationCanceledException>();
        search.Should().Throw<OperationCanceledException>();
        aligner.Align([(units, units)])[0].Should().HaveCount(50, "without cancellation the same input aligns 1-1");
    }

    [Fact]
    public void Blocks_aligned_on_several_threads_stop_on_the_token_and_land_in_their_own_places()
    {
        // Blocks of different sizes, so that the largest-first order differs from the blocks' own.
        var blocks = new[] { 5, 40, 12, 60, 1, 25 }
            .Select(size => Enumerable.Range(0, size).Select(k => new AlignmentUnit($"Sentence {k} of {size} about the budget.")).ToList())
            .Select(units => ((IReadOnlyList<AlignmentUnit>)units, (IReadOnlyList<AlignmentUnit>)units.Take(units.Count - (units.Count / 5)).ToList()))
            .ToList();
        var parallel = new BlockAligner(null, null, AlignerOptions.Default, parallel: true);
        var serial = new BlockAligner(null, null, AlignerOptions.Default, parallel: false);

        var cancelled = () => parallel.Align(blocks, new CancellationToken(canceled: true));
        var plans = parallel.Align(blocks);

        cancelled.Should().Throw<OperationCanceledException>("a cancelled block alignment throws the cancellation itself, not an AggregateException");
        plans.Should().HaveCount(blocks.Count);
        for (int b = 0; b < blocks.Count; b++)
        {
            plans[b].Should().Equal(serial.Align(blocks)[b], "block {0}'s plan is stored at its own place", b);
            plans[b].Sum(p => p.SourceCount).Should().Be(blocks[b].Item1.Count);
        }
    }
}
