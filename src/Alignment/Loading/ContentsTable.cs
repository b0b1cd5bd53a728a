namespace Alignment.Loading;

/// <summary>
/// A report's table of contents, as its lines come from a PDF or a web copy: under a heading that names it (<c>CONTENTS</c>,
/// <c>Table of contents</c>, <c>ÍNDICE</c>, <c>Índice</c>, <c>Contenido</c>), entries that end on their
/// page (and paragraph) numbers, with or without dot leaders (<c>Introduction ........ 1 - 4 3</c>,
/// <c>7/6. Mandato de la Experta independiente sobre cuestiones de las minorías 18</c>), often wrapped over lines set
/// apart by blank lines, with their mark (<c>7/1.</c>, <c>II.</c>) or page number on lines of their own, and column labels
/// (<c>Page</c>, <c>Párrafos</c>). Each entry is one unit, as a reader reads it: its mark, its title, its numbers. The
/// table runs from its heading to the last line that ends on numbers, or where its entries carry none (a web page's list of
/// its sections) to the first line as wide as the body's; never past a line that ends a sentence. Where its entries carry
/// numbers, a line goes on to the next until one ends on them; where none do, a line goes on only when the next one plainly
/// continues it (in lower case, or after a comma, hyphen or function word).
/// </summary>
internal static class ContentsTable
{
    /// <summary>The fewest dots of a leader (<c>..</c>, as a short title's leader may be cut to; an ellipsis character counts as two).</summary>
    private const int MinLeaderDots = 2;

    /// <summary>The longest run of numbers that ends an entry: paragraphs and page (<c>17 - 86 6</c>, <c>87 -90</c>).</summary>
    private const int MaxNumbersLength = 16;

    /// <summary>The most blank lines inside one entry: PDF extraction sets an entry's wrapped lines, its mark and its page number
    /// apart by one or two.</summary>
    private const int MaxBlanksInEntry = 2;

    /// <summary>The fewest lines of a table that end on numbers for its entries to be read as numbered.</summary>
    private const int MinNumberedLines = 2;

    /// <summary>The longest line read as a table's heading with its column labels (<c>TABLE OF CONTENTS Paragraphs Page</c> is 33
    /// characters): every line of a text is asked, and a longer one is not looked up.</summary>
    private const int MaxHeadingLineLength = 48;

    // A table's heading, without accents or a final colon, in English and Spanish (any case).
    private static readonly SpanWordSet Headings = new(
        ["contents", "table of contents", "indice", "indice general", "contenido", "contenidos", "tabla de contenido", "tabla de contenidos"]);

    // A column's label, likewise.
    private static readonly SpanWordSet ColumnLabels = new(
        ["page", "pages", "paragraph", "paragraphs", "chapter", "pagina", "paginas", "parrafo", "parrafos", "capitulo"]);

    /// <summary>
    /// Which lines belong to a table of contents, and whether its entries end on numbers: from its heading to the first line
    /// that ends a sentence; a table whose entries end on numbers stops after the last that does, and one whose entries do
    /// not stops at the first line as wide as the text's wrapped lines (the body's, not an entry's).
    /// </summary>
    public static (bool[] InTable, bool[] Numbered) Lines(string text, List<TextLine> lines, int wrapWidth)
    {
        var inTable = new bool[lines.Count];
        var numbered = new bool[lines.Count];
        int k = 0;
        while (k < lines.Count)
        {
            if (!IsHeading(Span(text, lines[k])))
            {
                k++;
                continue;
            }

            // The heading, then the lines up to the first that ends a sentence or opens another table.
            int end = k + 1, lastNumbered = -1, count = 0;
            while (end < lines.Count && !IsHeading(Span(text, lines[end])))
            {
                var line = Span(text, lines[end]);
                if (LineLayout.EndsSentence(text, lines[end]) && !IsEntryMark(line) && !EndsOnLeaders(line))
                {
                    break;
                }

                if (NumbersAtEnd(line) > 0 || EndsOnLeaders(line))
                {
                    lastNumbered = end;
                    count++;
                }

                end++;
            }

            bool hasNumbers = count >= MinNumberedLines;
            if (hasNumbers)
            {
                end = lastNumbered + 1;
            }
            else
            {
                int wide = k + 1;
                while (wide < end && lines[wide].End - lines[wide].Start < WideLineShare * Math.Max(wrapWidth, MinBodyWidth))
                {
                    wide++;
                }

                end = wide;
            }

            for (int j = k; j < end; j++)
            {
                inTable[j] = true;
                numbered[j] = hasNumbers;
            }

            k = Math.Max(end, k + 1);
        }

        return (inTable, numbered);
    }

