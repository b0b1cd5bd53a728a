using Alignment.Languages;
using Alignment.Loading;
using Alignment.Sentences;
using BenchmarkDotNet.Attributes;

namespace Alignment.Benchmarks;

/// <summary>
/// Splits every normalized paragraph of seed 000 (Spanish 2021, OCR) and seed 002 (English 2021), as
/// <c>ReportAnalyzer</c> does. Run: <c>dotnet run -c Release --project benchmarks/Alignment.Benchmarks -- --filter *SentenceSplitter*</c>.
/// </summary>
[MemoryDiagnoser]
public class SentenceSplitterBenchmarks
{
    private string[] _spanish = Array.Empty<string>();
    private string[] _english = Array.Empty<string>();
    private SentenceSplitter _spanishSplitter = null!;
    private SentenceSplitter _englishSplitter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _spanish = Paragraphs("000_a12f891843fbc0bc.txt");
        _english = Paragraphs("002_cdbada1f67068dd0.txt");
        _spanishSplitter = new SentenceSplitter(LanguageProfile.Get("es"));
        _englishSplitter = new SentenceSplitter(LanguageProfile.Get("en"));
    }

    [Benchmark]
    public int Spanish2021() => SplitAll(_spanishSplitter, _spanish);

    [Benchmark]
    public int English2021() => SplitAll(_englishSplitter, _english);

    private static int SplitAll(SentenceSplitter splitter, string[] paragraphs)
    {
        int count = 0;
        foreach (var paragraph in paragraphs)
        {
            count += splitter.Split(paragraph).Count;
        }

        return count;
    }

    private static string[] Paragraphs(string seed)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryRoot(), "seeds", seed));
        return ParagraphBuilder.Build(text).Select(p => TextNormalizer.Normalize(text, p.Start, p.End).Text).ToArray();
    }

    // Seeds live beside Alignment.sln; BenchmarkDotNet runs from a generated folder below bin.
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
