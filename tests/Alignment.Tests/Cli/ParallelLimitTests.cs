using System.Text.Json;
using Alignment.Batch;
using Alignment.Tests.Robustness;

namespace Alignment.Tests.Cli;

/// <summary><c>--parallel</c> is a whole number of workers, at least 1, capped at four per processor with a warning; values past an int are capped, not a crash.</summary>
public sealed class ParallelLimitTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-parallel-").FullName;
    private readonly string _manifest;

    public ParallelLimitTests()
    {
        _manifest = Path.Combine(_dir, "pairs.jsonl");
        string row = JsonSerializer.Serialize(new { source = TestFiles.English2021, target = TestFiles.Spanish2021 });
        File.WriteAllLines(_manifest, Enumerable.Repeat(row, 3));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("20000")]
    [InlineData("2147483647")]
    [InlineData("99999999999999999999999")]
    public void A_huge_parallel_is_capped_with_a_warning_and_the_batch_runs(string parallel)
    {
        string output = Path.Combine(_dir, "out.jsonl");

        // Eight worker threads need more address space than the 3 GB the single-document runs get.
        var (code, _, stderr) = LimitedProcess.Run(5_000_000_000, "batch", _manifest, "--parallel", parallel, "-o", output);

        code.Should().Be(1, stderr + " (the seed pair's budget error is a finding)");
        stderr.Should().Contain($"bitext: warning: --parallel ").And.Contain($"using {Environment.ProcessorCount * InputLimits.MaxWorkersPerProcessor} ");
        stderr.Should().Contain("3 pairs, 0 failed");
        File.ReadAllLines(output).Should().HaveCount(3);
        Directory.GetFiles(_dir).Select(Path.GetFileName).Should().BeEquivalentTo(["pairs.jsonl", "out.jsonl"], "no temporary file is left");
    }

    [Theory]
    [InlineData("0", "at least 1")]
    [InlineData("-3", "at least 1")]
    [InlineData("two", "whole number of workers")]
    [InlineData("1.5", "whole number of workers")]
    public void A_parallel_that_is_no_positive_count_is_refused_in_one_line(string parallel, string reason)
    {
        var (code, stdout, stderr) = CliRunner.Invoke("batch", _manifest, "--parallel", parallel);

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Should().StartWith("bitext: ").And.Contain(reason);
        stderr.Should().NotContain("System.");
    }

    [Fact]
    public void The_library_caps_parallelism_at_four_workers_per_processor()
    {
        new BatchAligner(parallelism: 1_000_000).Parallelism.Should().Be(Environment.ProcessorCount * 4);
        new BatchAligner(parallelism: 1).Parallelism.Should().Be(1);
    }
}
