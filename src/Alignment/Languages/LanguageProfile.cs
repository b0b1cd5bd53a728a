using System.Collections.Concurrent;
using System.Reflection;

namespace Alignment.Languages;

/// <summary>
/// Everything the pipeline knows about one language, loaded once from the embedded data files
/// <c>Languages/Data/{code}.*.txt</c>. Algorithms take a profile and never branch on a language code.
/// Immutable and thread-safe.
/// </summary>
internal sealed class LanguageProfile
{
    private const string ResourcePrefix = "Alignment.Languages.Data.";
    private static readonly ConcurrentDictionary<string, LanguageProfile> Cache = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Lazy<IReadOnlyList<string>> KnownCodes = new(FindKnownCodes);

    private LanguageProfile(string code)
    {
        Code = code;
        var info = ReadKeyValues("profile");
        Name = info.GetValueOrDefault("name", code);
        DetectionWords = ReadWordSet("detect");
        Abbreviations = ReadWordSet("abbreviations");
    }

    /// <summary>ISO 639-1 code, lower case: <c>es</c>, <c>en</c>.</summary>
    public string Code { get; }

    /// <summary>English name of the language.</summary>
    public string Name { get; }

    /// <summary>Frequent function words, lower case and accent-folded, used to detect the language.</summary>
    public IReadOnlySet<string> DetectionWords { get; }

    /// <summary>Abbreviations that end with a period but do not end a sentence, as written without the final period (<c>Sr</c>, <c>EE. UU</c>).</summary>
    public IReadOnlySet<string> Abbreviations { get; }

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

    /// <summary>
    /// Reads the data file <c>{Code}.{name}.txt</c> as lines, without comments (<c>#</c> to end of line),
    /// trimmed, blank lines dropped. A missing file reads as no lines.
    /// </summary>
    public IReadOnlyList<string> ReadLines(string name) => ReadResourceLines($"{Code}.{name}.txt");

    /// <summary>Reads a data file that is not tied to one language, such as <c>es-en.lexicon.txt</c>.</summary>
    public static IReadOnlyList<string> ReadResourceLines(string fileName)
    {
        using var stream = typeof(LanguageProfile).Assembly.GetManifestResourceStream(ResourcePrefix + fileName);
        if (stream is null)
        {
            return Array.Empty<string>();
        }

        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            int hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line[..hash];
            }

            line = line.Trim();
            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>Reads a data file of <c>key = value</c> lines.</summary>
    public IReadOnlyDictionary<string, string> ReadKeyValues(string name)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in ReadLines(name))
        {
            int eq = line.IndexOf('=');
            if (eq > 0)
            {
                result[line[..eq].Trim()] = line[(eq + 1)..].Trim();
            }
        }

        return result;
    }

    /// <summary>Reads a data file as a case-insensitive set of its lines.</summary>
    public IReadOnlySet<string> ReadWordSet(string name) =>
        new HashSet<string>(ReadLines(name), StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override string ToString() => Code;

    private static IReadOnlyList<string> FindKnownCodes()
    {
        const string suffix = ".profile.txt";
        return typeof(LanguageProfile).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(suffix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^suffix.Length])
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
