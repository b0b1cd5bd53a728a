using Alignment.Languages;
using Alignment.Numbers;
using BenchmarkDotNet.Attributes;

namespace Alignment.Benchmarks;

/// <summary>Reads every number of the 2021 seed pair: seed 000 (Spanish, OCR'd) and seed 002 (English original).</summary>
[MemoryDiagnoser]
public class NumberReaderBenchmarks
{
    private NumberReader _spanish = null!;
    private NumberReader _english = null!;
    private string _spanishText = "";
    private string _englishText = "";

    [GlobalSetup]
    public void Setup()
    {
        _spanish = new NumberReader(LanguageProfile.Get("es"));
        _english = new NumberReader(LanguageProfile.Get("en"));
        string seeds = Path.Combine(RepositoryRoot(), "seeds");
        _spanishText = File.ReadAllText(Path.Combine(seeds, "000_a12f891843fbc0bc.txt"));
        _englishText = File.ReadAllText(Path.Combine(seeds, "002_cdbada1f67068dd0.txt"));
    }

    [Benchmark]
    public int Seed000Spanish() => _spanish.Read(_spanishText).Count;

    [Benchmark]
    public int Seed002English() => _english.Read(_englishText).Count;

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Alignment.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Alignment.sln not found above " + AppContext.BaseDirectory);
    }
}
