namespace Alignment;

/// <summary>What to look for in a <see cref="ConcordanceIndex"/>.</summary>
/// <param name="Text">
/// The query in Lucene's classic syntax: words (all must occur, in either language), <c>"a phrase"</c>,
/// <c>OR</c>, <c>-word</c>, <c>prefix*</c>. Words are analysed like the indexed text, so <c>víctima</c>
/// matches <c>víctimas</c> and the OCR'd <c>victimas</c>.
/// </param>
/// <param name="Language">Search only this language's side (<see cref="Alignment.Language.Spanish"/>, <see cref="Alignment.Language.English"/>); <see langword="null"/> searches every language.</param>
/// <param name="Section">Only beads in sections of this kind, or <see langword="null"/> for all.</param>
/// <param name="Top">At most this many hits, best first.</param>
public sealed record ConcordanceQuery(string Text, Language? Language = null, SectionKind? Section = null, int Top = 10);

/// <summary>A stretch of a side's text that matched the query. Offsets are UTF-16 code units into <see cref="ConcordanceSide.Text"/>, end exclusive.</summary>
/// <param name="Start">First character of the hit.</param>
/// <param name="End">End of the hit (exclusive).</param>
public readonly record struct HighlightSpan(int Start, int End);

/// <summary>One language's side of a bead as stored in the index.</summary>
/// <param name="Language">ISO 639-1 code of the side.</param>
/// <param name="Text">The bead's sentences on this side (normalized text, joined by single spaces); empty for the missing side of a 1-0 or 0-1 bead.</param>
/// <param name="Start">Start offset of the side in its original document, or -1 when the side is empty.</param>
/// <param name="End">End offset of the side in its original document (exclusive), or -1 when the side is empty.</param>
/// <param name="Highlights">Where the query's terms occur in <paramref name="Text"/>, in order, not overlapping.</param>
public sealed record ConcordanceSide(string Language, string Text, int Start, int End, IReadOnlyList<HighlightSpan> Highlights)
{
    private readonly IReadOnlyList<HighlightSpan> _highlights = ReadOnlyLists.Copy(Highlights);

    /// <summary>Where the query's terms occur in <see cref="Text"/>, in order, not overlapping (immutable).</summary>
    public IReadOnlyList<HighlightSpan> Highlights { get => _highlights; init => _highlights = ReadOnlyLists.Copy(value); }

    /// <summary>The text with every highlight wrapped in <paramref name="open"/> and <paramref name="close"/>, e.g. <c>«víctimas»</c>.</summary>
    public string Highlighted(string open = "«", string close = "»")
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(close);
        var builder = new System.Text.StringBuilder(Text.Length + Highlights.Count * (open.Length + close.Length));
        int at = 0;
        foreach (var h in Highlights)
        {
            builder.Append(Text, at, h.Start - at).Append(open).Append(Text, h.Start, h.End - h.Start).Append(close);
            at = h.End;
        }

        return builder.Append(Text, at, Text.Length - at).ToString();
    }
}

/// <summary>One bead found in a <see cref="ConcordanceIndex"/>, with both sides.</summary>
/// <param name="PairName">The document pair's name, e.g. <c>002_….txt ↔ 000_….txt</c>.</param>
/// <param name="PairId">The stable id of the pair (a hash of both files' full paths).</param>
/// <param name="Section">The section kind the bead lies in.</param>
/// <param name="BeadIndex">The bead's position in its pair's alignment.</param>
/// <param name="BeadType">The bead type, e.g. <c>1-1</c>, <c>2-1</c>.</param>
/// <param name="Confidence">The aligner's confidence in the bead, from 0 to 1.</param>
/// <param name="Score">Lucene's relevance score; only meaningful relative to other hits of the same search.</param>
/// <param name="Source">The source (original) side.</param>
/// <param name="Target">The target (translation) side.</param>
public sealed record ConcordanceHit(
    string PairName,
    string PairId,
    SectionKind Section,
    int BeadIndex,
    BeadType BeadType,
    double Confidence,
    float Score,
    ConcordanceSide Source,
    ConcordanceSide Target);

/// <summary>The outcome of a search: the best hits and how many beads matched in all.</summary>
/// <param name="Hits">The best hits, best first.</param>
/// <param name="TotalHits">How many beads matched, of which <paramref name="Hits"/> are the best.</param>
public sealed record ConcordanceResults(IReadOnlyList<ConcordanceHit> Hits, int TotalHits)
{
    private readonly IReadOnlyList<ConcordanceHit> _hits = ReadOnlyLists.Copy(Hits);

    /// <summary>The best hits, best first (immutable).</summary>
    public IReadOnlyList<ConcordanceHit> Hits { get => _hits; init => _hits = ReadOnlyLists.Copy(value); }
}
