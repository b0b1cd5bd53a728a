namespace Alignment.Loading;

/// <summary>Whether a trimmed line is a heading (for example, one that names a known section).</summary>
/// <param name="line">The line, trimmed.</param>
internal delegate bool HeadingLinePredicate(ReadOnlySpan<char> line);

/// <summary>
/// Rebuilds paragraphs from the lines of a report, undoing hard wraps. Works from layout cues only
/// (terminal punctuation, case of the next line, line length against the document's wrap width,
/// blank lines), so it needs no language. Stateless and thread-safe; linear in the text length.
/// </summary>
/// <remarks>
/// Cues, in order: a heading-like line (short, in capitals or title-like, see <see cref="IsHeadingLike"/>)
/// stands alone; a footnote, list item or table row starts a paragraph; adjacent lines are joined unless
/// the first ends a sentence and is short against the wrap width; across blank lines a line that ends
/// mid-sentence, or a next line that starts in lower case, continues the paragraph (page breaks).
/// A document with a blank line after every wrapped line (double-spaced extraction) has one blank line
/// discounted from every gap.
/// </remarks>
internal static class ParagraphBuilder
{
    // Lines longer than this all count as "long" when estimating the wrap width.
    private const int MaxTrackedLength = 256;

    /// <summary>Returns the paragraphs of <paramref name="text"/> in order; each is trimmed and non-empty.</summary>
    public static IReadOnlyList<Paragraph> Build(string text) => Build(text, null);

    /// <summary>
    /// Returns the paragraphs of <paramref name="text"/> in order; each is trimmed and non-empty. A line
    /// that <paramref name="isHeading"/> accepts (a language's heading families) always stands alone,
    /// on top of the layout cues.
    /// </summary>
    public static IReadOnlyList<Paragraph> Build(string text, HeadingLinePredicate? isHeading)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = ReadLines(text);
        var paragraphs = new List<Paragraph>();
        if (lines.Count == 0)
        {
            return paragraphs;
        }

        int wrapWidth = WrapWidth(lines);
        int discount = IsDoubleSpaced(lines, wrapWidth) ? 1 : 0;
        var kinds = new LineKind[lines.Count];
        for (int k = 0; k < lines.Count; k++)
        {
            kinds[k] = Classify(text, lines, k, wrapWidth, discount);
            if (kinds[k] == LineKind.Text && isHeading is not null
                && isHeading(text.AsSpan(lines[k].Start, lines[k].End - lines[k].Start)))
            {
                kinds[k] = LineKind.Heading;
            }
        }

        int start = lines[0].Start;
        bool inFootnote = kinds[0] == LineKind.Footnote;
        for (int k = 1; k < lines.Count; k++)
        {
            // A note's lines are short-lived: the next sentence that starts a line is body text again.
            bool leavesFootnote = inFootnote && EndsSentence(text, lines[k - 1]) && StartsUpper(text, lines[k]);
            if (leavesFootnote || !Continues(text, lines, kinds, k, wrapWidth, discount))
            {
                paragraphs.Add(new Paragraph(start, lines[k - 1].End));
                start = lines[k].Start;
                inFootnote = kinds[k] == LineKind.Footnote;
            }
        }