    /// <summary>The share of the wrap width from which a line is the body's, not an unnumbered table's entry.</summary>
    private const double WideLineShare = 0.9;

    /// <summary>The narrowest width taken for the body's (a short text of short lines has no wrap width to speak of).</summary>
    private const int MinBodyWidth = 60;

    /// <summary>
    /// Whether line <paramref name="k"/> of a table goes on the entry of the line before it (both in the table).
    /// </summary>
    public static bool Continues(string text, List<TextLine> lines, int k, bool numbered, HeadingLinePredicate? continuesTitle)
    {
        var previous = Span(text, lines[k - 1]);
        var current = Span(text, lines[k]);
        // A page break (its running head and page number blanked out as furniture) adds blank lines that say nothing about an
        // entry it cuts, when the line before asks for more (leaders, a mark alone, a joiner or function word) or is longer
        // than a heading (a title wrapped at the page's width), or the line after goes on in lower case or is the entry's
        // leaders or numbers; a short line with no numbers at a page's foot ("Annexes") is an entry of its own.
        bool cutByPage = text.AsSpan(lines[k - 1].End, lines[k].Start - lines[k - 1].End).IndexOf('\f') >= 0
            && (EndsOnLeaders(previous) || IsEntryMark(previous) || LineLayout.StartsLower(text, lines[k]) || previous.Length > MaxHeadingLineLength
                || IsNumbers(current) || current.TrimStart().StartsWith("..", StringComparison.Ordinal)
                || LineLayout.EndsWithJoiner(text, lines[k - 1]) || LineLayout.EndsOnFunctionWord(text, lines[k - 1]));
        if ((lines[k].BlanksBefore > MaxBlanksInEntry && !cutByPage) || IsHeading(previous) || IsColumnLabel(previous) || IsColumnLabel(current))
        {
            return false;
        }

        // Leaders ask for the numbers after them; numbers end the entry.
        if (EndsOnLeaders(previous))
        {
            return IsNumbers(current);
        }

        // A paragraph range alone on its line asks for the page number on the next ("109–144" / "25"): extraction set the
        // columns of paragraphs and pages on lines of their own.
        if (IsNumbers(previous) && previous.IndexOfAny('-', '\u2013') > 0 && IsNumbers(current) && !current.Trim().ContainsAnyExceptInRange('0', '9'))
        {
            return true;
        }

        if (NumbersAtEnd(previous) > 0)
        {
            return false;
        }

        if (IsEntryMark(previous) || IsNumbers(current))
        {
            return true;
        }

        if (StartsWithEntryMark(current))
        {
            return false;
        }

        return numbered
            || LineLayout.StartsLower(text, lines[k]) || LineLayout.EndsWithJoiner(text, lines[k - 1]) || LineLayout.EndsOnFunctionWord(text, lines[k - 1])
            || (continuesTitle is not null && continuesTitle(current));
    }

    /// <summary>Whether a trimmed line names a table of contents, alone or with its column labels after it (<c>Contents Page</c>,
    /// <c>CONTENTS Paragraphs Page</c>: extraction runs the labels onto the heading's line).</summary>
    public static bool IsHeading(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length > MaxHeadingLineLength)
        {
            return false;
        }

        while (line.LastIndexOf(' ') is int space and > 0 && Named(line[(space + 1)..], ColumnLabels))
        {
            line = line[..space].TrimEnd();
        }

