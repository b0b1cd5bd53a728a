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

    // ---- Defaults of AlignerOptions (a caller may change these per aligner) ----

    /// <summary>
    /// Default half-width of the first search band, in sentences (<see cref="AlignerOptions.InitialBand"/>). The band
    /// doubles whenever the best path touches its edge, up to <see cref="MaxBandWidth"/>, so this only sets where the search
    /// starts: a few paragraphs either side of the diagonal. Set by hand, not tuned.
    /// </summary>
    public const int InitialBand = 20;

    /// <summary>Default weight of the Gale–Church length cost (<see cref="AlignerOptions.LengthWeight"/>): the unit the other weights are set against.</summary>
    public const double LengthWeight = 1.0;

    /// <summary>
    /// Default weight of the lexical cost (<see cref="AlignerOptions.LexicalWeight"/>): (1 − similarity) × this. Set on the seed pair in the
    /// first version, so that shared words outweigh a length mismatch of about two standard deviations; the dev tuning of the gap costs
    /// (<see cref="GapOpen"/>, <see cref="GapExtendShare"/>) was done with it.
    /// </summary>
    public const double LexicalWeight = 6.0;

    /// <summary>
    /// Default similarity an unmatched sentence is charged as missing (<see cref="AlignerOptions.UnmatchedSimilarity"/>): halfway between
    /// unrelated and matched, so the DP leaves a sentence unmatched only when pairing it costs more than half a mismatch.
    /// </summary>
    public const double UnmatchedSimilarity = 0.5;

    /// <summary>
    /// Default low-confidence threshold (<see cref="AlignerOptions.LowConfidence"/>, the one place it is written): 0.5 is where a bead's
    /// confidence says it is as likely wrong as right. On the seed stress set's dev split it separates wrong from right beads best
    /// (measured figures in the issue 10 note).
    /// </summary>
    public const double LowConfidence = 0.5;

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

    /// <summary>
    /// Share of the gap costs (<see cref="GapOpen"/> and each unmatched sentence) an unmatched line pays: a unit that does not
    /// end as a sentence ends (<see cref="UnitShape.Line"/>: a title, dateline, byline, press-release code, site label,
    /// separator) is often carried by one side alone, where a full sentence is rarely dropped. Without it the search glued
    /// such a line onto the next sentence (a 2-1 bead) rather than leave it unmatched. Chosen on the genre set's dev split
    /// (2026-12-06, issue 23, with <see cref="ParagraphJoinCost"/> 4): pooled strict F1 0.886 at 1, 0.913 at 0.7, 0.929 at
    /// 0.5, 0.914 at 0.3 (runs of gaps start to swallow short matched lines).
    /// </summary>
    public const double LineGapShare = 0.5;

    /// <summary>
    /// Cost of a bead joining two paragraphs of one side (per paragraph start after its first sentence): translations keep
    /// paragraphs, so a 2-1 bead across a paragraph break is usually a one-sided line glued onto its neighbour. A cost, not
    /// a ban: a title split over two lines on one side is still one bead. Chosen on the genre set's dev split (issue 23,
    /// with <see cref="LineGapShare"/> 0.5): pooled strict F1 0.920 at 2, 0.929 at 4 and at 6.
    /// </summary>
    public const double ParagraphJoinCost = 4;

    /// <summary>
    /// Cost of pairing a heading 1-1 with a unit the other side did not read as a heading, on top of the bead's costs, whose
    /// lexical term such a bead pays <see cref="HeadingMismatchLexicalFactor"/> times. Heading shape is read per side, and
    /// the two sides often disagree: a salutation ending in a colon is a heading line on one side and runs into the line
    /// before on the other; a title is in capitals on one side and a plain sentence on the other. Before, such a heading could
    /// only stay unmatched, and its translation with it. The lexical factor keeps a heading from pairing with a unit that
    /// shares little with it ("SG/SM/8425" with "Queridos amigos de todo el mundo:"), which a flat cost low enough to let
    /// real pairs through did not. Chosen on the genre set's dev split (2026-12-07, issue 23): pooled strict F1 0.897 with
    /// the ban; with the factor 1, 0.891 at costs 0 to 2, 0.902 from 5 to 15; with the factor 2 to 6, 0.911 at costs 0 to 2,
    /// 0.904 at 4. The stress set's beads did not change.
    /// </summary>
    public const double HeadingMismatchCost = 1;

    /// <summary>
    /// Cost of a bead that holds a note (<see cref="UnitShape.Note"/>: "* Adopted by the Committee at its seventy-second
    /// session …") on one side only. A UN document hangs such a note on its title; a copy of the translation may print it
    /// elsewhere or drop it, and the note then paired with the title beside it (unhr-cedaw-col-co9-2019). A note also pays
    /// a line's share of the gap cost (<see cref="LineGapShare"/>); that share does the work: the genre set's dev split reads
    /// 0.959 at costs 0, 1, 2 and 4 (0.955 without notes, 2026-12-07). The cost keeps a note from pairing by lexical luck.
    /// </summary>
    public const double NoteMismatchCost = 2;

    /// <summary>How many times a heading paired with a non-heading pays its lexical cost (see <see cref="HeadingMismatchCost"/>).</summary>
    public const double HeadingMismatchLexicalFactor = 3;

    /// <summary>
    /// How many times a heading paired with a line the other side did not read as a heading (<see cref="UnitShape.Line"/>: it
    /// does not end as a sentence ends) pays its lexical cost: less than with a body sentence, since a title is a heading on one
    /// side and a plain line on the other whenever the two copies set it differently (a subtitle under a title, a headline in a
    /// web copy). Chosen on the genre set's dev split (2026-12-07, issue 23): pooled strict F1 0.854 at 3 (the same as a body
    /// sentence), 0.860 at 2, 0.856 at 1.5 and at 1 (a separator line "* *** *" then pairs with the signature under it); with the cost
    /// <see cref="HeadingMismatchCost"/> at 2, 0.860 at 1.5, 0.856 at 1.
    /// </summary>
    public const double HeadingLineMismatchLexicalFactor = 2;

    /// <summary>
    /// Cost of a 2-1 or 1-2 bead that holds a heading, when two of its three units are lines (<see cref="UnitShape.Line"/>),
    /// in place of the paragraphs it joins (<see cref="ParagraphJoinCost"/>): one side sets a label or title apart as a heading
    /// and the other runs it into the line it opens ("TENIENDO EN CUENTA:" / "Las resoluciones …;" beside "TAKING INTO ACCOUNT
    /// resolutions …;"), or a title is one line on one side and two on the other. Other beads with a heading stay 1-1. Chosen on
    /// the genre set's dev split (2026-12-07, issue 23): pooled strict F1 0.860 without such beads, 0.836 at 0, 0.857 at 2,
    /// 0.862 at 3, 4 and 6; with the paragraph joins charged as well, 0.860. Hard-wrapped copy 0.829 → 0.833, paginated
    /// 0.793 → 0.797; the stress set's beads did not change.
    /// </summary>
    public const double HeadingJoinCost = 4;

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

    /// <summary>
    /// Confidence of a matched bead (1-1, 2-1 …): a logistic model over its evidence, in this order: intercept,
    /// similarity, margin over the best neighbouring pairing (similarity − alternative), Gale–Church length cost (capped
    /// at <see cref="ConfidenceLengthCap"/>), whether it joins more than two sentences, ln(1 + content tokens of its
    /// shorter side), how many unmatched beads touch it, the mean similarity of the matched beads beside it (its own when
    /// none), similarity × ln(1 + tokens), the local margin (how much the search's cost of the path through the bead and
    /// <see cref="ConfidenceMarginBeads"/> beads either side undercuts the best other path through the same sentences,
    /// capped at <see cref="ConfidenceMarginCap"/>), the least share of its own token weight a sentence of the bead finds
    /// matched in it, whether it is many-to-many (2-2: on the stress set three of four are wrong), whether one side is all
    /// lines (<see cref="UnitShape.Line"/>: titles, labels) and the other is not, and the best similarity of one of its
    /// sentences with an unmatched sentence of the other side within <see cref="ConfidenceWindow"/> beads (a partner the bead
    /// may have taken from it), (1 − that least share) × ln(1 + tokens) (a long sentence half of whose content the other side
    /// lacks), the most of the token weight of an unmatched sentence within <see cref="ConfidenceWindow"/> beads that the
    /// bead's other side holds (a 1-1 that should have been a 1-2), and whether it is unsupported
    /// (<see cref="ConfidenceUnsupportedShare"/>).
    /// <para>
    /// Fitted, not tuned by hand: <c>dotnet run -c Release --project benchmarks/Alignment.Benchmarks -- confidence</c>
    /// aligns the genre set's dev split and the stress set's dev seeds (with 30 seeds below the test seeds), keeps each bead's
    /// evidence and whether it is right, fits both models (logistic regression, L2 0.003; the genre set weighs 0.1 of the
    /// matched model's examples and 0.5 of the unmatched model's, the stress set the rest; a wrong bead weighs, for each model
    /// apart, as much as the grid value of 1–50 that scores best on dev: mean over the sets of wrong share flagged − 5 × right
    /// share flagged; on 2026-12-07 50 for the matched model, 10 for the unmatched one; the stress set's segmentation
    /// differences, wrong beads inside one gold bead, are neither fitted nor scored) and prints these two arrays and the dev
    /// and test calibration. Rerun it and paste its output whenever the search's costs, the lexicon or the segmentation change.
    /// Figures in the README ("Confidence").
    /// </para>
    /// </summary>
    public static readonly double[] MatchedConfidenceWeights = [0.267, -0.0412, 1.0468, -0.1182, -1.3891, 0.7824, -1.8084, -0.7732, 0.2885, 0.3829, 0.323, -2.2904, -0.35, -0.381, -0.649, -0.222, -2.3019];

    /// <summary>
    /// Confidence of an unmatched bead (1-0, 0-1): a logistic model over, in this order: intercept, the best
    /// similarity of its sentence with the other side's sentences within <see cref="ConfidenceWindow"/>, ln(1 + its
    /// content tokens), how many unmatched beads touch it, whether one of them is unmatched on the other side (a
    /// pair the aligner may have torn apart), the mean similarity of the matched beads beside it (0 when none),
    /// best similarity × ln(1 + tokens), whether it lies before the block's first matched bead or after its last (a
    /// title, dateline, byline or signature that one side alone carries), the local margin (as for
    /// <see cref="MatchedConfidenceWeights"/>), and whether an unmatched sentence of the other side lies within
    /// <see cref="ConfidenceWindow"/> beads, the best similarity of its sentence with an unmatched sentence of the other side
    /// in the run of unmatched beads around it or within <see cref="ConfidenceWindow"/> beads (a torn pair has a plausible
    /// partner left over; a line only one side carries has none), whether the sentence is a line (<see cref="UnitShape.Line"/>),
    /// line × edge, whether it is isolated (its best similarity nearby under <see cref="ConfidenceIsolatedSimilarity"/>),
    /// the most of its token weight that the other side of the nearest matched bead before or after it holds × ln(1 + tokens)
    /// (a sentence left beside the bead it belongs to), and how much better it fits its best partner among the other side's
    /// sentences within <see cref="ConfidenceWindow"/> beads than that sentence's own bead does (the bead's similarity, 0 when
    /// unmatched: above 0 it would be the better partner; below, it restates a sentence already well paired, as a page title
    /// beside the same title paired as a heading).
    /// The sentences of a block with one side only (a truncated document's tail) get the same model, the other document's
    /// sentences around the block's place standing in for the neighbours (SentenceAligner.OneSidedConfidence), and a last
    /// entry, 1 for them and 0 for the rest, lets the fit weigh them apart (before, they had confidence 1 whatever they were:
    /// 27 of the stress set's 121 wrong dev beads, a truncation read where a paragraph was dropped).
    /// For an unmatched bead the local margin asks that its sentence be paired at all: a path that leaves it unmatched in
    /// another place (a 0-1 bead before the 1-0 instead of after it) is the same alignment, not another one.
    /// Fitted with <see cref="MatchedConfidenceWeights"/>, by the same command.
    /// </summary>
    public static readonly double[] UnmatchedConfidenceWeights = [0.8831, -1.2155, 0.7781, -0.7711, 0.2676, -0.5653, -2.7511, -0.2399, 0.3859, -1.0391, -0.2157, 0.2979, -1.4638, 2.0552, -0.3744, -1.0744, 1.5527];

    /// <summary>
    /// Beads either side of a bead that the confidence's local margin re-aligns (the box of sentences they cover). 2 ranks
    /// wrong stress-set beads better than 1 (test split: 38 against 31 of 54 below the confidence of the right bead at 1 %),
    /// for about 5 % more alignment time on the seed pair (2026-12-06).
    /// </summary>
    public const int ConfidenceMarginBeads = 2;

    /// <summary>
    /// The local margin above which a bead's confidence model reads no further: the bead is then plainly the best way through
    /// its box (right stress-set beads have a median margin of 3.6, wrong ones 0.7).
    /// </summary>
    public const double ConfidenceMarginCap = 4;

    /// <summary>
    /// The best similarity nearby below which an unmatched sentence counts as isolated (<see cref="UnmatchedConfidenceWeights"/>):
    /// no sentence of the other side within <see cref="ConfidenceWindow"/> shares more than a word or a date with it, so nothing
    /// says it was torn from a translation. Set by hand between the right one-sided lines of the genre set's dev split (most
    /// at 0, a few at 0.06–0.08) and the short titles whose translation sits nearby (0.3 and more), not tuned.
    /// </summary>
    public const double ConfidenceIsolatedSimilarity = 0.1;

    /// <summary>
    /// A matched bead is unsupported when a sentence of it finds less than this share of its token weight on the other side
    /// while both sides hold at least <see cref="ConfidenceUnsupportedTokens"/> content tokens (an entry of
    /// <see cref="MatchedConfidenceWeights"/>): two long sentences that share next to nothing are not each other's
    /// translation, whatever the margin says. On the stress set's fit seeds (1–30) 28 wrong beads and 1 right one of about
    /// 29,000 are unsupported, on the genre set's dev split 1 wrong one and no right one; a short title or question
    /// ("How can we do that?" / "¿Cómo lograrlo?") shares nothing and is right, hence the floor on tokens. Set by hand from
    /// those counts (0.05 to 0.15 and 5 to 10 tokens give about the same), not tuned (2026-12-07, issue 23).
    /// </summary>
    public const double ConfidenceUnsupportedShare = 0.1;

    /// <summary>The content tokens both sides of a matched bead hold at least for it to count as unsupported (<see cref="ConfidenceUnsupportedShare"/>).</summary>
    public const int ConfidenceUnsupportedTokens = 6;

    /// <summary>The length cost above which a bead's confidence model reads no further (a rare long tail that the fit saw little of).</summary>
    public const double ConfidenceLengthCap = 20;

    // ---- Length model ----

    /// <summary>
    /// The fewest dots of a run that the length model counts as one character (<see cref="FeatureExtractor.LengthWithoutLeaders"/>):
    /// a table of contents' dot leaders. An ellipsis ("...", "…") and an ellipsis before a period ("Wait.... what?") are text;
    /// five dots or more are a leader. Not tuned. (<c>Loading.ContentsTable</c> asks less of a leader, two dots, where it
    /// already knows it reads a table of contents; here any sentence is measured.)
    /// </summary>
    public const int LeaderMinDots = 5;

    /// <summary>Gale and Church's published variance for character lengths.</summary>
    public const double LengthVariance = 6.8;

    /// <summary>
    /// How many pairs the model before a refit counts for (<see cref="LengthModel.Refit"/>): the beads a first pass is sure of
    /// are the ones whose lengths fit, so a few of them understate the spread (16 beads of a UN message gave a variance of
    /// 1.3 against Gale and Church's 6.8, and the second pass then tore apart right pairs of unequal length). Chosen on the
    /// genre set's dev split (2026-12-06, issue 23): pooled strict F1 0.867 with no prior, 0.886 at 30, 0.871 at 100; the
    /// stress set's wrong beads fell from 54 to 29 of about 10,900.
    /// </summary>
    public const int LengthPriorPairs = 30;

    /// <summary>
    /// Fewest sure pairs whose length ratio may overrule the documents' totals (<see cref="LengthModel.Refit"/>): one pair
    /// says little, ten are enough for a refit. Genre set dev split (2026-12-07, issue 23): pooled strict F1 0.935 without
    /// the rule, 0.950 at 2 and 3, 0.937 at 5 (the Oxfam summary has four); 3 keeps a margin above one chance pair.
    /// </summary>
    public const int MinRatioCheckPairs = 3;

    /// <summary>
    /// How far (a factor) the sure pairs' length ratio must be from the totals' to overrule it. Same sweep: 0.950 at 1.15
    /// and 1.25, 0.950 at 1.4 too (test split 0.925, 0.925, 0.921); Spanish runs 10–25 % longer than English, so a
    /// quarter is more than the usual disagreement of a few pairs.
    /// </summary>
    public const double MaxRatioDisagreement = 1.25;

    // ---- Second pass (learned lexicon) ----

    /// <summary>
    /// The second pass learns its lexicon from at most this many confident 1-1 beads (an even sample beyond): a bound on
    /// time and memory for huge inputs, far above a report's few hundred beads. A limit, not tuned.
    /// </summary>
    public const int MaxLearningBeads = 4000;

    /// <summary>
    /// Words whose analysis (term and key names) an aligner remembers per side between pairs: a report pair has a few
    /// thousand distinct words and a batch of reports shares most of them; the bound keeps a long-running process's memory
    /// flat (about 100 bytes a word). A limit, not tuned.
    /// </summary>
    public const int MaxRememberedWords = 200_000;

    /// <summary>
    /// A term pair is learned when it occurs together, both terms unmatched, in at least this many confident beads: two
    /// could be chance (a name repeated in one passage). Set by hand with <see cref="LearnedPairMinDice"/>, not tuned.
    /// </summary>
    public const int LearnedPairMinCount = 3;

    /// <summary>
    /// ... and when its Dice coefficient (twice the joint count over the sum of each term's count) reaches this: the two
    /// terms mostly occur together. Set by hand, not tuned.
    /// </summary>
    public const double LearnedPairMinDice = 0.7;

    /// <summary>
    /// A pair whose shorter side has at most this many sentences is matched with the general-vocabulary lexicon too
    /// (<c>{a}-{b}.general.txt</c>, <see cref="BilingualLexicon.AlignerKinds"/>); a longer one with the report lexicon and what
    /// the second pass learns. A short text (a letter, a press release, a UN message: 5 to 40 sentences) repeats too few word
    /// pairs <see cref="LearnedPairMinCount"/> times for the learned lexicon to stand in for general vocabulary; a long report
    /// learns its own, and the confidence model (<see cref="MatchedConfidenceWeights"/>) was fitted on the similarities of
    /// long pairs without it (with it, the stress set's wrong beads flagged fell from 26 of 54 to 15 of 49, issue 23).
    /// Set by hand between the genre set's documents and the TIP narratives (250 and more sentences), not tuned.
    /// </summary>
    public const int GeneralLexiconMaxSentences = 100;

    // ---- Features ----

    /// <summary>
    /// Two words are cognates when their spelling skeletons share this many first letters (<c>victimas</c> / <c>victims</c>).
    /// Simard, Foster and Isabelle (1992) used 4-letter prefixes; 5 keeps more of report vocabulary's shared stems apart
    /// (<c>prote-</c> in <c>protección</c>, <c>protocol</c>). Set by hand, not tuned.
    /// </summary>
    public const int CognatePrefixLength = 5;

    // ---- Truncated documents (section blocks) ----

    /// <summary>
    /// How much longer than its counterpart a document's last paired section may be and still count as the
    /// place where that document stops (a truncation). Sections of the seed pair keep to their
    /// source section by section within ±10% of the document's ratio (seed pair 002 ↔ 000: 0.96–1.09); a section
    /// that absorbed the next ones is twice as long or more.
    /// </summary>
    public const double MaxTruncatedSectionStretch = 1.5;

    /// <summary>
    /// How far past the estimated stopping point the long side's sentences stay in the last block: the seed
    /// pair's section length ratios lie within ±10% of the document ratio.
    /// </summary>
    public const double TruncationSlack = 0.1;

    /// <summary>
    /// A last section whose one side is shorter than this share of its expected length is where that document
    /// stops: whole sections of the seed pair keep within ±10% of the document's ratio, so a shortfall of 40% is
    /// no variation of wording.
    /// </summary>
    public const double MaxLastBlockShortfall = 0.6;

    /// <summary>
    /// How many characters at a ratio of 1 the length ratio of the blocks before the last one starts from, when it tells
    /// whether one document stops inside the last block (<see cref="MaxLastBlockShortfall"/>): a short title block gave a
    /// ratio of 2 (an English web page's labels against the Spanish UN document's header) and cut off the last three
    /// sentences of a complete summary. A section of a few pages outweighs it. Set by hand, not tuned.
    /// </summary>
    public const double TruncationRatioPriorLength = 1000;

    // ---- Missing content findings (truncated, missing-section) ----

    /// <summary>
    /// A one-sided run at the end is a truncation from this many body sentences on: one or two closing sentences
    /// left untranslated (a contact line, a note) are ordinary omissions, already shown as 1-0 beads.
    /// </summary>
    public const int MinTruncatedSentences = 3;

    /// <summary>A one-sided section is missing when this share of its body sentences (and at least two) found no partner.</summary>
    public const double MinMissingShare = 0.8;

    // ---- Partial omission findings ----

    /// <summary>
    /// A part needs this many distinctive tokens to be judged: shorter parts (an acronym in brackets, "and
    /// others") carry too little evidence, and a translation may fold them into a neighbour.
    /// </summary>
    public const int MinDistinctiveTokens = 5;

    /// <summary>
    /// A part is left out when at most this share of its distinctive tokens meet a partner in the target. On the seed
    /// pair the least matched part of a complete translation meets 0.20 (3 of 15); a dropped list item meets 0–0.15.
    /// </summary>
    public const double MaxOmittedMatchShare = 0.15;

    /// <summary>
    /// The rest of the bead must show it is a translation: this share of the other parts' distinctive tokens
    /// meet a partner (the seed pair's judged parts meet 0.2–0.9 of theirs, most above 0.4).
    /// </summary>
    public const double MinRestMatchShare = 0.35;

    /// <summary>
    /// The bead's target must also be short by this share of the parts' length (at the pair's length ratio): words
    /// alone miss a clause the lexicon does not cover, but a clause left out also leaves the translation shorter.
    /// Half the part is enough: the length ratio varies from bead to bead, and a part often carries words the
    /// translation puts elsewhere.
    /// </summary>
    public const double MinLengthDeficit = 0.5;

    // ---- Same-document check ----

    /// <summary>Words per shingle: four words in a row almost never coincide across languages.</summary>
    public const int ShingleLength = 4;

    /// <summary>
    /// From this shared share on, the documents are one text. Measured on the seeds: a document and itself, or its
    /// first 12 KB, 1.0; the Spanish 2021 report with a fifth of its sentences reworded and its last third cut
    /// 0.95; the Spanish 2021 and 2019 reports of the series 0.10 (2013: 0.03); the English NGO report and the
    /// English 2021 report 0.002; English and Spanish of one report 0.000.
    /// </summary>
    public const double SameDocumentShare = 0.6;
}
