using Alignment.Languages;
using Alignment.Numbers;
using BenchmarkDotNet.Attributes;

namespace Alignment.Benchmarks;

/// <summary>
/// Reads every number of the 2021 seed pair: seed 000 (Spanish, OCR'd) and seed 002 (English original); and,
/// sentence by sentence, the number-dense report-forms pair of the tests (compounds, halves, glued units, signs,
/// fractions, ordinals): the mean of those two is per sentence.
/// </summary>
[MemoryDiagnoser]
public class NumberReaderBenchmarks
{
    private NumberReader _spanish = null!;
    private NumberReader _english = null!;
    private string _spanishText = "";
    private string _englishText = "";
    private string[] _spanishSentences = Array.Empty<string>();
    private string[] _englishSentences = Array.Empty<string>();

    [GlobalSetup]
    public void Setup()
    {
        _spanish = new NumberReader(LanguageProfile.Get("es"));
        _english = new NumberReader(LanguageProfile.Get("en"));
        string seeds = Path.Combine(RepositoryRoot(), "seeds");
        _spanishText = File.ReadAllText(Path.Combine(seeds, "000_a12f891843fbc0bc.txt"));
        _englishText = File.ReadAllText(Path.Combine(seeds, "002_cdbada1f67068dd0.txt"));
        string forms = Path.Combine(RepositoryRoot(), "tests", "Alignment.Tests", "Data", "report-forms");
        _spanishSentences = Sentences(Path.Combine(forms, "es.txt"));
        _englishSentences = Sentences(Path.Combine(forms, "en.txt"));
    }

    /// <summary>The number of sentences each per-sentence benchmark reads in one operation.</summary>
    public const int SentencesPerOperation = 10;

    [Benchmark(OperationsPerInvoke = SentencesPerOperation)]
    public int ReportFormsSpanishPerSentence() => ReadEach(_spanish, _spanishSentences);

    [Benchmark(OperationsPerInvoke = SentencesPerOperation)]
    public int ReportFormsEnglishPerSentence() => ReadEach(_english, _englishSentences);

    private static int ReadEach(NumberReader reader, string[] sentences)
    {
        int count = 0;
        foreach (string sentence in sentences)
        {
            count += reader.Read(sentence).Count;
        }

        return count;
    }

    // The paragraphs of the file that are sentences (headings are one short line), ten of them.
    private static string[] Sentences(string path) =>
        File.ReadAllText(path).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => p.Length > 40).Take(SentencesPerOperation).ToArray();

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
