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
        _source = Repeat(SeedFiles.English2021, "en");
        _target = Repeat(SeedFiles.Spanish2021, "es");

        ReportDocument Repeat(string path, string language)
        {
            string text = File.ReadAllText(path);
            string repeated = string.Join("\n\n", Enumerable.Repeat(text, Copies));
            return ReportDocument.FromText(repeated, Path.GetFileName(path), language).GetDocumentOrThrow();
        }
    }

    [Benchmark]
    public int Align() => _aligner.Align(_source, _target).Beads.Count;
}
