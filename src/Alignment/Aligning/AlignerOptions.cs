namespace Alignment;

/// <summary>Settings of the sentence aligner. Immutable; the defaults are the measured best.</summary>
public sealed record AlignerOptions
{
    /// <summary>The default options.</summary>
    public static AlignerOptions Default { get; } = new();

    /// <summary>Half-width of the initial search band around the diagonal, in sentences; it doubles when the path touches its edge.</summary>
    public int InitialBand { get; init; } = 20;

    /// <summary>Weight of the Gale–Church length cost.</summary>
    public double LengthWeight { get; init; } = 1.0;

    /// <summary>Weight of the lexical (shared-token) cost.</summary>
    public double LexicalWeight { get; init; } = 6.0;

    /// <summary>The similarity an unmatched (1-0, 0-1) sentence is charged as missing, in [0, 1].</summary>
    public double UnmatchedSimilarity { get; init; } = 0.5;

    /// <summary>Whether to learn a lexicon from a first pass over the pair and align again (as hunalign's realign does).</summary>
    public bool LearnLexicon { get; init; } = true;

    /// <summary>
    /// The default of <see cref="LowConfidence"/>, the one place it is written: 0.5 is where a bead's confidence says it is
    /// as likely wrong as right. On the seed stress set's dev split it separates wrong from right beads best
    /// (measured figures in the issue 10 note).
    /// </summary>
    public const double DefaultLowConfidence = 0.5;

    /// <summary>Beads with a confidence below this are listed as low-confidence.</summary>
    public double LowConfidence { get; init; } = DefaultLowConfidence;

    /// <summary>
    /// Extra bilingual word pairs, used on top of the bundled lexicon (and as the only lexicon of a language pair
    /// without one); <see langword="null"/> for none.
    /// </summary>
    public BilingualDictionary? Dictionary { get; init; }
}
