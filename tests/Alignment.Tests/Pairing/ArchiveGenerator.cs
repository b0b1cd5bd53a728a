using System.Globalization;
using System.Text;

namespace Alignment.Tests.Pairing;

/// <summary>
/// Builds a shuffled archive of reports in a folder, with the truth of which file translates which: the seeds, the
/// real genre pairs (<c>Data/genres</c>, when present), synthetic report pairs written from bilingual sentence
/// templates with their own figures and places, and distractors: other years of a report (the same places and
/// phrasing, other figures), the same file twice, a truncated translation, the Text+Berg German and French articles
/// (third languages). File names are random and carry no language or year. Seeded: the same seed, the same archive.
/// </summary>
internal sealed class ArchiveGenerator
{
    private readonly Random _random;
    private readonly string _folder;
    private readonly List<(string Source, string Target)> _pairs = [];
    private readonly HashSet<string> _mustStayUnpaired = [];
    private readonly Dictionary<string, string> _copies = [];
    private readonly HashSet<(string, string)> _genrePairs = [];
    private readonly HashSet<(string, string)> _genreTestPairs = [];
    private int _files;

    public ArchiveGenerator(int seed, string folder)
    {
        _random = new Random(seed);
        _folder = folder;
        Directory.CreateDirectory(folder);
    }

    /// <summary>The translation pairs of the archive (source file, target file).</summary>
    public IReadOnlyList<(string Source, string Target)> Pairs => _pairs;

    /// <summary>The pairs of the archive that are real published genre documents (a subset of <see cref="Pairs"/>).</summary>
    public IReadOnlySet<(string Source, string Target)> GenrePairs => _genrePairs;

    /// <summary>The genre pairs of the genre set's test split (<c>split.tsv</c>), reported apart (pairing's constants were set looking at both splits: see PairingModel)</summary>
    public IReadOnlySet<(string Source, string Target)> GenreTestPairs => _genreTestPairs;

    /// <summary>Files that are byte copies of another file of the archive, with the file they copy: either may be paired.</summary>
    public IReadOnlyDictionary<string, string> Copies => _copies;

    /// <summary>Files that must never be paired (other years, third languages, unrelated reports).</summary>
    public IReadOnlySet<string> MustStayUnpaired => _mustStayUnpaired;

    /// <summary>Writes a full archive: seeds, genre pairs, <paramref name="synthetic"/> synthetic pairs and the distractors.</summary>
    public ArchiveGenerator Build(int synthetic)
    {
        // The seeds: 002 translates as 000; 001, 003 (other years) and 004 (an NGO report) have no partner here.
        string en2021 = Add(File.ReadAllText(TestFiles.English2021));
        _pairs.Add((en2021, Add(File.ReadAllText(TestFiles.Spanish2021))));
        foreach (string other in new[] { TestFiles.Spanish2019, TestFiles.Spanish2013, TestFiles.EnglishNgo })
        {
            _mustStayUnpaired.Add(Add(File.ReadAllText(other)));
        }

        string genres = TestFiles.Data("genres");
        if (Directory.Exists(genres))
        {
            var testSplit = File.Exists(Path.Combine(genres, "split.tsv"))
                ? File.ReadAllLines(Path.Combine(genres, "split.tsv")).Select(l => l.Split('\t')).Where(f => f.Length > 1 && f[1] == "test").Select(f => f[0]).ToHashSet()
                : [];
            foreach (string english in Directory.GetFiles(genres, "*.en.txt").Order(StringComparer.Ordinal))
            {
                string spanish = english[..^".en.txt".Length] + ".es.txt";
                if (File.Exists(spanish))
                {
                    var pair = (Add(File.ReadAllText(english)), Add(File.ReadAllText(spanish)));
                    _pairs.Add(pair);
                    _genrePairs.Add(pair);
                    if (testSplit.Contains(Path.GetFileName(english)[..^".en.txt".Length]))
                    {
                        _genreTestPairs.Add(pair);
                    }
                }
            }
        }

        for (int i = 0; i < synthetic; i++)
        {
            var report = SyntheticReport.Create(_random);
            string source = Add(report.English);
            string target = Add(report.Spanish);
            _pairs.Add((source, target));
            switch (i % 6)
            {
                case 0:
                    // Another year of the same report, in both languages, without its own translation here.
                    var nextYear = report.NextYear(_random);
                    _mustStayUnpaired.Add(Add(_random.Next(2) == 0 ? nextYear.English : nextYear.Spanish));
                    break;
                case 1:
                    // The same translation twice: either copy is the translation, never both.
                    _copies[Add(report.Spanish)] = target;
                    break;
                case 2:
                    // A truncated copy of the translation beside the whole one.
                    _mustStayUnpaired.Add(Add(report.Spanish[..(report.Spanish.Length * 2 / 3)]));
                    break;
            }
        }

        if (TestFiles.SharedBench is { } bench && Directory.Exists(Path.Combine(bench, "textberg")))
        {
            foreach (string name in new[] { "dev.de", "dev.fr", "test0.de", "test0.fr" })
            {
                _mustStayUnpaired.Add(Add(File.ReadAllText(Path.Combine(bench, "textberg", name))));
            }
        }

        return this;
    }

    private string Add(string text)
    {
        string path = Path.Combine(_folder, $"{_random.Next(100_000, 1_000_000)}-{_files++:D4}.txt");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
