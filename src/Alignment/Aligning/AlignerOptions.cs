using Alignment.Aligning;

namespace Alignment;

/// <summary>Settings of the sentence aligner. Immutable; the defaults (with their sources in the internal <c>AlignmentModel</c>) are the measured best.</summary>
public sealed record AlignerOptions
{
    /// <summary>The default options.</summary>
    public static AlignerOptions Default { get; } = new();

    /// <summary>Half-width of the initial search band around the diagonal, in sentences; it doubles when the path touches its edge.</summary>
    public int InitialBand { get; init; } = AlignmentModel.InitialBand;

    /// <summary>Weight of the Gale–Church length cost.</summary>
    public double LengthWeight { get; init; } = AlignmentModel.LengthWeight;

    /// <summary>Weight of the lexical (shared-token) cost.</summary>
    public double LexicalWeight { get; init; } = AlignmentModel.LexicalWeight;

    /// <summary>The similarity an unmatched (1-0, 0-1) sentence is charged as missing, in [0, 1].</summary>
    public double UnmatchedSimilarity { get; init; } = AlignmentModel.UnmatchedSimilarity;

    /// <summary>Whether to learn a lexicon from a first pass over the pair and align again (as hunalign's realign does).</summary>
    public bool LearnLexicon { get; init; } = true;

    /// <summary>
    /// Whether results carry an <see cref="AlignmentExplanation"/> (<see cref="BitextResult.Explanation"/>): what each aligning
    /// stage did. Off by default: it keeps every stage's output alive until the result is dropped.
    /// </summary>
    public bool Explain { get; init; }

    /// <summary>The default of <see cref="LowConfidence"/>: 0.5, where a bead's confidence says it is as likely wrong as right.</summary>
    public const double DefaultLowConfidence = AlignmentModel.LowConfidence;

    /// <summary>Beads with a confidence below this are listed as low-confidence.</summary>
    public double LowConfidence { get; init; } = DefaultLowConfidence;

    /// <summary>
    /// Extra bilingual word pairs, used on top of the bundled lexicon (and as the only lexicon of a language pair
    /// without one); <see langword="null"/> for none.
    /// </summary>
    public BilingualDictionary? Dictionary { get; init; }

    /// <summary>
    /// Whether each aligned bead keeps the evidence its confidence was computed from (<see cref="Bead.ConfidenceEvidence"/>):
    /// for the confidence model's fit (<c>benchmarks/Alignment.Benchmarks</c>, command <c>confidence</c>), off otherwise.
    /// </summary>
    internal bool KeepConfidenceEvidence { get; init; }

    /// <summary>
    /// Whether a short pair also meets through the general-vocabulary lexicon (AlignmentModel.GeneralLexiconMaxSentences).
    /// Archive pairing turns it off: general words make two short texts of one genre (two years' Human Rights Day
    /// statements) look like translations of each other.
    /// </summary>
    internal bool GeneralLexicon { get; init; } = true;
}
