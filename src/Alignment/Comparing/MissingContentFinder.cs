using static Alignment.Aligning.AlignmentModel;

namespace Alignment.Comparing;

/// <summary>
/// Finds text that one document of a pair has and the other lacks as a whole: a document that stops early
/// (<see cref="FindingKind.Truncated"/>: a run of one-sided beads ends the alignment) and a section on one side
/// only whose sentences all stayed unmatched (<see cref="FindingKind.MissingSection"/>). Both are errors: what
/// is missing is missing, however well the rest aligns. Stateless and thread-safe.
/// </summary>
internal static class MissingContentFinder
{
    /// <summary>
    /// The truncation and missing-section findings of an alignment, in bead order, and the beads they cover (whose
    /// numbers need no finding of their own).
    /// </summary>
    /// <remarks>
    /// Nothing is reported when fewer than half the two-sided beads reach <paramref name="lowConfidence"/>: then
    /// the documents are not a translation pair (a diagnostic says so), and what one lacks says nothing.
    /// </remarks>
    public static (List<Finding> Findings, HashSet<int> CoveredBeads) Find(
        ReportStructure source, ReportStructure target, IReadOnlyList<SectionPair> pairs, IReadOnlyList<Bead> beads, double lowConfidence)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(beads);
        var findings = new List<Finding>();
        var covered = new HashSet<int>();
        int twoSided = beads.Count(b => b.Source.Count > 0 && b.Target.Count > 0);
        if (twoSided == 0 || beads.Count(b => b.Source.Count > 0 && b.Target.Count > 0 && b.Confidence >= lowConfidence) * 2 < twoSided)
        {
            return (findings, covered);
        }

        var sourceSide = new OmissionMessages.Side(LanguageName(source), "source");
        var targetSide = new OmissionMessages.Side(LanguageName(target), "target");

        int tailStart = TruncatedTail(beads, out bool sourceIsLong);
        if (tailStart >= 0)
        {
            findings.Add(TruncationFinding(source, target, beads, tailStart, sourceIsLong, sourceSide, targetSide));
            for (int b = tailStart; b < beads.Count; b++)
            {
                covered.Add(b);
            }
        }

        // Which bead each sentence lies in.
        var sourceBead = new int[source.Sentences.Count];
        var targetBead = new int[target.Sentences.Count];
        foreach (var bead in beads)
        {
            foreach (var s in bead.Source)
            {
                sourceBead[s.Index] = bead.Index;
            }

            foreach (var t in bead.Target)
            {
                targetBead[t.Index] = bead.Index;
            }
        }

        var sourceBodies = source.BodySentencesBySection();
        var targetBodies = target.BodySentencesBySection();
        foreach (var pair in pairs)
        {
            if ((pair.Source is null) == (pair.Target is null))
            {
                continue;
            }

            bool onSource = pair.Source is not null;
            var section = (pair.Source ?? pair.Target)!;
            var body = (onSource ? sourceBodies : targetBodies)[section.Index].ToList();
            var beadOf = onSource ? sourceBead : targetBead;
            if (body.Count < 2 || (tailStart >= 0 && beadOf[body[0].Index] >= tailStart))
            {
                continue;
            }

            int unmatched = body.Count(s => beads[beadOf[s.Index]] is { IsOmission: true } or { IsAddition: true });
            if (unmatched < MinMissingShare * body.Count)
            {
                continue;
            }

            int first = beadOf[body[0].Index];
            string sectionName = OmissionMessages.SectionName(section);
            string message = onSource
                ? OmissionMessages.MissingSection(sourceSide, targetSide, sectionName, body.Count)
                : OmissionMessages.MissingSection(targetSide, sourceSide, sectionName, body.Count);
            var present = Span(onSource ? source : target, section.Start, section.End);
            var position = Position(beads, first, otherIsTarget: onSource);
            findings.Add(new Finding(FindingKind.MissingSection, FindingSeverity.Error, first, message, null, null, null)
            {
                SourceSpan = onSource ? present : position,
                TargetSpan = onSource ? position : present,
            });
            foreach (var s in body)
            {
                covered.Add(beadOf[s.Index]);
            }
        }

