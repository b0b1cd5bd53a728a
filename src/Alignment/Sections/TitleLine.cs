using Alignment.Loading;

namespace Alignment.Sections;

/// <summary>
/// The title line of a report in the family "place + tier placement", in any case, with or without colon,
/// brackets, dash or comma: <c>PERU: Tier 2</c>, <c>Peru (Tier 2 Watch List)</c>, <c>BOLIVIA (NIVEL 2)</c>,
/// <c>Perú – Nivel 2</c>, <c>Nivel 2, lista de vigilancia</c>, <c>SYRIA: Special Case</c>, <c>Tier 3</c>.
/// The language gives the words (<c>{code}.headings.txt</c>: <c>tier</c> markers that take a figure,
/// <c>tier-qualifier</c>s that may follow it, figure-less <c>tier-case</c>s, and the lower-case
/// <c>place-connector</c>s a place name may hold); the rule is the same for every language: the line is one tier
/// phrase, and every other word belongs to one place name of capitalized words. A sentence that mentions a tier
/// ("Peru remained on Tier 2.") has lower-case words or ends like a sentence, so it is no title. Immutable.
/// </summary>
internal sealed class TitleLine
{
    /// <summary>A title is a short line: at most this many characters.</summary>
    public const int MaxLength = 80;

    /// <summary>A place name has at most this many words ("Saint Vincent and the Grenadines" has five).</summary>
    public const int MaxPlaceWords = 6;

    /// <summary>A tier figure has at most this many digits.</summary>
    private const int MaxFigureDigits = 2;

    private readonly string[][] _markers;
    private readonly string[][] _qualifiers;
    private readonly string[][] _cases;
    private readonly HashSet<string> _connectors;

    // The first stem of every tier marker and placement ("" for an empty one, which any word starts).
    private readonly string[] _phraseStarts;

    public TitleLine(IEnumerable<string[]> markers, IEnumerable<string[]> qualifiers, IEnumerable<string[]> cases, IEnumerable<string> connectors)
    {
        _markers = [.. markers];
        _qualifiers = [.. qualifiers];
        _cases = [.. cases];
        _connectors = new HashSet<string>(connectors, StringComparer.Ordinal);
        _phraseStarts = _markers.Concat(_cases).Select(phrase => phrase.Length > 0 ? phrase[0] : "").Distinct().ToArray();
    }

    /// <summary>Whether the line is a title: a tier phrase, and otherwise only one place name and punctuation.</summary>
    public bool Matches(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length == 0 || line.Length > MaxLength || line[^1] is '.' or ';' or '!' or '?' or ',')
        {
            return false;
        }

        // A title has a word that starts a tier phrase or a placement; most lines have none, and are turned down before
        // their words are folded into strings.
        if (!HasPhraseStart(line))
        {
            return false;
        }

        var words = Words(line);
        for (int start = 0; start < words.Count; start++)
        {
            int end = TierPhraseEnd(words, start);
            if (end > start && IsPlace(words, 0, start) && IsPlace(words, end, words.Count) && (start == 0 || end == words.Count))
            {
                return true;
            }
        }

        return false;
    }

    // The end (exclusive) of a tier phrase starting at word `start`, or -1.
    private int TierPhraseEnd(List<Word> words, int start)
    {
        foreach (var marker in _markers)
        {
            int next = MatchStems(words, start, marker);
            if (next > 0 && next < words.Count && IsFigure(words[next].Folded))
            {
                int end = next + 1;
                foreach (var qualifier in _qualifiers)
                {
                    int after = MatchStems(words, end, qualifier);
                    if (after > 0)
                    {
                        return after;
                    }
                }

                return end;
            }
        }

        foreach (var placement in _cases)
        {
            int after = MatchStems(words, start, placement);
            if (after > 0)
            {
                return after;
            }
        }

        return -1;
    }

    // Matches the stems in order from `start`, connectors allowed between them; the index after the last, or -1.
    private int MatchStems(List<Word> words, int start, string[] stems)
    {
        int w = start;
        for (int s = 0; s < stems.Length; s++)
        {
            while (s > 0 && w < words.Count && _connectors.Contains(words[w].Folded))
            {
                w++;
            }

            if (w >= words.Count || !HeadingLexicon.MatchesStem(words[w].Folded, stems[s]))
            {
                return -1;
            }

            w++;
        }

        return w;
    }

    // Words [from, to) are empty or one place name: capitalized words and connectors, starting with a capital.
    private bool IsPlace(List<Word> words, int from, int to)
    {
        if (to - from > MaxPlaceWords)
        {
            return false;
        }

        for (int w = from; w < to; w++)
        {
            bool connector = _connectors.Contains(words[w].Folded) && w > from;
            if (!words[w].Capitalized && !connector)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFigure(string word) =>
        word.Length <= MaxFigureDigits && word.All(char.IsAsciiDigit);

    // Whether a word of the line (folded, as Words folds it) matches the first stem of a tier marker or a placement: the
    // first test TierPhraseEnd makes at each word, so a line without one has no tier phrase.
    private bool HasPhraseStart(ReadOnlySpan<char> line)
    {
        Span<char> folded = stackalloc char[MaxLength];
        for (int k = 0; NextWord(line, ref k) is (int start, int end);)
        {
            var word = TextNormalizer.FoldAccents(line[start..end], folded);
            foreach (string stem in _phraseStarts)
            {
                if (HeadingLexicon.MatchesStem(word, stem))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Words of the line: letters and digits, with apostrophes, inner hyphens and dots ("Côte d'Ivoire", "Timor-Leste").
    private static List<Word> Words(ReadOnlySpan<char> line)
    {
        var words = new List<Word>();
        for (int k = 0; NextWord(line, ref k) is (int start, int end);)
        {
            var word = line[start..end];
            words.Add(new Word(TextNormalizer.FoldAccents(word.ToString()), IsCapitalized(word)));
        }

        return words;
    }

    // The next word of the line from k on, [Start, End), moving k past it; null when there is none.
    private static (int Start, int End)? NextWord(ReadOnlySpan<char> line, ref int k)
    {
        while (k < line.Length && !char.IsLetterOrDigit(line[k]))
        {
            k++;
        }

        int start = k;
        while (k < line.Length && (char.IsLetterOrDigit(line[k])
            || (line[k] is '\'' or '’' or '-' or '.' && k + 1 < line.Length && char.IsLetter(line[k + 1]) && k > start)))
        {
            k++;
        }

        return k > start ? (start, k) : null;
    }

    // "Peru", "PERU" and "d'Ivoire" (a capital after the elision) count as capitalized; a figure does not.
    private static bool IsCapitalized(ReadOnlySpan<char> word)
    {
        if (char.IsUpper(word[0]))
        {
            return true;
        }

        int apostrophe = word.IndexOfAny('\'', '’');
        return apostrophe >= 0 && apostrophe + 1 < word.Length && char.IsUpper(word[apostrophe + 1]);
    }

    private readonly record struct Word(string Folded, bool Capitalized);
}
