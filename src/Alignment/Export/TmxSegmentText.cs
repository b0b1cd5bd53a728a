namespace Alignment.Export;

/// <summary>What the <c>seg</c> elements of a <see cref="TmxWriter"/> translation memory hold.</summary>
public enum TmxSegmentText
{
    /// <summary>
    /// The original text of each side as OmegaT and Okapi segment a plain-text file: the list bullet kept, the
    /// single line breaks kept, and a source side crossing an empty line cut into one unit per piece (the first
    /// piece carries the whole translation, the others an empty one, as a translator fills a sentence a page break
    /// cut in two).
    /// </summary>
    AsSegmented,

    /// <summary>The sentences' normalized text (single spaces, line-end hyphens joined, bullets dropped), one unit per bead.</summary>
    Normalized,
}
