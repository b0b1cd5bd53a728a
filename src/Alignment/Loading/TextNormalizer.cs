using System.Globalization;
using System.Text;
using Alignment.Languages;

namespace Alignment.Loading;

/// <summary>
/// Produces the normalized form of original text: every run of white space (line breaks, form feeds,
/// tabs, no-break and thin spaces) becomes one space, the ends are trimmed, and a word hyphenated at
/// a line end is joined (<c>investi-\ngations</c> → <c>investigations</c>) unless the part before the
/// hyphen is a prefix that keeps its hyphen in the document's language (<c>anti-\ntrafficking</c> → <c>anti-trafficking</c>;
/// <see cref="LanguageProfile.HyphenPrefixes"/>).
/// Stateless and thread-safe.
/// </summary>
internal static class TextNormalizer
{
    // For text of no known language: the prefixes of every language.
    private static readonly Lazy<HashSet<string>> AnyLanguageHyphenPrefixes = new(() =>
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in LanguageProfile.SupportedCodes)
        {
            set.UnionWith(LanguageProfile.Get(code).HyphenPrefixes);
        }

        return set;
    });

    /// <summary>Normalizes the whole of <paramref name="text"/>.</summary>
    public static NormalizedText Normalize(string text) => Normalize(text, 0, text.Length);

    /// <summary>
    /// Normalizes <c>text[start..end)</c>; the map points into <paramref name="text"/>. <paramref name="hyphenPrefixes"/>
    /// are the prefixes of the text's language that keep their hyphen at a line end; without them, every language's.
    /// </summary>
    public static NormalizedText Normalize(string text, int start, int end, IReadOnlySet<string>? hyphenPrefixes = null)
    {
        hyphenPrefixes ??= AnyLanguageHyphenPrefixes.Value;
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || end > text.Length || start > end)
        {
            throw new ArgumentOutOfRangeException(nameof(start));
        }

        // The normalized text is never longer than the original stretch: its characters go into one pooled buffer, sized
        // once (only the finished string is kept). Offsets are kept per run of characters whose offsets follow each other
        // (a new run after each collapsed space or joined hyphen), not per character.
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, end - start));
        var map = new NormalizedText.OffsetMap();
        int length = 0;
        bool pendingSpace = false;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (IsSpace(c))
            {
                pendingSpace = length > 0;
                i++;
                continue;
            }

            if (c == '-' && !pendingSpace && IsLineEndHyphen(text, i, end, out int next))
            {
                // Word split across a line: decide from the fragment before the hyphen.
                string fragment = LastWord(chars.AsSpan(0, length));
                bool nextIsLower = next < end && char.IsLower(text[next]);
                bool keep = !nextIsLower || fragment.Length == 0 || hyphenPrefixes.Contains(fragment) || fragment.Contains('-');
                if (keep)
                {
                    map.Add(i);
                    chars[length++] = '-';
                }

                i = next;
                continue;
            }

            if (pendingSpace)
            {
                map.Add(i - 1);
                chars[length++] = ' ';
                pendingSpace = false;
            }

            map.Add(i);
            chars[length++] = c == '\u00AD' ? '-' : c;
            i++;
        }

        string normalized = new(chars, 0, length);
        System.Buffers.ArrayPool<char>.Shared.Return(chars);
        return new NormalizedText(normalized, map);
    }

    /// <summary>Whether <paramref name="c"/> counts as white space (including no-break and thin spaces and form feeds).</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

    /// <summary>Whether <paramref name="c"/> ends a line (LF, CR, form feed, line and paragraph separators).</summary>
    public static bool IsLineBreak(char c) => LineBreaks.Contains(c);

    // The line breaks, tested one at a time (IsLineBreak) or searched for many characters at a time (LineEnd).
    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\n\r\f\u2028\u2029\u0085");

    /// <summary>Where the line that starts at <paramref name="start"/> ends: the first line break in <c>text[start..end)</c>, or <paramref name="end"/>.</summary>
    public static int LineEnd(string text, int start, int end)
    {
        int found = text.AsSpan(start, end - start).IndexOfAny(LineBreaks);
        return found < 0 ? end : start + found;
    }

    /// <summary>Lower-cases and removes diacritics (<c>Protección</c> → <c>proteccion</c>, <c>niño</c> → <c>nino</c>) into <paramref name="buffer"/>.</summary>
    public static ReadOnlySpan<char> FoldAccents(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int n = Math.Min(word.Length, buffer.Length);
        for (int k = 0; k < n; k++)
        {
            buffer[k] = FoldChar(word[k]);
        }

        return buffer[..n];
    }

    /// <summary>Lower-cases and removes diacritics from a string.</summary>
    public static string FoldAccents(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (int k = 0; k < source.Length; k++)
            {
                span[k] = FoldChar(source[k]);
            }
        });
    }

    /// <summary>Lower-cases one character and strips its diacritic, keeping one character for one.</summary>
    public static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            return char.ToLowerInvariant(c);
        }

        // Half of a surrogate pair (an emoji, a letter outside the Basic Multilingual Plane) has no decomposition of its own,
        // and normalizing it alone throws.
        if (char.IsSurrogate(c))
        {
            return c;
        }

        c = char.ToLowerInvariant(c);
        switch (c)
        {
            case 'ñ': return 'n';
            case 'ç': return 'c';
            case 'ß': return 's';
            case 'ø': return 'o';
            case 'æ': return 'a';
            case 'œ': return 'o';
        }

        string decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (char d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                return d;
            }
        }

        return c;
    }

    // A hyphen directly after a letter, followed by optional spaces and a line break and then a letter.
    private static bool IsLineEndHyphen(string text, int hyphen, int end, out int next)
    {
        next = hyphen + 1;
        if (hyphen == 0 || !char.IsLetter(text[hyphen - 1]))
        {
            return false;
        }

        int k = hyphen + 1;
        while (k < end && (text[k] == ' ' || text[k] == '\t'))
        {
            k++;
        }

        if (k >= end || !IsLineBreak(text[k]))
        {
            return false;
        }

        while (k < end && IsSpace(text[k]))
        {
            k++;
        }

        if (k >= end || !char.IsLetter(text[k]))
        {
            return false;
        }

        next = k;
        return true;
    }

    private static string LastWord(ReadOnlySpan<char> written)
    {
        int k = written.Length;
        while (k > 0 && (char.IsLetter(written[k - 1]) || written[k - 1] == '-'))
        {
            k--;
        }

        return written[k..].ToString();
    }
}
