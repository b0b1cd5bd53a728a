using System.Text;
using System.Text.RegularExpressions;

namespace Alignment.Loading;

/// <summary>
/// The running heads, running feet and page numbers of a paginated text: a PDF's extraction (<see cref="PdfTextExtractor"/>
/// separates its pages with a form feed) or <c>pdftotext</c> output. They sit between the two halves of a sentence a page
/// break cut ("… the State party should" / "2" / "GE.16-12345" / "CAT/C/ECU/CO/7" / "ensure that …"), so each page
/// break would cut a unit in two and add a unit the other language places elsewhere. A line near a page's top or bottom
/// (within <see cref="EdgeLines"/> lines) is furniture when its shape, digits aside, recurs at the edge of
/// <see cref="MinPageShare"/> of the pages (at least two; the first page keeps its own, a title or document symbol the
/// running head repeats), when it is a page number (<c>2</c>, <c>- 2 -</c>, <c>Page 2 of 9</c>, <c>Página 2</c>) and the
/// document numbers its pages or the number is its page's, or when it is a UN job number or its barcode (<c>GE.16-12345 (E)</c>,
/// <c>16-12345 (S)</c>, <c>*1612345*</c>), which a UN document prints on its first page only. Furniture is blanked out in
/// place (every character but line breaks becomes a space), so offsets still point into the text as loaded and the page
/// break reads as the blank line the paragraph builder joins a cut sentence across. A text with no form feed is left alone:
/// without pages nothing tells a running head from a heading.
/// </summary>
internal static class PageFurniture
{
    /// <summary>How many non-blank lines at each end of a page are looked at (a header block of symbol, job number and page
    /// number; a footer of page number and job number).</summary>
    private const int EdgeLines = 3;

    /// <summary>
    /// The share of the pages at whose edge a line's shape must recur to be a running head or foot. Documents alternate their
    /// heads between left and right pages (a UN document puts its symbol top left on even pages, top right on odd ones, and
    /// both read the same), and a first page carries none: a third of the pages keeps both.
    /// </summary>
    private const double MinPageShare = 0.3;

    /// <summary>The longest line read as furniture: a running head is a symbol, a short title or a page number, not a sentence.</summary>
    private const int MaxLength = 100;

    // A page number's shape once its digits are '#' and it is lower-cased: "#", "- # -", "# / #", "page # of #", "página #",
    // "pág. #", "p. #", "[#]". Short input (at most MaxLength) and no nested quantifier.
    private static readonly Regex PageNumber = new(
        @"^[-–—|(\[ ]*((page|p[aá]gina|p[aá]g\.?|p\.) ?)?#( ?(/|of|de) ?#)?[-–—|)\] ]*$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // A UN job number with its language letter and optional date ("ge.#-# (e)", "#-# (s) #/#/#"), or its barcode ("*#*").
    private static readonly Regex JobNumber = new(
        @"^((ge\.)?#-# ?(\([a-z]\))?( #/#/#)*( \*#\*)?|\*#\*)$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>
    /// <paramref name="text"/> with its page furniture blanked out, and how many lines were blanked; the text itself when it
    /// has no form feed or no furniture.
    /// </summary>
    public static (string Text, int Lines, int Pages) Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pages = EdgesOfPages(text);
        if (pages.Count < 2)
        {
            return (text, 0, pages.Count);
        }

        // On how many pages each shape stands at an edge, and how many pages have a page number there.
        var pagesWithShape = new Dictionary<string, int>(StringComparer.Ordinal);
        int numberedPages = 0;
        var shapes = new List<List<(int Start, int End, string Shape)>>(pages.Count);
        foreach (var edges in pages)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var withShapes = new List<(int Start, int End, string Shape)>(edges.Count);
            bool numbered = false;
            foreach (var (start, end) in edges)
            {
                string shape = Shape(text.AsSpan(start, end - start));
                withShapes.Add((start, end, shape));
                numbered |= PageNumber.IsMatch(shape);
                if (seen.Add(shape))
                {
                    pagesWithShape[shape] = pagesWithShape.GetValueOrDefault(shape) + 1;
                }
            }

            numberedPages += numbered ? 1 : 0;
            shapes.Add(withShapes);
        }

        int recurring = Math.Max(2, (int)Math.Ceiling(MinPageShare * pages.Count));
        char[]? masked = null;
        int blanked = 0;
        for (int number = 1; number <= shapes.Count; number++)
        {
            foreach (var (start, end, shape) in shapes[number - 1])
            {
                bool furniture = end - start <= MaxLength
                    && ((number > 1 && pagesWithShape[shape] >= recurring && !LineLayout.IsParagraphMark(text.AsSpan(start, end - start)))
                        || (PageNumber.IsMatch(shape) && (numberedPages >= recurring || FirstNumber(text, start, end) == number))
                        || JobNumber.IsMatch(shape));
                if (furniture)
                {
                    masked ??= text.ToCharArray();
                    Array.Fill(masked, ' ', start, end - start);
                    blanked++;
                }
            }
        }

        return masked is null ? (text, 0, pages.Count) : (new string(masked), blanked, pages.Count);
    }

    // The value of the first run of digits of a line (at most MaxLength characters), or -1: a page number's.
    private static int FirstNumber(string text, int start, int end)
    {
        int value = -1;
        for (int i = start; i < end && value < 100_000; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                value = (Math.Max(value, 0) * 10) + (text[i] - '0');
            }
            else if (value >= 0)
            {
                break;
            }
        }

        return value;
    }

    // The first and last EdgeLines non-blank lines (trimmed) of each page with any: pages are separated by form feeds.
    private static List<List<(int Start, int End)>> EdgesOfPages(string text)
    {
        var pages = new List<List<(int Start, int End)>>();
        if (text.AsSpan().IndexOf('\f') < 0)
        {
            return pages;
        }

        int pageStart = 0;
        while (pageStart <= text.Length)
        {
            int pageEnd = text.IndexOf('\f', pageStart);
            pageEnd = pageEnd < 0 ? text.Length : pageEnd;
            var lines = new List<(int Start, int End)>();
            int i = pageStart;
            while (i < pageEnd)
            {
                int end = TextNormalizer.LineEnd(text, i, pageEnd);
                int a = i, b = end;
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
                    lines.Add((a, b));
                }

                i = end + 1;
            }

            if (lines.Count > 0)
            {
                var edges = new List<(int Start, int End)>();
                for (int k = 0; k < lines.Count; k++)
                {
                    if (k < EdgeLines || k >= lines.Count - EdgeLines)
                    {
                        edges.Add(lines[k]);
                    }
                }

                pages.Add(edges);
            }

            pageStart = pageEnd + 1;
        }

        return pages;
    }

    // A line's shape: lower case, every run of digits one '#', every run of spaces one space (at most MaxLength + 1 characters
    // are read: a longer line is no furniture).
    private static string Shape(ReadOnlySpan<char> line)
    {
        var shape = new StringBuilder(Math.Min(line.Length, MaxLength + 1));
        foreach (char c in line[..Math.Min(line.Length, MaxLength + 1)])
        {
            char next = char.IsDigit(c) ? '#' : TextNormalizer.IsSpace(c) ? ' ' : char.ToLowerInvariant(c);
            if ((next is '#' or ' ') && shape.Length > 0 && shape[^1] == next)
            {
                continue;
            }

            shape.Append(next);
        }

        return shape.ToString();
    }
}
