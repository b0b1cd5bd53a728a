namespace Alignment.Sections;

/// <summary>
/// The sections that delimit alignment blocks. A section of a known kind (a heading family of the language profile:
/// Summary, Prosecution…) is paired by kind and keeps the alignment local; a section under a generic heading (a short
/// title-like line of no family: a press release's headline, a letter's salutation, "Media Center") cannot be paired by
/// kind, so it belongs to the block of the section before it, where its heading is a unit like any other line. Two
/// documents without known headings are one block by nature, which is no fallback.
/// </summary>
internal static class BlockSections
{
    /// <summary>
    /// Two documents that each have this many sections of known kinds are structured by their profile: their generic
    /// sections sit between known ones, where pairing in order is safe, and they keep their blocks (TIP narratives).
    /// </summary>
    private const int StructuredKnownSections = 2;

    /// <summary>The sections of each document that start blocks, and for each section the index of the one whose block it belongs to.</summary>
    public static ((IReadOnlyList<Section> Leaders, int[] LeaderOf) Source, (IReadOnlyList<Section> Leaders, int[] LeaderOf) Target, bool Folded) Of(
        IReadOnlyList<Section> source, IReadOnlyList<Section> target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        bool structured = Known(source) >= StructuredKnownSections && Known(target) >= StructuredKnownSections;
        return (Of(source, fold: !structured), Of(target, fold: !structured), !structured);
    }

    private static int Known(IReadOnlyList<Section> sections) => sections.Count(s => s.Kind != SectionKind.Other);

    /// <summary>The sections that start blocks (the first section and every section of a known kind, or every section when not <paramref name="fold"/>).</summary>
    private static (IReadOnlyList<Section> Leaders, int[] LeaderOf) Of(IReadOnlyList<Section> sections, bool fold)
    {
        var leaders = new List<Section>(sections.Count);
        var leaderOf = new int[sections.Count];
        for (int k = 0; k < sections.Count; k++)
        {
            if (k == 0 || !fold || sections[k].Kind != SectionKind.Other)
            {
                leaders.Add(sections[k]);
            }

            leaderOf[k] = leaders[^1].Index;
        }

        return (leaders, leaderOf);
    }
}
