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
