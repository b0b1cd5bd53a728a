using Alignment.Languages;

namespace Alignment.Aligning;

/// <summary>
/// A bilingual lexicon, read from <c>{a}-{b}.lexicon.txt</c> (report vocabulary) and <c>{a}-{b}.general.txt</c> (general
/// vocabulary; lines <c>word = translation, translation</c>) and kept as analysed terms, so that "víctimas", "victimas"
/// and "victims" all meet through one entry. Immutable and thread-safe.
/// </summary>
internal sealed class BilingualLexicon
{
    private readonly Dictionary<string, int[]> _firstEntries;
    private readonly Dictionary<string, int[]> _secondEntries;

    private BilingualLexicon(Dictionary<string, int[]> first, Dictionary<string, int[]> second, int count)
    {
        _firstEntries = first;
        _secondEntries = second;
        Count = count;
    }

    /// <summary>A lexicon with no entries (for language pairs without a lexicon file).</summary>
    public static BilingualLexicon Empty { get; } = new([], [], 0);

    /// <summary>Number of entries.</summary>
    public int Count { get; }

    /// <summary>The word files the aligner reads for a short pair: report vocabulary, then general vocabulary.</summary>
    public static readonly string[] AlignerKinds = ["lexicon", "general"];

    /// <summary>The word files the aligner reads for a long pair (<see cref="AlignmentModel.GeneralLexiconMaxSentences"/>): report vocabulary.</summary>
    public static readonly string[] ReportKinds = ["lexicon"];

    /// <summary>
    /// Loads the aligner's lexicon between two languages (<see cref="AlignerKinds"/>), whichever order its files name them
    /// in; the result's "first" side is <paramref name="first"/>. Returns <see cref="Empty"/> when there is no file.
    /// </summary>
    public static BilingualLexicon Load(LanguageProfile first, LanguageProfile second, WordAnalyzer firstAnalyzer, WordAnalyzer secondAnalyzer) =>
        Load(first, second, firstAnalyzer, secondAnalyzer, AlignerKinds);

    /// <summary>
    /// Loads the word files <c>{a}-{b}.{kind}.txt</c> of each kind given (<c>lexicon</c>, <c>counted</c>) as one lexicon; a kind
    /// without a file adds nothing.
    /// </summary>
    public static BilingualLexicon Load(LanguageProfile first, LanguageProfile second, WordAnalyzer firstAnalyzer, WordAnalyzer secondAnalyzer, string[] kinds) =>
        Load(first, second, firstAnalyzer, secondAnalyzer, kinds, keep: null);

    /// <summary>
    /// As <see cref="Load(LanguageProfile, LanguageProfile, WordAnalyzer, WordAnalyzer, string[])"/>, with only the entries
    /// <paramref name="keep"/> accepts (given the entry's words on the first side, then on the second), or all when it is null.
    /// </summary>
    public static BilingualLexicon Load(LanguageProfile first, LanguageProfile second, WordAnalyzer firstAnalyzer, WordAnalyzer secondAnalyzer, string[] kinds,
        Func<string[], string[], bool>? keep)
    {
        var files = new List<(IReadOnlyList<DataLine> Lines, bool Swapped)>();
        foreach (string kind in kinds)
        {
            // A lexicon is optional: a pair without one aligns with the language-independent features.
            string fileName = $"{first.Code}-{second.Code}.{kind}.txt";
            bool swapped = false;
            if (!LanguageDataFile.Exists(fileName))
            {
                fileName = $"{second.Code}-{first.Code}.{kind}.txt";
                swapped = true;
            }

            if (LanguageDataFile.Exists(fileName))
            {
                files.Add((LanguageDataFile.Read(fileName), swapped));
            }
        }

        if (files.Count == 0)
        {
            return Empty;
        }

        var firstMap = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var secondMap = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        int id = 0;
        foreach (var (lines, swapped) in files)
        foreach (var dataLine in lines)
        {
            string line = dataLine.Text;
            int eq = line.IndexOf('=');
            var left = eq > 0 ? line[..eq].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
            var right = eq > 0 ? line[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
            if (left.Length == 0 || right.Length == 0)
            {
                throw dataLine.Error("expected 'word[, word] = word[, word]'");
            }

            var (a, b) = swapped ? (right, left) : (left, right);
            if (keep is not null && !keep(a, b))
            {
                continue;
            }

            AddAll(firstMap, a, firstAnalyzer, id);
            AddAll(secondMap, b, secondAnalyzer, id);
            id++;
        }

        return new BilingualLexicon(Freeze(firstMap), Freeze(secondMap), id);
    }

    /// <summary>
    /// This lexicon with a user's word pairs added, each in both directions (so a <c>de</c>→<c>fr</c> dictionary also
    /// serves <c>fr</c>→<c>de</c>): a pair's words meet under an entry of their own, analysed like the bundled ones.
    /// </summary>
    public BilingualLexicon With(BilingualDictionary dictionary, WordAnalyzer firstAnalyzer, WordAnalyzer secondAnalyzer)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        var firstMap = _firstEntries.ToDictionary(kv => kv.Key, kv => kv.Value.ToList(), StringComparer.Ordinal);
        var secondMap = _secondEntries.ToDictionary(kv => kv.Key, kv => kv.Value.ToList(), StringComparer.Ordinal);
        int id = Count;
        foreach (var entry in dictionary.Entries)
        {
            AddAll(firstMap, [entry.Source], firstAnalyzer, id);
            AddAll(secondMap, [entry.Target], secondAnalyzer, id);
            id++;
            AddAll(firstMap, [entry.Target], firstAnalyzer, id);
            AddAll(secondMap, [entry.Source], secondAnalyzer, id);
            id++;
        }

        return new BilingualLexicon(Freeze(firstMap), Freeze(secondMap), id);
    }

    /// <summary>Entry ids of a first-language term (empty when none).</summary>
    public int[] FirstEntries(string term) => _firstEntries.GetValueOrDefault(term) ?? [];

    /// <summary>Entry ids of a second-language term (empty when none).</summary>
    public int[] SecondEntries(string term) => _secondEntries.GetValueOrDefault(term) ?? [];

    private static void AddAll(Dictionary<string, List<int>> map, string[] words, WordAnalyzer analyzer, int id)
    {
        foreach (var phrase in words)
        {
            // A multi-word translation ("trata de personas") contributes each content word.
            foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (analyzer.Term(word) is { } term)
                {
                    if (!map.TryGetValue(term, out var ids))
                    {
                        map[term] = ids = [];
                    }

                    if (!ids.Contains(id))
                    {
                        ids.Add(id);
                    }
                }
            }
        }
    }

    private static Dictionary<string, int[]> Freeze(Dictionary<string, List<int>> map) =>
        map.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
}
