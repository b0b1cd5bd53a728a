using Alignment.Batch;
using Alignment.Cli;

namespace Alignment.Tests.Batch;

public class FindingCountsTests
{
    [Fact]
    public void Placeholder_findings_count_as_errors_so_batch_fails_like_check()
    {
        var counts = FindingCounts.Of([new Finding(3, "15.5 millones ↔ 1.5 million")]);

        counts.Should().Be(new FindingCounts(Info: 0, Warning: 0, Error: 1));
        counts.Reaches("error").Should().BeTrue();
        counts.Reaches("warning").Should().BeTrue();
        counts.Reaches("none").Should().BeFalse();
    }

    [Fact]
    public void Exit_code_is_2_for_a_failed_pair_before_1_for_findings()
    {
        var pair = new BatchPair("p", "en.txt", "es.txt");
        var failed = new BatchPairResult(0, pair, null, "en.txt: file not found", TimeSpan.Zero);

        BatchCommand.ExitCode([failed], "error").Should().Be(2);
        BatchCommand.ExitCode([], "error").Should().Be(0);
    }
}
