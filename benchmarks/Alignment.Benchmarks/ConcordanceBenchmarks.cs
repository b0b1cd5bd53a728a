using Alignment;
using BenchmarkDotNet.Attributes;

namespace Alignment.Benchmarks;

/// <summary>Concordance on the seed pair (002 English ↔ 000 Spanish): replacing the pair's beads, and searches on a warm index.</summary>
[MemoryDiagnoser]
public class ConcordanceBenchmarks
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bitext-bench-" + Guid.NewGuid().ToString("N"));
    private BitextResult _pair = null!;
    private ConcordanceIndex _index = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pair = new BitextAligner().Align(Seeds.Path("002_cdbada1f67068dd0.txt"), Seeds.Path("000_a12f891843fbc0bc.txt"));
        _index = new ConcordanceIndex(_dir);
        _index.Add(_pair);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Benchmark]
    public int ReplacePair() => _index.Add(_pair);

    [Benchmark]
    public int SearchSpanishVictima() => _index.Search(new ConcordanceQuery("víctima", Language.Spanish)).TotalHits;

    [Benchmark]
    public int SearchBothLanguagesPhrase() => _index.Search(new ConcordanceQuery("\"trafficking victims\" OR trata")).TotalHits;
}

/// <summary>Version diff of the 000 seed against a copy with one number changed, one sentence removed and one added.</summary>
[MemoryDiagnoser]
public class VersionDiffBenchmarks
{
    private readonly VersionDiffer _differ = new();
    private ReportDocument _old = null!;
    private ReportDocument _new = null!;

    [GlobalSetup]
    public void Setup()
    {
        string text = File.ReadAllText(Seeds.Path("000_a12f891843fbc0bc.txt"));
        string revised = text.Replace("15.5 millones", "16.5 millones", StringComparison.Ordinal)
            .Replace("Expertos locales informaron", "La comisión aprobó un nuevo plan. Expertos locales informaron", StringComparison.Ordinal);
        _old = ReportDocument.FromText(text, "old", Language.Spanish).GetDocumentOrThrow();
        _new = ReportDocument.FromText(revised, "new", Language.Spanish).GetDocumentOrThrow();
    }

    [Benchmark]
    public int Compare() => _differ.Compare(_old, _new).Entries.Count;
}

internal static class Seeds
{
    public static string Path(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Alignment.sln")))
        {
            dir = dir.Parent;
        }

        return System.IO.Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Alignment.sln not found"), "seeds", name);
    }
}
