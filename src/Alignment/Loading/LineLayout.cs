namespace Alignment.Loading;

/// <summary>One non-blank line of a text, trimmed: <c>[Start, End)</c> and the number of blank lines before it.</summary>
internal readonly record struct TextLine(int Start, int End, int BlanksBefore);

/// <summary>
/// The layout of a text's lines: the non-blank lines, the width the document was wrapped at, whether it
/// is double-spaced, and the cues at a line's ends (ends a sentence, starts in lower or upper case).
/// </summary>
internal static class LineLayout
{
    // Lines longer than this all count as "long" when estimating the wrap width.
    private const int MaxTrackedLength = 256;

    // Every non-blank line, trimmed, with the number of blank lines (line breaks) before it.
    public static List<TextLine> ReadLines(string text)
    {
        var lines = new List<TextLine>();
        int blanks = 0;
        int i = 0;
        while (i < text.Length)
        {
            int lineStart = i;
            i = TextNormalizer.LineEnd(text, i, text.Length);

            int a = lineStart, b = i;
            while (a < b && TextNormalizer.IsSpace(text[a]))
            {
                a++;
            }

            while (b > a && TextNormalizer.IsSpace(text[b - 1]))
            {
                b--;
            }

            if (b > a)
            {
                lines.Add(new TextLine(a, b, blanks));
                blanks = 0;
            }
            else if (lines.Count > 0)
            {
                blanks++;
            }

            if (i < text.Length)
            {
                // CRLF is one break; a form feed is one too (a page break is no paragraph break by itself).
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                i++;
            }
        }

        return lines;
    }

    // The 80th percentile of line lengths, capped: the width a wrapped document was wrapped at.
    public static int WrapWidth(List<TextLine> lines)
    {
        var histogram = new int[MaxTrackedLength + 1];
        foreach (var line in lines)
        {
            histogram[Math.Min(line.End - line.Start, MaxTrackedLength)]++;
        }

        int target = (int)(lines.Count * 0.8);
        int seen = 0;
        for (int length = 0; length <= MaxTrackedLength; length++)
        {
            seen += histogram[length];
            if (seen > target)
            {
                return Math.Max(length, 20);
            }
        }

        return MaxTrackedLength;
    }

    // Wrapped lines separated by single blank lines far more often than not.
    public static bool IsDoubleSpaced(List<TextLine> lines, int wrapWidth)
    {
        if (wrapWidth >= MaxTrackedLength)
        {
            return false;
        }

        int single = 0, adjacent = 0;
        for (int k = 1; k < lines.Count; k++)
        {
            if (lines[k].BlanksBefore == 0)
            {
                adjacent++;
            }
            else if (lines[k].BlanksBefore == 1)
            {
                single++;
            }
        }

        return single > 4 * (adjacent + 1);
    }

    public static bool EndsSentence(string text, TextLine line)
    {
        int k = line.End - 1;
        while (k > line.Start && text[k] is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB')
        {
            k--;
        }

        return text[k] is '.' or '!' or '?' or ':' or '\u2026';
    }

    /// <summary>
    /// Whether a line that does not end a sentence plainly goes on: it ends with a comma, semicolon, hyphen, dash, slash or
    /// opening bracket, or with a word in lower case ("of", "the", "de", "la", "and"), which a heading or dateline rarely does.
    /// </summary>
    public static bool AsksForMore(string text, TextLine line)
    {
        char last = text[line.End - 1];
        if (last is ',' or ';' or '-' or '\u2010' or '\u2013' or '\u2014' or '/' or '(' or '[' or '&' or '+')
        {
            return true;
        }

        if (!char.IsLetter(last))
        {
            return false;
        }

        int k = line.End - 1;
        while (k > line.Start && char.IsLetter(text[k - 1]))
        {
            k--;
        }

        return char.IsLower(text[k]);
    }

    public static bool StartsLower(string text, TextLine line) => char.IsLower(text[line.Start]);

    public static bool StartsUpper(string text, TextLine line) => char.IsUpper(text[line.Start]) || char.IsDigit(text[line.Start]);
}
