using System.Text;
using Alignment.Pairing;
using Alignment.Tests.Pairing;
using BenchmarkDotNet.Attributes;

namespace Alignment.Benchmarks;

/// <summary>A synthetic archive for the pairing benchmarks: report pairs with their own figures and places, and other years of a tenth of them.</summary>
public static class SyntheticArchive
{
    /// <summary>Writes <paramref name="pairs"/> report pairs (and <paramref name="pairs"/>/10 other years) into <paramref name="folder"/>, under random names.</summary>
    public static (int Files, int Pairs) Write(string folder, int pairs, int seed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var utf8 = new UTF8Encoding(false);
        int files = 0;
        void Add(string text) => File.WriteAllText(Path.Combine(folder, $"{random.Next(100_000_000, 999_999_999)}-{files++:D6}.txt"), text, utf8);
        for (int i = 0; i < pairs; i++)
        {
            var report = SyntheticReport.Create(random);
            Add(report.English);
            Add(report.Spanish);
            if (i % 10 == 0)
            {
                var next = report.NextYear(random);
                Add(i % 20 == 0 ? next.English : next.Spanish);
            }
        }

        return (files, pairs);
    }
}

/// <summary>
/// Pairing an archive of <see cref="Pairs"/> synthetic report pairs from disk: reading, fingerprints, the Lucene
/// candidate index, verification and linking. Run: <c>dotnet run -c Release --project benchmarks/Alignment.Benchmarks --
/// --filter '*PairingBenchmarks*'</c>; 10,000 pairs a side are measured as a run of <c>bitext pair</c> (README).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PairingBenchmarks
{
    private string _folder = "";

    /// <summary>Report pairs in the archive.</summary>
    [Params(100, 1_000)]
    public int Pairs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"bitext-pairing-bench-{Pairs}");
        if (!Directory.Exists(_folder))
        {
            SyntheticArchive.Write(_folder, Pairs, seed: 1);
        }
    }

    [Benchmark]
    public async Task<int> Pair()
    {
        int pairs = 0;
        await foreach (var outcome in new DocumentPairer().PairAsync([_folder]))
        {
            pairs += outcome is DocumentPair ? 1 : 0;
        }

        return pairs;
    }
}
