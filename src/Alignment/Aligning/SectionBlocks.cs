using static Alignment.Aligning.AlignmentModel;
namespace Alignment.Aligning;

/// <summary>A stretch of both documents aligned on its own: a section pair, or the whole documents.</summary>
internal sealed record AlignmentBlock(SectionKind Kind, IReadOnlyList<SentenceSpan> Source, IReadOnlyList<SentenceSpan> Target)
{
    /// <summary>
    /// Whether two generic headings (<see cref="SectionKind.Other"/>) that open the block are paired as its first bead, as
    /// sections paired by order are; when generic headings were folded into blocks (<see cref="Sections.BlockSections"/>),
    /// the aligner pairs them on evidence like any other unit ("Media Center" is no counterpart of "Discursos").
    /// </summary>
    public bool GenericHeadingsPaired { get; init; } = true;
}

/// <summary>Turns paired sections into blocks of sentences, and block alignments into beads.</summary>
internal static class SectionBlocks
{
    /// <summary>
    /// Blocks to align: one per section pair, an unpaired section joined to the block before it (its sentences
    /// may still find partners there). When too little pairs up, the whole documents form one block.
    /// </summary>
    /// <remarks>
    /// The sections paired are block leaders (<see cref="Sections.BlockSections"/>): a sentence belongs to the block of its
    /// section's leader (<paramref name="sourceLeaderOf"/>, <paramref name="targetLeaderOf"/>; <see langword="null"/>: its own section).
    /// </remarks>
    public static List<AlignmentBlock> Build(ReportStructure source, ReportStructure target, IReadOnlyList<SectionPair> pairs, List<Diagnostic> diagnostics,
        int[]? sourceLeaderOf, int[]? targetLeaderOf, bool folded = false)
    {
        // One pass over each document's sentences; per-section filtering would be sections × sentences.
        var sourceBySection = source.Sentences.ToLookup(s => sourceLeaderOf is null ? s.SectionIndex : sourceLeaderOf[s.SectionIndex]);
        var targetBySection = target.Sentences.ToLookup(s => targetLeaderOf is null ? s.SectionIndex : targetLeaderOf[s.SectionIndex]);
        int sourceBlocks = sourceLeaderOf is null ? source.Sections.Count : sourceLeaderOf.Distinct().Count();
        int targetBlocks = targetLeaderOf is null ? target.Sections.Count : targetLeaderOf.Distinct().Count();
        int pairedSource = 0, pairedTarget = 0, paired = 0, lastPaired = -1;
        for (int k = 0; k < pairs.Count; k++)
        {
            var pair = pairs[k];
            if (pair.Source is not null && pair.Target is not null)
            {
                paired++;
                lastPaired = k;
                pairedSource += sourceBySection[pair.Source.Index].Count();
                pairedTarget += targetBySection[pair.Target.Index].Count();
            }
        }

        // Sections of one side after the last pair are what a truncated document lacks: they say nothing about
        // whether the sections that both sides have were found right, so they do not count against pairing.
        var (tailSource, tailTarget) = OneSidedTail(pairs, lastPaired, sourceBySection, targetBySection);
        bool structured = paired >= 2
            && pairedSource * 2 >= source.Sentences.Count - tailSource
            && pairedTarget * 2 >= target.Sentences.Count - tailTarget;
        if (!structured)
        {
            // Two documents without headings (a letter, a press release, one line each) are one block by nature: the
            // warning is for structure that was there and could not be paired.
            if (sourceBlocks > 1 || targetBlocks > 1)
            {
                diagnostics.Add(Messages.WholeDocumentFallback());
            }

            return [new AlignmentBlock(SectionKind.Other, source.Sentences, target.Sentences) { GenericHeadingsPaired = !folded }];
        }

        bool truncatedTail = (tailSource > 0 || tailTarget > 0) && EndsShort(pairs, lastPaired, tailSource > 0);
        var blocks = new List<(SectionKind Kind, List<SentenceSpan> Source, List<SentenceSpan> Target)>();
        int lastPairedBlock = -1;
        for (int k = 0; k < pairs.Count; k++)
        {
            var pair = pairs[k];
            var s = pair.Source is null ? [] : sourceBySection[pair.Source.Index].ToList();
            var t = pair.Target is null ? [] : targetBySection[pair.Target.Index].ToList();
            if (pair.Source is null || pair.Target is null)
            {
                // The tail of the longer document after the other one stopped is left on its own (all 1-0 or 0-1):
                // joined to the last pair, the aligner would spread the short side's last sentences over it.
                bool joined = blocks.Count > 0 && !(truncatedTail && k > lastPaired);
                diagnostics.Add(Messages.UnpairedSection(pair.Kind.ToString().ToLowerInvariant(), pair.Source?.Heading ?? pair.Target?.Heading, pair.Source is null ? "source" : "target", joined));
                if (joined)
                {
                    blocks[^1].Source.AddRange(s);
                    blocks[^1].Target.AddRange(t);
                    continue;
                }
            }

            if (k == lastPaired)
            {
                lastPairedBlock = blocks.Count;
            }

            blocks.Add((pair.Kind, s, t));
        }

        if (truncatedTail)
        {
            SplitWhereShortSideStops(blocks, lastPairedBlock, tailSource > 0, Ratio(pairs, lastPaired));
        }
        else if (lastPairedBlock == blocks.Count - 1 && lastPairedBlock > 0 && ShortSideOfLastBlock(blocks) is ({ } sourceIsLong, double ratio))
        {
            // Both documents reach the last section, but one stops well inside it: cut where the short side's length reaches,
            // at the ratio that found it short.
            SplitWhereShortSideStops(blocks, lastPairedBlock, sourceIsLong, ratio);
        }

        return blocks.Select(b => new AlignmentBlock(b.Kind, b.Source, b.Target) { GenericHeadingsPaired = !folded }).ToList();
    }

