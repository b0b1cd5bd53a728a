using System.Globalization;
using Alignment.Languages;

namespace Alignment.Sentences;

/// <summary>
/// Splits normalized paragraph text into sentences using the language's abbreviations and rules.
/// Immutable and thread-safe: one instance per language serves every caller.
/// </summary>
/// <remarks>
/// One left-to-right walk over the text. A unit ends at a cluster of terminators (<c>. ? ! …</c>,
/// spaced ellipses, closing quotes and brackets) followed by a space and a sentence start, before a
/// bullet (<c>•</c>, which stays with its item), before the next item of a numbered or lettered list,
/// and around a rule of underscores. Whether a period ends a sentence depends on the token before it
/// (abbreviation, title, initial, number) and the word after it, all read from the
/// <see cref="SentenceRules"/> data. Every look-back and look-ahead is bounded, so the walk is linear
/// even on a line of dots or one huge word.
/// </remarks>
internal sealed class SentenceSplitter
{
    // Longest token examined before a period and longest word examined after it; longer ones are ordinary words.
    private const int MaxToken = 64;

    private readonly SentenceRules _rules;

    public SentenceSplitter(LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _rules = new SentenceRules(profile);
    }

    private enum NextKind
    {
        Upper,
        Lower,
        Digit,
        Bullet,
        Other,
    }

    private enum MarkerKind
    {
        None,
        NumberDot,
        NumberDotParen,
        NumberParen,
        LetterDot,
        LetterParen,
    }

    /// <summary>
    /// Splits <paramref name="text"/> (one normalized paragraph: single spaces, no line breaks) into
    /// sentence ranges <c>[Start, End)</c> (UTF-16 offsets), in order, each trimmed of surrounding spaces;
    /// together they cover every non-space character. Never throws on odd text.
    /// </summary>
    public IReadOnlyList<(int Start, int End)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var walk = new Walk(text);
        ReadOnlySpan<char> s = text;
        int n = s.Length;

        // The active list: the kind of its markers and the value the next item must carry.
        var listKind = MarkerKind.None;
        int listNext = 0;
        bool atUnitHead = true;
        int i = 0;
        while (i < n)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            bool tokenStart = i == 0 || char.IsWhiteSpace(s[i - 1]) || IsBullet(s[i - 1]);
            if (tokenStart)
            {
                if (IsBullet(c) && (i + 1 == n || char.IsWhiteSpace(s[i + 1]) || char.IsLetterOrDigit(s[i + 1])))
                {
                    walk.Close(i);
                    walk.Open(i);
                    atUnitHead = true;
                    i++;
                    continue;
                }

                var kind = ReadMarker(s, i, out int value, out int markerEnd);
                if (kind != MarkerKind.None)
                {
                    bool continues = kind == listKind && value == listNext;
                    bool starts = (atUnitHead || AfterColon(s, i)) && (kind is MarkerKind.LetterDot or MarkerKind.LetterParen ? value == 0 : true);
                    if (continues || starts)
                    {
                        if (!atUnitHead)
                        {
                            walk.Close(i);
                        }

                        walk.Open(i);
                        listKind = kind;
                        listNext = value + 1;
                        atUnitHead = false;
                        i = markerEnd;
                        continue;
                    }
                }

                int ruleEnd = RuleEnd(s, i);
                if (ruleEnd > i)
                {
                    walk.Close(i);
                    walk.Open(i);
                    walk.Close(ruleEnd);
                    atUnitHead = true;
                    i = ruleEnd;
                    continue;
                }
            }

            walk.Open(i);
            atUnitHead = false;
            if (c is '.' or '?' or '!' or '…')
            {
                i = Terminate(s, i, ref walk, ref atUnitHead);
                continue;
            }

