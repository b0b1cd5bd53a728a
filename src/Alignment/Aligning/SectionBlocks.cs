namespace Alignment.Aligning;

/// <summary>A stretch of both documents aligned on its own: a section pair, or the whole documents.</summary>
internal sealed record AlignmentBlock(SectionKind Kind, IReadOnlyList<SentenceSpan> Source, IReadOnlyList<SentenceSpan> Target);

/// <summary>Turns paired sections into blocks of sentences, and block alignments into beads.</summary>
internal static class SectionBlocks
{
    /// <summary>
    /// Blocks to align: one per section pair, an unpaired section joined to the block before it (its sentences
    /// may still find partners there). When too little pairs up, the whole documents form one block.
    /// </summary>
    public static List<AlignmentBlock> Build(ReportStructure source, ReportStructure target, IReadOnlyList<SectionPair> pairs, List<Diagnostic> diagnostics)
    {
        // One pass over each document's sentences; per-section filtering would be sections × sentences.
        var sourceBySection = source.Sentences.ToLookup(s => s.SectionIndex);
        var targetBySection = target.Sentences.ToLookup(s => s.SectionIndex);
        int pairedSource = 0, pairedTarget = 0, paired = 0;
        foreach (var pair in pairs)
        {
            if (pair.Source is not null && pair.Target is not null)
            {
                paired++;
                pairedSource += sourceBySection[pair.Source.Index].Count();
                pairedTarget += targetBySection[pair.Target.Index].Count();
            }
        }

        bool structured = paired >= 2 && pairedSource * 2 >= source.Sentences.Count && pairedTarget * 2 >= target.Sentences.Count;
        if (!structured)
        {
            diagnostics.Add(Messages.WholeDocumentFallback());
            return [new AlignmentBlock(SectionKind.Other, source.Sentences, target.Sentences)];
        }

        var blocks = new List<(SectionKind Kind, List<SentenceSpan> Source, List<SentenceSpan> Target)>();
        foreach (var pair in pairs)
        {
            var s = pair.Source is null ? [] : sourceBySection[pair.Source.Index].ToList();
            var t = pair.Target is null ? [] : targetBySection[pair.Target.Index].ToList();
            if (pair.Source is null || pair.Target is null)
            {
                diagnostics.Add(Messages.UnpairedSection(pair.Kind, pair.Source?.Heading ?? pair.Target?.Heading, pair.Source is null ? "source" : "target", joined: blocks.Count > 0));
                if (blocks.Count > 0)
                {
                    blocks[^1].Source.AddRange(s);
                    blocks[^1].Target.AddRange(t);
                    continue;
                }
            }

            blocks.Add((pair.Kind, s, t));
        }

        return blocks.Select(b => new AlignmentBlock(b.Kind, b.Source, b.Target)).ToList();
    }

    /// <summary>Aligns every block and numbers the beads in document order. Paired headings form their own 1-1 bead.</summary>
    public static List<Bead> AlignAll(BlockAligner aligner, IReadOnlyList<AlignmentBlock> blocks)
    {
        var headings = new List<(SentenceSpan Source, SentenceSpan Target)?>();
        var bodies = new List<(IReadOnlyList<SentenceSpan> Source, IReadOnlyList<SentenceSpan> Target)>();
        foreach (var block in blocks)
        {
            if (block.Source is [{ IsHeading: true } sh, ..] && block.Target is [{ IsHeading: true } th, ..])
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

        var plans = aligner.Align(bodies.Select(b => (Units(b.Source), Units(b.Target))).ToList());
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
                    plan.Confidence));
            }
        }

        return beads;
    }

    private static IReadOnlyList<AlignmentUnit> Units(IReadOnlyList<SentenceSpan> sentences) =>
        sentences.Select(s => new AlignmentUnit(s.NormalizedText, s.IsHeading)).ToList();

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
