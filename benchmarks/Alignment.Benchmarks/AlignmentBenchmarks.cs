using BenchmarkDotNet.Attributes;

namespace Alignment.Benchmarks;

/// <summary>
/// Aligning the seed pair (English 2021 ↔ Spanish 2021), and the same pair concatenated 10 and 100 times,
/// to show that time and memory grow linearly with length.
/// </summary>
[MemoryDiagnoser]
public class AlignmentBenchmarks
{
    private readonly BitextAligner _aligner = new();
    private ReportDocument _source = null!;
    private ReportDocument _target = null!;

    [Params(1, 10, 100)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _source = RepeatedReport.Load(SeedFiles.English2021, Language.English, Copies);
        _target = RepeatedReport.Load(SeedFiles.Spanish2021, Language.Spanish, Copies);
    }

    [Benchmark]
    public int Align() => _aligner.Align(_source, _target).Beads.Count;
}
