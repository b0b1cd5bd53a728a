using System.Globalization;
using Alignment.Aligning;
using Alignment.Evaluation;
using Alignment.Tests.Aligning;

namespace Alignment.Benchmarks;

/// <summary>
/// The fit of the bead-confidence models (command <c>confidence</c>): aligns the genre set (<c>tests/Alignment.Tests/Data/genres</c>)
/// and the stress set (damaged variants of the seed pair), both splits, keeping each bead's evidence vector
/// (<see cref="Bead.ConfidenceEvidence"/>) and whether it is right (strict, against the gold); fits the matched and the
/// unmatched model on the dev beads (genre dev split, stress dev seeds) with <see cref="LogisticFit"/>; prints the weights
/// as <c>AlignmentModel</c> holds them and the calibration at the low-confidence threshold, before (the weights built in)
/// and after (the fitted ones), on dev and test.
/// <para>
/// Options (name=value): <c>l2</c> (λ, default 0.003); <c>wrong</c> (how much a wrong bead weighs against a right one
/// in the same set, for both models; <c>wrongMatched</c>, <c>wrongUnmatched</c> for one; by default, for each model apart,
/// the value of a grid from 1 to 50 whose fit scores best on dev, the score being the mean over the two sets of the share
/// of wrong beads flagged less <c>penalty</c> (default 5) times the share of right beads flagged); <c>matchedGenre</c>,
/// <c>unmatchedGenre</c> (the genre set's share of a model's example weight, the stress set having the rest: 0.1 and 0.5);
/// <c>out</c> (a TSV file for every bead: set, split, model, label, confidence, type, evidence); <c>show</c>
/// (<c>genre/dev</c>, <c>stress/test</c> …: the beads the fitted model misjudges there, with their evidence); <c>segments</c>
/// (<c>drop</c>, the default, or <c>keep</c>: whether the stress set's segmentation differences, wrong beads that lie inside
/// one gold bead, are fitted and scored as wrong beads; the calibration table prints the figures with them and without).
/// The stress set's dev beads are those of its dev seeds and of the seeds up to 30 (all below the test seeds). Only dev
/// beads are fitted and scored for the choice; the test figures are printed to be reported, not to choose.
/// </para>
/// </summary>
internal static class ConfidenceFit
{
    private sealed record Row(string Set, string Split, bool Matched, bool Right, double Confidence, double[]? Evidence, string Type, string Text, bool Segment = false);

