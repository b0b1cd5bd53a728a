using Alignment;
using Alignment.Aligning;
using Alignment.Evaluation;
using BenchmarkDotNet.Running;

// "paired A B [calls] [copies] [one-thread]": two builds of the library compared call by call (benchmarks/paired.sh).
if (args.Length >= 3 && args[0] == "paired")
{
    Alignment.Benchmarks.PairedBuilds.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 600,
        args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 1, args.Length > 5 && args[5] == "one-thread");
    return;
}

// "archive FOLDER PAIRS": writes a synthetic archive for `bitext pair` (PAIRS report pairs, a tenth more other years).
if (args.Length >= 3 && args[0] == "archive")
{
    var (files, pairs) = Alignment.Benchmarks.SyntheticArchive.Write(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), seed: 1);
    Console.WriteLine($"{files} files, {pairs} translation pairs in {args[1]}");
    return;
}

// "textberg FOLDER": alignment quality on the Text+Berg gold set; anything else goes to BenchmarkDotNet.
if (args.Length >= 1 && args[0] == "textberg")
{
    string folder = args.Length > 1 ? args[1] : Path.Combine("..", "shared", "bench", "textberg");
    var options = AlignerOptions.Default;
    foreach (var setting in args.Skip(2))
    {
        // name=value overrides, for exploring the options: lexical=6 length=1 unmatched=0.5 learn=false
        var (name, value) = (setting.Split('=')[0], setting.Split('=')[1]);
        options = name switch
        {
            "lexical" => options with { LexicalWeight = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
            "length" => options with { LengthWeight = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
            "unmatched" => options with { UnmatchedSimilarity = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
            "learn" => options with { LearnLexicon = bool.Parse(value) },
            _ => throw new ArgumentException($"unknown option {name}"),
        };
    }

    var dev = TextBergEvaluation.Run(folder, options, Console.WriteLine, TextBergEvaluation.Dev);
    Console.WriteLine($"Text+Berg dev set: strict P {dev.StrictPrecision:F3} R {dev.StrictRecall:F3} F1 {dev.StrictF1:F3}; lax P {dev.LaxPrecision:F3} R {dev.LaxRecall:F3} F1 {dev.LaxF1:F3}");
    var score = TextBergEvaluation.Run(folder, options, Console.WriteLine);
    Console.WriteLine($"Text+Berg test set: strict P {score.StrictPrecision:F3} R {score.StrictRecall:F3} F1 {score.StrictF1:F3}; lax P {score.LaxPrecision:F3} R {score.LaxRecall:F3} F1 {score.LaxF1:F3}");
    return;
}

// "confidence [l2=0.003] [wrong=W] [wrongMatched=W] [wrongUnmatched=W] [matchedGenre=0.1] [unmatchedGenre=0.5] [penalty=5] [segments=drop|keep] [out=beads.tsv] [show=genre/dev]": fits the bead-confidence models on the genre and stress dev beads
// and prints their weights and the calibration before and after (AlignmentModel.MatchedConfidenceWeights).
if (args.Length >= 1 && args[0] == "confidence")
{
    Alignment.Benchmarks.ConfidenceFit.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
