using System.CommandLine;
using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;
using Alignment.Batch;
using Microsoft.Win32.SafeHandles;
using Alignment.Export;
using Spectre.Console;

namespace Alignment.Cli;

/// <summary>
/// <c>bitext batch MANIFEST|DIR|-</c>: align and check many pairs, several at a time, one result line per pair in
/// manifest order, written as soon as it is ready. Exit codes: 2 when any pair failed (or the manifest is bad), else 1
/// when any pair has a finding at <c>--fail-on</c>, else 0; 130 when interrupted (SIGINT, SIGTERM), 141 when the
/// output was closed (<c>bitext batch ... | head</c>).
/// </summary>
internal static class BatchCommand
{
    /// <summary>Interrupted by SIGINT or SIGTERM: the lines written are whole and are the manifest's first pairs.</summary>
    public const int InterruptedExit = 130;

    /// <summary>Standard output was closed by its reader (128 + SIGPIPE, what a shell shows for a broken pipe).</summary>
    public const int OutputClosedExit = 141;

    private static readonly BitextAligner Aligner = new();
    private static readonly UTF8Encoding Utf8 = new(false);

    internal static Command Create(Func<Stream> openStandardInput, TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("MANIFEST|DIR|-")
        {
            Description = "A CSV manifest (header source,target[,name]), a JSON-lines manifest ({\"source\",\"target\",\"name\"} or "
                + "{\"name\",\"source_text\",\"target_text\"} a line), '-' for JSON lines on standard input, or a directory of "
                + "NAME.LANG.EXT / NAME_LANG.EXT files. Relative paths are relative to --root, else to the manifest's folder "
                + "(standard input: the current folder). Manifests are trusted input unless --root is given.",
        };
        var format = new Option<string>("--format", "-f") { Description = "One JSON line or one text line per pair.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "text");
        var output = new Option<string?>("--output", "-o") { Description = "Write the per-pair lines to this file (replaced when the batch ends) instead of standard output." };
        var parallel = new Option<int>("--parallel", "-p")
        {
            Description = $"Pairs aligned at once (1 to {InputLimits.MaxWorkersPerProcessor} per processor).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = ParseParallel,
        };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding reaches this severity.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "none");
        var sourceLang = new Option<string?>("--source-lang")
        {
            Description = "Language of every pair's SOURCE (es, en) instead of detecting it (a row's source_lang wins); DIR: the source files are the ones tagged with it (default en); --pair: the originals' language.",
        };
        var targetLang = new Option<string?>("--target-lang")
        {
            Description = "Language of every pair's TARGET (es, en) instead of detecting it (a row's target_lang wins); DIR: only files tagged with it are targets; --pair: the translations' language.",
        };
        var root = new Option<string?>("--root") { Description = "Every report path must resolve (symbolic links followed) inside this folder, or its pair fails; relative paths start here." };
        var pair = new Option<bool>("--pair") { Description = "DIR is an archive without a manifest: find which document translates which ('bitext pair'), then align the pairs found." };
        var (dictionary, dictionaryFormat) = (DictionaryOptions.File(), DictionaryOptions.Format());
        var baseline = BitextCommand.BaselineOption();
        var command = new Command("batch", "Align and check every pair of a manifest, standard input or a directory; one result line per pair, in manifest order.")
        {
            input, format, output, parallel, failOn, sourceLang, targetLang, root, pair, dictionary, dictionaryFormat, baseline,
        };
        BitextCommand.OnlyWith(command, dictionary, dictionaryFormat);
        command.SetAction(parse => Run(
            new Settings(parse.GetValue(input)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(parallel),
                parse.GetValue(failOn)!, parse.GetValue(root), BitextCommand.PathStyle(parse),
                parse.GetValue(baseline) is { } baselinePath ? Review.Baseline.Load(baselinePath) : null)
            {
                Pair = parse.GetValue(pair),
                SourceCode = parse.GetValue(sourceLang),
                TargetCode = parse.GetValue(targetLang),
            },
            DictionaryOptions.Aligner(Aligner, parse.GetValue(dictionary), parse.GetValue(dictionaryFormat)!),
            openStandardInput, stdout, stderr));
        return command;
    }

