using BenchmarkDotNet.Attributes;

namespace Alignment.Benchmarks;

/// <summary>Load + sections + sentences of each document of the seed pair.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private readonly BitextAligner _aligner = new();

    [Benchmark]
    public int LoadAndSplitEnglish() => _aligner.Analyze(ReportDocument.LoadOrThrow(SeedFiles.English2021)).Sentences.Count;

    [Benchmark]
    public int LoadAndSplitSpanishOcr() => _aligner.Analyze(ReportDocument.LoadOrThrow(SeedFiles.Spanish2021)).Sentences.Count;
}
