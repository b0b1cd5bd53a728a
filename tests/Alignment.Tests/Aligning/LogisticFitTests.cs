using Alignment.Evaluation;

namespace Alignment.Tests.Aligning;

/// <summary>The fit behind the bead-confidence weights (benchmarks command <c>confidence</c>) on problems whose answer is known.</summary>
public class LogisticFitTests
{
    /// <summary>Labels drawn from a known logistic model: the fit finds its weights again (20,000 examples, no shrinkage).</summary>
    [Fact]
    public void Recovers_the_weights_of_a_known_logistic_model()
    {
        double[] truth = [-0.5, 2.0, -1.5, 0.75];
        var random = new Random(7);
        var examples = new List<LogisticExample>();
        for (int n = 0; n < 20_000; n++)
        {
            double[] x = [1, random.NextDouble() * 4 - 2, random.NextDouble() * 4 - 2, random.Next(2)];
            examples.Add(new LogisticExample(x, random.NextDouble() < LogisticFit.Predict(truth, x), 1));
        }

        var fitted = LogisticFit.Fit(examples, l2: 0);

        for (int k = 0; k < truth.Length; k++)
        {
            fitted[k].Should().BeApproximately(truth[k], 0.12, $"weight {k}");
        }
    }

    /// <summary>
    /// Doubling the weight of the negative examples is the same as listing each of them twice, and shifts the intercept
    /// by about −ln 2 (how the command makes a wrong bead weigh more than a right one).
    /// </summary>
    [Fact]
    public void An_example_weight_counts_as_repeating_the_example()
    {
        var random = new Random(11);
        var examples = new List<LogisticExample>();
        for (int n = 0; n < 2_000; n++)
        {
            double[] x = [1, random.NextDouble() * 2 - 1];
            examples.Add(new LogisticExample(x, random.NextDouble() < LogisticFit.Predict([0.3, 1.2], x), 1));
        }

        var weighted = examples.Select(e => e with { Weight = e.Label ? 1 : 2 }).ToList();
        var repeated = examples.Concat(examples.Where(e => !e.Label)).ToList();

        var a = LogisticFit.Fit(weighted, l2: 0.001);
        var b = LogisticFit.Fit(repeated, l2: 0.001);
        var plain = LogisticFit.Fit(examples, l2: 0);

        a[0].Should().BeApproximately(b[0], 1e-6);
        a[1].Should().BeApproximately(b[1], 1e-6);
        (LogisticFit.Fit(weighted, l2: 0)[0] - plain[0]).Should().BeApproximately(-Math.Log(2), 0.1);
    }

    /// <summary>Shrinkage pulls the weights towards zero but never the intercept; a separable problem still gives finite weights.</summary>
    [Fact]
    public void L2_shrinks_the_weights_and_keeps_a_separable_fit_finite()
    {
        var examples = Enumerable.Range(0, 200)
            .Select(n => new LogisticExample([1, n < 100 ? -1 - (n % 7) : 1 + (n % 7)], n >= 100, 1)).ToList();

        var strong = LogisticFit.Fit(examples, l2: 1);
        var weak = LogisticFit.Fit(examples, l2: 0.01);

        double.IsFinite(weak[1]).Should().BeTrue();
        weak[1].Should().BeGreaterThan(strong[1]).And.BeGreaterThan(1);
        strong[1].Should().BeGreaterThan(0);
    }
}