    // A count of workers: digits only, any size (a value past int is capped like any other large one), never a .NET parse error.
    private static int ParseParallel(System.CommandLine.Parsing.ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long value))
        {
            return (int)Math.Clamp(value, int.MinValue, int.MaxValue);
        }

        if (text.Length > 0 && text.TrimStart('+').All(char.IsAsciiDigit))
        {
            return int.MaxValue;
        }

        result.AddError($"--parallel must be a whole number of workers, not {Indexing.QueryBudget.Quote(text)}");
        return 0;
    }

    /// <summary>2 when any pair failed, else 1 when any pair has a finding at the threshold, else 0.</summary>
    internal static int ExitCode(BatchSummary summary) =>
        summary.Failed > 0 ? BitextCommand.BadInput
        : summary.PairsAtThreshold > 0 ? BitextCommand.FindingsExit
        : BitextCommand.Ok;

    private static int Run(Settings settings, BitextAligner aligner, Func<Stream> openStandardInput, TextWriter stdout, TextWriter stderr)
    {
        if (settings.Parallel < 1)
        {
            stderr.WriteLine("bitext: --parallel must be at least 1");
            return BitextCommand.BadInput;
        }

        // The languages are read once, here: the same meaning as in align (the documents' languages), which also says which
        // tagged files of a directory are sources and targets, and which languages an archive is paired in.
        foreach (var (option, code) in new[] { ("--source-lang", settings.SourceCode), ("--target-lang", settings.TargetCode) })
        {
            if (code is not null && !Language.TryParse(code, out _))
            {
                stderr.WriteLine($"bitext: {option} '{code}' is not a language code (two or three letters, such as es or en)");
                return BitextCommand.BadInput;
            }
        }

        settings = settings with
        {
            SourceLanguage = settings.SourceCode is { } source ? Language.Parse(source) : null,
            TargetLanguage = settings.TargetCode is { } target ? Language.Parse(target) : null,
        };

        if (settings.SourceLanguage is not null && settings.SourceLanguage == settings.TargetLanguage)
        {
            stderr.WriteLine($"bitext: --source-lang and --target-lang are both '{settings.SourceLanguage}': a pair is two languages");
            return BitextCommand.BadInput;
        }

        if (settings.Parallel > InputLimits.MaxParallelism)
        {
            stderr.WriteLine($"bitext: warning: --parallel {settings.Parallel:N0} is more than {InputLimits.MaxWorkersPerProcessor} per processor; using {InputLimits.MaxParallelism} ({Environment.ProcessorCount} processors)");
            settings = settings with { Parallel = InputLimits.MaxParallelism };
        }

        if (settings.Root is { } rootFolder && !Directory.Exists(rootFolder))
        {
            stderr.WriteLine($"bitext: {rootFolder}: --root is not a directory");
            return BitextCommand.BadInput;
        }

        bool fromStdin = settings.Input == "-";
        if (settings.Output is { } outputPath && (Directory.Exists(outputPath)
            || (!fromStdin && BatchInputPaths.SameFile(settings.Input, outputPath))))
        {
            stderr.WriteLine(Directory.Exists(outputPath)
                ? $"bitext: {outputPath}: is a directory; -o needs a file"
                : $"bitext: {outputPath}: is the manifest; refusing to write the output onto an input");
            return BitextCommand.BadInput;
        }

        string? baseFolder = settings.Root is null ? null : Path.GetFullPath(settings.Root);
        IEnumerable<BatchPair> pairs;
        if (settings.Pair)
        {
            if (fromStdin || !Directory.Exists(settings.Input))
            {
                stderr.WriteLine($"bitext: {settings.Input}: --pair needs a directory (the archive to pair)");
                return BitextCommand.BadInput;
            }

            try
            {
                pairs = PairArchive(settings, stderr);
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"bitext: --source-lang {settings.SourceTag}: {e.Message.Split(" (Parameter")[0]}");
                return BitextCommand.BadInput;
            }
        }
        else if (fromStdin)
        {
            pairs = BatchManifest.ReadJsonLines(new StreamReader(openStandardInput(), Utf8), baseFolder ?? Directory.GetCurrentDirectory());
        }
        else
        {
            (pairs, var diagnostics) = BatchManifest.Read(settings.Input, settings.SourceTag, baseFolder, settings.TargetLanguage);
            foreach (var d in diagnostics)
            {
                stderr.WriteLine(d.Message.StartsWith(settings.Input, StringComparison.Ordinal) ? $"bitext: {CliAdvice.Message(d)}" : $"bitext: {settings.Input}: {CliAdvice.Message(d)}");
            }

            if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                return BitextCommand.BadInput;
            }
        }

        if (settings.SourceLanguage is not null || settings.TargetLanguage is not null)
        {
            pairs = pairs.Select(p => p with { SourceLanguage = p.SourceLanguage ?? settings.SourceLanguage, TargetLanguage = p.TargetLanguage ?? settings.TargetLanguage });
        }

        bool realConsole = ReferenceEquals(stdout, Console.Out);
        using var stop = new CancellationTokenSource();
        using var signals = realConsole ? new InterruptSignals(stop) : null;
        var output = BatchOutput.Open(settings.Output, realConsole ? null : stdout);
        try
        {
            return Run(settings, aligner, pairs, output, stop.Token, realConsole, stdout, stderr);
        }
        finally
        {
            output.Abandon();
        }
    }

    private static int Run(Settings settings, BitextAligner aligner, IEnumerable<BatchPair> pairs, BatchOutput output, CancellationToken stop, bool realConsole, TextWriter stdout, TextWriter stderr)
    {
        // Throughput over pauses: blocking collections only while the batch runs. A background collection is a third
        // thread beside the workers, and each gen-2 collection wakes the shared array pools' trimming, which then waits
        // on it: with background collections two workers reached 1.42x one worker's pairs per second (bench.sh, 50 pairs),
        // with blocking ones 1.85x (200 pairs). A single `align` keeps background collections: ×100 ran in 1.8 s with them
        // against 2.0 s, and in 180 MB against 250.
        var latency = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        try
        {
            return RunBatch(settings, aligner, pairs, output, stop, realConsole, stdout, stderr);
        }
        finally
        {
            GCSettings.LatencyMode = latency;
        }
    }

    private static int RunBatch(Settings settings, BitextAligner aligner, IEnumerable<BatchPair> pairs, BatchOutput output, CancellationToken stop, bool realConsole, TextWriter stdout, TextWriter stderr)
    {
        var runner = new BatchRunner(aligner, settings.Parallel, new BatchInputPaths(settings.Root, settings.Output));
        var summary = new BatchSummary();
        bool outputIsAnInput = false, outputClosed = false;
        var baselinePairs = new HashSet<(string, string)>();
        Exception? outputFailed = null;
        void Write(BatchPairResult r)
        {
            if (settings.Baseline is not null && r.Result is { } aligned)
            {
                // False alarms leave the pair's counts and gate; they stay listed in its diagnostics.
                var outcome = settings.Baseline.Apply(aligned, Review.FindingIdentity.Of(aligned));
                baselinePairs.Add((Review.ReviewSession.Sha256(aligned.Source.Document.Text), Review.ReviewSession.Sha256(aligned.Target.Document.Text)));
                foreach (var entry in outcome.Unmatched)
                {
                    stderr.WriteLine($"bitext: {r.Pair.Name}: warning: baseline entry {entry.Id} matches no finding of this pair any more");
                }

                r = r with { Result = Review.Baseline.Without(aligned, outcome) };
            }

            string line = settings.Format == "text" ? TextLine(r) : BatchJsonLineWriter.Line(r, settings.Paths);
            try
            {
                output.WriteLine(line);
            }
            catch (IOException) when (settings.Output is null)
            {
                outputClosed = true;
                throw;
            }
            catch (Exception e) when (settings.Output is not null && Loading.FileSystemErrors.IsFileSystemError(e))
            {
                // A full disk or a vanished folder: the batch stops, says how far it got, and removes its temporary file.
                outputFailed = e;
                throw;
            }

            summary.Add(r, settings.FailOn);
            if (r.Failed)
            {
                stderr.WriteLine($"bitext: {r.Pair.Name}: {r.Error}");
                outputIsAnInput |= r.ErrorCode == DiagnosticCodes.InputIsOutput;
            }
        }

        bool terminal = realConsole && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        var clock = Stopwatch.StartNew();
        try
        {
            if (terminal && settings.Output is not null)
            {
                // Lines go to the file, so the terminal is free for a live bar.
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
                int? total = pairs is IReadOnlyCollection<BatchPair> list ? list.Count : null;
                console.Progress().AutoClear(true).Columns(
                        new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask(total is { } n ? $"Aligning {Plural.Of(n, "pair")}" : "Aligning pairs", maxValue: total ?? 1);
                        task.IsIndeterminate = total is null;
                        await runner.RunAsync(pairs, Write, _ => task.Increment(1), stop).ConfigureAwait(false);
                    }).GetAwaiter().GetResult();
            }
            else
            {
                runner.RunAsync(pairs, Write, completed: null, stop).GetAwaiter().GetResult();
            }
        }
        catch (IOException) when (outputClosed)
        {
            // The reader went away (| head): stop, as a pipeline expects.
        }
        catch (Exception) when (outputFailed is not null)
        {
            // Reported below, after the summary.
        }

        if (settings.Baseline is not null)
        {
            int elsewhere = settings.Baseline.Entries.Count(e => !baselinePairs.Contains((e.SourceSha256, e.TargetSha256)));
            if (elsewhere > 0)
            {
                stderr.WriteLine($"bitext: warning: {Plural.Of(elsewhere, "baseline entry", "baseline entries")} match no pair of this batch (the documents changed, or the pair is not in it)");
            }
        }

        bool interrupted = stop.IsCancellationRequested;
        string ending = interrupted ? "; interrupted: no new pair was started, the lines written are whole"
            : outputClosed ? "; output closed: stopped"
            : outputFailed is not null ? "; output failed: stopped" : "";
        if (terminal)
        {
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }).Write(SummaryTable(summary, clock.Elapsed));
            if (ending.Length > 0)
            {
                stderr.WriteLine($"bitext: batch{ending}");
            }
        }
        else
        {
            stderr.WriteLine($"bitext: batch: {Summary(summary, clock.Elapsed)}{ending}");
        }

        if (outputFailed is null && !outputClosed)
        {
            try
            {
                output.Complete(settings.Output is not null && outputIsAnInput ? stderr : null);
            }
            catch (Exception e) when (settings.Output is not null && Loading.FileSystemErrors.IsFileSystemError(e))
            {
                // The last lines or the rename failed (a full disk takes the buffered end of the file too).
                outputFailed = e;
            }
        }

        if (outputFailed is not null)
        {
            output.Abandon();
            stderr.WriteLine($"bitext: {settings.Output}: {OutputFile.Describe(outputFailed).Message}; the output was not written (its temporary file was removed)");
            return BitextCommand.BadInput;
        }

        if (interrupted)
        {
            return InterruptedExit;
        }

        if (outputClosed)
        {
            return OutputClosedExit;
        }

        if (summary.Pairs == 0)
        {
            stderr.WriteLine($"bitext: {settings.Input}: {Messages.ManifestEmpty().Message}");
            return BitextCommand.BadInput;
        }

        return outputIsAnInput ? BitextCommand.BadInput : ExitCode(summary);
    }

    private static string TextLine(BatchPairResult r)
    {
        if (r.Result is not { } result)
        {
            return TerminalText.Escape($"{r.Pair.Name}: error: {r.Error}");
        }

        var f = r.Findings;
        return $"{TerminalText.Escape(r.Pair.Name)}: {result.Source.Document.Language}→{result.Target.Document.Language}, {Plural.Of(result.Beads.Count, "bead")}, "
            + $"{result.Unmatched.Count()} unmatched, {result.LowConfidence().Count()} low confidence, "
            + $"findings {f.Error} error / {f.Warning} warning / {f.Info} info ({r.Elapsed.TotalMilliseconds:F0} ms)";
    }

    private static string Summary(BatchSummary s, TimeSpan elapsed) =>
        $"{Plural.Of(s.Pairs, "pair")}, {s.Failed} failed, {Plural.Of(s.Beads, "bead")}, "
        + $"findings {s.Findings.Error} error / {s.Findings.Warning} warning / {s.Findings.Info} info, {elapsed.TotalSeconds:F1} s";

    private static Table SummaryTable(BatchSummary s, TimeSpan elapsed)
    {
        var table = new Table().AddColumns("Pairs", "Failed", "Beads", "Errors", "Warnings", "Info", "Time");
        table.AddRow(
            s.Pairs.ToString(), s.Failed.ToString(), s.Beads.ToString(),
            s.Findings.Error.ToString(), s.Findings.Warning.ToString(), s.Findings.Info.ToString(), $"{elapsed.TotalSeconds:F1} s");
        return table;
    }

    private sealed record Settings(string Input, string Format, string? Output, int Parallel, string FailOn, string? Root, DocumentPathStyle Paths, Review.Baseline? Baseline)
    {
        /// <summary>Whether the input is an archive to pair first (<c>--pair</c>).</summary>
        public bool Pair { get; init; }

        /// <summary><c>--source-lang</c> as given.</summary>
        public string? SourceCode { get; init; }

        /// <summary><c>--target-lang</c> as given.</summary>
        public string? TargetCode { get; init; }

        /// <summary>Every pair's source language unless its row says otherwise (<c>--source-lang</c>, once checked); <see langword="null"/>: detected.</summary>
        public Language? SourceLanguage { get; init; }

        /// <summary>Every pair's target language unless its row says otherwise (<c>--target-lang</c>, once checked); <see langword="null"/>: detected.</summary>
        public Language? TargetLanguage { get; init; }

        /// <summary>The tag of a directory's source files and the originals' language in an archive: <c>--source-lang</c>, else English.</summary>
        public Language SourceTag => SourceLanguage ?? Language.English;
    }

    /// <summary>
    /// The pairs <see cref="Alignment.Pairing.DocumentPairer"/> finds in the archive, named by their source files; the
    /// documents left without a partner are counted on standard error (run <c>bitext pair</c> for the reasons).
    /// </summary>
    private static List<BatchPair> PairArchive(Settings settings, TextWriter stderr)
    {
        var target = settings.TargetLanguage ?? (settings.SourceTag == Language.Spanish ? Language.English : Language.Spanish);
        var outcomes = PairCommand.Collect(new Alignment.Pairing.DocumentPairer(new Alignment.Pairing.PairingOptions { SourceLanguage = settings.SourceTag, TargetLanguage = target }), [settings.Input]);
        var pairs = outcomes.OfType<Alignment.Pairing.DocumentPair>().Select(p => new BatchPair(Path.GetFileNameWithoutExtension(p.Source), p.Source, p.Target)).ToList();
        int unpaired = outcomes.OfType<Alignment.Pairing.UnpairedDocument>().Count();
        stderr.WriteLine($"bitext: {settings.Input}: {Plural.Of(pairs.Count, "pair")} found, {Plural.Of(unpaired, "document")} without a partner ('bitext pair' says why)");
        return pairs;
    }

    /// <summary>
    /// Where result lines go: standard output (as raw file descriptor 1, so a closed pipe is an error rather than
    /// silently swallowed as <see cref="Console.Out"/> does), a caller's writer (tests), or a temporary file in the
    /// output's folder that replaces the output only when the batch ends. Each line is flushed whole.
    /// </summary>
    private sealed class BatchOutput
    {
        private readonly TextWriter _writer;
        private readonly string? _temporary;
        private readonly string? _path;
        private bool _done;

        private BatchOutput(TextWriter writer, string? temporary, string? path)
        {
            _writer = writer;
            _temporary = temporary;
            _path = path;
        }

        public static BatchOutput Open(string? path, TextWriter? caller)
        {
            if (path is not null)
            {
                string full = Path.GetFullPath(path);
                string temporary = OutputFile.TemporaryFor(full);
                try
                {
                    return new BatchOutput(new StreamWriter(new FileStream(temporary, FileMode.CreateNew, FileAccess.Write), Utf8), temporary, full);
                }
                catch (Exception e) when (Loading.FileSystemErrors.IsFileSystemError(e))
                {
                    throw new ReportFormatException(OutputFile.Describe(e), path);
                }
            }

            if (caller is not null)
            {
                return new BatchOutput(caller, null, null);
            }

            Stream stdout = OperatingSystem.IsWindows()
                ? Console.OpenStandardOutput()
                : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            return new BatchOutput(new StreamWriter(stdout, Utf8), null, null);
        }

        public void WriteLine(string line)
        {
            _writer.Write(line);
            _writer.Write('\n');
            _writer.Flush();
        }

        /// <summary>Ends the output: the temporary file replaces the output, unless a pair named the output as an input.</summary>
        public void Complete(TextWriter? keepBecauseInput)
        {
            if (_temporary is null)
            {
                _done = true;
                return;
            }

            // Until the rename is done, a failure (a full disk takes the buffered end too) leaves Abandon to remove the file.
            _writer.Dispose();
            if (keepBecauseInput is not null)
            {
                _done = true;
                keepBecauseInput.WriteLine($"bitext: {_path}: a pair reads this file, so it was not replaced; the results are in {_temporary}");
                return;
            }

            OutputFile.Replace(_path!, _temporary);
            _done = true;
        }

        /// <summary>After an error: the temporary file goes, the output is untouched.</summary>
        public void Abandon()
        {
            if (_done || _temporary is null)
            {
                return;
            }

            _done = true;
            try
            {
                // On a full disk the last buffered bytes cannot be written either; the file goes all the same.
                _writer.Dispose();
            }
            catch (Exception e) when (Loading.FileSystemErrors.IsFileSystemError(e))
            {
            }

            try
            {
                File.Delete(_temporary);
            }
            catch (Exception e) when (Loading.FileSystemErrors.IsFileSystemError(e))
            {
            }
        }
    }

    /// <summary>
    /// The first SIGINT or SIGTERM asks the batch to stop (no new pair, whole lines, a summary, exit 130); a second
    /// one ends the process at once, as usual.
    /// </summary>
    private sealed class InterruptSignals : IDisposable
    {
        private readonly List<PosixSignalRegistration> _registrations = [];
        private int _received;

        public InterruptSignals(CancellationTokenSource stop)
        {
            foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
            {
                try
                {
                    _registrations.Add(PosixSignalRegistration.Create(signal, context =>
                    {
                        if (Interlocked.Increment(ref _received) == 1)
                        {
                            context.Cancel = true;
                            stop.Cancel();
                        }
                    }));
                }
                catch (PlatformNotSupportedException)
                {
                    // SIGTERM is not a thing on Windows; Ctrl+C still works.
                }
            }
        }

        public void Dispose() => _registrations.ForEach(r => r.Dispose());
    }
}