    /// <summary>
    /// Whether the last block's source (true) or target (false) is the long side of a document that stops inside
    /// it: the other side is less than <see cref="MaxLastBlockShortfall"/> of its expected length, at the length
    /// ratio of the blocks before (returned with it). <see langword="null"/> when the block is in proportion.
    /// </summary>
    private static (bool? SourceIsLong, double Ratio) ShortSideOfLastBlock(List<(SectionKind Kind, List<SentenceSpan> Source, List<SentenceSpan> Target)> blocks)
    {
        double source = 0, target = 0;
        for (int b = 0; b < blocks.Count - 1; b++)
        {
            if (blocks[b].Source.Count > 0 && blocks[b].Target.Count > 0)
            {
                source += Length(blocks[b].Source);
                target += Length(blocks[b].Target);
            }
        }

        var last = blocks[^1];
        if (source == 0 || target == 0 || last.Source.Count == 0 || last.Target.Count == 0)
        {
            return (null, 1);
        }

        // The blocks before are the ratio's evidence only as far as their length goes: a title page of eight short lines
        // (a web page's labels against a UN document's header) says little, so the ratio starts from 1 as if
        // TruncationRatioPriorLength characters had been seen at it.
        double ratio = (target + TruncationRatioPriorLength) / (source + TruncationRatioPriorLength);
        double lastSource = Length(last.Source), lastTarget = Length(last.Target);
        bool? sourceIsLong = lastTarget < lastSource * ratio * MaxLastBlockShortfall ? true
            : lastSource * ratio < lastTarget * MaxLastBlockShortfall ? false
            : null;
        return (sourceIsLong, ratio);
    }

    private static double Length(List<SentenceSpan> sentences) => sentences.Sum(s => (double)s.NormalizedText.Length);

