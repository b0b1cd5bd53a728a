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
    /// Cost of opening a run of unmatched sentences (1-0 or 0-1 beads), added to the lexical charge of an unmatched
    /// sentence (<see cref="AlignerOptions.UnmatchedSimilarity"/> × <see cref="AlignerOptions.LexicalWeight"/>) once per run.
    /// Affine gaps as in Gotoh (1982); started from Gale and Church's −log 0.005 = 5.3 for one deletion, 3.5 on dev.
    /// </summary>
    public const double GapOpen = 3.5;

    /// <summary>
    /// Cost of each sentence in a run of unmatched sentences, as a share of <see cref="AlignerOptions.LexicalWeight"/>.
    /// Cheaper than opening, so a dropped paragraph is one run of 1-0 beads instead of a drift of wrong 1-1 and 2-1
    /// beads; above one half, so a 1-0 and a 0-1 together cost more than one 1-1 bead of unrelated sentences (below
    /// one half, runs of gaps swallow loose translations). 0.75 tuned on dev (Text+Berg dev 0.816 strict F1, 0.809 at 0.58).
    /// </summary>
    public const double GapExtendShare = 0.75;

    /// <summary>An unmatched sentence costs this much more per character (long omissions are rarer than stray fragments).</summary>
    public const double GapPerChar = 1.0 / 150;

    /// <summary>Cap of the per-character part of an unmatched sentence's cost.</summary>
    public const double GapLengthCap = 2.5;

    /// <summary>A key is rare enough to anchor on when it occurs in at most this many sentences on each side (Moore 2002 uses hapaxes; 2 lets a name recur once).</summary>
    public const int AnchorMaxKeyFrequency = 2;

    /// <summary>An anchor's least similarity (weighted share of tokens matched); tuned on dev.</summary>
    public const double AnchorMinSimilarity = 0.5;

    /// <summary>How much an anchor's similarity must beat the next candidate's; tuned on dev.</summary>
    public const double AnchorMargin = 0.15;

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
    public const double EmptySimilarity = 0.3;

    /// <summary>
    /// Neighbours either side of a bead whose similarity the confidence compares with the bead's own
    /// (a margin, as in Artetxe and Schwenk 2019 and Bertalign): a wrong bead usually has a better partner next door.
    /// </summary>
    public const int ConfidenceWindow = 3;

    /// <summary>Confidence logit: weight of the bead's similarity above <see cref="ConfidenceCenter"/>; set by hand and checked on the dev stress set (calibration figures in the issue 10 note).</summary>
    public const double ConfidenceSimilarityWeight = 8.0;

    /// <summary>Confidence logit: similarity at which a bead with no better neighbour is a toss-up; set by hand and checked on the dev stress set (calibration figures in the issue 10 note).</summary>
    public const double ConfidenceCenter = 0.2;

    /// <summary>Confidence logit: weight of the margin over the best neighbouring pairing; set by hand and checked on the dev stress set (calibration figures in the issue 10 note).</summary>
    public const double ConfidenceMarginWeight = 6.0;

    /// <summary>Confidence logit: weight of the Gale–Church length cost (an implausible length pulls down).</summary>
    public const double ConfidenceLengthWeight = 0.15;

    /// <summary>
    /// Confidence of an unmatched sentence: a toss-up when its best neighbour on the other side has this
    /// similarity, surer the less it resembles any; set by hand and checked on the dev stress set (calibration figures in the issue 10 note).
    /// </summary>
    public const double UnmatchedCenter = 0.35;

    /// <summary>Confidence logit slope of an unmatched sentence (see <see cref="UnmatchedCenter"/>).</summary>
    public const double UnmatchedSlope = 10.0;
}
