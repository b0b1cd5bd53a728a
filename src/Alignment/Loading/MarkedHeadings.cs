namespace Alignment.Loading;

/// <summary>
/// The paragraphs a document's markup calls headings (HTML <c>h1</c>–<c>h6</c>, DOCX paragraphs in a heading style or with an
/// outline level), as ranges of its extracted text in order. Plain text and PDF have none. Immutable.
/// </summary>
internal sealed class MarkedHeadings
{
    /// <summary>No marked headings.</summary>
    public static MarkedHeadings None { get; } = new([]);

    private readonly (int Start, int End)[] _ranges;

    /// <param name="ranges">The headings' ranges, in text order, not overlapping.</param>
    public MarkedHeadings(IReadOnlyList<(int Start, int End)> ranges) => _ranges = ranges.ToArray();

    /// <summary>How many headings the markup marks.</summary>
    public int Count => _ranges.Length;

    /// <summary>Whether <c>[start, end)</c> lies within one marked heading.</summary>
    public bool Covers(int start, int end)
    {
        int lo = 0, hi = _ranges.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var (s, e) = _ranges[mid];
            if (start < s)
            {
                hi = mid - 1;
            }
            else if (start >= e)
            {
                lo = mid + 1;
            }
            else
            {
                return end <= e;
            }
        }

        return false;
    }
}