    /// <summary>
    /// In the block where the short document stops, the long side's sentences past the point the short side's
    /// length reaches (at the pair's length ratio, plus <see cref="TruncationSlack"/>) become a block of their own:
    /// the aligner then has the short side's last sentences to match near where they belong, and the rest stays
    /// unmatched instead of being spread over them.
    /// </summary>
    private static void SplitWhereShortSideStops(List<(SectionKind Kind, List<SentenceSpan> Source, List<SentenceSpan> Target)> blocks,
        int index, bool sourceIsLong, double ratio)
    {
        var (kind, source, target) = blocks[index];
        var (longSide, shortSide) = sourceIsLong ? (source, target) : (target, source);
        double shortLength = shortSide.Sum(s => (double)s.NormalizedText.Length);
        double reach = (sourceIsLong ? shortLength / ratio : shortLength * ratio) * (1 + TruncationSlack);
        double length = 0;
        int keep = 0;
        while (keep < longSide.Count && length < reach)
        {
            length += longSide[keep++].NormalizedText.Length;
        }

        if (keep >= longSide.Count)
        {
            return;
        }

        var rest = longSide.GetRange(keep, longSide.Count - keep);
        longSide.RemoveRange(keep, longSide.Count - keep);
        blocks.Insert(index + 1, sourceIsLong ? (kind, rest, []) : (kind, [], rest));
    }

    /// <summary>
    /// Whether the document without a tail ends short: its last paired section is no longer than its counterpart
    /// (at the length ratio of the other pairs) times <see cref="MaxTruncatedSectionStretch"/>.
    /// A last section that is much longer has swallowed the sections its headings failed to mark; then the
    /// tail is joined to it, and alignment finds the partners.
    /// </summary>
    private static bool EndsShort(IReadOnlyList<SectionPair> pairs, int lastPaired, bool sourceHasTail)
    {
        double ratio = Ratio(pairs, lastPaired);
        var last = pairs[lastPaired];
        double lastSource = last.Source!.End - last.Source.Start;
        double lastTarget = last.Target!.End - last.Target.Start;
        return sourceHasTail
            ? lastTarget <= lastSource * ratio * MaxTruncatedSectionStretch
            : lastSource * ratio <= lastTarget * MaxTruncatedSectionStretch;
    }

    // Target length over source length of the pairs before the last one (1 when there are none).
    private static double Ratio(IReadOnlyList<SectionPair> pairs, int lastPaired)
    {
        long source = 0, target = 0;
        for (int k = 0; k < lastPaired; k++)
        {
            if (pairs[k] is { Source: { } s, Target: { } t })
            {
                source += s.End - s.Start;
                target += t.End - t.Start;
            }
        }

        return source > 0 && target > 0 ? (double)target / source : 1.0;
    }

    // Sentences in the sections after the last pair, when those sections all lie on one side.
    private static (int Source, int Target) OneSidedTail(IReadOnlyList<SectionPair> pairs, int lastPaired,
        ILookup<int, SentenceSpan> sourceBySection, ILookup<int, SentenceSpan> targetBySection)
    {
        // A heading alone does not make a tail two-sided: a document cut inside a line may end in a heading-like stub.
        int source = 0, target = 0, sourceBody = 0, targetBody = 0;
        for (int k = lastPaired + 1; k < pairs.Count; k++)
        {
            if (pairs[k].Source is { } s)
            {
                source += sourceBySection[s.Index].Count();
                sourceBody += sourceBySection[s.Index].Count(x => !x.IsHeading);
            }

            if (pairs[k].Target is { } t)
            {
                target += targetBySection[t.Index].Count();
                targetBody += targetBySection[t.Index].Count(x => !x.IsHeading);
            }
        }

        return sourceBody > 0 && targetBody > 0 ? (0, 0) : (sourceBody > 0 ? source : 0, targetBody > 0 ? target : 0);
    }

    /// <summary>Aligns every block and numbers the beads in document order. Paired headings form their own 1-1 bead.</summary>
    public static List<Bead> AlignAll(BlockAligner aligner, IReadOnlyList<AlignmentBlock> blocks, CancellationToken cancellationToken = default) =>
        AlignAll(aligner, blocks, cancellationToken, explain: false, out _);