            i++;
        }

        walk.Close(n);
        return walk.Result;
    }

    // Reads the cluster of terminators and closers at i, decides whether it ends the unit, and returns
    // the index after the cluster.
    private int Terminate(ReadOnlySpan<char> s, int i, ref Walk walk, ref bool atUnitHead)
    {
        int n = s.Length;

        // "[...]" and "(...)" mark an omission, not an end.
        if (s[i] is '.' or '…' && i > 0 && s[i - 1] is '[' or '(')
        {
            while (i < n && s[i] is '.' or '…')
            {
                i++;
            }

            return i;
        }

        int dots = 0;
        bool question = false;
        bool spaced = false;
        int j = i;
        while (j < n)
        {
            char ch = s[j];
            if (ch == '.')
            {
                dots++;
            }
            else if (ch == '…')
            {
                dots += 3;
            }
            else if (ch is '?' or '!')
            {
                question = true;
            }
            else if (ch == ' ' && dots > 0 && j + 1 < n && s[j + 1] == '.' && (j + 2 == n || s[j + 2] is ' ' or '.' || IsCloser(s[j + 2])))
            {
                spaced = true; // ". . ." is one ellipsis
            }
            else if (!IsCloser(ch))
            {
                break;
            }

            j++;
        }

        if (j < n && !char.IsWhiteSpace(s[j]))
        {
            return j; // "Jr.'s", "mean...see", "1.Helado", "demencia.»,": inside a token
        }

        int k = j;
        while (k < n && char.IsWhiteSpace(s[k]))
        {
            k++;
        }

        if (k == n)
        {
            return j;
        }

        var next = ClassifyNext(s, k, out int word, out bool inverted);
        bool afterSpace = i > 0 && char.IsWhiteSpace(s[i - 1]);
        bool boundary;
        if (question)
        {
            boundary = next is NextKind.Upper or NextKind.Digit or NextKind.Bullet;
        }
        else if (dots >= 2)
        {
            if (afterSpace && dots == 3)
            {
                boundary = false; // "is . . . I didn't": a pause inside the sentence
            }
            else if (spaced && !afterSpace && dots >= 4 && next == NextKind.Upper)
            {
                // "compounds. . . . The practice": the period ends the sentence, the ellipsis opens the next.
                walk.Close(i + 1);
                walk.Open(i + 2);
                atUnitHead = false;
                return j;
            }
            else
            {
                boundary = next is NextKind.Upper or NextKind.Bullet;
            }
        }
        else
        {
            boundary = PeriodEnds(s, i, next, word, inverted);
        }

        if (boundary)
        {
            walk.Close(j);
            atUnitHead = true;
        }

        return j;
    }

    // Whether the single period at p ends the sentence, given what follows it.
    private bool PeriodEnds(ReadOnlySpan<char> s, int p, NextKind next, int word, bool inverted)
    {
        if (next == NextKind.Bullet)
        {
            return true;
        }

        if (next is NextKind.Lower or NextKind.Other)
        {
            return false;
        }

        int start = p;
        while (start > 0 && !char.IsWhiteSpace(s[start - 1]))
        {
            if (p - start >= MaxToken)
            {
                return true; // no abbreviation is that long
            }

            start--;
        }

        int end = p;
        while (start < end && IsOpener(s[start]))
        {
            start++;
        }

        while (end > start && IsCloser(s[end - 1]))
        {
            end--;
        }

        var token = s[start..end];
        if (token.IsEmpty)
        {
            return true;
        }

        if (InsideMultiWordAbbreviation(s, start, p) || _rules.Titles.Contains(token))
        {
            return false;
        }

        if (_rules.NumericAbbreviations.Contains(token))
        {
            return next != NextKind.Digit; // "No. 103" but "said no. The"
        }

        bool initial = token.Length == 1 && char.IsUpper(token[0]);
        bool abbreviation = _rules.Abbreviations.Contains(token) || EndsMultiWordAbbreviation(s, p) || IsInitialism(token);
        if (!initial && !abbreviation)
        {
            return true;
        }

        if (next == NextKind.Digit)
        {
            return false; // "Mar. 23", "D.C. 6 de noviembre"
        }

        if (inverted || StartsWithStarter(s, word))
        {
            return true; // "U.S. How about you?"
        }

        if (abbreviation)
        {
            return false; // "U.S. Government"
        }

        // An initial after a lower-case word is a one-letter word ending the sentence ("you and I. Did").
        return !IsInitialAt(s, word) && PreviousWordIsLower(s, start);
    }

    private static NextKind ClassifyNext(ReadOnlySpan<char> s, int k, out int word, out bool inverted)
    {
        inverted = false;
        int m = k;
        while (m < s.Length && m - k < MaxToken && IsOpener(s[m]))
        {
            inverted |= s[m] is '¿' or '¡';
            m++;
        }

        word = m;
        if (inverted)
        {
            return NextKind.Upper;
        }

        if (m == s.Length)
        {
            return NextKind.Other;
        }

        char c = s[m];
        if (char.IsUpper(c))
        {
            return NextKind.Upper;
        }

        if (char.IsLower(c))
        {
            return NextKind.Lower;
        }

        if (char.IsDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol)
        {
            return NextKind.Digit;
        }

        return IsBullet(c) ? NextKind.Bullet : NextKind.Other;
    }

    private bool StartsWithStarter(ReadOnlySpan<char> s, int word)
    {
        int end = word;
        while (end < s.Length && end - word <= _rules.Starters.MaxLength && char.IsLetter(s[end]))
        {
            end++;
        }

        return !IsInitialAt(s, word) && _rules.Starters.Contains(s[word..end]);
    }

    // "R." in "J. R. R. Tolkien": one capital letter and a period.
    private static bool IsInitialAt(ReadOnlySpan<char> s, int word) =>
        word + 1 < s.Length && char.IsUpper(s[word]) && s[word + 1] == '.';

    private static bool PreviousWordIsLower(ReadOnlySpan<char> s, int tokenStart)
    {
        int k = tokenStart - 1;
        while (k >= 0 && char.IsWhiteSpace(s[k]))
        {
            k--;
        }

        int limit = k - MaxToken;
        while (k > 0 && k > limit && !char.IsWhiteSpace(s[k - 1]))
        {
            k--;
        }

        while (k >= 0 && k < s.Length && IsOpener(s[k]))
        {
            k++;
        }

        return k >= 0 && k < s.Length && char.IsLower(s[k]);
    }

    // "U.S.A", "E.U", "a.m": single letters joined by periods.
    private static bool IsInitialism(ReadOnlySpan<char> token)
    {
        if (token.Length < 3 || token.Length % 2 == 0)
        {
            return false;
        }

        for (int k = 0; k < token.Length; k++)
        {
            if (k % 2 == 0 ? !char.IsLetter(token[k]) : token[k] != '.')
            {
                return false;
            }
        }

        return true;
    }

    // The period at p is inside a multi-word abbreviation that starts at the token ("EE." of "EE. UU.").
    private bool InsideMultiWordAbbreviation(ReadOnlySpan<char> s, int start, int p)
    {
        foreach (var abbreviation in _rules.MultiWordAbbreviations)
        {
            if (start + abbreviation.Length > p && s[start..].StartsWith(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The period at p closes a multi-word abbreviation ("UU." of "EE. UU.").
    private bool EndsMultiWordAbbreviation(ReadOnlySpan<char> s, int p)
    {
        foreach (var abbreviation in _rules.MultiWordAbbreviations)
        {
            int start = p - abbreviation.Length;
            if (start >= 0 && (start == 0 || !char.IsLetter(s[start - 1])) &&
                s[start..p].Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A list marker at i ("1.", "2.)", "3)", "a.", "b)") followed by a space; value is the number, or the letter's index from 0.
    private static MarkerKind ReadMarker(ReadOnlySpan<char> s, int i, out int value, out int end)
    {
        value = 0;
        end = i;
        int k = i;
        bool letter = false;
        if (s[k] is >= 'a' and <= 'z')
        {
            value = s[k] - 'a';
            letter = true;
            k++;
        }
        else
        {
            while (k < s.Length && k - i < 3 && char.IsAsciiDigit(s[k]))
            {
                value = (value * 10) + (s[k] - '0');
                k++;
            }

            if (k == i || (k < s.Length && char.IsAsciiDigit(s[k])))
            {
                return MarkerKind.None;
            }
        }

        MarkerKind kind;
        if (k + 1 < s.Length && s[k] == '.' && s[k + 1] == ')' && !letter)
        {
            kind = MarkerKind.NumberDotParen;
            k += 2;
        }
        else if (k < s.Length && s[k] == '.')
        {
            kind = letter ? MarkerKind.LetterDot : MarkerKind.NumberDot;
            k++;
        }
        else if (k < s.Length && s[k] == ')')
        {
            kind = letter ? MarkerKind.LetterParen : MarkerKind.NumberParen;
            k++;
        }
        else
        {
            return MarkerKind.None;
        }

        if (k < s.Length && !char.IsWhiteSpace(s[k]))
        {
            return MarkerKind.None;
        }

        end = k;
        return kind;
    }

    // "Goals: 1. Fund shelters 2. ...": a list may open after a colon.
    private static bool AfterColon(ReadOnlySpan<char> s, int i)
    {
        int k = i - 1;
        while (k >= 0 && char.IsWhiteSpace(s[k]))
        {
            k--;
        }

        return k >= 0 && s[k] == ':';
    }

    // A run of at least three rule characters standing alone ("______" from a PDF): returns its end, or i.
    private static int RuleEnd(ReadOnlySpan<char> s, int i)
    {
        char c = s[i];
        if (c is not ('_' or '=' or '*' or '~' or '-' or '—' or '─'))
        {
            return i;
        }

        int k = i;
        while (k < s.Length && s[k] == c)
        {
            k++;
        }

        return k - i >= 3 && (k == s.Length || char.IsWhiteSpace(s[k])) ? k : i;
    }

    private static bool IsBullet(char c) => c is '•' or '◦' or '▪' or '‣' or '⁃' or '●' or '■' or '►';

    private static bool IsOpener(char c) => c is '(' or '[' or '{' or '"' or '\'' or '“' or '‘' or '«' or '‹' or '¿' or '¡';

    private static bool IsCloser(char c) => c is ')' or ']' or '}' or '"' or '\'' or '”' or '’' or '»' or '›';

    // The ranges found so far and the start of the open unit; a local of Split, so the splitter stays shareable.
    private struct Walk
    {
        private readonly string _text;
        private int _start;

        public Walk(string text)
        {
            _text = text;
            _start = -1;
            Result = new List<(int Start, int End)>();
        }

        public List<(int Start, int End)> Result { get; }

        // Starts a unit at i unless one is open.
        public void Open(int i)
        {
            if (_start < 0)
            {
                _start = i;
            }
        }

        // Ends the open unit before end, trimmed.
        public void Close(int end)
        {
            if (_start < 0)
            {
                return;
            }

            while (end > _start && char.IsWhiteSpace(_text[end - 1]))
            {
                end--;
            }

            if (end > _start)
            {
                Result.Add((_start, end));
            }

            _start = -1;
        }
    }
}
