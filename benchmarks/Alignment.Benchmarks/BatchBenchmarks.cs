using Alignment.Batch;
using BenchmarkDotNet.Attributes;

namespace Alignment.Benchmarks;

/// <summary>
/// A batch of 200 pairs (the 2021 seed pair listed 200 times, as an in-memory manifest): load, align and compare
/// each, with one shared aligner. Pairs per second = 200 / mean.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private const int PairCount = 200;
    private BatchPair[] _pairs = [];
    private BatchRunner _runner = null!;

    [Params(1, 2)]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pairs = Enumerable.Range(0, PairCount)
            .Select(i => new BatchPair($"peru-{i}", SeedFiles.English2021, SeedFiles.Spanish2021))
            .ToArray();
        _runner = new BatchRunner(new BitextAligner(), Workers);
    }

    [Benchmark]
    public int AlignSeedPair200Times()
    {
        int beads = 0;
        _runner.RunAsync(_pairs, r => beads += r.Result?.Beads.Count ?? throw new InvalidOperationException(r.Error)).GetAwaiter().GetResult();
        return beads;
    }
}
