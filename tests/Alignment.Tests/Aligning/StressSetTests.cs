using Alignment.Aligning;
using Alignment.Evaluation;
using Xunit.Abstractions;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The aligner on damaged variants of the seed pair (see <see cref="StressSet"/>), test split only. The floors sit a
/// little below the strict F1 measured per kind when they were written (the table is in the issue 10 note).
/// </summary>
public class StressSetTests(ITestOutputHelper output)
{
    public static TheoryData<Damage, double> Floors => new()
    {
        { Damage.DropParagraph, 0.985 },
        { Damage.InsertParagraph, 0.985 },
        { Damage.StripHeadings, 0.98 },
        { Damage.Truncate, 0.985 },
        { Damage.MergeSentences, 0.985 },
        { Damage.SplitSentences, 0.985 },
        { Damage.DropClauses, 0.975 },
    };

    [Theory]
    [MemberData(nameof(Floors))]
    public void Damaged_variants_align_at_the_measured_strict_F1(Damage damage, double floor)
    {
        var (score, _, _) = Measure(damage, StressSet.TestSeeds);

        output.WriteLine($"{damage}: strict F1 {score.StrictF1:F3} (P {score.StrictPrecision:F3}, R {score.StrictRecall:F3}), lax F1 {score.LaxF1:F3}");
        score.StrictF1.Should().BeGreaterThanOrEqualTo(floor);
    }

    [Fact]
    public void No_bead_pairs_unrelated_sentences_with_confidence_0_8_or_more()
    {
        var confidentUnrelated = new List<string>();
        foreach (var damage in Enum.GetValues<Damage>())
        {
            var (_, beads, _) = Measure(damage, StressSet.TestSeeds);
            confidentUnrelated.AddRange(beads.Where(b => b.Unrelated && b.Bead.Confidence >= 0.8)
                .Select(b => $"{damage} {b.Bead.Confidence}: {string.Join(" ", b.Bead.Source.Select(s => s.NormalizedText))} ↔ {string.Join(" ", b.Bead.Target.Select(s => s.NormalizedText))}"));
        }

        confidentUnrelated.Should().BeEmpty();
    }

    [Fact]
    public void A_stripped_heading_is_its_own_bead_and_raises_no_numeric_finding()
    {
        var english = ReportDocument.LoadOrThrow(TestFiles.English2021);
        var stripped = string.Join("\n\n", english.Text.Split("\n\n").Where(p => !IsHeadingLine(p)));
        var result = StressSet.Aligner.Align(ReportDocument.FromText(stripped, "en.txt", Language.English).GetDocumentOrThrow(),
            ReportDocument.LoadOrThrow(TestFiles.Spanish2021));

        result.Beads.Should().NotContain(b => b.Source.Concat(b.Target).Any(s => s.IsHeading) && b.Source.Concat(b.Target).Any(s => !s.IsHeading));
        result.Beads.Where(b => b.Target.Any(s => s.IsHeading)).Should().OnlyContain(b => b.Type == BeadType.Addition)
            .And.Contain(b => b.Target[0].NormalizedText.StartsWith("Peru (Nivel 2)", StringComparison.Ordinal));
        result.Findings.Should().NotContain(f => f.Message.Contains("\"1\"", StringComparison.Ordinal) || f.Message.Contains("Nivel 2", StringComparison.Ordinal));

        static bool IsHeadingLine(string paragraph) =>
            paragraph.Trim() is var line && line.Length is > 0 and < 60 && !line.Contains('.', StringComparison.Ordinal) && (line == line.ToUpperInvariant() || line.EndsWith(')'));
    }

