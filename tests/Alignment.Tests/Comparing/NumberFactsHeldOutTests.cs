using Xunit.Abstractions;

namespace Alignment.Tests.Comparing;

/// <summary>The comparer scored on the held-out pairs of issue 24: tuned on the dev split, measured on the test split.</summary>
public class NumberFactsHeldOutTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dev", false)]
    [InlineData("test", false)]
    [InlineData("dev", true)]
    [InlineData("test", true)]
    public void Scores_the_held_out_pairs(string split, bool englishFirst)
    {
        var pairs = NumberFactsHeldOutSet.Load(split);
        var misses = new List<string>();

        var scores = NumberFactsHeldOutSet.Run(pairs, misses, englishFirst);

        output.WriteLine(NumberFactsHeldOutSet.Table(scores));
        misses.ForEach(output.WriteLine);
        scores.Select(s => s.Family).Should().HaveCount(10);
        scores.Sum(s => s.Correct + s.Wrong).Should().Be(pairs.Count);

        // Floors at the measured figures (README), so that a change that loses ground fails here.
        scores.Sum(s => s.FalseAlarms).Should().BeLessThanOrEqualTo(split == "dev" ? 1 : 0);
        scores.Sum(s => s.Found).Should().BeGreaterThanOrEqualTo(split == "dev" ? 20 : 30);
    }
}
