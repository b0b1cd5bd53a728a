using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

public class LengthModelTests
{
    [Fact]
    public void A_refit_on_few_pairs_that_fit_keeps_most_of_the_spread_of_the_model_before()
    {
        // Sixteen sure pairs of a short UN message, all close to the ratio: alone they would give a variance near 0.1.
        var pairs = Enumerable.Range(0, 16).Select(k => (Source: 60 + (10 * k), Target: (int)Math.Round((60 + (10 * k)) * 1.2) + (k % 2 == 0 ? 2 : -2))).ToList();
        var before = new LengthModel(1.15, 6.8);

        var refit = before.Refit(pairs);

        refit.Ratio.Should().BeApproximately(1.2, 0.01);
        refit.Variance.Should().BeInRange(6.8 * 30 / 46.0, 6.8 * 30 / 46.0 + 0.2, "the model before counts as AlignmentModel.LengthPriorPairs pairs");
        before.Refit(Enumerable.Repeat((100, 120), 5000).ToList()).Variance.Should().BeLessThan(1.1, "thousands of pairs outweigh the prior");
    }

    [Fact]
    public void A_few_sure_pairs_overrule_totals_they_disagree_with_by_more_than_a_quarter()
    {
        // The Oxfam summary (genre set, dev): the Spanish copy opens with a cover text the English lacks, so the totals say
        // 1.83 Spanish characters per English one; its four sure pairs say about 1.1.
        var totals = new LengthModel(1.83, 6.8);
        var sure = new List<(int, int)> { (80, 117), (141, 168), (157, 163), (177, 221) };

        totals.Refit(sure).Ratio.Should().BeApproximately(669.0 / 555, 0.001);
        totals.Refit(sure).Variance.Should().Be(6.8);
        new LengthModel(1.3, 6.8).Refit(sure).Ratio.Should().Be(1.3, "1.2 is within a quarter of 1.3");
        totals.Refit(sure.Take(2).ToList()).Ratio.Should().Be(1.83, "two pairs are too few to overrule the totals");
    }

    [Fact]
    public void A_summary_whose_translation_has_a_cover_text_more_aligns_sentence_by_sentence()
    {
        // Before the few-pairs ratio, each English sentence was paired with two Spanish ones (strict F1 0.46).
        var score = GenreSet.Score("summary-oxfam-publicservices-2014");
        score.Beads.Where(b => b.Bead.Source.Count > 0 && b.Bead.Target.Count > 0).Should().OnlyContain(b => b.Right);
        score.F1.Should().BeGreaterThan(0.8);
    }

    [Theory]
    [InlineData(1.18, 6.8)]
    [InlineData(0.85, 1.0)]
    [InlineData(1.0, 40.0)]
    public void Cost_equals_the_full_Gale_Church_computation_for_every_length_pair(double ratio, double variance)
    {
        var model = new LengthModel(ratio, variance);
        int differences = 0, floored = 0;
        for (int s = 0; s <= 3000; s += 7)
        {
            for (int t = 0; t <= 3000; t += 7)
            {
                double expected = Reference(ratio, variance, s, t);
                differences += model.Cost(s, t) == expected ? 0 : 1;
                floored += expected == -Math.Log(1e-12) ? 1 : 0;
            }
        }

        differences.Should().Be(0);
        floored.Should().BeGreaterThan(0, "the grid reaches the floored tail");
    }

    // Gale and Church's cost with Abramowitz–Stegun 26.2.17, computed in full for every bead.
    private static double Reference(double ratio, double variance, int sourceLength, int targetLength)
    {
        double mean = (sourceLength + targetLength / ratio) / 2.0;
        if (mean <= 0)
        {
            return 0;
        }

        double z = Math.Abs((targetLength - sourceLength * ratio) / Math.Sqrt(mean * variance));
        double u = 1.0 / (1.0 + 0.2316419 * z);
        double poly = u * (0.319381530 + u * (-0.356563782 + u * (1.781477937 + u * (-1.821255978 + u * 1.330274429))));
        double cdf = 1.0 - Math.Exp(-z * z / 2.0) / Math.Sqrt(2 * Math.PI) * poly;
        return -Math.Log(Math.Max(2.0 * (1.0 - cdf), 1e-12));
    }
}