    /// <summary>
    /// A reviewer who reads only the low-confidence beads sees a third to a half of the wrong ones at a cost of under 1 % of the
    /// right ones (test split, measured 2026-12-06 for issue 23: 26 of 54 wrong, 54 of 10,860 right; before the fitted
    /// confidence model 14 of 54 and 39 of 10,860; with the edge term of unmatched beads 26 of 54 and 51 of 10,860; refitted
    /// by the benchmarks' <c>confidence</c> command with the local margin and the many-to-many flag, 29 of 54 and 47 of 10,860).
    /// The length prior of the second pass (AlignmentModel.LengthPriorPairs) and the line and paragraph costs then fixed 28
    /// wrong beads, most of them flagged ones: with the refitted model 8 of 26 wrong and 22 of 10,907 right are flagged
    /// (fewer wrong beads left unflagged than before, 18 against 25).
    /// 2026-12-07 (issue 23, point 5): refitted with the matched model's wrong beads weighed on their own (the stress set's
    /// re-segmentations, fitted on 30 seeds below the test seeds) and the local margin of an unmatched bead asking that its
    /// sentence be paired at all: 12 of 26 wrong and 83 of 10,907 right (0.76 %, inside the 1 % the issue allows).
    /// Refitted the same day with the evidence of issue 23 point 5 (unsupported beads, coverage by neighbours, one-sided
    /// blocks; AlignmentModel.MatchedConfidenceWeights): 12 of 26 wrong and 35 of 10,907 right (0.32 %). 11 of the 26 are
    /// segmentation differences no confidence can see (<see cref="Low_confidence_flags_three_quarters_of_the_wrong_beads_that_are_not_segmentation_differences"/>).
    /// </summary>
    [Fact]
    public void Low_confidence_flags_over_a_third_of_the_wrong_beads_and_under_one_percent_of_the_right()
    {
        int wrong = 0, wrongLow = 0, right = 0, rightLow = 0;
        foreach (var damage in Enum.GetValues<Damage>())
        {
            foreach (var (bead, isRight, _) in Measure(damage, StressSet.TestSeeds).Beads)
            {
                bool low = bead.Confidence < AlignerOptions.DefaultLowConfidence;
                (wrong, wrongLow, right, rightLow) = isRight ? (wrong, wrongLow, right + 1, rightLow + (low ? 1 : 0)) : (wrong + 1, wrongLow + (low ? 1 : 0), right, rightLow);
            }
        }

        output.WriteLine($"wrong flagged {wrongLow}/{wrong}, right flagged {rightLow}/{right}");
        ((double)wrongLow / wrong).Should().BeGreaterThanOrEqualTo(0.40);
        ((double)rightLow / right).Should().BeLessThanOrEqualTo(0.01);
    }

    /// <summary>
    /// Set aside the segmentation differences (<see cref="StressSet.WithinOneGoldBead"/>: two 1-1 beads that each pair a
    /// sentence with its translation where the gold, after one side's sentence was split, has a 2-2), low confidence flags
    /// three quarters of the wrong beads at under half a percent of the right ones: the issue's aim (issue 23, point 5).
    /// Measured on the test split 2026-12-07: 12 of 15 wrong beads (11 more are segmentation differences) and 35 of 10,907
    /// right (83 before the refit of that day).
    /// </summary>
    [Fact]
    public void Low_confidence_flags_three_quarters_of_the_wrong_beads_that_are_not_segmentation_differences()
    {
        int wrong = 0, wrongLow = 0, segments = 0, right = 0, rightLow = 0;
        foreach (var damage in Enum.GetValues<Damage>())
        {
            foreach (int seed in StressSet.TestSeeds)
            {
                var variant = StressSet.Make(damage, seed);
                var judged = StressSet.Run(variant).Beads;
                var pieces = StressSet.LastTest;
                for (int i = 0; i < judged.Count; i++)
                {
                    bool low = judged[i].Bead.Confidence < AlignerOptions.DefaultLowConfidence;
                    if (judged[i].Right)
                    {
                        (right, rightLow) = (right + 1, rightLow + (low ? 1 : 0));
                    }
                    else if (StressSet.WithinOneGoldBead(variant, pieces[i]))
                    {
                        segments++;
                    }
                    else
                    {
                        (wrong, wrongLow) = (wrong + 1, wrongLow + (low ? 1 : 0));
                    }
                }
            }
        }

        output.WriteLine($"wrong flagged {wrongLow}/{wrong} ({segments} segmentation differences aside), right flagged {rightLow}/{right}");
        wrong.Should().BeGreaterThan(0);
        ((double)wrongLow / wrong).Should().BeGreaterThanOrEqualTo(0.75);
        ((double)rightLow / right).Should().BeLessThanOrEqualTo(0.005);
    }

    /// <summary>
    /// The sentences of a block with one side only get a confidence from the unmatched model, reading the other document
    /// around the block's place (SentenceAligner.OneSidedConfidence; before, confidence 1 whatever they were). Dev seed 11 of
    /// DropParagraph reads a dropped paragraph as a truncation and cuts 11 English sentences off while their translations
    /// sit in the Spanish tail: 8 of them are flagged (measured 2026-12-07). A true truncation's tail (test split) is not:
    /// 1 of 602 such right beads is flagged.
    /// </summary>
    [Fact]
    public void Sentences_cut_off_by_a_misread_truncation_are_flagged_and_a_true_tail_is_not()
    {
        var aligner = new BitextAligner(AlignerOptions.Default with { KeepConfidenceEvidence = true });
        static bool OneSided(Bead b) => b.ConfidenceEvidence is { } e && (b.Source.Count == 0 || b.Target.Count == 0) && e[^1] == 1;

        var cut = StressSet.Run(StressSet.Make(Damage.DropParagraph, 11), aligner).Beads.Where(b => !b.Right && OneSided(b.Bead)).ToList();
        var tails = StressSet.TestSeeds.SelectMany(seed => StressSet.Run(StressSet.Make(Damage.Truncate, seed), aligner).Beads)
            .Where(b => OneSided(b.Bead)).ToList();

        output.WriteLine($"cut off: {cut.Count(b => b.Bead.Confidence < AlignerOptions.DefaultLowConfidence)}/{cut.Count} flagged; "
            + $"true tails: {tails.Count(b => b.Bead.Confidence < AlignerOptions.DefaultLowConfidence)}/{tails.Count} flagged, {tails.Count(b => !b.Right)} wrong");
        cut.Should().HaveCountGreaterThanOrEqualTo(10);
        cut.Count(b => b.Bead.Confidence < AlignerOptions.DefaultLowConfidence).Should().BeGreaterThanOrEqualTo(cut.Count * 2 / 3);
        tails.Should().HaveCountGreaterThan(100).And.OnlyContain(b => b.Right);
        tails.Count(b => b.Bead.Confidence < AlignerOptions.DefaultLowConfidence).Should().BeLessThanOrEqualTo(tails.Count / 100);
    }

