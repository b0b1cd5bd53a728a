namespace Alignment.Aligning;

/// <summary>
/// Every tuned constant of the sentence aligner in one place, each with where its value comes from.
/// "Dev" means the Text+Berg <c>dev</c> file and the dev split of the seed stress set
/// (<c>tests/Alignment.Tests/Aligning/StressSet.cs</c>); nothing here was tuned on a test split.
/// </summary>
internal static class AlignmentModel
{
    /// <summary>
    /// Prior probabilities of the bead types the DP takes in one move (1-0 and 0-1 are gap moves, below).
    /// Gale and Church (1993), table 5, with their 1-0/0-1 mass (0.01) moved to the gap moves, and 2-2/3-1/1-3
    /// as in hunalign's defaults.
    /// </summary>
    public static readonly (int Source, int Target, double Probability)[] BeadPriors =
    [
        (1, 1, 0.89),
        (2, 1, 0.0445),
        (1, 2, 0.0445),
        (2, 2, 0.011),
        (3, 1, 0.002),
        (1, 3, 0.002),
    ];

    /// <summary>The most sentences one side of a bead takes.</summary>
    public const int MaxBeadSide = 3;

    /// <summary>
    /// Cost of opening a run of unmatched sentences (1-0 or 0-1 beads): −log 0.005, Gale and Church's prior for
    /// a single deletion, plus the lexical charge of an unmatched sentence (<see cref="AlignerOptions.UnmatchedSimilarity"/>
    /// × <see cref="AlignerOptions.LexicalWeight"/>) once per run. Affine gaps as in Gotoh (1982); tuned on dev.
    /// </summary>
    public static readonly double GapOpen = Tuning("GapOpen", 3.5);

    /// <summary>
    /// Cost of each sentence in a run of unmatched sentences. Cheaper than opening, so a dropped paragraph is
    /// one run of 1-0 beads instead of a drift of wrong 1-1 and 2-1 beads; tuned on dev.
    /// </summary>
    public static readonly double GapExtend = Tuning("GapExtend", 3.5);

    /// <summary>An unmatched sentence costs this much more per character (long omissions are rarer than stray fragments).</summary>
    public static readonly double GapPerChar = Tuning("GapPerChar", 1.0 / 150);

    /// <summary>Cap of the per-character part of an unmatched sentence's cost.</summary>
    public static readonly double GapLengthCap = Tuning("GapLengthCap", 2.5);

    /// <summary>A key is rare enough to anchor on when it occurs in at most this many sentences on each side (Moore 2002 uses hapaxes; 2 lets a name recur once).</summary>
    public const int AnchorMaxKeyFrequency = 2;

    /// <summary>An anchor's least similarity (weighted share of tokens matched); tuned on dev.</summary>
    public static readonly double AnchorMinSimilarity = Tuning("AnchorMinSimilarity", 0.5);

    /// <summary>How much an anchor's similarity must beat the next candidate's; tuned on dev.</summary>
    public static readonly double AnchorMargin = Tuning("AnchorMargin", 0.15);

    /// <summary>
    /// The widest half-band the search may grow to (sentences either side of the diagonal): a dropped page is
    /// well within it, and it bounds time and memory on pairs that do not match at all.
    /// </summary>
    public const int MaxBandWidth = 160;

    /// <summary>
    /// Memory budget of the search's back-pointers, in band cells per input character (2 bytes a cell):
    /// keeps the aligner's memory linear in the input, below 8 bytes per character, on pairs of any shape.
    /// </summary>
    public const double BandCellsPerChar = 2.0;

    /// <summary>
    /// Similarity of a bead whose sentences have no content token at all (numbers and names included):
    /// neutral, between unrelated (about 0.1) and matched (above 0.4) sentences; from the seed pair's headings.
    /// </summary>
    public static readonly double EmptySimilarity = Tuning("EmptySimilarity", 0.3);

    /// <summary>
    /// Neighbours either side of a bead whose similarity the confidence compares with the bead's own
    /// (a margin, as in Artetxe and Schwenk 2019 and Bertalign): a wrong bead usually has a better partner next door.
    /// </summary>
    public const int ConfidenceWindow = 3;

    /// <summary>Confidence logit: weight of the bead's similarity above <see cref="ConfidenceCenter"/>; fitted on the dev stress set.</summary>
    public static readonly double ConfidenceSimilarityWeight = Tuning("ConfidenceSimilarityWeight", 8.0);

    /// <summary>Confidence logit: similarity at which a bead with no better neighbour is a toss-up; fitted on the dev stress set.</summary>
    public static readonly double ConfidenceCenter = Tuning("ConfidenceCenter", 0.2);

    /// <summary>Confidence logit: weight of the margin over the best neighbouring pairing; fitted on the dev stress set.</summary>
    public static readonly double ConfidenceMarginWeight = Tuning("ConfidenceMarginWeight", 6.0);

    /// <summary>Confidence logit: weight of the Gale–Church length cost (an implausible length pulls down).</summary>
    public static readonly double ConfidenceLengthWeight = Tuning("ConfidenceLengthWeight", 0.15);

    /// <summary>
    /// Confidence of an unmatched sentence: a toss-up when its best neighbour on the other side has this
    /// similarity, surer the less it resembles any; fitted on the dev stress set.
    /// </summary>
    public static readonly double UnmatchedCenter = Tuning("UnmatchedCenter", 0.35);

    /// <summary>Confidence logit slope of an unmatched sentence (see <see cref="UnmatchedCenter"/>).</summary>
    public static readonly double UnmatchedSlope = Tuning("UnmatchedSlope", 10.0);

    // TEMPORARY tuning hook, removed before merge.
    private static double Tuning(string name, double value) =>
        Environment.GetEnvironmentVariable("ALIGN_" + name) is { } text ? double.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : value;
}
