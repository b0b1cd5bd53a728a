using System.Collections.Concurrent;

namespace Alignment.Languages;

/// <summary>
/// Everything the pipeline knows about one language, loaded once from the embedded data files
/// <c>Languages/Data/{code}.*.txt</c> (<see cref="LanguageDataKind"/> lists them). Each file is read by one typed
/// reader that checks its format; a missing file or a malformed line throws <see cref="LanguageDataException"/>
/// naming the file and line. Algorithms take a profile and never branch on a language code. Immutable and thread-safe.
/// </summary>
internal sealed class LanguageProfile
{
    private const string DetectionMarkPrefix = "mark ";
    private const string ProfileSuffix = "." + LanguageDataKind.Profile + ".txt";
    private static readonly ConcurrentDictionary<string, LanguageProfile> Cache = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Lazy<IReadOnlyList<string>> KnownCodes = new(FindKnownCodes);
    private readonly Lazy<IReadOnlySet<string>> _titleAbbreviations;
    private readonly Lazy<IReadOnlySet<string>> _numericAbbreviations;
    private readonly Lazy<IReadOnlySet<string>> _sentenceStarters;
    private readonly Lazy<IReadOnlySet<string>> _hyphenPrefixes;
    private readonly Lazy<IReadOnlyList<(string From, string To)>> _cognateRewrites;
    private readonly Lazy<IReadOnlySet<string>> _stopWords;

    private LanguageProfile(string code)
    {
        Code = code;
        var info = ReadProfile(ReadLines(LanguageDataKind.Profile));
        Name = info["name"];
        Stemmer = info["stemmer"];
        _stopWords = new(() => ReadStopWords(ReadLines(LanguageDataKind.StopWords)));
        var detect = ReadWordSet(LanguageDataKind.Detect);
        DetectionWords = detect.Where(e => !e.StartsWith('-') && !e.StartsWith(DetectionMarkPrefix, StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        DetectionEndings = detect.Where(e => e.StartsWith('-') && e.Length > 1).Select(e => e[1..]).ToArray();
        DetectionMarks = string.Concat(detect.Where(e => e.StartsWith(DetectionMarkPrefix, StringComparison.Ordinal))
            .Select(e => e[DetectionMarkPrefix.Length..].Trim()));
        Abbreviations = ReadWordSet(LanguageDataKind.Abbreviations);
        _titleAbbreviations = new(() => ReadWordSet(LanguageDataKind.TitleAbbreviations));
        _numericAbbreviations = new(() => ReadWordSet(LanguageDataKind.NumericAbbreviations));
        _sentenceStarters = new(() => ReadWordSet(LanguageDataKind.SentenceStarters));
        _hyphenPrefixes = new(() => ReadWordSet(LanguageDataKind.HyphenPrefixes));
        _cognateRewrites = new(() => ReadRewrites(ReadLines(LanguageDataKind.CognatePrefixes)));
    }

    /// <summary>ISO 639-1 code, lower case: <c>es</c>, <c>en</c>.</summary>
    public string Code { get; }

    /// <summary>English name of the language (<c>profile</c> file, key <c>name</c>).</summary>
    public string Name { get; }

    /// <summary>The Lucene stemmer the word analyzer uses (<c>profile</c> file, key <c>stemmer</c>; <c>none</c> for none).</summary>
    public string Stemmer { get; }

    /// <summary>
    /// The words the word analyzer skips, lower case (<c>stopwords</c> file; may be empty). Case-sensitive, as a stop filter
    /// that runs after lower-casing matches them.
    /// </summary>
    public IReadOnlySet<string> StopWords => _stopWords.Value;

    /// <summary>Frequent function words, lower case and accent-folded, used to detect the language.</summary>
    public IReadOnlySet<string> DetectionWords { get; }

    /// <summary>
    /// Word endings, lower case and accent-folded (<c>detect</c> file lines with a leading <c>-</c>: <c>-cion</c>, <c>-ing</c>),
    /// the evidence a short text without function words still has.
    /// </summary>
    public IReadOnlyList<string> DetectionEndings { get; }

    /// <summary>Characters the language writes and the others do not (<c>detect</c> file lines <c>mark ñ</c>), each occurrence evidence.</summary>
    public string DetectionMarks { get; }

    /// <summary>Abbreviations that end with a period but do not end a sentence, as written without the final period (<c>Sr</c>, <c>EE. UU</c>).</summary>
    public IReadOnlySet<string> Abbreviations { get; }

    /// <summary>Abbreviations written before a name (<c>Sr</c>, <c>Dr</c>); they never end a sentence.</summary>
    public IReadOnlySet<string> TitleAbbreviations => _titleAbbreviations.Value;

    /// <summary>Abbreviations only before a number (<c>No</c>, <c>p</c>).</summary>
    public IReadOnlySet<string> NumericAbbreviations => _numericAbbreviations.Value;

    /// <summary>Capitalised words that start a new sentence after an abbreviation (<c>U.S. How</c>).</summary>
    public IReadOnlySet<string> SentenceStarters => _sentenceStarters.Value;

    /// <summary>Prefixes that keep their hyphen when a word of this language is split at a line end (<c>anti-</c>).</summary>
    public IReadOnlySet<string> HyphenPrefixes => _hyphenPrefixes.Value;

    /// <summary>Spelling rewrites of a folded word's start before cognate matching (<c>esp</c> → <c>sp</c>), first match wins.</summary>
    public IReadOnlyList<(string From, string To)> CognateRewrites => _cognateRewrites.Value;

    /// <summary>The codes of every language that has a profile file.</summary>
    public static IReadOnlyList<string> SupportedCodes => KnownCodes.Value;

    /// <summary>Gets the profile for a language code, or <see langword="null"/> when there is none.</summary>
    public static LanguageProfile? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!SupportedCodes.Contains(code, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        return Cache.GetOrAdd(code.ToLowerInvariant(), c => new LanguageProfile(c));
    }

    /// <summary>Gets the profile for a supported language code.</summary>
    /// <exception cref="ArgumentException">No profile exists for <paramref name="code"/>.</exception>
    public static LanguageProfile Get(string code) =>
        Find(code) ?? throw new ArgumentException($"No language profile for '{code}'.", nameof(code));

    /// <summary>Reads this language's data file of a kind (<see cref="LanguageDataKind"/>) as meaningful lines.</summary>
    /// <exception cref="LanguageDataException">The file is missing.</exception>
    public IReadOnlyList<DataLine> ReadLines(string kind) => LanguageDataFile.Read(LanguageDataKind.FileName(Code, kind));

    /// <inheritdoc />
    public override string ToString() => Code;

    /// <summary>
    /// Reads a word list: one entry a line (a word, or an abbreviation with inner periods and spaces such as <c>EE. UU</c>),
    /// case-insensitive. A line with <c>=</c>, <c>-&gt;</c> or a tab belongs to another format and is an error, as is a repeated entry.
    /// </summary>
    internal static IReadOnlySet<string> ReadWordList(IReadOnlyList<DataLine> lines)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            if (line.Text.Contains('=') || line.Text.Contains("->", StringComparison.Ordinal) || line.Text.Contains('\t'))
            {
                throw line.Error("a word list has one entry a line, without '=', '->' or tabs");
            }

            if (!set.Add(line.Text))
            {
                throw line.Error("repeated entry");
            }
        }

        return set;
    }

