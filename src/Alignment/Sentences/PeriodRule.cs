using System.Globalization;
using Alignment.Loading;
using static Alignment.Sentences.SentencePunctuation;

namespace Alignment.Sentences;

/// <summary>What follows a terminator: decides whether a period ends the sentence.</summary>
internal enum NextWordKind
{
    Upper,
    Lower,
    Digit,
    Bullet,
    Other,
}

/// <summary>
/// The period rule: whether a single period ends the sentence, from the token before it (abbreviation,
/// title, initial, number) and the word after it, all read from the <see cref="SentenceRules"/> data.
/// Every look-back and look-ahead is bounded by <see cref="MaxToken"/>. Immutable and thread-safe.
/// </summary>
internal sealed class PeriodRule
{
    /// <summary>Longest token examined before a period and longest word examined after it; longer ones are ordinary words.</summary>
    public const int MaxToken = 64;

    private readonly SentenceRules _rules;

    public PeriodRule(SentenceRules rules)
    {
        _rules = rules;
    }

    /// <summary>Whether the single period at <paramref name="p"/> ends the sentence, given what follows it.</summary>
    public bool Ends(ReadOnlySpan<char> s, int p, NextWordKind next, int word, bool inverted)
    {
        if (next == NextWordKind.Bullet)
        {
            return true;
        }

        if (next is NextWordKind.Lower or NextWordKind.Other)
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

        // "Roe v. Wade": a lower-case "v." (versus) stands between the parties of a case name; "annex V. The" (a Roman five)
        // ends its sentence.
        if (token is "v" && next == NextWordKind.Upper)
        {
            return false;
        }

        if (_rules.NumericAbbreviations.Contains(token))
        {
            // "No. 103" and "U.N. Doc. CRC/C/15/Add.102" (a document symbol reads as a number) but "said no. The".
            return next != NextWordKind.Digit && !(next == NextWordKind.Upper && IsDocumentSymbolAt(s, word));
        }

        if (next == NextWordKind.Digit && EndsSymbolPart(token))
        {
            return false; // "véase CRC/C/SR. 605 y 606": a document symbol's last part, then its number
        }

        bool initial = token.Length == 1 && char.IsUpper(token[0]);
        bool abbreviation = _rules.Abbreviations.Contains(token) || EndsMultiWordAbbreviation(s, p) || IsInitialism(token);
        if (!initial && !abbreviation)
        {
            return true;
        }

        if (next == NextWordKind.Digit)
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

    /// <summary>Classifies the word that starts at or after <paramref name="k"/> (openers skipped; <paramref name="inverted"/> when one is ¿ or ¡).</summary>
    public static NextWordKind ClassifyNext(ReadOnlySpan<char> s, int k, out int word, out bool inverted)
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
            return NextWordKind.Upper;
        }

        if (m == s.Length)
        {
            return NextWordKind.Other;
        }

        char c = s[m];
        if (char.IsUpper(c))
        {
            return NextWordKind.Upper;
        }

        if (char.IsLower(c))
        {
            return NextWordKind.Lower;
        }

        if (char.IsDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol)
        {
            return NextWordKind.Digit;
        }

        return IsBullet(c) ? NextWordKind.Bullet : NextWordKind.Other;
    }

    /// <summary>Whether the word ending right before <paramref name="end"/> (its period excluded) abbreviates only before a
    /// number ("No.", "núm.", "art.").</summary>
    public bool IsNumericAbbreviationBefore(ReadOnlySpan<char> s, int end)
    {
        int start = end;
        while (start > 0 && char.IsLetter(s[start - 1]))
        {
            start--;
        }

        return start < end && _rules.NumericAbbreviations.Contains(s[start..end]);
    }

    /// <summary>Whether the word at <paramref name="word"/> is one that starts sentences ("The", "En"), not an initial.</summary>
    public bool StartsWithStarter(ReadOnlySpan<char> s, int word)
    {
        int end = word;
        while (end < s.Length && end - word <= _rules.Starters.MaxLength && char.IsLetter(s[end]))
        {
            end++;
        }

        return !IsInitialAt(s, word) && _rules.Starters.Contains(s[word..end]);
    }

    // A UN-style document symbol starts at word: capitals, then a slash and a letter or digit ("A/HRC/35/2", "CRC/C/15/Add.102",
    // "S/RES/1325"). A capitalised word ("The", "Committee") has lower case before any slash.
    private static bool IsDocumentSymbolAt(ReadOnlySpan<char> s, int word) =>
        UnDocumentSymbol.PrefixEnd(s[word..]) is int k and > 0 && k < s.Length - word && char.IsAsciiLetterOrDigit(s[word + k]);

    /// <summary>Longest letter part after a document symbol's last slash ("SR", "Add", "Rev", "Corr").</summary>
    private const int MaxSymbolPart = 4;

    // A token that ends a document symbol on a letter part after a slash: "CRC/C/SR", "CRC/C/65/Add", "A/HRC/35/L" — the number
    // the period separates comes next, as in "CRC/C/SR.605".
    private static bool EndsSymbolPart(ReadOnlySpan<char> token)
    {
        int slash = token.LastIndexOf('/');
        int part = token.Length - slash - 1;
        if (slash <= 0 || part is 0 or > MaxSymbolPart || !char.IsUpper(token[0]) || !char.IsUpper(token[slash + 1]))
        {
            return false;
        }

        foreach (char c in token[(slash + 1)..])
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
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
}
