using Alignment.Aligning;
using Alignment.Evaluation;

namespace Alignment.Tests.Aligning;

public class TextBergTests
{
    [Fact]
    public void Beats_hunalign_on_the_Text_Berg_test_set()
    {
        string folder = Path.Combine(TestFiles.SharedBench ?? throw new InvalidOperationException("../shared/bench is missing"), "textberg");

        var score = TextBergEvaluation.Run(folder, AlignerOptions.Default);

        // Published on this set (strict F1): Gale–Church 0.678, hunalign 0.751, Bleualign 0.808.
        score.StrictF1.Should().BeGreaterThan(0.80);
        score.LaxF1.Should().BeGreaterThan(0.90);
    }

    [Fact]
    public void Scores_a_perfect_alignment_as_one()
    {
        var gold = AlignmentScore.Parse(["[0]:[0, 1]", "[1]:[2]", "[]:[3]", "[2, 3]:[4]"]);

        var score = AlignmentScore.Compute(gold, gold);

        score.StrictF1.Should().Be(1.0);
    }

    [Fact]
    public void Scores_a_split_bead_as_lax_but_not_strict_hit()
    {
        var gold = AlignmentScore.Parse(["[0]:[0, 1]"]);
        var test = AlignmentScore.Parse(["[0]:[0]", "[]:[1]"]);

        var score = AlignmentScore.Compute(test, gold);

        score.StrictPrecisionHits.Should().Be(0);
        score.LaxPrecisionHits.Should().Be(1);
        score.PrecisionTotal.Should().Be(2);
    }
}
