using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Alignment.Batch;
using Alignment.Export;
using Spectre.Console;

namespace Alignment.Cli;

/// <summary>
/// <c>bitext batch MANIFEST|DIR</c>: align and check many pairs, several at a time. Exit codes: 2 when any pair
/// failed (or the manifest is bad), else 1 when any pair has a finding at <c>--fail-on</c>, else 0.
/// </summary>
internal static class BatchCommand
{
    private static readonly BitextAligner Aligner = new();

    internal static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("MANIFEST|DIR")
        {
            Description = "A CSV manifest (header source,target[,name]), a JSON-lines manifest ({\"source\",\"target\",\"name\"} a line), "
                + "or a directory of NAME.LANG.EXT / NAME_LANG.EXT files. Manifest paths are relative to the manifest's folder.",
        };
        var format = new Option<string>("--format", "-f") { Description = "One JSON line or one text line per pair.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "text");
        var output = new Option<string?>("--output", "-o") { Description = "Write the per-pair lines to this file instead of standard output." };
        var parallel = new Option<int>("--parallel", "-p") { Description = "Pairs aligned at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding reaches this severity.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "none");
        var sourceLang = new Option<string>("--source-lang") { Description = "DIR: the language tag of the source files (NAME.en.txt).", DefaultValueFactory = _ => "en" };
        var command = new Command("batch", "Align and check every pair of a manifest or directory; one result line per pair, in manifest order.")
        {
            input, format, output, parallel, failOn, sourceLang,
        };
        command.SetAction(parse => Run(
            parse.GetValue(input)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(parallel),
            parse.GetValue(failOn)!, parse.GetValue(sourceLang)!, stdout, stderr, BitextCommand.PathStyle(parse)));
        return command;
    }

    private static int Run(string input, string format, string? outputPath, int parallel, string failOn, string sourceLang, TextWriter stdout, TextWriter stderr,
        DocumentPathStyle paths)
    {
        if (parallel < 1)
        {
            stderr.WriteLine("bitext: --parallel must be at least 1");
            return BitextCommand.BadInput;
        }

        var (pairs, diagnostics) = BatchManifest.Read(input, sourceLang);
        foreach (var d in diagnostics)
        {
            stderr.WriteLine(d.Message.StartsWith(input, StringComparison.Ordinal) ? $"bitext: {d.Message}" : $"bitext: {input}: {d.Message}");
        }

        if (pairs.Count == 0)
        {
            return BitextCommand.BadInput;
        }

        bool interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        using var file = outputPath is null ? null : new StreamWriter(File.Create(outputPath), new UTF8Encoding(false));
        var lines = file ?? stdout;
        var runner = new BatchRunner(Aligner, parallel);
        string Line(BatchPairResult r) => format == "text" ? TextLine(r) : BatchJsonLineWriter.Line(r, Aligner.Options.LowConfidence, paths);
        var clock = Stopwatch.StartNew();
        IReadOnlyList<BatchPairResult> results;
        if (interactive)
        {
            // The live bar owns the terminal: lines meant for it wait until the bar is gone.
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
            var pending = new List<string>();
            results = console.Progress().AutoClear(true).Columns(
                    new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"Aligning {Plural.Of(pairs.Count, "pair")}", maxValue: pairs.Count);
                    return await runner.RunAsync(pairs, _ => task.Increment(1), r =>
                    {
                        if (file is null)
                        {
                            pending.Add(Line(r));
                        }
                        else
                        {
                            file.WriteLine(Line(r));
                        }
                    }).ConfigureAwait(false);
                }).GetAwaiter().GetResult();
            pending.ForEach(stdout.WriteLine);
            console.Write(SummaryTable(results, clock.Elapsed));
        }
        else
        {
            results = runner.RunAsync(pairs, inOrder: r => lines.WriteLine(Line(r))).GetAwaiter().GetResult();
            stderr.WriteLine($"bitext: batch: {Summary(results, clock.Elapsed)}");
        }

        foreach (var failed in results.Where(r => r.Failed))
        {
            stderr.WriteLine($"bitext: {failed.Pair.Name}: {failed.Error}");
        }

        return ExitCode(results, failOn);
    }

    /// <summary>2 when any pair failed, else 1 when any pair has a finding at <paramref name="failOn"/>, else 0.</summary>
    internal static int ExitCode(IReadOnlyList<BatchPairResult> results, string failOn) =>
        results.Any(r => r.Failed) ? BitextCommand.BadInput
        : results.Any(r => r.Findings.Reaches(failOn)) ? BitextCommand.FindingsExit
        : BitextCommand.Ok;

    private static string TextLine(BatchPairResult r)
    {
        if (r.Result is not { } result)
        {
            return $"{r.Pair.Name}: error: {r.Error}";
        }

        var f = r.Findings;
        return $"{r.Pair.Name}: {result.Source.Document.Language}→{result.Target.Document.Language}, {Plural.Of(result.Beads.Count, "bead")}, "
            + $"{result.Unmatched.Count()} unmatched, {result.LowConfidence(Aligner.Options.LowConfidence).Count()} low confidence, "
            + $"findings {f.Error} error / {f.Warning} warning / {f.Info} info ({r.Elapsed.TotalMilliseconds:F0} ms)";
    }

    private static string Summary(IReadOnlyList<BatchPairResult> results, TimeSpan elapsed)
    {
        var (beads, findings) = Totals(results);
        return $"{Plural.Of(results.Count, "pair")}, {results.Count(r => r.Failed)} failed, {Plural.Of(beads, "bead")}, "
            + $"findings {findings.Error} error / {findings.Warning} warning / {findings.Info} info, {elapsed.TotalSeconds:F1} s";
    }

    private static Table SummaryTable(IReadOnlyList<BatchPairResult> results, TimeSpan elapsed)
    {
        var (beads, findings) = Totals(results);
        var table = new Table().AddColumns("Pairs", "Failed", "Beads", "Errors", "Warnings", "Info", "Time");
        table.AddRow(
            results.Count.ToString(), results.Count(r => r.Failed).ToString(), beads.ToString(),
            findings.Error.ToString(), findings.Warning.ToString(), findings.Info.ToString(), $"{elapsed.TotalSeconds:F1} s");
        return table;
    }

    private static (int Beads, FindingCounts Findings) Totals(IReadOnlyList<BatchPairResult> results)
    {
        var ok = results.Where(r => !r.Failed).ToList();
        return (ok.Sum(r => r.Result!.Beads.Count),
            new FindingCounts(ok.Sum(r => r.Findings.Info), ok.Sum(r => r.Findings.Warning), ok.Sum(r => r.Findings.Error)));
    }
}
