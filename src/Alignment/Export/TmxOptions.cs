namespace Alignment.Export;

/// <summary>Settings of <see cref="TmxWriter"/>. Immutable.</summary>
public sealed record TmxOptions
{
    /// <summary>The defaults: unmatched beads left out.</summary>
    public static TmxOptions Default { get; } = new();

    /// <summary>
    /// Whether omissions (1-0) and additions (0-1) are written. When kept, the missing side is an empty
    /// <c>seg</c> and the unit carries <c>&lt;prop type="x-unmatched"&gt;omission&lt;/prop&gt;</c> (or <c>addition</c>),
    /// so every <c>tu</c> still has one <c>tuv</c> per language. Off by default: a translation memory
    /// should not learn that a sentence translates to nothing.
    /// </summary>
    public bool KeepUnmatched { get; init; }

    /// <summary>
    /// How the header's <c>x-source-document</c> and <c>x-target-document</c> name the documents: the file name by
    /// default, since translation memories are sent to clients; <see cref="DocumentPathStyle.FullPath"/> on request.
    /// </summary>
    public DocumentPathStyle DocumentPaths { get; init; }

    /// <summary>
    /// What each <c>seg</c> holds: by default <see cref="TmxSegmentText.AsSegmented"/>, the original text as a CAT tool
    /// segments the document, so the memory fills the translator's segments; <see cref="TmxSegmentText.Normalized"/>
    /// for the normalized sentences (one unit per bead, single spaces, bullets left out).
    /// </summary>
    public TmxSegmentText Text { get; init; }
}