    /// <summary>Reads <c>from -&gt; to</c> rewrites (lower case, accent-folded), in file order.</summary>
    internal static IReadOnlyList<(string From, string To)> ReadRewrites(IReadOnlyList<DataLine> lines)
    {
        var rules = new List<(string From, string To)>(lines.Count);
        foreach (var line in lines)
        {
            var parts = line.Text.Split("->", StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[0].Contains(' ') || parts[1].Contains(' '))
            {
                throw line.Error("expected 'from -> to', one word part on each side");
            }

            rules.Add((parts[0], parts[1]));
        }

        return rules;
    }

    /// <summary>
    /// Reads a stop-word list: a word list (see <see cref="ReadWordList"/>) whose entries are single lower-case words,
    /// kept case-sensitive.
    /// </summary>
    internal static IReadOnlySet<string> ReadStopWords(IReadOnlyList<DataLine> lines)
    {
        var set = new HashSet<string>(ReadWordList(lines), StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Text.Contains(' ') || !string.Equals(line.Text, line.Text.ToLowerInvariant(), StringComparison.Ordinal))
            {
                throw line.Error("a stop word is one lower-case word");
            }
        }

        return set;
    }

    /// <summary>Reads the <c>key = value</c> profile file; <c>name</c> and <c>stemmer</c> are required, other keys are errors.</summary>
    internal static IReadOnlyDictionary<string, string> ReadProfile(IReadOnlyList<DataLine> lines)
    {
        string[] keys = ["name", "stemmer"];
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            int eq = line.Text.IndexOf('=');
            string key = eq > 0 ? line.Text[..eq].Trim() : "";
            string value = eq > 0 ? line.Text[(eq + 1)..].Trim() : "";
            if (key.Length == 0 || value.Length == 0)
            {
                throw line.Error("expected 'key = value'");
            }

            if (!keys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                throw line.Error($"unknown key '{key}' (known: {string.Join(", ", keys)})");
            }

            if (!result.TryAdd(key, value))
            {
                throw line.Error($"'{key}' given twice");
            }
        }

        foreach (var key in keys)
        {
            if (!result.ContainsKey(key))
            {
                string file = lines.Count > 0 ? lines[0].File : "profile";
                throw new LanguageDataException($"language data {file}: no '{key} = ...' line");
            }
        }

        return result;
    }

    private IReadOnlySet<string> ReadWordSet(string kind) => ReadWordList(ReadLines(kind));

    private static IReadOnlyList<string> FindKnownCodes() =>
        LanguageDataFile.Names
            .Where(n => n.EndsWith(ProfileSuffix, StringComparison.Ordinal) && !n[..^ProfileSuffix.Length].Contains('.'))
            .Select(n => n[..^ProfileSuffix.Length])
            .ToArray();
}