        paragraphs.Add(new Paragraph(start, lines[^1].End));
        return paragraphs;
    }

    /// <summary>
    /// Whether a trimmed line looks like a heading by its layout alone: at most 100 characters and
    /// 12 words, not ending like a sentence or a clause (<c>. , ;</c>), and either in capitals
    /// (<c>PROTECCION</c>) or starting with a capital after an optional section number
    /// (<c>2.1 Situation in numbers</c>) with no figures in it (so table rows and datelines are not headings).
    /// </summary>
    public static bool IsHeadingLike(ReadOnlySpan<char> line)
    {
        line = TrimSpaces(line);
        if (line.Length == 0 || line.Length > 100)
        {
            return false;
        }

        char last = line[^1];
        if (last is '.' or ',' or ';' or '-' or '\u2014' or '\u2013')
        {
            return false;
        }

        int letters = 0, upper = 0, lower = 0, digits = 0, words = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
                else if (char.IsLower(c))
                {
                    lower++;
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }

            bool wordChar = !TextNormalizer.IsSpace(c);
            if (wordChar && !inWord)
            {
                words++;
            }

            inWord = wordChar;
        }

        if (letters < 3 || words > 12 || line.Contains('%') || line.Contains("http", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // A sentence inside the line ("Peru. The government ...") is running text.
        for (int k = 1; k + 1 < line.Length; k++)
        {
            if (line[k] == '.' && line[k + 1] == ' ' && char.IsLower(line[k - 1]))
            {
                return false;
            }
        }

        if (lower == 0 && upper >= 4 && digits <= 2)
        {
            return true;
        }

        var rest = SkipSectionNumber(line);
        if (rest.Length == 0 || !char.IsUpper(rest[0]))
        {
            return false;
        }

        int restDigits = 0;
        foreach (char c in rest)
        {
            if (char.IsDigit(c))
            {
                restDigits++;
            }
        }

        // "Peru (Tier 2)" keeps its figure inside parentheses; "Lima 31 26.5%" does not.
        return restDigits == 0 || (restDigits <= 2 && rest.Contains('('));
    }

    /// <summary>Skips a leading section number such as <c>2.</c>, <c>2.1</c> or <c>IV.</c> and the spaces after it.</summary>
    public static ReadOnlySpan<char> SkipSectionNumber(ReadOnlySpan<char> line)
    {
        int k = 0;
        while (k < line.Length && (char.IsDigit(line[k]) || line[k] == '.'))
        {
            k++;
        }

        if (k == 0 || k >= line.Length || !TextNormalizer.IsSpace(line[k]))
        {
            return line;
        }

        return TrimSpaces(line[k..]);
    }

    private static ReadOnlySpan<char> TrimSpaces(ReadOnlySpan<char> s)
    {
        int a = 0, b = s.Length;
        while (a < b && TextNormalizer.IsSpace(s[a]))
        {
            a++;
        }

        while (b > a && TextNormalizer.IsSpace(s[b - 1]))
        {
            b--;
        }

        return s[a..b];
    }

    // Every non-blank line, trimmed, with the number of blank lines (line breaks) before it.
    private static List<Line> ReadLines(string text)
    {
        var lines = new List<Line>();
        int blanks = 0;
        int i = 0;
        while (i < text.Length)
        {
            int lineStart = i;
            while (i < text.Length && !TextNormalizer.IsLineBreak(text[i]))
            {
                i++;
            }

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
                lines.Add(new Line(a, b, blanks));
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
    private static int WrapWidth(List<Line> lines)
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
    private static bool IsDoubleSpaced(List<Line> lines, int wrapWidth)
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

    private static LineKind Classify(string text, List<Line> lines, int k, int wrapWidth, int discount)
    {
        var span = text.AsSpan(lines[k].Start, lines[k].End - lines[k].Start);
        if (IsSectionNumberOnly(span))
        {
            return LineKind.Number;
        }

        if (IsListItem(span))
        {
            return LineKind.ListItem;
        }

        if (IsTableRow(span, wrapWidth))
        {
            return LineKind.TableRow;
        }

        if (IsHeadingLike(span) && span.Length <= Math.Max(40, wrapWidth * 3 / 4))
        {
            // In capitals it is a heading wherever it stands; title-like only where a paragraph could start.
            bool capitals = !ContainsLower(span);
            bool afterBreak = k == 0 || lines[k].BlanksBefore > discount || EndsSentence(text, lines[k - 1]);
            bool beforeBreak = k + 1 == lines.Count
                || (!StartsLower(text, lines[k + 1]) && (lines[k + 1].BlanksBefore > discount || StartsUpper(text, lines[k + 1])));
            if (capitals || (afterBreak && beforeBreak))
            {
                return LineKind.Heading;
            }
        }

        if (IsFootnote(span))
        {
            return LineKind.Footnote;
        }

        return LineKind.Text;
    }

    private static bool Continues(string text, List<Line> lines, LineKind[] kinds, int k, int wrapWidth, int discount)
    {
        var previous = lines[k - 1];
        var current = lines[k];
        if (kinds[k - 1] is LineKind.Heading or LineKind.Number or LineKind.TableRow
            || kinds[k] is LineKind.Heading or LineKind.Number or LineKind.TableRow)
        {
            return false;
        }

        int gap = Math.Max(0, current.BlanksBefore - discount);
        bool endsSentence = EndsSentence(text, previous);
        if (gap == 0)
        {
            // "- item" after a finished clause; a dash after "Ministry of the Interior" is running text.
            if (kinds[k] == LineKind.ListItem && (endsSentence || text[previous.End - 1] is ',' or ';'))
            {
                return false;
            }

            // A short line that ends a sentence ends its paragraph; a full one was wrapped.
            bool shortLine = previous.End - previous.Start < wrapWidth * 4 / 5;
            return !(endsSentence && shortLine && !StartsLower(text, current));
        }

        if (kinds[k] is LineKind.ListItem or LineKind.Footnote)
        {
            return false;
        }

        return !endsSentence || StartsLower(text, current);
    }

    private static bool EndsSentence(string text, Line line)
    {
        int k = line.End - 1;
        while (k > line.Start && text[k] is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB')
        {
            k--;
        }

        return text[k] is '.' or '!' or '?' or ':' or '\u2026';
    }

    private static bool StartsLower(string text, Line line) => char.IsLower(text[line.Start]);

    private static bool StartsUpper(string text, Line line) => char.IsUpper(text[line.Start]) || char.IsDigit(text[line.Start]);

    private static bool ContainsLower(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    // "3.1", "IV." or a page number: a line with no words.
    internal static bool IsSectionNumberOnly(ReadOnlySpan<char> span)
    {
        if (span.Length > 8)
        {
            return false;
        }

        foreach (char c in span)
        {
            if (!char.IsDigit(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    // "- item", "• item", "i) item", "iii) item", "a) item".
    private static bool IsListItem(ReadOnlySpan<char> span)
    {
        if (span.Length >= 2 && span[0] is '-' or '\u2022' or '\u2013' or '\u2014' or '\u25AA' or '\u00B7' && TextNormalizer.IsSpace(span[1]))
        {
            return true;
        }

        int k = 0;
        while (k < span.Length && k < 4 && char.IsLetter(span[k]) && char.IsLower(span[k]))
        {
            k++;
        }

        return k > 0 && k < span.Length && span[k] == ')';
    }

    // "Lima 31 26.5%": short, ending in a figure, with at least two figures.
    private static bool IsTableRow(ReadOnlySpan<char> span, int wrapWidth)
    {
        if (span.Length > wrapWidth * 3 / 4 || !(char.IsDigit(span[^1]) || span[^1] == '%'))
        {
            return false;
        }

        int numbers = 0;
        bool inNumber = false;
        foreach (char c in span)
        {
            bool digit = char.IsDigit(c);
            if (digit && !inNumber)
            {
                numbers++;
            }

            inNumber = digit || (inNumber && c is '.' or ',');
        }

        return numbers >= 2 && char.IsLetter(span[0]);
    }

    // "12 See ...", "8INEL. ...", "! Source: ...", "* Idem": a note marker, then a capital.
    private static bool IsFootnote(ReadOnlySpan<char> span)
    {
        int k = 0;
        while (k < span.Length && k < 3 && char.IsDigit(span[k]))
        {
            k++;
        }

        if (k < span.Length && char.IsDigit(span[k]))
        {
            return false;
        }

        if (k == 0)
        {
            if (span[0] is '!' or '*' or '\u00A5' or '\u00AE' or '\u2019' or '\u2018' or '\'' or '\u00B9' or '\u00B2' or '\u00B3' or '\u2020' or '\u2021' or '\u00A7')
            {
                k = 1;
            }
            else
            {
                return false;
            }
        }

        while (k < span.Length && TextNormalizer.IsSpace(span[k]))
        {
            k++;
        }

        return k < span.Length && (char.IsUpper(span[k]) || char.IsDigit(span[k]));
    }

    private enum LineKind
    {
        Text,
        Heading,
        Number,
        ListItem,
        TableRow,
        Footnote,
    }

    private readonly record struct Line(int Start, int End, int BlanksBefore);
}
