using static Alignment.Aligning.AlignmentModel;

namespace Alignment.Aligning;

/// <summary>
/// Gale–Church length model: target length ≈ <see cref="Ratio"/> × source length, with variance
/// <see cref="Variance"/> × source length. Both are estimated from the pair being aligned.
/// </summary>
internal sealed record LengthModel(double Ratio, double Variance)
{
    /// <summary>Estimates the ratio from the totals of the two sides.</summary>
    public static LengthModel FromTotals(long sourceChars, long targetChars) =>
        new(sourceChars > 0 && targetChars > 0 ? (double)targetChars / sourceChars : 1.0, LengthVariance);

    /// <summary>
    /// Re-estimates ratio and variance from confident 1-1 pairs of a first pass (source, target lengths);
    /// keeps this model when there are too few.
    /// </summary>
    public LengthModel Refit(IReadOnlyList<(int Source, int Target)> pairs)
    {
        if (pairs.Count < 10)
        {
            return WithFewPairsRatio(pairs);
        }

        double sumSource = pairs.Sum(p => (double)p.Source);
        double sumTarget = pairs.Sum(p => (double)p.Target);
        double ratio = sumTarget / Math.Max(1, sumSource);
        double variance = 0;
        foreach (var (s, t) in pairs)
        {
            double d = t - ratio * s;
            variance += d * d / Math.Max(1, s);
        }

        // The pairs a pass is sure of are the ones whose lengths fit: few of them understate the spread. The model before
        // counts as LengthPriorPairs pairs more.
        variance = (variance + (LengthPriorPairs * Variance)) / (pairs.Count + LengthPriorPairs);
        return new LengthModel(ratio, Math.Clamp(variance, 1.0, 40.0));
    }

    /// <summary>
    /// With too few pairs to refit (fewer than 10) but at least <see cref="MinRatioCheckPairs"/>: their ratio replaces this
    /// model's when the two differ by more than <see cref="MaxRatioDisagreement"/> (a factor), keeping the variance. The
    /// documents' totals mislead when one side has a cover text or pages the other lacks: an Oxfam summary whose Spanish copy
    /// opens with the cover text had totals of 1.83 Spanish characters per English one where its four sure pairs hold 1.1,
    /// and the aligner then paired each English sentence with two Spanish ones.
    /// </summary>
    private LengthModel WithFewPairsRatio(IReadOnlyList<(int Source, int Target)> pairs)
    {
        if (pairs.Count < MinRatioCheckPairs)
        {
            return this;
        }

        double ratio = pairs.Sum(p => (double)p.Target) / Math.Max(1, pairs.Sum(p => (double)p.Source));
        return ratio > 0 && Math.Abs(Math.Log(ratio / Ratio)) > Math.Log(MaxRatioDisagreement) ? this with { Ratio = ratio } : this;
    }

    /// <summary>−log P(δ) for a bead of the given total lengths (two-sided normal tail).</summary>
    public double Cost(int sourceLength, int targetLength)
    {
        double mean = (sourceLength + targetLength / Ratio) / 2.0;
        if (mean <= 0)
        {
            return 0;
        }

        double delta = (targetLength - sourceLength * Ratio) / Math.Sqrt(mean * Variance);
        double z = Math.Abs(delta);
        if (z >= SurelyFloored)
        {
            // Far in the tail the probability is below the floor whatever the approximation says: no exp or log needed.
            return FloorCost;
        }

        double p = 2.0 * (1.0 - NormalCdf(z));
        return -Math.Log(Math.Max(p, ProbabilityFloor));
    }

    /// <summary>
    /// A bound below every <see cref="Cost"/>: −log of the largest probability the approximation of <see cref="NormalCdf"/>
    /// can give, 1 + 2 × its absolute error 7.5e-8 (a hair below zero, at δ = 0).
    /// </summary>
    public const double LeastCost = -1.6e-7;

    // The least probability a bead's length is given, and its cost.
    private const double ProbabilityFloor = 1e-12;

    private static readonly double FloorCost = -Math.Log(ProbabilityFloor);

    // From this z on, 2 × (1 − NormalCdf(z)) is below ProbabilityFloor (at z = 8 it is about 1e-15, and it falls with z),
    // so Cost returns FloorCost exactly as the full computation would.
    private const double SurelyFloored = 8.0;

    // Abramowitz–Stegun 26.2.17, absolute error below 7.5e-8.
    private static double NormalCdf(double z)
    {
        double t = 1.0 / (1.0 + 0.2316419 * z);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1.0 - Math.Exp(-z * z / 2.0) / Math.Sqrt(2 * Math.PI) * poly;
    }
}
