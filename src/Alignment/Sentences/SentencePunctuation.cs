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
}
