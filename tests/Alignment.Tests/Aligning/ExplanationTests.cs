using Alignment.Cli;
using Alignment.Tests.Cli;

namespace Alignment.Tests.Aligning;

/// <summary>What <c>--explain</c> and <see cref="BitextResult.Explanation"/> show: each aligning stage's output, consistent with the result.</summary>
public sealed class ExplanationTests
{
    private static readonly BitextAligner Explaining = new(new AlignerOptions { Explain = true });

    private static readonly Lazy<(BitextResult Plain, BitextResult Explained)> Seed = new(() =>
    {
        var english = ReportDocument.LoadOrThrow(TestFiles.English2021);
        var spanish = ReportDocument.LoadOrThrow(TestFiles.Spanish2021);
        return (new BitextAligner().Align(english, spanish), Explaining.Align(english, spanish));
    });

    [Fact]
    public void Explaining_changes_no_bead_and_only_an_explaining_aligner_explains()
    {
        var (plain, explained) = Seed.Value;

        plain.Explanation.Should().BeNull();
        explained.Explanation.Should().NotBeNull();
        explained.Beads.Select(Shape).Should().Equal(plain.Beads.Select(Shape));
        explained.Findings.Select(f => (f.Kind, f.BeadIndex)).Should().Equal(plain.Findings.Select(f => (f.Kind, f.BeadIndex)));
    }

    [Fact]
    public void The_seed_pairs_explanation_holds_each_stage_in_document_indexes()
    {
        var (_, result) = Seed.Value;
        var explanation = result.Explanation!;

        explanation.Blocks.Sum(b => b.SourceSentences).Should().Be(result.Source.Sentences.Count);
        explanation.Blocks.Sum(b => b.TargetSentences).Should().Be(result.Target.Sentences.Count);
        explanation.Anchors.Should().HaveCountGreaterThan(20, "the seed pair shares many numbers and names");
        explanation.Anchors.Should().BeInAscendingOrder(a => a.Source).And.BeInAscendingOrder(a => a.Target);
        // An anchor is sure: the result pairs its two sentences in one bead.
        var beadOfSource = result.Beads.SelectMany(b => b.Source.Select(s => (s.Index, b.Index))).ToDictionary(x => x.Item1, x => x.Item2);
        var beadOfTarget = result.Beads.SelectMany(b => b.Target.Select(s => (s.Index, b.Index))).ToDictionary(x => x.Item1, x => x.Item2);
        explanation.Anchors.Count(a => beadOfSource[a.Source] == beadOfTarget[a.Target]).Should().BeGreaterThanOrEqualTo(explanation.Anchors.Count * 9 / 10);
        explanation.LengthModels.Select(m => m.FittedOn).Should().Equal("document totals", "anchors", "first-pass beads");
        explanation.LengthModels[0].TargetPerSourceChar.Should().BeApproximately(
            (double)result.Target.Sentences.Where(s => !s.IsHeading).Sum(s => s.NormalizedText.Length) / result.Source.Sentences.Where(s => !s.IsHeading).Sum(s => s.NormalizedText.Length), 0.05,
            "Spanish runs longer than English");
        // The first pass places every body sentence exactly once; the paired headings are beads of their own.
        int pairedHeadings = explanation.Blocks.Count(b => b.HeadingsPaired);
        explanation.FirstPass.SelectMany(b => b.Source).Should().OnlyHaveUniqueItems().And.HaveCount(result.Source.Sentences.Count - pairedHeadings);
        explanation.FirstPass.SelectMany(b => b.Target).Should().OnlyHaveUniqueItems().And.HaveCount(result.Target.Sentences.Count - pairedHeadings);
        explanation.SecondPass.Should().BeTrue();
        explanation.LearnedLexicon.Should().NotBeEmpty().And.Contain(w => w.Source == "children");
    }

    [Fact]
    public void Lines_input_explains_one_block_and_no_second_pass_when_learning_is_off()
    {
        var aligner = new BitextAligner(new AlignerOptions { Explain = true, LearnLexicon = false });
        var result = aligner.AlignLines(Lines("Police rescued 12 victims.\nThe court sentenced two traffickers.\n", Language.English),
            Lines("La policía rescató a 12 víctimas.\nEl tribunal condenó a dos tratantes.\n", Language.Spanish));

        result.Explanation!.Blocks.Should().ContainSingle().Which.HeadingsPaired.Should().BeFalse();
        result.Explanation.SecondPass.Should().BeFalse();
        result.Explanation.LengthModels.Should().HaveCount(2);
        result.Explanation.FirstPass.Select(b => (b.Source.Single(), b.Target.Single())).Should().Equal((0, 0), (1, 1));
    }

    [Fact]
    public void Align_explain_prints_every_stage_and_refuses_another_format()
    {
        var (code, stdout, _) = CliRunner.Invoke("align", "--explain", TestFiles.English2021, TestFiles.Spanish2021);
        var (refused, _, stderr) = CliRunner.Invoke("align", "--explain", "--format", "json", TestFiles.English2021, TestFiles.Spanish2021);

        code.Should().Be(BitextCommand.Ok);
        var stages = stdout.Split('\n').Where(l => l.Length > 2 && char.IsAsciiDigit(l[0]) && l[1] == '.').Select(l => l[0] - '0').ToList();
        stages.Should().Equal(1, 2, 3, 4, 5, 6, 7, 8, 9);
        stdout.Should().Contain("block 4: Prosecution").And.Contain("anchors (").And.Contain("1.5 million").And.Contain("1 ValueMismatch");
        refused.Should().Be(BitextCommand.BadInput);
        stderr.Should().Contain("--explain applies only to --format text");
    }

    private static string Shape(Bead bead) =>
        string.Join(",", bead.Source.Select(s => s.Index)) + "|" + string.Join(",", bead.Target.Select(s => s.Index)) + "|" + bead.Confidence.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static ReportDocument Lines(string text, Language language) =>
        Alignment.LinesAligner.FromStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), language.Code + ".txt", language);
}