    /// <summary>
    /// A matched bead whose two long sides share next to nothing is flagged, whatever its local margin
    /// (AlignmentModel.ConfidenceUnsupportedShare): beside the misread truncation of DropParagraph's dev seed 11 the aligner
    /// pairs English sentences with unrelated Spanish ones (similarity 0.02–0.15, margin up to its cap); with the old model
    /// they had confidences of 0.55–0.75.
    /// </summary>
    [Fact]
    public void A_bead_of_two_long_sentences_that_share_next_to_nothing_is_flagged()
    {
        var aligner = new BitextAligner(AlignerOptions.Default with { KeepConfidenceEvidence = true });
        // The 16th entry after the intercept is whether the bead is unsupported (AlignmentModel.MatchedConfidenceWeights).
        var unsupported = StressSet.Run(StressSet.Make(Damage.DropParagraph, 11), aligner).Beads
            .Where(b => b.Bead.Source.Count > 0 && b.Bead.Target.Count > 0 && b.Bead.ConfidenceEvidence is { } e && e[16] == 1).ToList();

        unsupported.Should().HaveCountGreaterThanOrEqualTo(3);
        unsupported.Should().OnlyContain(b => !b.Right && b.Bead.Confidence < AlignerOptions.DefaultLowConfidence);
    }

    /// <summary>Writes the stress-set table and the calibration figures for a split (set STRESS_SPLIT=dev to see the dev split).</summary>
    [Fact]
    public void Reports_the_stress_set_table_and_calibration()
    {
        bool dev = Environment.GetEnvironmentVariable("STRESS_SPLIT") == "dev";
        var seeds = dev ? StressSet.DevSeeds : StressSet.TestSeeds;
        int wrong = 0, wrongLow = 0, right = 0, rightLow = 0, confidentUnrelated = 0;
        var total = AlignmentScore.Zero;
        output.WriteLine($"split {(dev ? "dev" : "test")}, low-confidence threshold {AlignerOptions.DefaultLowConfidence}");
        foreach (var damage in Enum.GetValues<Damage>())
        {
            var (score, beads, variants) = Measure(damage, seeds);
            total = total.Add(score);
            foreach (var (bead, isRight, unrelated) in beads)
            {
                bool low = bead.Confidence < AlignerOptions.DefaultLowConfidence;
                (wrong, wrongLow, right, rightLow) = isRight ? (wrong, wrongLow, right + 1, rightLow + (low ? 1 : 0)) : (wrong + 1, wrongLow + (low ? 1 : 0), right, rightLow);
                confidentUnrelated += unrelated && bead.Confidence >= 0.8 ? 1 : 0;
            }

            output.WriteLine($"| {damage} | {variants} | {score.StrictPrecision:F3} | {score.StrictRecall:F3} | {score.StrictF1:F3} | {score.LaxF1:F3} |");
        }

        output.WriteLine($"all: strict F1 {total.StrictF1:F3}; wrong beads {wrong}, below threshold {wrongLow}; right beads {right}, below threshold {rightLow}; unrelated at >= 0.8: {confidentUnrelated}");
        total.StrictF1.Should().BeGreaterThan(0.9);
    }

    private static (AlignmentScore Score, List<(Bead Bead, bool Right, bool Unrelated)> Beads, int Variants) Measure(Damage damage, int[] seeds)
    {
        var total = AlignmentScore.Zero;
        var beads = new List<(Bead, bool, bool)>();
        foreach (int seed in seeds)
        {
            var (score, judged) = StressSet.Run(StressSet.Make(damage, seed));
            total = total.Add(score);
            beads.AddRange(judged);
        }

        return (total, beads, seeds.Length);
    }
}