    /// <summary>
    /// As <see cref="AlignAll(BlockAligner, IReadOnlyList{AlignmentBlock}, CancellationToken)"/>; with <paramref name="explain"/>,
    /// <paramref name="explanation"/> says what each aligning stage did (else it is <see langword="null"/>).
    /// </summary>
    public static List<Bead> AlignAll(BlockAligner aligner, IReadOnlyList<AlignmentBlock> blocks, CancellationToken cancellationToken, bool explain,
        out AlignmentExplanation? explanation)
    {
        var headings = new List<(SentenceSpan Source, SentenceSpan Target)?>();
        var bodies = new List<(IReadOnlyList<SentenceSpan> Source, IReadOnlyList<SentenceSpan> Target)>();
        foreach (var block in blocks)
        {
            if (block.Source is [{ IsHeading: true } sh, ..] && block.Target is [{ IsHeading: true } th, ..]
                && (block.Kind != SectionKind.Other || block.GenericHeadingsPaired))
            {
                headings.Add((sh, th));
                bodies.Add((block.Source.Skip(1).ToList(), block.Target.Skip(1).ToList()));
            }
            else
            {
                headings.Add(null);
                bodies.Add((block.Source, block.Target));
            }
        }

        var trace = explain ? new AlignmentTrace() : null;
        var plans = aligner.Align(bodies.Select(b => (Units(b.Source), Units(b.Target))).ToList(), cancellationToken, trace);
        explanation = trace is null ? null : Explain(trace, blocks, headings, bodies);
        var beads = new List<Bead>();
        for (int b = 0; b < blocks.Count; b++)
        {
            if (headings[b] is { } heading)
            {
                beads.Add(new Bead(beads.Count, blocks[b].Kind, [heading.Source], [heading.Target], 1.0));
            }

            foreach (var plan in plans[b])
            {
                beads.Add(new Bead(beads.Count, blocks[b].Kind,
                    Slice(bodies[b].Source, plan.SourceStart, plan.SourceCount),
                    Slice(bodies[b].Target, plan.TargetStart, plan.TargetCount),
                    plan.Confidence) { ConfidenceEvidence = plan.Evidence });
            }
        }

        return beads;
    }

    // The trace's block-relative indexes made sentence indexes of the documents.
    private static AlignmentExplanation Explain(AlignmentTrace trace, IReadOnlyList<AlignmentBlock> blocks,
        List<(SentenceSpan Source, SentenceSpan Target)?> headings, List<(IReadOnlyList<SentenceSpan> Source, IReadOnlyList<SentenceSpan> Target)> bodies)
    {
        var explainedBlocks = new List<ExplainedBlock>(blocks.Count);
        var anchors = new List<SentenceIndexPair>();
        var firstPass = new List<ExplainedBead>();
        for (int b = 0; b < blocks.Count; b++)
        {
            var (source, target) = bodies[b];
            explainedBlocks.Add(new ExplainedBlock(blocks[b].Kind, blocks[b].Source.Count, blocks[b].Target.Count, headings[b] is not null));
            if (b < trace.Anchors.Length)
            {
                anchors.AddRange(trace.Anchors[b].Select(a => new SentenceIndexPair(source[a.I].Index, target[a.J].Index)));
            }

            if (b < trace.FirstPass.Length)
            {
                firstPass.AddRange(trace.FirstPass[b].Select(p => new ExplainedBead(
                    Slice(source, p.SourceStart, p.SourceCount).Select(s => s.Index).ToArray(),
                    Slice(target, p.TargetStart, p.TargetCount).Select(s => s.Index).ToArray())));
            }
        }

        return new AlignmentExplanation(explainedBlocks, anchors,
            trace.LengthModels.Select(m => new ExplainedLengthModel(m.FittedOn, m.Pairs, m.Model.Ratio, m.Model.Variance)).ToList(),
            firstPass, trace.Learned.Select(w => new LearnedWordPair(w.Source, w.Target)).ToList(), trace.SecondPass);
    }

    private static IReadOnlyList<AlignmentUnit> Units(IReadOnlyList<SentenceSpan> sentences) =>
        sentences.Select(s => new AlignmentUnit(s.NormalizedText, s.IsHeading, s.StartsParagraph)).ToList();

    // Indexed copy: a bead takes at most three sentences, wherever it lies in a whole-document block.
    private static SentenceSpan[] Slice(IReadOnlyList<SentenceSpan> sentences, int start, int count)
    {
        var slice = new SentenceSpan[count];
        for (int k = 0; k < count; k++)
        {
            slice[k] = sentences[start + k];
        }

        return slice;
    }
}
