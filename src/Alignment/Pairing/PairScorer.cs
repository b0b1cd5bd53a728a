namespace Alignment.Pairing;

/// <summary>
/// Scores two fingerprints as an original and its translation: the share of their numbers they have in the same order
/// (a translation keeps a report's figures and their order; another year's report shares its law numbers and a few
/// years), the share of their names, and how plausible their length ratio is. Each feature is weighted by its rarity
/// in the archive, so the years and small numbers every report has count for little.
/// </summary>
internal sealed class PairScorer
{
    private readonly IReadOnlyDictionary<string, int> _documentFrequency;
    private readonly int _documents;

    /// <param name="documentFrequency">How many documents of the archive have each feature.</param>
    /// <param name="documents">How many documents the archive has.</param>
    public PairScorer(IReadOnlyDictionary<string, int> documentFrequency, int documents)
    {
        _documentFrequency = documentFrequency;
        _documents = Math.Max(documents, 1);
    }

    /// <summary>The weight of a feature: its inverse document frequency, ln(1 + N / df).</summary>
    public double Weight(string feature) => Math.Log(1.0 + (double)_documents / Math.Max(1, _documentFrequency.GetValueOrDefault(feature)));

    /// <summary>The score of <paramref name="first"/> and <paramref name="second"/> as a translation pair, with its evidence.</summary>
    public (double Score, PairingEvidence Evidence) Score(DocumentFingerprint first, DocumentFingerprint second)
    {
        var (numberSimilarity, sharedNumbers) = NumberOrder(first, second);
        var (nameSimilarity, sharedNames) = Names(first, second);
        double ratio = first.Length == 0 ? 0 : (double)second.Length / first.Length;
        double score = Math.Min(first.Numbers.Length, second.Numbers.Length) >= PairingModel.FewNumbers
            ? (PairingModel.NumberWeight * numberSimilarity) + (PairingModel.NameWeight * nameSimilarity) + (PairingModel.LengthWeight * LengthPlausibility(first, second, ratio))
            : (PairingModel.FewNumbersNameWeight * nameSimilarity) + (PairingModel.FewNumbersLengthWeight * LengthPlausibility(first, second, ratio));
        double phrasing = first.Language == second.Language ? first.ShingleContainment(second) : 0;
        return (score, new PairingEvidence(sharedNumbers, first.Numbers.Length, second.Numbers.Length, sharedNames, numberSimilarity, nameSimilarity, ratio, phrasing, AlignedShare: null));
    }

    /// <summary>
    /// 1 when the length ratio is the one expected of the two languages (1.15 from English to Spanish, 1 within a language),
    /// halving every <see cref="PairingModel.LengthTolerance"/> of log-ratio away from it.
    /// </summary>
    public double LengthPlausibility(DocumentFingerprint first, DocumentFingerprint second, double ratio)
    {
        if (ratio <= 0)
        {
            return 0;
        }

        double expected = first.Language == second.Language ? 1.0
            : first.Language == Language.English && second.Language == Language.Spanish ? PairingModel.ExpectedSpanishRatio
            : second.Language == Language.English && first.Language == Language.Spanish ? 1.0 / PairingModel.ExpectedSpanishRatio
            : 1.0;
        double distance = Math.Abs(Math.Log(ratio / expected));
        return Math.Pow(2, -distance / PairingModel.LengthTolerance);
    }

    /// <summary>The weighted longest common subsequence of two number sequences, as a Dice share of both sequences' weight, and its length.</summary>
    private static (double Similarity, int Shared) NumberOrder(DocumentFingerprint first, DocumentFingerprint second)
    {
        long[] a = first.Numbers, b = second.Numbers;
        if (a.Length == 0 || b.Length == 0)
        {
            return (0, 0);
        }

        // Two rows of the DP; each cell keeps the best weight and the count of the numbers matched on its path.
        var previous = new (double Weight, int Count)[b.Length + 1];
        var current = new (double Weight, int Count)[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = (0, 0);
            long key = a[i - 1];
            double w = first.NumberWeights[i - 1];
            for (int j = 1; j <= b.Length; j++)
            {
                var best = previous[j].Weight >= current[j - 1].Weight ? previous[j] : current[j - 1];
                if (b[j - 1] == key && previous[j - 1].Weight + w > best.Weight)
                {
                    best = (previous[j - 1].Weight + w, previous[j - 1].Count + 1);
                }

                current[j] = best;
            }

            (previous, current) = (current, previous);
        }

        var (shared, count) = previous[b.Length];
        return (2 * shared / (first.TotalNumberWeight + second.TotalNumberWeight), count);
    }

    /// <summary>The weighted Jaccard similarity of two documents' proper names alone (no cognate keys): what tells another edition of one report from a report on another country in the same phrasing.</summary>
    public static double ProperNames(DocumentFingerprint first, DocumentFingerprint second) => Names(first, second, 'w').Similarity;

    /// <summary>The weighted Jaccard similarity of two sorted name sets, and how many names they share.</summary>
    private static (double Similarity, int Shared) Names(DocumentFingerprint first, DocumentFingerprint second, char? kind = null)
    {
        string[] a = first.Names, b = second.Names;
        double both = 0, either = 0;
        int shared = 0, i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (kind is { } only && i < a.Length && a[i][0] != only)
            {
                i++;
                continue;
            }

            if (kind is { } only2 && j < b.Length && b[j][0] != only2)
            {
                j++;
                continue;
            }

            int order = i == a.Length ? 1 : j == b.Length ? -1 : string.CompareOrdinal(a[i], b[j]);
            if (order == 0)
            {
                both += first.NameWeights[i];
                either += first.NameWeights[i];
                shared++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                either += first.NameWeights[i++];
            }
            else
            {
                either += second.NameWeights[j++];
            }
        }

        return (either == 0 ? 0 : both / either, shared);
    }
}