    public static void Run(IReadOnlyList<string> settings)
    {
        double l2 = 0.003, penalty = 5, matchedGenre = 0.1, unmatchedGenre = 0.5;
        double? wrong = null, wrongMatched = null, wrongUnmatched = null;
        string? output = null, show = null;
        bool dropSegments = true;
        foreach (var setting in settings)
        {
            var (name, value) = (setting.Split('=')[0], setting[(setting.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            switch (name)
            {
                case "l2": l2 = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "wrong": wrong = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "wrongMatched": wrongMatched = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "wrongUnmatched": wrongUnmatched = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "matchedGenre": matchedGenre = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "unmatchedGenre": unmatchedGenre = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "penalty": penalty = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "out": output = value; break;
                case "show": show = value; break;
                case "segments": dropSegments = value == "drop"; break;
                default: throw new ArgumentException($"unknown option {name} (l2=, wrong=, wrongMatched=, wrongUnmatched=, penalty=, segments=, out=, show=)");
            }
        }

        var rows = Collect();
        if (output is not null)
        {
            Write(output, rows);
        }

        // Segmentation differences (StressSet.WithinOneGoldBead) are left out of the fit and its score unless segments=keep: as wrong
        // examples they teach the model that beads it cannot tell from right ones are wrong.
        var dev = rows.Where(r => r.Split == "dev" && r.Evidence is not null && !(dropSegments && r.Segment)).ToList();
        var devRows = rows.Where(r => r.Split == "dev" && !(dropSegments && r.Segment)).ToList();

        // The weight of a wrong bead, for each model apart: given, or the one of a grid whose fit scores best on dev: the mean
        // over the two sets of (share of wrong beads flagged − penalty × share of right beads flagged). The score is a sum over
        // the two models' beads, so each model's weight is chosen on its own beads (the matched model's wrong beads are mostly
        // the stress set's re-segmentations, the unmatched model's the genre set's torn titles: they want different weights).
        double[] grid = [1, 1.5, 2, 3, 5, 7, 10, 15, 20, 30, 50];
        double[] Choose(bool matchedModel, double? given)
        {
            var examples = dev.Where(r => r.Matched == matchedModel).ToList();
            var scored = devRows.Where(r => r.Evidence is not null && r.Matched == matchedModel).ToList();
            double[] bestWeights = [];
            double best = double.NegativeInfinity, chosen = 0;
            foreach (double w in given is { } g ? [g] : grid)
            {
                var fit = LogisticFit.Fit(Examples(examples, w, matchedModel ? matchedGenre : unmatchedGenre), l2);
                var confidence = Fitted(fit, fit);
                double score = new[] { "genre", "stress" }.Average(set =>
                    Score(scored.Where(r => r.Set == set).ToList(), devRows.Where(r => r.Set == set).ToList(), confidence, penalty));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(matchedModel ? "matched" : "unmatched")} model, wrong beads weigh {w}: dev score {score:F3}; genre {Figures(scored.Where(r => r.Set == "genre").ToList(), confidence)}; stress {Figures(scored.Where(r => r.Set == "stress").ToList(), confidence)}"));
                (chosen, best, bestWeights) = score > best ? (w, score, fit) : (chosen, best, bestWeights);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(matchedModel ? "matched" : "unmatched")} model: wrong beads weigh {chosen}"));
            return bestWeights;
        }

        var matched = Choose(true, wrongMatched ?? wrong);
        var unmatched = Choose(false, wrongUnmatched ?? wrong);
        Console.WriteLine($"fitted on {dev.Count(r => r.Matched)} matched and {dev.Count(r => !r.Matched)} unmatched dev beads, L2 {l2.ToString(CultureInfo.InvariantCulture)}");
        Console.WriteLine($"    public static readonly double[] MatchedConfidenceWeights = {Format(matched)};");
        Console.WriteLine($"    public static readonly double[] UnmatchedConfidenceWeights = {Format(unmatched)};");
        Console.WriteLine();
        Console.WriteLine($"calibration at {AlignerOptions.DefaultLowConfidence.ToString(CultureInfo.InvariantCulture)}: wrong beads flagged, right beads flagged");
        Console.WriteLine("| set | split | built-in weights | fitted weights | fitted, segmentation differences aside |");
        foreach (var set in new[] { "genre", "stress" })
        {
            foreach (var split in new[] { "dev", "test" })
            {
                var part = rows.Where(r => r.Set == set && r.Split == split).ToList();
                string before = Figures(part, r => r.Confidence);
                string after = Figures(part, Fitted(matched, unmatched));
                string aside = Figures(part.Where(r => !r.Segment).ToList(), Fitted(matched, unmatched));
                Console.WriteLine($"| {set} | {split} | {before} | {after} | {aside} |");
            }
        }

        // How well each model ranks, whatever the threshold: wrong beads below the confidence of the right bead at 1 % and 3 %.
        Console.WriteLine("ranking: wrong beads flagged when the threshold flags 1 % / 3 % of the right beads (built-in → fitted)");
        foreach (var set in new[] { "genre", "stress" })
        {
            foreach (var split in new[] { "dev", "test" })
            {
                var part = rows.Where(r => r.Set == set && r.Split == split).ToList();
                Func<Row, double> fitted = r => r.Evidence is null ? r.Confidence : LogisticFit.Predict(r.Matched ? matched : unmatched, r.Evidence);
                Console.WriteLine($"  {set} {split}: {Ranking(part, r => r.Confidence)} → {Ranking(part, fitted)}");
            }
        }

        // show=SET/SPLIT: the beads the fitted model gets wrong there (wrong ones not flagged, right ones flagged), with their evidence.
        foreach (var r in rows.Where(r => show == $"{r.Set}/{r.Split}" && r.Evidence is not null))
        {
            double c = LogisticFit.Predict(r.Matched ? matched : unmatched, r.Evidence!);
            if (r.Right == c < AlignerOptions.DefaultLowConfidence)
            {
                string text = r.Text.Length > 240 ? r.Text[..240] : r.Text;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(r.Right ? "right" : r.Segment ? "segment" : "wrong")} {c:F2} [{string.Join(' ', r.Evidence!.Select(x => x.ToString("0.##", CultureInfo.InvariantCulture)))}] {text}"));
            }
        }
    }

    // The stress set's seeds the fit reads: its dev seeds and more below the test seeds (101–110), which it never reads; the six
    // dev seeds alone hold only about 20 wrong beads, too few to fit the matched model's wrong side on.
    private static readonly int[] FitSeeds = [.. StressSet.DevSeeds.Union(Enumerable.Range(1, FitSeedCount))];

    private const int FitSeedCount = 30;

    private static List<Row> Collect()
    {
        var aligner = new BitextAligner(AlignerOptions.Default with { KeepConfidenceEvidence = true });
        var rows = new List<Row>();
        foreach (var split in new[] { "dev", "test" })
        {
            foreach (var id in GenreSet.Documents(split))
            {
                rows.AddRange(GenreSet.Score(id, aligner).Beads.Select(b => ToRow("genre", split, b.Bead, b.Right)));
            }

            foreach (var damage in Enum.GetValues<Damage>())
            {
                foreach (int seed in split == "dev" ? FitSeeds : StressSet.TestSeeds)
                {
                    var variant = StressSet.Make(damage, seed);
                    var judged = StressSet.Run(variant, aligner).Beads;
                    var test = StressSet.LastTest;
                    rows.AddRange(judged.Select((b, i) => ToRow("stress", split, b.Bead, b.Right) with
                    {
                        Text = b.Right ? "" : $"{damage}/{seed} {Gold(variant, test[i])} :: " + ToRow("stress", split, b.Bead, b.Right).Text,
                        Segment = !b.Right && StressSet.WithinOneGoldBead(variant, test[i]),
                    }));
                }
            }
        }

        return rows;
    }

    // The gold beads that share a piece with a bead, as piece-count shapes with their pieces' first words.
    private static string Gold(StressSet.Variant variant, (int[] Source, int[] Target) bead)
    {
        var near = variant.Gold.Where(g => g.Source.Intersect(bead.Source).Any() || g.Target.Intersect(bead.Target).Any());
        return "gold " + string.Join(" + ", near.Select(g => $"{g.Source.Length}-{g.Target.Length}[{string.Join(",", g.Source)}:{string.Join(",", g.Target)}]"))
            + $" test [{string.Join(",", bead.Source)}:{string.Join(",", bead.Target)}]";
    }

    private static Row ToRow(string set, string split, Bead bead, bool right) =>
        new(set, split, bead.Source.Count > 0 && bead.Target.Count > 0, right, bead.Confidence, bead.ConfidenceEvidence?.ToArray(), bead.Type.ToString(),
            $"{bead.Type}: {string.Join(" ‖ ", bead.Source.Select(s => s.NormalizedText))} | {string.Join(" ‖ ", bead.Target.Select(s => s.NormalizedText))}");

    // Each set's examples weigh 1 in total; a wrong bead weighs `wrong` times a right one of its set.
    private static List<LogisticExample> Examples(IEnumerable<Row> rows, double wrong, double genreShare)
    {
        var list = rows.ToList();
        var result = new List<LogisticExample>();
        foreach (var set in list.GroupBy(r => r.Set))
        {
            double total = set.Sum(r => r.Right ? 1 : wrong) / (set.Key == "genre" ? genreShare : 1 - genreShare);
            result.AddRange(set.Select(r => new LogisticExample(r.Evidence!, r.Right, (r.Right ? 1 : wrong) / total)));
        }

        return result;
    }

    private static string Figures(List<Row> rows, Func<Row, double> confidence)
    {
        int wrong = rows.Count(r => !r.Right), right = rows.Count(r => r.Right);
        int wrongLow = rows.Count(r => !r.Right && confidence(r) < AlignerOptions.DefaultLowConfidence);
        int rightLow = rows.Count(r => r.Right && confidence(r) < AlignerOptions.DefaultLowConfidence);
        return string.Create(CultureInfo.InvariantCulture, $"{wrongLow}/{wrong} ({(double)wrongLow / Math.Max(1, wrong):P0}), {rightLow}/{right} ({(double)rightLow / Math.Max(1, right):P2})");
    }

    // A bead's confidence under fitted weights, rounded as the aligner rounds it; a bead no model scored keeps its own.
    private static Func<Row, double> Fitted(double[] matched, double[] unmatched) =>
        r => r.Evidence is null ? r.Confidence : Math.Round(LogisticFit.Predict(r.Matched ? matched : unmatched, r.Evidence), 3);

    // The share of a set's wrong beads flagged less penalty times the share of its right beads flagged, counting the flags
    // among rows and the shares of all the set's beads (so that the two models' scores add up to the set's).
    private static double Score(List<Row> rows, List<Row> all, Func<Row, double> confidence, double penalty)
    {
        double wrong = all.Count(r => !r.Right), right = all.Count(r => r.Right);
        double wrongLow = rows.Count(r => !r.Right && confidence(r) < AlignerOptions.DefaultLowConfidence);
        double rightLow = rows.Count(r => r.Right && confidence(r) < AlignerOptions.DefaultLowConfidence);
        return (wrongLow / Math.Max(1, wrong)) - (penalty * rightLow / Math.Max(1, right));
    }

    private static string Ranking(List<Row> rows, Func<Row, double> confidence)
    {
        var right = rows.Where(r => r.Right).Select(confidence).Order().ToList();
        var wrong = rows.Where(r => !r.Right).Select(confidence).ToList();
        return string.Join(" / ", new[] { 0.01, 0.03 }.Select(share =>
        {
            int k = (int)(right.Count * share);
            double threshold = k < right.Count ? right[k] : double.PositiveInfinity;
            return $"{wrong.Count(w => w < threshold)}/{wrong.Count}";
        }));
    }

    private static string Format(double[] weights) =>
        "[" + string.Join(", ", weights.Select(w => Math.Round(w, 4).ToString("0.0###", CultureInfo.InvariantCulture))) + "]";

    private static void Write(string path, List<Row> rows)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("set\tsplit\tmodel\tright\tconfidence\ttype\tevidence\ttext");
        foreach (var r in rows)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Set}\t{r.Split}\t{(r.Matched ? "matched" : "unmatched")}\t{(r.Right ? 1 : 0)}\t{r.Confidence}\t{r.Type}\t{(r.Evidence is null ? "" : string.Join(' ', r.Evidence.Select(x => x.ToString("R", CultureInfo.InvariantCulture))))}\t{r.Text.Replace('\t', ' ')}"));
        }
    }
}