        findings.Sort((a, b) => a.BeadIndex.CompareTo(b.BeadIndex));
        return (findings, covered);
    }

    // The first bead of the one-sided run that ends the alignment, when it holds enough body sentences; else -1.
    private static int TruncatedTail(IReadOnlyList<Bead> beads, out bool sourceIsLong)
    {
        // A heading-like stub where the short document was cut may stand among the long one's tail.
        var last = beads.LastOrDefault(b => !IsHeadingOnly(b));
        sourceIsLong = last is { IsOmission: true };
        int start = beads.Count;
        int sentences = 0;
        while (start > 0 && (IsHeadingOnly(beads[start - 1]) || (sourceIsLong ? beads[start - 1].IsOmission : beads[start - 1].IsAddition)))
        {
            start--;
            var side = sourceIsLong ? beads[start].Source : beads[start].Target;
            sentences += side.Count(s => !s.IsHeading);
        }

        while (start < beads.Count && (sourceIsLong ? beads[start].Source : beads[start].Target).Count == 0)
        {
            start++;
        }

        // The other document must have aligned something before it stops, and must stop: when its own unpaired sentences run
        // up to the tail (as many as a truncation's, and half the tail's at least), it goes on with text the aligner could not
        // pair, and the ends of both disagree (a table of contents its extraction shredded), which the one-sided beads show
        // already. A translator's note of three sentences after half a translation is still a truncation.
        int ownBefore = ShortSideSentencesBefore(beads, start, sourceIsLong);
        return sentences >= MinTruncatedSentences && start > 0 && (ownBefore < MinTruncatedSentences || ownBefore * 2 < sentences) ? start : -1;
    }

    // How many sentences of the short side the one-sided beads right before the tail hold.
    private static int ShortSideSentencesBefore(IReadOnlyList<Bead> beads, int tailStart, bool sourceIsLong)
    {
        int sentences = 0;
        for (int b = tailStart - 1; b >= 0 && (beads[b].IsOmission || beads[b].IsAddition); b--)
        {
            sentences += (sourceIsLong ? beads[b].Target : beads[b].Source).Count(s => !s.IsHeading);
        }

        return sentences;
    }

    private static bool IsHeadingOnly(Bead bead) =>
        (bead.IsOmission || bead.IsAddition) && bead.Source.All(s => s.IsHeading) && bead.Target.All(t => t.IsHeading);

    private static Finding TruncationFinding(ReportStructure source, ReportStructure target, IReadOnlyList<Bead> beads, int tailStart, bool sourceIsLong,
        OmissionMessages.Side sourceSide, OmissionMessages.Side targetSide)
    {
        var (longDoc, shortDoc) = sourceIsLong ? (source, target) : (target, source);
        var tail = beads.Skip(tailStart).SelectMany(b => sourceIsLong ? b.Source : b.Target).ToList();

        int start = tail[0].Start;
        int end = longDoc.Sentences[^1].End;
        var sections = longDoc.Sections.Where(s => s.Start >= start && s.HeadingEnd > s.HeadingStart).Select(s => s.Kind.ToString().ToLowerInvariant()).ToList();
        string message = OmissionMessages.Truncated(sourceIsLong ? targetSide : sourceSide, sourceIsLong ? sourceSide : targetSide,
            start, tail.Count(s => !s.IsHeading), end - start, sections);
        var missing = Span(longDoc, start, end);
        var stop = shortDoc.Sentences.Count == 0 ? new DocumentSpan(0, 0, "") : new DocumentSpan(shortDoc.Sentences[^1].End, shortDoc.Sentences[^1].End, "");
        return new Finding(FindingKind.Truncated, FindingSeverity.Error, tailStart, message, null, null, null)
        {
            SourceSpan = sourceIsLong ? missing : stop,
            TargetSpan = sourceIsLong ? stop : missing,
        };
    }

    // Where the missing text would be in the other document: after the last sentence it has before the bead.
    private static DocumentSpan Position(IReadOnlyList<Bead> beads, int bead, bool otherIsTarget)
    {
        for (int b = bead - 1; b >= 0; b--)
        {
            var side = otherIsTarget ? beads[b].Target : beads[b].Source;
            if (side.Count > 0)
            {
                return new DocumentSpan(side[^1].End, side[^1].End, "");
            }
        }

        return new DocumentSpan(0, 0, "");
    }

    private static DocumentSpan Span(ReportStructure document, int start, int end) =>
        new(start, end, OmissionMessages.Excerpt(document.Document.Text[start..end]));

    private static string LanguageName(ReportStructure document) =>
        document.Document.Language.Name;
}
