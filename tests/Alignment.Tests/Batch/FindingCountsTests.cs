using Alignment.Batch;
using Alignment.Cli;

namespace Alignment.Tests.Batch;

public class FindingCountsTests
{
    [Theory]
    [InlineData(FindingSeverity.Error, "error", true)]
    [InlineData(FindingSeverity.Error, "warning", true)]
    [InlineData(FindingSeverity.Warning, "error", false)]
    [InlineData(FindingSeverity.Warning, "warning", true)]
    [InlineData(FindingSeverity.Info, "warning", false)]
    [InlineData(FindingSeverity.Error, "none", false)]
    public void A_finding_reaches_the_threshold_by_its_severity(FindingSeverity severity, string failOn, bool reaches)
    {
        var counts = FindingCounts.Of([new Finding(FindingKind.ValueMismatch, severity, 3, "15.5 millones ↔ 1.5 million", null, null, null)]);

        counts.Total.Should().Be(1);
        counts.Reaches(failOn).Should().Be(reaches);
    }

    [Fact]
    public void Exit_code_is_2_for_a_failed_pair_before_1_for_findings()
    {
        var pair = new BatchPair("p", "en.txt", "es.txt");
        var failed = new BatchPairResult(0, pair, null, "en.txt: file not found", TimeSpan.Zero);

        var summary = new BatchSummary();
        summary.Add(failed, "error");

        BatchCommand.ExitCode(summary).Should().Be(2);
        BatchCommand.ExitCode(new BatchSummary()).Should().Be(0);
    }
}