        return Named(line, Headings);
    }

    /// <summary>Whether a trimmed line is a table's column label (<c>Page</c>, <c>Paragraphs</c>, <c>Página</c>).</summary>
    public static bool IsColumnLabel(ReadOnlySpan<char> line) => Named(line, ColumnLabels);

    /// <summary>How many characters of numbers end the line after a word, leaders or a bracket ("… ocupada 8",
    /// "…….. 1 - 4 3", "… EXAMINADO 91"), or the whole line when it is numbers alone; 0 when it does not end on them.</summary>
    public static int NumbersAtEnd(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        int k = line.Length;
        bool digit = false;
        while (k > 0 && line.Length - k < MaxNumbersLength + 1 && (char.IsAsciiDigit(line[k - 1]) || char.IsWhiteSpace(line[k - 1]) || line[k - 1] is '-' or '\u2013'))
        {
            digit |= char.IsAsciiDigit(line[k - 1]);
            k--;
        }

        if (!digit || line.Length - k > MaxNumbersLength || LongestDigitRun(line[k..]) > MaxPageDigits)
        {
            return 0;
        }

        // Back to the first digit of the run: "I. .RESUMEN … EXAMEN 5 -86" ends on "5 -86".
        while (k < line.Length && !char.IsAsciiDigit(line[k]))
        {
            k++;
        }

        if (k == 0)
        {
            return line.Length;
        }

        // After a space and a word, leaders or a closing bracket: not "A/HRC/10/82" or "2008" glued to a word.
        int b = k;
        while (b > 0 && char.IsWhiteSpace(line[b - 1]))
        {
            b--;
        }

        return b > 0 && (b < k ? char.IsLetter(line[b - 1]) || line[b - 1] is '.' or ')' or '\u2026' : line[b - 1] is '.' or '\u2026') ? line.Length - k : 0;
    }

    /// <summary>
    /// How many characters of figures, dashes and spaces end the line, whatever glues them to the word before (at most
    /// <see cref="MaxNumbersLength"/>, from its first figure): an entry whose PDF columns came apart, "… norms 109–11024"
    /// (paragraphs 109–110, page 24), "… on Spain1–1083". Read only beside an entry that is plainly one (dot leaders);
    /// <see cref="NumbersAtEnd"/> is the strict reading.
    /// </summary>
    public static int GluedNumbersAtEnd(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        int k = line.Length;
        while (k > 0 && line.Length - k < MaxNumbersLength && (char.IsAsciiDigit(line[k - 1]) || line[k - 1] is ' ' or '-' or '\u2013'))
        {
            k--;
        }

        while (k < line.Length && !char.IsAsciiDigit(line[k]))
        {
            k++;
        }

        return line.Length - k;
    }

    /// <summary>The most digits of a page or paragraph number an entry ends on: a year ("… in May 2016") is no page.</summary>
    private const int MaxPageDigits = 3;

    private static int LongestDigitRun(ReadOnlySpan<char> span)
    {
        int longest = 0, run = 0;
        foreach (char c in span)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>Whether the line ends on dot leaders with no numbers after them (the page number is on the next line).</summary>
    public static bool EndsOnLeaders(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        int dots = 0, k = line.Length;
        while (k > 0 && (line[k - 1] is '.' or '\u2026' || char.IsWhiteSpace(line[k - 1])))
        {
            dots += line[k - 1] == '.' ? 1 : line[k - 1] == '\u2026' ? MinLeaderDots : 0;
            k--;
        }

        return dots >= MinLeaderDots;
    }

    // Numbers alone: digits, spaces and dashes, a digit among them ("7", "5 - 16 3").
    private static bool IsNumbers(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Length is > 0 and <= MaxNumbersLength && NumbersAtEnd(line) == line.Length;
    }

    // An entry's mark alone on its line: "7/1." (a resolution's number), "II.", "A.", "12.".
    private static bool IsEntryMark(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return LineLayout.IsParagraphMark(line) || (ResolutionNumberEnd(line) is int end && end == line.Length);
    }

    // A line that opens with an entry's mark and a space: "7/2. Composición …", "II. CONCLUSIONES …", "A. Presentation …".
    private static bool StartsWithEntryMark(ReadOnlySpan<char> line)
    {
        int end = ResolutionNumberEnd(line) ?? HeadingShape.OutlineMarkEnd(line);
        return end > 0 && end < line.Length && line[end] == ' ' && line[end - 1] == '.';
    }

    /// <summary>The end of the resolution number and its period that open <paramref name="line"/> (<c>7/1.</c>, <c>60/251.</c>), or null.</summary>
    public static int? ResolutionNumberEnd(ReadOnlySpan<char> line)
    {
        int k = 0;
        while (k < line.Length && k < 3 && char.IsAsciiDigit(line[k]))
        {
            k++;
        }

        if (k == 0 || k >= line.Length || line[k] != '/')
        {
            return null;
        }

        int slash = ++k;
        while (k < line.Length && k - slash < 3 && char.IsAsciiDigit(line[k]))
        {
            k++;
        }

        return k > slash && k < line.Length && line[k] == '.' ? k + 1 : null;
    }

    // Whether the trimmed line, without a final colon and folded, is one of the names; no longer line is looked up.
    private static bool Named(ReadOnlySpan<char> line, SpanWordSet names)
    {
        line = line.Trim().TrimEnd(':').TrimEnd();
        if (line.Length == 0 || line.Length > names.MaxLength)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[line.Length];
        return names.Contains(TextNormalizer.FoldAccents(line, buffer));
    }

    private static ReadOnlySpan<char> Span(string text, TextLine line) => text.AsSpan(line.Start, line.End - line.Start);
}
