namespace Alignment.Loading;

/// <summary>What a line is by its layout: running text, a heading, a bare section number, a list item, a table row or a footnote.</summary>
internal enum LineKind
{
    Text,
    Heading,
    Number,
    ListItem,
    TableRow,
    Footnote,
}

/// <summary>Classifies the lines of a text by layout cues alone (see <see cref="LineKind"/>).</summary>
internal static class LineClassifier
{
    // The kind of line k, given the wrap width and the blank lines discounted from every gap.
    public static LineKind Classify(string text, List<TextLine> lines, int k, int wrapWidth, int discount)
    {
        var span = text.AsSpan(lines[k].Start, lines[k].End - lines[k].Start);
        if (HeadingShape.IsSectionNumberOnly(span) || LineLayout.IsParagraphMark(span))
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

        if (HeadingShape.IsLabelLine(span))
        {
            return LineKind.Heading;
        }

        if (HeadingShape.IsHeadingLike(span) && span.Length <= Math.Max(40, wrapWidth * 3 / 4))
        {
            // In capitals it is a heading wherever it stands; title-like only where a paragraph could start.
            bool capitals = !ContainsLower(span);
            // Not after a line that ends on a function word or joiner across a blank line: a page break cut "… del Programa de" /
            // "Preinversión para el Sector Agua", which goes on the sentence.
            bool afterBreak = k == 0 || LineLayout.EndsSentence(text, lines[k - 1])
                || (lines[k].BlanksBefore > discount && !LineLayout.EndsOnFunctionWord(text, lines[k - 1]) && !LineLayout.EndsWithJoiner(text, lines[k - 1]));
            // A title-like line that ends on a function word ("Concluding Observations of the") with the next line right under
            // it was wrapped: "… of the" / "Committee on the Rights of the Child, Yemen, …" is one unit.
            bool beforeBreak = k + 1 == lines.Count
                || (!LineLayout.StartsLower(text, lines[k + 1]) && (lines[k + 1].BlanksBefore > discount
                    || (LineLayout.StartsUpper(text, lines[k + 1]) && !LineLayout.EndsOnFunctionWord(text, lines[k]))));
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

    internal static bool ContainsLower(ReadOnlySpan<char> span)
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
}
