namespace Alignment.Pairing;

/// <summary>
/// Why two documents were taken for an original and its translation (or for related documents): what they share and
/// how their lengths compare. Every figure is the pairer's own measurement, so a reviewer can see why a pair was made.
/// </summary>
/// <param name="SharedNumbers">Numbers the two documents have in common, in the same order (the longest common subsequence of their numbers).</param>
/// <param name="SourceNumbers">Numbers read in the first document.</param>
/// <param name="TargetNumbers">Numbers read in the second document.</param>
/// <param name="SharedNames">Distinct names (capitalised words that are no function word: places, people, organisations) in both.</param>
/// <param name="NumberSimilarity">How much of both documents' numbers, weighted by rarity across the archive, are shared in order: 0 to 1.</param>
/// <param name="NameSimilarity">The weighted Jaccard similarity of the two documents' names: 0 to 1.</param>
/// <param name="LengthRatio">The second document's length in characters divided by the first's.</param>
/// <param name="AlignedShare">For documents with few numbers, the share of confident one-to-one-or-more beads when the two are aligned; <see langword="null"/> when they were not aligned.</param>
/// <param name="PhrasingSimilarity">For two documents in one language, the estimated share of their three-word phrases they have in common (MinHash); 0 across languages.</param>
public sealed record PairingEvidence(
    int SharedNumbers,
    int SourceNumbers,
    int TargetNumbers,
    int SharedNames,
    double NumberSimilarity,
    double NameSimilarity,
    double LengthRatio,
    double PhrasingSimilarity,
    double? AlignedShare);
