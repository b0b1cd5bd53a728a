using Alignment.Languages;
using Alignment.Loading;

namespace Alignment.Sections;

/// <summary>
/// The heading families, title markers and opening cues of one language, read from the data file
/// <c>{code}.headings.txt</c> (its format is described at the top of the file). Matching is on
/// accent-folded words, a stem matching any word that begins with it, with one edit allowed on stems
/// of <see cref="FuzzyStemLength"/> letters or more (OCR damage). Immutable and thread-safe.
/// </summary>
internal sealed class HeadingLexicon
{
    /// <summary>Stems at least this long also match with one edit.</summary>
    public const int FuzzyStemLength = 6;

    /// <summary>
    /// A family's first stem must be among a heading's first this many words, after its section number: a heading names its
    /// section's subject up front ("PROTECCIÓN", "Victims protection", "EL PERFIL DE LA TRATA", "PRIORITIZED
    /// RECOMMENDATIONS:"); a headline that mentions the word further on is about something else ("MEDIDAS URGENTES: PERSONAS
    /// VENEZOLANAS NECESITAN PROTECCIÓN INTERNACIONAL", an Amnesty International letter's title, genre dev).
    /// </summary>
    private const int MaxFamilyWordPosition = 3;

    // Stems of one rule must lie within this many words; cues are looked for in this many opening words.
    private const int Window = 12;
    private const int OpeningWords = 40;
    private const int MaxFold = 400;

    private readonly Rule[] _headings;
    private readonly Rule[] _openings;
    private readonly TitleLine _title;

    public HeadingLexicon(LanguageProfile profile)
        : this(profile?.ReadLines(LanguageDataKind.Headings) ?? throw new ArgumentNullException(nameof(profile)))
    {
    }

    /// <summary>Builds the lexicon from the lines of a headings file; a malformed line throws <see cref="LanguageDataException"/> naming it.</summary>
    public HeadingLexicon(IReadOnlyList<DataLine> lines)
    {
        var headings = new List<Rule>();
        var openings = new List<Rule>();
        var markers = new List<string[]>();
        var qualifiers = new List<string[]>();
        var cases = new List<string[]>();
        var connectors = new List<string>();
        var continuations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dataLine in lines)
        {
            string line = dataLine.Text;
            int colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw dataLine.Error("expected 'entry kind: stems'");
            }

            var head = line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var stems = TextNormalizer.FoldAccents(line[(colon + 1)..]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (stems.Length == 0)
            {
                throw dataLine.Error("no stems after ':'");
            }

            switch (head)
            {
                case ["tier"]:
                    markers.Add(stems);
                    break;
                case ["tier-qualifier"]:
                    qualifiers.Add(stems);
                    break;
                case ["tier-case"]:
                    cases.Add(stems);
                    break;
                case ["place-connector"]:
                    connectors.AddRange(stems);
                    break;
                case ["title-continuation"]:
                    continuations.UnionWith(stems.Select(w => w.ToLowerInvariant()));
                    break;
                case ["heading", var kind]:
                    headings.Add(new Rule(ParseKind(kind, dataLine), stems));
                    break;
                case ["opening", var kind]:
                    openings.Add(new Rule(ParseKind(kind, dataLine), stems));
                    break;
                default:
                    throw dataLine.Error("unknown entry (known: tier, tier-qualifier, tier-case, place-connector, title-continuation, heading KIND, opening KIND)");
            }
        }

