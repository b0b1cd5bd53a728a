using System.Collections.Concurrent;
using Alignment.Aligning;
using Alignment.Comparing;
using Alignment.Languages;

namespace Alignment;

/// <summary>
/// The last stage every entry point shares: the whole-text findings (truncation, missing sections, partial omissions)
/// joined with the number findings, so that a door into the aligner (reports, segments, lines) cannot skip one of them.
/// Thread-safe: the partial-omission finders are built once per language pair and shared.
/// </summary>
internal static class FindingsStage
{
    private static readonly ConcurrentDictionary<(LanguageProfile, LanguageProfile), PartialOmissionFinder> PartialFinders = new();

    /// <summary>The partial-omission finder of a language pair with language data on both sides.</summary>
    public static PartialOmissionFinder PartialFinder(LanguageProfile source, LanguageProfile target) =>
        PartialFinders.GetOrAdd((source, target), key => new PartialOmissionFinder(key.Item1, key.Item2));

    /// <summary>
    /// Every finding of an alignment in bead order: missing content and partial omissions, then the number findings
    /// not already covered by a missing-content finding.
    /// </summary>
    public static List<Finding> Complete(
        ReportStructure source, ReportStructure target, IReadOnlyList<SectionPair> pairs, IReadOnlyList<Bead> beads,
        IEnumerable<Finding> numberFindings, IEnumerable<Finding> partialOmissions, double lowConfidence)
    {
        var (missing, covered) = MissingContentFinder.Find(source, target, pairs, beads, lowConfidence);
        return Merge(
            numberFindings.Where(f => !(f.Kind == FindingKind.UnalignedNumber && covered.Contains(f.BeadIndex))),
            missing.Concat(partialOmissions));
    }

    // Findings of every kind in bead order; within a bead, the whole-text findings first, then the numbers.
    private static List<Finding> Merge(IEnumerable<Finding> numbers, IEnumerable<Finding> text) =>
        text.Select(f => (Finding: f, Order: 0)).Concat(numbers.Select(f => (Finding: f, Order: 1)))
            .OrderBy(x => x.Finding.BeadIndex).ThenBy(x => x.Order)
            .Select(x => x.Finding).ToList();
}
