namespace Alignment.Pairing;

/// <summary>
/// The tuned constants of document pairing, each with where it comes from: set by looking at the five seed documents,
/// synthetic archives (<c>tests/Alignment.Tests/Pairing/SyntheticReport.cs</c>, generator seeds other than the tests'
/// 101–103) and the 28 real genre pairs of <c>Data/genres</c> (both its splits: the genre figures of the pairing tests
/// are therefore not held out).
/// </summary>
internal static class PairingModel
{
    /// <summary>
    /// The score at which two documents in the two languages are taken for a translation. The seed translation scores
    /// 0.69 and genre translations with six numbers or more 0.45–0.74; another year's report against this year's original
    /// 0.20 (seeds 001 ↔ 002), the best wrong genre candidate 0.35.
    /// </summary>
    public const double PairThreshold = 0.5;

    /// <summary>
    /// The share of the shorter document's numbers (or, with few numbers, names) found in order in the longer one at which a
    /// same-language document is a near-duplicate (a truncated or edited copy) rather than another edition: a copy keeps
    /// all its numbers in order, another year's report under half of them.
    /// </summary>
    public const double NearDuplicateContainment = 0.9;

    /// <summary>MinHash functions in a document's shingle signature: 256 estimate a Jaccard similarity of 0.04 to ±0.012 (one standard error).</summary>
    public const int MinHashes = 256;

    /// <summary>
    /// The estimated shingle containment at which two same-language documents are related (another edition or year, a
    /// copy): other years of one report share their phrasing (0.10–0.20 between the seeds' Spanish editions of 2013,
    /// 2019 and 2021), other reports on the same matter do not (0.00–0.02: the English TIP narrative and the NGO report).
    /// </summary>
    public const double RelatedShingles = 0.06;

    /// <summary>
    /// The similarity of proper names at which same-language documents that share their phrasing are related: editions
    /// of one report name the same places and bodies (0.15–0.22 between the seeds' Spanish editions), reports on other
    /// countries written from the same template do not (0.00–0.07; one place name in common gives about 0.1).
    /// </summary>
    public const double RelatedNames = 0.12;

    /// <summary>Same-language candidates looked at for each document, for the related documents.</summary>
    public const int SameLanguageCandidates = 4;

    /// <summary>The rarest features of a document put in the index (features no other document has are left out: they match nothing).</summary>
    public const int MaxIndexedFeatures = 128;

    /// <summary>Numbers below which a document's number evidence is thin, and its names and length weigh instead.</summary>
    public const int FewNumbers = 6;

    /// <summary>The weights of number order, names and length plausibility in the score of a document with enough numbers.</summary>
    public const double NumberWeight = 0.6, NameWeight = 0.3, LengthWeight = 0.1;

    /// <summary>The weights of names and length when numbers are few (before the alignment check replaces the score).</summary>
    public const double FewNumbersNameWeight = 0.75, FewNumbersLengthWeight = 0.25;

    /// <summary>The candidates of a document with few numbers that are verified by aligning them (the best by evidence first).</summary>
    public const int AlignedCandidates = 3;

    /// <summary>
    /// The weight of the aligned share in the score of documents with few numbers (the rest is length plausibility):
    /// most translations of the genre set align 0.5–1.0 of their beads confidently (score ≥ 0.58), unrelated documents
    /// of the same genre 0.0–0.29 (score ≤ 0.43); measured on all 28 genre pairs, before issue 23's alignment work.
    /// </summary>
    public const double AlignedWeight = 0.8;

    /// <summary>
    /// Spanish text is longer than its English original: 1.18 characters for one in the seed pair, a median of 1.08
    /// (0.74–1.29) over the genre pairs; a translation's ratio is scored by its distance from 1.15, in log units, with a
    /// tolerance (<see cref="LengthTolerance"/>) wide enough for that whole range.
    /// </summary>
    public const double ExpectedSpanishRatio = 1.15;

    /// <summary>The log-ratio distance at which length plausibility halves (a ratio 1.6× off the expected one scores ~0.5).</summary>
    public const double LengthTolerance = 0.45;

    /// <summary>The most distinct features a document contributes to the index and to its query (the rarest first): bounds the index and a query's clauses.</summary>
    public const int MaxQueryFeatures = 64;

    /// <summary>
    /// The share of the archive's documents above which a feature is too common to index or query (years, small
    /// numbers, a country's name in a national archive): it selects nothing, and its posting list grows with the archive.
    /// </summary>
    public const double CommonFeatureShare = 0.01;

    /// <summary>The document frequency a feature may always have, however small the archive (a handful of editions share their names).</summary>
    public const int CommonFeatureFloor = 32;

    /// <summary>Candidates taken from the index for each document before verification.</summary>
    public const int Candidates = 8;

    /// <summary>The most numbers of a document kept in order for verification: bounds the O(n·m) order comparison (a 60-page report has ~1,500).</summary>
    public const int MaxNumbers = 2_000;

    /// <summary>The most distinct names and cognate keys of a document kept: a long report has a few hundred names and about a thousand keys.</summary>
    public const int MaxNames = 3_000;

    /// <summary>The shortest word whose cognate key is taken: shorter words are mostly function words and false friends.</summary>
    public const int CognateMinLength = 7;

    /// <summary>The letters of a cognate key: five keep <c>democr</c>acy/<c>democr</c>acia together and split most unrelated words.</summary>
    public const int CognateKeyLength = 6;

    /// <summary>
    /// The share of a text's words that are function words of a third language (French, Portuguese, Italian, Catalan,
    /// German) above which a document is taken for that language, not Spanish or English: 0.155–0.218 in the Text+Berg
    /// German and French articles, at most 0.008 in the seeds and the 56 genre documents.
    /// </summary>
    public const double ThirdLanguageShare = 0.12;
}
