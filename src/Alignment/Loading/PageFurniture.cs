using System.Text;
using System.Text.RegularExpressions;

namespace Alignment.Loading;

/// <summary>
/// The running heads, running feet and page numbers of a paginated text: a PDF's extraction (<see cref="PdfTextExtractor"/>
/// separates its pages with a form feed) or <c>pdftotext</c> output. They sit between the two halves of a sentence a page
/// break cut ("… the State party should" / "2" / "GE.16-12345" / "CAT/C/ECU/CO/7" / "ensure that …"), so each page
/// break would cut a unit in two and add a unit the other language places elsewhere. A line near a page's top or bottom
/// (within <see cref="EdgeLines"/> lines) is furniture when it recurs at the same edge of <see cref="MinPageShare"/> of the
/// pages (at least two) with the same text, or on as many and at least three with the same text but for a number that
/// follows the page's (a page number in the running head: <c>A/HRC/7/78 page 2</c>, <c>- 3 -</c>, <c>Página 4 de 12</c>), and ends no sentence (the first page
/// keeps its own: a title or document symbol the running head repeats); when it is a page number alone that is its page's
/// (<c>2</c> on the second page); when it is a UN document symbol alone at the top of a page after the first that the first
/// page prints too (the running head of a UN document, also when it has only two pages and shows it once) or that stands
/// in mid-sentence (first on its page, the previous page's text ends in mid-sentence and the line under it goes on in lower
/// case: no heading or list of symbols does); or when it is a
/// UN job number or its barcode (<c>GE.16-12345 (E)</c>,
/// <c>16-12345 (S)</c>, <c>*1612345*</c>), which a UN document prints on its first page only, with its second print date
/// when that wrapped onto the line under it (<c>080311</c>). Furniture is blanked out in
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
    /// The share of the pages at whose edge a line must recur to be a running head or foot. Documents alternate their
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

    /// <summary>
    /// <paramref name="text"/> with its page furniture blanked out, how many lines were blanked and how many pages hold text;
    /// the text itself when it has no form feed or no furniture.
    /// </summary>
    public static (string Text, int Lines, int Pages) Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pages = EdgesOfPages(text);
        int pagesWithText = pages.Count(p => p.Count > 0);
        if (pagesWithText < 2)
        {
            return (text, 0, pagesWithText);
        }

        // On how many pages each key of an edge line stands at that edge.
        var pagesWithKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyed = new List<List<(int Start, int End, bool Top, string[] Keys)>>(pages.Count);
        for (int number = 1; number <= pages.Count; number++)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var lines = new List<(int Start, int End, bool Top, string[] Keys)>(pages[number - 1].Count);
            foreach (var (start, end, top, bottom) in pages[number - 1])
            {
                var keys = Keys(text.AsSpan(start, end - start), top, bottom, number);
                lines.Add((start, end, top, keys));
                foreach (string key in keys)
                {
                    if (seen.Add(key))
                    {
                        pagesWithKey[key] = pagesWithKey.GetValueOrDefault(key) + 1;
                    }
                }
            }

            keyed.Add(lines);
        }

        int recurring = Math.Max(2, (int)Math.Ceiling(MinPageShare * pagesWithText));
        int tracking = Math.Max(MinTrackingPages, recurring);
        char[]? masked = null;
        int blanked = 0;
        for (int number = 1; number <= keyed.Count; number++)
        {
            var page = keyed[number - 1];
            for (int e = 0; e < page.Count; e++)
            {
                var (start, end, top, keys) = page[e];
                var line = text.AsSpan(start, end - start);
                bool furniture = end - start <= MaxLength
                    && ((number > 1 && Array.Exists(keys, k => pagesWithKey[k] >= (k[0] == TrackingKey ? tracking : recurring)) && !EndsSentence(line)
                            && !LineLayout.IsParagraphMark(line))
                        || (PageNumber.IsMatch(Shape(line)) && FirstNumber(line) == number)
                        || (number > 1 && top && UnDocumentSymbol.Length(line) == line.Length
                            && (OnFirstPage(text, line) || (e == 0 && e + 1 < page.Count && page[e + 1].Top && char.IsLower(text[page[e + 1].Start])
                                && EndsMidSentence(text, keyed[number - 2]))))
                        || UnJobNumber.IsLine(line)
                        || (e > 0 && UnJobNumber.IsPrintDateUnder(line, text.AsSpan(page[e - 1].Start, page[e - 1].End - page[e - 1].Start))));
                if (furniture)
                {
                    masked ??= text.ToCharArray();
                    Array.Fill(masked, ' ', start, end - start);
                    blanked++;
                }
            }
        }

        return masked is null ? (text, 0, pagesWithText) : (new string(masked), blanked, pagesWithText);
    }

    /// <summary>How much of the first page is searched for the document's own symbol: a UN document prints it in its header
    /// block. Bounds the search, which runs for each symbol line at a page's top, to linear time.</summary>
    private const int FirstPageHeaderChars = 2000;

    // Whether the first page's header (up to the first form feed, at most FirstPageHeaderChars) holds the symbol as a whole
    // word: a UN document prints its own symbol there, while a list of documents in an annex, one symbol a line, prints other
    // symbols at its pages' tops.
    private static bool OnFirstPage(string text, ReadOnlySpan<char> symbol)
    {
        int pageEnd = text.IndexOf('\f', StringComparison.Ordinal);
        var header = text.AsSpan(0, Math.Min(pageEnd < 0 ? text.Length : pageEnd, FirstPageHeaderChars));
        int from = 0;
        while (from < header.Length)
        {
            int found = header[from..].IndexOf(symbol, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            int at = from + found, end = at + symbol.Length;
            if ((at == 0 || char.IsWhiteSpace(header[at - 1]))
                && (end == header.Length || !(char.IsLetterOrDigit(header[end]) || header[end] is '/' or '.' or '-')))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>
    /// The fewest pages a line must recur on with a number that follows the page's: two pages carry "Table 1" and "Table 2",
    /// or "Recommendation 2" and "Recommendation 3", on pages 1 and 2 or 2 and 3 by chance often enough; three rarely.
    /// </summary>
    private const int MinTrackingPages = 3;

    // The first character of a key whose number follows the page's (Keys), and of one of the line's text as it is.
    private const char TrackingKey = '~', ExactKey = '=';

    /// <summary>The most runs of digits of a line that each give it a key (<see cref="Keys"/>).</summary>
    private const int MaxKeyedNumbers = 3;

    // The keys a line recurs by at its edge (top or bottom, each apart): its text, lower case with its spaces collapsed; and
    // for each of its first MaxKeyedNumbers runs of digits, the same text with that run written as its distance from the page's
    // number, so that a running head that carries the page number ("A/HRC/7/78 page 2", "- 3 -", "Página 4 de 12") recurs,
    // while a table's rows or numbered captions, whose figures do not follow the pages, do not.
    private static string[] Keys(ReadOnlySpan<char> line, bool top, bool bottom, int number)
    {
        var text = new StringBuilder(Math.Min(line.Length, MaxLength + 1));
        var runs = new List<(int Start, int Length, long Value)>(MaxKeyedNumbers);
        foreach (char c in line[..Math.Min(line.Length, MaxLength + 1)])
        {
            if (TextNormalizer.IsSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }

                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                if (text.Length > 0 && char.IsAsciiDigit(text[^1]) && runs.Count > 0 && runs[^1].Start + runs[^1].Length == text.Length)
                {
                    var run = runs[^1];
                    runs[^1] = (run.Start, run.Length + 1, run.Length < 9 ? (run.Value * 10) + (c - '0') : run.Value);
                }
                else if (runs.Count < MaxKeyedNumbers)
                {
                    runs.Add((text.Length, 1, c - '0'));
                }
            }

            text.Append(char.ToLowerInvariant(c));
        }

        string plain = text.ToString();
        var keys = new List<string>(2 * (runs.Count + 1));
        foreach (string side in (ReadOnlySpan<string>)[top ? "top|" : "", bottom ? "bottom|" : ""])
        {
            if (side.Length == 0)
            {
                continue;
            }

            keys.Add(ExactKey + side + plain);
            foreach (var (start, length, value) in runs)
            {
                keys.Add(TrackingKey + side + plain[..start] + "#" + (value - number).ToString(System.Globalization.CultureInfo.InvariantCulture) + plain[(start + length)..]);
            }
        }

        return [.. keys];
    }

    // Whether a page's last line of text (past its page number, job number or symbol) ends in mid-sentence.
    private static bool EndsMidSentence(string text, List<(int Start, int End, bool Top, string[] Keys)> page)
    {
        for (int e = page.Count - 1; e >= 0; e--)
        {
            var line = text.AsSpan(page[e].Start, page[e].End - page[e].Start);
            if (!PageNumber.IsMatch(Shape(line)) && !UnJobNumber.IsLine(line) && UnDocumentSymbol.Length(line) != line.Length)
            {
                return !EndsSentence(line);
            }
        }

        return false;
    }

    // A running head or foot does not end a sentence: a line that does ("See document A/70/5.") is a note's or the text's.
    private static bool EndsSentence(ReadOnlySpan<char> line) => line.TrimEnd() is [.., '.' or '!' or '?'] trimmed && !trimmed.EndsWith("..");

    // The value of the first run of digits of a line, or -1: a page number's.
    private static int FirstNumber(ReadOnlySpan<char> line)
    {
        int value = -1;
        for (int i = 0; i < line.Length && value < 100_000; i++)
        {
            if (char.IsAsciiDigit(line[i]))
            {
                value = (Math.Max(value, 0) * 10) + (line[i] - '0');
            }
            else if (value >= 0)
            {
                break;
            }
        }

        return value;
    }

    // The first and last EdgeLines non-blank lines (trimmed) of each page, each with the edge it stands at (a line of a short
    // page may stand at both); pages are separated by form feeds, and a page with no text keeps its place with no lines.
    private static List<List<(int Start, int End, bool Top, bool Bottom)>> EdgesOfPages(string text)
    {
        var pages = new List<List<(int Start, int End, bool Top, bool Bottom)>>();
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

            var edges = new List<(int Start, int End, bool Top, bool Bottom)>();
            for (int k = 0; k < lines.Count; k++)
            {
                bool top = k < EdgeLines, bottom = k >= lines.Count - EdgeLines;
                if (top || bottom)
                {
                    edges.Add((lines[k].Start, lines[k].End, top, bottom));
                }
            }

            pages.Add(edges);
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
