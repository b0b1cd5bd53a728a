namespace Alignment.Sentences;

/// <summary>The bullets, opening and closing marks the sentence walk steps over.</summary>
internal static class SentencePunctuation
{
    public static bool IsBullet(char c) => c is '•' or '◦' or '▪' or '‣' or '⁃' or '●' or '■' or '►';

    public static bool IsOpener(char c) => c is '(' or '[' or '{' or '"' or '\'' or '“' or '‘' or '«' or '‹' or '¿' or '¡';

    public static bool IsCloser(char c) => c is ')' or ']' or '}' or '"' or '\'' or '”' or '’' or '»' or '›';

    /// <summary>
    /// Whether the unit is a note: one to three asterisks or daggers, a space, then a capital ("* Adopted by the Committee at
    /// its seventy-second session …", "** Se publica sin revisión editorial."), the footnote a UN document hangs on its title.
    /// </summary>
    public static bool StartsAsNote(string text)
    {
        int k = 0;
        while (k < text.Length && k < MaxNoteMarks && text[k] is '*' or '†' or '‡')
        {
            k++;
        }

        return k > 0 && k + 1 < text.Length && text[k] == ' ' && char.IsUpper(text[k + 1]);
    }

    /// <summary>Whether a four-digit number is a year a footnote mark may follow, glued after its sentence's period
    /// ("… on 26 June 2017.1 The"): the sentence splitter and the number reader read the mark by it.</summary>
    public static bool IsMarkedYear(int year) => year is >= MarkedYearFirst and <= MarkedYearLast;

    // The years IsMarkedYear takes: those reports cite.
    private const int MarkedYearFirst = 1800;
    private const int MarkedYearLast = 2099;

    // The most asterisks or daggers a note's mark has.
    private const int MaxNoteMarks = 3;

    /// <summary>
    /// Whether <paramref name="text"/> ends as a sentence ends: with . ! ? … : or ; before any closing marks and a footnote
    /// mark (<c>…hunger.”[ii]</c>, <c>…provincia.7</c>, <c>…law.¹</c>, <c>…mundo. 1</c>). A title, dateline, label, reference code or
    /// separator line does not.
    /// </summary>
    public static bool EndsAsSentence(string text)
    {
        int k = text.Length - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        // A bracketed footnote mark ("[ii]", "[12]"), then closers, superscript or up to three plain digits.
        if (k >= 0 && text[k] == ']')
        {
            int open = text.LastIndexOf('[', k);
            if (open >= 0 && k - open <= 6)
            {
                k = open - 1;
            }
        }

        int digits = 0;
        while (k >= 0 && (IsCloser(text[k]) || IsSuperscriptDigit(text[k]) || (char.IsAsciiDigit(text[k]) && ++digits <= 3)))
        {
            k--;
        }

        // A note number set off by a space after a word's period ("en todo el mundo. 1"), as the splitter keeps it.
        if (digits is > 0 and <= 3 && k > 1 && text[k] == ' ' && text[k - 1] == '.' && (char.IsLower(text[k - 2]) || IsCloser(text[k - 2])))
        {
            k--;
        }

        // A footnote number follows a word's sentence end, not a number's ("2008.09.05", "Section 2.1").
        return k >= 0 && text[k] is '.' or '!' or '?' or '…' or ':' or ';'
            && (digits == 0 || (text[k] != ':' && k > 0 && !char.IsAsciiDigit(text[k - 1])));
    }

    private static bool IsSuperscriptDigit(char c) => c is '¹' or '²' or '³' or (>= '⁰' and <= '⁹');

    /// <summary>Longest run of capitals before the first slash of a document symbol ("CRC/", "A/HRC/", "E/CN.4/").</summary>
    private const int MaxSymbolPrefix = 8;

    /// <summary>The longest document symbol read ("CEDAW/C/COL/CO/7-8/Add.1" is 24 characters).</summary>
    private const int MaxDocumentSymbolLength = 40;

    /// <summary>Where a UN-style document symbol's first part and its slash end at the start of <paramref name="s"/> ("A/",
    /// "CRC/", "S/"): one to <see cref="MaxSymbolPrefix"/> capitals, then a slash; 0 when <paramref name="s"/> opens no symbol.</summary>
    public static int SymbolPrefixEnd(ReadOnlySpan<char> s)
    {
        int k = 0;
        while (k < s.Length && k < MaxSymbolPrefix && char.IsAsciiLetterUpper(s[k]))
        {
            k++;
        }

        return k > 0 && k < s.Length && s[k] == '/' ? k + 1 : 0;
    }

    /// <summary>
    /// The length of the whole UN document symbol that opens <paramref name="s"/>, or 0: its first part (<see cref="SymbolPrefixEnd"/>),
    /// then parts of letters, digits, dots and hyphens, two slashes at least and a digit somewhere ("S/2016/53", "A/HRC/10/82",
    /// "CAT/C/ECU/CO/7"; a product's version, "watchOS/10", "openSUSE/15.5", has one slash), up to a space, a closing bracket,
    /// a comma, a semicolon or the end.
    /// </summary>
    public static int DocumentSymbolLength(ReadOnlySpan<char> s)
    {
        int k = SymbolPrefixEnd(s);
        if (k == 0)
        {
            return 0;
        }

        bool digit = false;
        int slashes = 1;
        while (k < s.Length && k < MaxDocumentSymbolLength && (char.IsAsciiLetter(s[k]) || char.IsAsciiDigit(s[k]) || s[k] is '/' or '.' or '-'))
        {
            digit |= char.IsAsciiDigit(s[k]);
            slashes += s[k] == '/' ? 1 : 0;
            k++;
        }

        while (s[k - 1] is '.' or '-')
        {
            k--;
        }

        return digit && slashes >= 2 && (k == s.Length || s[k] is ' ' or ')' or ',' or ';') ? k : 0;
    }
}
