namespace Alignment;

/// <summary>A section of the source paired with the section of the same kind in the target; a side is null when it has no counterpart.</summary>
/// <param name="Kind">The kind both sections share (or the kind of the side that exists).</param>
/// <param name="Source">The source section, or <see langword="null"/>.</param>
/// <param name="Target">The target section, or <see langword="null"/>.</param>
public sealed record SectionPair(SectionKind Kind, Section? Source, Section? Target);