        _headings = [.. headings];
        _openings = [.. openings];
        _title = new TitleLine(markers, qualifiers, cases, connectors);
        _continuations = continuations;
    }

    private readonly HashSet<string> _continuations;

    /// <summary>
    /// Whether a line opens with a word that cannot open a heading of its own (a preposition or conjunction of the data file's
    /// <c>title-continuation</c> entry: "UNDER ARTICLE 44 OF THE CONVENTION"), so it goes on the title above it.
    /// </summary>
    public bool OpensWithTitleContinuation(ReadOnlySpan<char> line)
    {
        var words = Words(line, 1);
        return words.Count == 1 && _continuations.Contains(words[0].ToLowerInvariant());
    }

    /// <summary>
    /// The kind a heading names (<c>PROCESAMIENTO JUDICIAL</c> → Prosecution), or <see langword="null"/>
    /// when it names none of the families. Layout (whether this is a heading at all) is the caller's business.
    /// </summary>
    public SectionKind? ClassifyHeading(ReadOnlySpan<char> heading)
    {
        var words = Words(heading, int.MaxValue);
        int numbers = 0;
        while (numbers < words.Count && IsDigits(words[numbers]))
        {
            numbers++;
        }

        SectionKind? best = null;
        int bestPosition = int.MaxValue;
        foreach (var rule in _headings)
        {
            int position = Find(words, rule.Stems);
            if (position >= 0 && position < bestPosition && position - numbers < MaxFamilyWordPosition)
            {
                best = rule.Kind;
                bestPosition = position;
            }
        }

        return best;
    }

    /// <summary>Whether a line is a report title in the family "place + tier placement" (<see cref="TitleLine"/>).</summary>
    public bool IsTitle(ReadOnlySpan<char> line) => _title.Matches(line);

    /// <summary>The kind a headless section opening with this text is (an opening cue in its first words), or <see langword="null"/>.</summary>
    public SectionKind? ClassifyOpening(ReadOnlySpan<char> text)
    {
        var words = Words(text, OpeningWords);
        foreach (var rule in _openings)
        {
            if (Find(words, rule.Stems) >= 0)
            {
                return rule.Kind;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="word"/> begins with <paramref name="stem"/>, allowing one edit for long stems.</summary>
    public static bool MatchesStem(ReadOnlySpan<char> word, ReadOnlySpan<char> stem)
    {
        if (word.StartsWith(stem, StringComparison.Ordinal))
        {
            return true;
        }

        if (stem.Length < FuzzyStemLength)
        {
            return false;
        }

        // The damaged word's prefix may be one shorter or longer than the stem.
        for (int length = stem.Length - 1; length <= stem.Length + 1; length++)
        {
            if (length <= word.Length && WithinOneEdit(word[..length], stem))
            {
                return true;
            }
        }

        return false;
    }

    // Levenshtein distance <= 1, in one pass.
    private static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            return a[(Math.Min(i + 1, a.Length))..].SequenceEqual(b[(Math.Min(i + 1, b.Length))..]);
        }

        return a.Length > b.Length ? a[(i + 1)..].SequenceEqual(b[i..]) : a[i..].SequenceEqual(b[(i + 1)..]);
    }

    // Position of the first word of the earliest in-order match of the stems within the window, or -1.
    private static int Find(List<string> words, string[] stems)
    {
        for (int first = 0; first < words.Count; first++)
        {
            if (!MatchesStem(words[first], stems[0]))
            {
                continue;
            }

            int w = first + 1;
            int s = 1;
            while (s < stems.Length && w < words.Count && w - first < Window)
            {
                if (MatchesStem(words[w], stems[s]))
                {
                    s++;
                }

                w++;
            }

            if (s == stems.Length)
            {
                return first;
            }
        }

        return -1;
    }

    // Folded words (letters and digits) of the text; digits stay, as OCR puts them inside words.
    private static List<string> Words(ReadOnlySpan<char> text, int max)
    {
        Span<char> buffer = stackalloc char[MaxFold];
        var folded = TextNormalizer.FoldAccents(text, buffer);
        var words = new List<string>();
        int k = 0;
        while (k < folded.Length && words.Count < max)
        {
            while (k < folded.Length && !char.IsLetterOrDigit(folded[k]))
            {
                k++;
            }

            int start = k;
            while (k < folded.Length && char.IsLetterOrDigit(folded[k]))
            {
                k++;
            }

            if (k > start)
            {
                words.Add(folded[start..k].ToString());
            }
        }

        return words;
    }

    private static bool IsDigits(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static SectionKind ParseKind(string name, DataLine line) =>
        Enum.TryParse<SectionKind>(name, ignoreCase: false, out var kind) && kind != SectionKind.Title && Enum.IsDefined(kind)
            ? kind
            : throw line.Error($"unknown section kind '{name}'");

    private sealed record Rule(SectionKind Kind, string[] Stems);
}
