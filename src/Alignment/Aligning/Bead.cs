namespace Alignment;

/// <summary>
/// One aligned unit: zero or more consecutive source sentences matched with zero or more consecutive
/// target sentences (1-1, 2-1, 1-0 …). Every sentence of both documents is in exactly one bead.
/// </summary>
/// <param name="Index">Position of the bead in the alignment, from 0.</param>
/// <param name="Section">The section kind the bead lies in (<see cref="SectionKind.Other"/> in a whole-document fallback).</param>
/// <param name="Source">The source sentences, in document order (empty for an addition).</param>
/// <param name="Target">The target sentences, in document order (empty for an omission).</param>
/// <param name="Confidence">How sure the aligner is that the bead is right, from 0 to 1.</param>
public sealed record Bead(int Index, SectionKind Section, IReadOnlyList<SentenceSpan> Source, IReadOnlyList<SentenceSpan> Target, double Confidence)
{
    private readonly IReadOnlyList<SentenceSpan> _source = ReadOnlyLists.Copy(Source);

    /// <summary>The source sentences, in document order (empty for an addition) (immutable).</summary>
    public IReadOnlyList<SentenceSpan> Source { get => _source; init => _source = ReadOnlyLists.Copy(value); }

    private readonly IReadOnlyList<SentenceSpan> _target = ReadOnlyLists.Copy(Target);

    /// <summary>The target sentences, in document order (empty for an omission) (immutable).</summary>
    public IReadOnlyList<SentenceSpan> Target { get => _target; init => _target = ReadOnlyLists.Copy(value); }

    /// <summary>The bead type: its source and target sentence counts, written <c>1-1</c>, <c>2-1</c>, <c>1-0</c>.</summary>
    public BeadType Type => new(Source.Count, Target.Count);

    /// <summary>Whether a source sentence has no counterpart (1-0).</summary>
    public bool IsOmission => Target.Count == 0;

    /// <summary>Whether a target sentence has no counterpart (0-1).</summary>
    public bool IsAddition => Source.Count == 0;

    /// <summary>
    /// The evidence vector the bead's confidence model read (<c>AlignmentModel.MatchedConfidenceWeights</c> or
    /// <c>UnmatchedConfidenceWeights</c>, in their order), kept only with <see cref="AlignerOptions.KeepConfidenceEvidence"/>;
    /// null for a bead no model scored (a paired heading, a side with no sentences).
    /// </summary>
    internal IReadOnlyList<double>? ConfidenceEvidence { get; init; }
}
