using Alignment.Comparing;

namespace Alignment.Tests.Comparing;

/// <summary>A comparer's findings on one 1-1 bead of one sentence a side, each side its own text.</summary>
internal static class OneBead
{
    public static IReadOnlyList<Finding> Compare(NumberComparer comparer, string source, string target, SectionKind kind = SectionKind.Other,
        List<NumberComparer.BeadNotCompared>? notCompared = null)
    {
        var bead = new Bead(0, kind,
            [new SentenceSpan(0, 0, 0, source.Length, source, source, false)],
            [new SentenceSpan(0, 0, 0, target.Length, target, target, false)], 1);
        return comparer.Compare([bead], source, target, notCompared: notCompared);
    }
}
