using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using Alignment;
using Alignment.Export;

namespace Alignment.Cli;

/// <summary>
/// The <c>bitext</c> command line. Exit codes: 0 success (nothing at the threshold), 1 findings at the
/// threshold, 2 bad input or bad usage, 3 internal error (a bug: one line on standard error, never a stack trace).
/// No exception reaches System.CommandLine's default handler (which would print a stack trace and return 1).
/// </summary>
internal static class BitextCommand
{
    public const int Ok = 0;
    public const int FindingsExit = 1;
    public const int BadInput = 2;
    public const int InternalError = 3;

    private static readonly BitextAligner Aligner = new();

    private const string FullPathsName = "--full-paths";

    /// <summary>How the command being run names documents in its outputs: <c>--full-paths</c> or file names.</summary>
    internal static DocumentPathStyle PathStyle(ParseResult parse) =>
        parse.GetValue<bool>(FullPathsName) ? DocumentPathStyle.FullPath : DocumentPathStyle.FileName;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, Console.OpenStandardInput);

    /// <summary>Runs one command line; <paramref name="openStandardInput"/> gives the stream <c>-</c> reads.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> openStandardInput)
    {
        // Whatever reaches standard error (file names, headings, queries quoted back) is escaped for the terminal.
        stderr = stderr as TerminalWriter ?? new TerminalWriter(stderr);
        ParseResult? parse = null;
        try
        {
            var (root, inputs) = Build(stdout, stderr, openStandardInput);
            parse = root.Parse(args);
            inputs.Command = parse.CommandResult.Command;
            var errors = UsageErrors.Of(parse, args);
            if (errors.Count > 0)
            {
                // One line per distinct message: a misspelled command or option named with the nearest real one.
                foreach (string message in errors)
                {
                    stderr.WriteLine($"bitext: {message}");
                }

                stderr.WriteLine(UsageHint(parse));
                return BadInput;
            }

            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return Report(Unwrap(e), stderr, parse?.CommandResult.Command);
        }
    }

    /// <summary>
    /// The one line and exit code for an exception that ended a command: bad input 2, anything else is a bug, 3.
    /// <paramref name="command"/> is the command that was running, if known: the advice printed names only options it accepts.
    /// </summary>
    internal static int Report(Exception e, TextWriter stderr, Command? command = null)
    {
        switch (e)
        {
            case ReportFormatException bad:
                stderr.WriteLine($"bitext: {CliAdvice.Message(bad, command)}");
                return BadInput;
            case IOException io:
                // A full disk or a vanished device: the operating system's reason, without .NET's wording.
                stderr.WriteLine($"bitext: I/O error ({Loading.FileSystemErrors.Reason(io)})");
                return BadInput;
            case UnauthorizedAccessException:
                stderr.WriteLine("bitext: permission denied");
                return BadInput;
            case OutOfMemoryException:
                stderr.WriteLine("bitext: internal error: out of memory");
                return InternalError;
            default:
                stderr.WriteLine($"bitext: internal error: {e.GetType().Name}: {Loading.PdfTextExtractor.FirstLine(e.Message)} (please report it)");
                return InternalError;
        }
    }

    private static Exception Unwrap(Exception e)
    {
        while (e is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            e = aggregate.InnerExceptions[0];
        }

        while (e is System.Reflection.TargetInvocationException { InnerException: { } inner })
        {
            e = inner;
        }

        return e;
    }

    /// <summary>The last line of a usage error: <c>Run 'bitext align --help'.</c>, naming the command that was being parsed.</summary>
    internal static string UsageHint(ParseResult parse)
    {
        return $"Run '{UsageErrors.CommandPath(parse.CommandResult)} --help'.";
    }

    /// <summary>The whole command tree, for tests that check every command (its actions write nowhere).</summary>
    internal static RootCommand CommandTree() => Build(TextWriter.Null, TextWriter.Null, () => Stream.Null).Root;

    private static (RootCommand Root, ReportInputs Inputs) Build(TextWriter stdout, TextWriter stderr, Func<Stream> openStandardInput)
    {
        var inputs = new ReportInputs(openStandardInput, stderr);
        var root = new RootCommand("Align a Spanish report with its English counterpart and flag numeric disagreements.");
        ToolVersion.Replace(root, stdout);

        // On every command: outputs that are shared (JSON, TMX, the HTML pages) name documents by file name unless it
        // is given, so no local folder leaks to a client.
        root.Options.Add(new Option<bool>(FullPathsName)
        {
            Description = "Name documents by their full path in JSON, TMX and HTML outputs (default: the file name only).",
            Recursive = true,
        });
        root.Subcommands.Add(StructureCommand("sections", "List the sections of a report (kind, heading, offsets).", sentences: false, stdout, inputs));
        root.Subcommands.Add(StructureCommand("sentences", "List the sentences of a report with their offsets.", sentences: true, stdout, inputs));
        root.Subcommands.Add(AlignCommand(stdout, stderr, inputs));
        root.Subcommands.Add(CheckCommand(stdout, stderr, inputs));
        root.Subcommands.Add(IndexCommands.Create(stdout, stderr, inputs));
        root.Subcommands.Add(IndexCommands.CreateSearch(stdout, stderr));
        root.Subcommands.Add(DiffCommand.Create(stdout, stderr, inputs));
        root.Subcommands.Add(BatchCommand.Create(openStandardInput, stdout, stderr));
        root.Subcommands.Add(PairCommand.Create(stdout, stderr));
        root.Subcommands.Add(ReviewCommand.Create(stdout, stderr, inputs, Aligner));
        return (root, inputs);
    }

    private static Command StructureCommand(string name, string description, bool sentences, TextWriter stdout, ReportInputs inputs)
    {
        var file = new Argument<string>("FILE") { Description = "The report (.txt, .pdf, .docx or .html), or - for standard input." };
        var format = FormatOption("text", "text", "json");
        var lang = new Option<string?>("--lang") { Description = "Language code (es, en) instead of detecting it." };
        var output = OutputOption();
        var command = new Command(name, description) { file, format, lang, output };
        command.SetAction(parse =>
        {
            string? path = parse.GetValue(output);
            RefuseOutputOntoInput(path, parse.GetValue(file)!);
            var document = inputs.Load(parse.GetValue(file)!, parse.GetValue(lang));
            var structure = Aligner.Analyze(document);
            WriteTo(path, stdout, (stream, writer) =>
            {
                if (parse.GetValue(format) == "json")
                {
                    WriteJsonLine(stream, s => BitextJsonWriter.Write(structure, sentences, s, PathStyle(parse)));
                }
                else
                {
                    TextReport.WriteStructure(structure, sentences, writer);
                }
            });

            return Ok;
        });
        return command;
    }

    private static Command AlignCommand(TextWriter stdout, TextWriter stderr, ReportInputs inputs)
    {
        var (source, target, sourceLang, targetLang) = PairArguments();
        var format = FormatOption("text", "json", "tsv", "csv", "text", "tmx", "html", "xliff", "xliff12", "beads", "ladder");
        var input = InputOption();
        var output = OutputOption();
        var tmxText = new Option<string>("--tmx-text") { Description = "TMX: the text as a CAT tool segments the files (bullets, line breaks), or the normalized sentences.", DefaultValueFactory = _ => "segmented" };
        tmxText.AcceptOnlyFromAmong("segmented", "normalized");
        var omissions = new Option<string>("--omissions") { Description = "TMX: keep or drop omissions and additions (1-0, 0-1).", DefaultValueFactory = _ => "drop" };
        omissions.AcceptOnlyFromAmong("keep", "drop");
        var (dictionary, dictionaryFormat) = (DictionaryOptions.File(), DictionaryOptions.Format());
        var explain = new Option<bool>("--explain")
        {
            Description = "Instead of the beads, say what each stage did and why the beads came out as they did: sentences, blocks, anchors, "
                + "length models, first pass, learned lexicon, second pass, numbers read, findings.",
        };
        var command = new Command("align", "Align SOURCE (the original) with TARGET (the translation), sentence by sentence.")
        {
            source, target, sourceLang, targetLang, input, format, output, omissions, tmxText, dictionary, dictionaryFormat, explain,
        };
        OnlyWithFormat(command, format, "tmx", omissions, tmxText);
        OnlyWithFormat(command, format, "text", explain);
        OnlyWith(command, dictionary, dictionaryFormat);
        command.SetAction(parse =>
        {
            string? path = parse.GetValue(output);
            RefuseOutputOntoInput(path, parse.GetValue(source)!, parse.GetValue(target)!);
            var aligner = DictionaryOptions.Aligner(Aligner, parse.GetValue(dictionary), parse.GetValue(dictionaryFormat)!);
            bool explaining = parse.GetValue(explain);
            if (explaining)
            {
                aligner = new BitextAligner(aligner.Options with { Explain = true });
            }

            var result = AlignPair(aligner, inputs, parse.GetValue(source)!, parse.GetValue(target)!, parse.GetValue(sourceLang), parse.GetValue(targetLang), parse.GetValue(input) == "lines", stderr);
            WriteTo(path, stdout, (stream, writer) =>
            {
                switch (explaining ? "explain" : parse.GetValue(format))
                {
                    case "explain":
                        ExplanationWriter.Write(result, writer);
                        break;
                    case "json":
                        BitextJsonWriter.Write(result, stream, PathStyle(parse));
                        break;
                    case "tsv":
                        TsvWriter.Write(result, writer);
                        break;
                    case "csv":
                        CsvWriter.Write(result, writer);
                        break;
                    case "beads":
                        BeadListWriter.Write(result, writer);
                        break;
                    case "ladder":
                        LadderWriter.Write(result, writer);
                        break;
                    case "xliff":
                        XliffWriter.Write(result, stream, PathStyle(parse));
                        break;
                    case "xliff12":
                        Xliff12Writer.Write(result, stream, PathStyle(parse));
                        break;
                    case "tmx":
                        TmxWriter.Write(result, stream, new TmxOptions
                        {
                            KeepUnmatched = parse.GetValue(omissions) == "keep",
                            DocumentPaths = PathStyle(parse),
                            Text = parse.GetValue(tmxText) == "normalized" ? TmxSegmentText.Normalized : TmxSegmentText.AsSegmented,
                        });
                        break;
                    case "html":
                        HtmlReviewWriter.Write(result, writer, PathStyle(parse));
                        break;
                    default:
                        TextReport.WriteAlignment(result, writer);
                        break;
                }
            });
            return Ok;
        });
        return command;
    }

    private static Command CheckCommand(TextWriter stdout, TextWriter stderr, ReportInputs inputs)
    {
        var (source, target, sourceLang, targetLang) = PairArguments();
        var format = FormatOption("text", "text", "json");
        var input = InputOption();
        var output = OutputOption();
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding reaches this severity.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "none");
        var (dictionary, dictionaryFormat) = (DictionaryOptions.File(), DictionaryOptions.Format());
        var baseline = BaselineOption();
        var command = new Command("check", "Align SOURCE with TARGET and report numeric disagreements.")
        {
            source, target, sourceLang, targetLang, input, format, failOn, output, dictionary, dictionaryFormat, baseline,
        };
        OnlyWith(command, dictionary, dictionaryFormat);
        command.SetAction(parse =>
        {
            string? path = parse.GetValue(output);
            RefuseOutputOntoInput(path, parse.GetValue(source)!, parse.GetValue(target)!);
            var aligner = DictionaryOptions.Aligner(Aligner, parse.GetValue(dictionary), parse.GetValue(dictionaryFormat)!);
            var decisions = parse.GetValue(baseline) is { } baselinePath ? Review.Baseline.Load(baselinePath) : null;
            var result = AlignPair(aligner, inputs, parse.GetValue(source)!, parse.GetValue(target)!, parse.GetValue(sourceLang), parse.GetValue(targetLang), parse.GetValue(input) == "lines", stderr);
            Review.BaselineOutcome? outcome = null;
            if (decisions is not null)
            {
                // False alarms leave the gate but stay listed: as diagnostics in the JSON, after the findings in text.
                outcome = decisions.Apply(result, Review.FindingIdentity.Of(result));
                result = Review.Baseline.Without(result, outcome);
                foreach (var d in outcome.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
                {
                    stderr.WriteLine($"bitext: warning: {d.Message}");
                }
            }

            WriteTo(path, stdout, (stream, writer) =>
            {
                if (parse.GetValue(format) == "json")
                {
                    WriteJsonLine(stream, s => BitextJsonWriter.Write(result, s, PathStyle(parse)));
                }
                else
                {
                    TextReport.WriteFindings(result, writer);
                    foreach (var d in outcome?.Diagnostics.Where(d => d.Code == DiagnosticCodes.BaselineSuppressed) ?? [])
                    {
                        writer.WriteLine($"suppressed {d.Message}");
                    }
                }
            });

            return FindingsGate.Reached(result.Findings, parse.GetValue(failOn)!) ? FindingsExit : Ok;
        });
        return command;
    }

    /// <summary>
    /// Refuses (a usage error, exit 2) <paramref name="options"/> given on a command line whose <c>--format</c> is not
    /// <paramref name="formatValue"/>: an option that would do nothing is never accepted silently.
    /// </summary>
    internal static void OnlyWithFormat(Command command, Option<string> format, string formatValue, params Option[] options)
    {
        command.Validators.Add(result =>
        {
            // The format as written (an invalid one has its own error; reading its value would throw).
            string given = result.GetResult(format) is { Tokens.Count: > 0 } written ? written.Tokens[^1].Value : "text";
            if (given == formatValue)
            {
                return;
            }

            foreach (var option in options)
            {
                if (result.GetResult(option) is { Implicit: false })
                {
                    result.AddError($"{option.Name} applies only to --format {formatValue}; it would do nothing with --format {given}");
                }
            }
        });
    }

    /// <summary>Refuses (exit 2) <paramref name="dependent"/> given without <paramref name="required"/>, which it only qualifies.</summary>
    internal static void OnlyWith(Command command, Option required, Option dependent)
    {
        command.Validators.Add(result =>
        {
            if (result.GetResult(dependent) is { Implicit: false } && result.GetResult(required) is null or { Implicit: true })
            {
                result.AddError($"{dependent.Name} applies only with {required.Name}; it would do nothing without it");
            }
        });
    }

    private static (Argument<string> Source, Argument<string> Target, Option<string?> SourceLang, Option<string?> TargetLang) PairArguments() =>
        (new Argument<string>("SOURCE") { Description = "The original report, or - for standard input." },
         new Argument<string>("TARGET") { Description = "Its translation, or - for standard input." },
         new Option<string?>("--source-lang") { Description = "Language of SOURCE (es, en; with --input lines any code, such as de) instead of detecting it." },
         new Option<string?>("--target-lang") { Description = "Language of TARGET (es, en; with --input lines any code, such as fr) instead of detecting it." });

    private static Option<string> InputOption()
    {
        var option = new Option<string>("--input")
        {
            Description = "What the files hold: report documents (split into sections and sentences), or lines: one segment a line, "
                + "as hunalign, Vecalign and Moses tools read (segment ids are 0-based line numbers; pairs other than es-en use language-independent features).",
            DefaultValueFactory = _ => "document",
        };
        option.AcceptOnlyFromAmong("document", "lines");
        return option;
    }

    /// <summary>The <c>--baseline</c> option of <c>check</c> and <c>batch</c>.</summary>
    internal static Option<string?> BaselineOption() =>
        new("--baseline") { Description = "A decisions file (bitext review --export-decisions): findings marked false-alarm there leave the gate, listed as suppressed." };

    private static Option<string> FormatOption(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => defaultValue };
        option.AcceptOnlyFromAmong(allowed.Distinct().ToArray());
        return option;
    }

    /// <summary>The <c>-o</c> option of a command with one result.</summary>
    internal static Option<string?> OutputOption() =>
        new("--output", "-o") { Description = "Write to this file instead of standard output (never onto an input; replaced only once complete)." };

    /// <summary>Refuses (exit 2) an output path that is one of the inputs, before any work is done.</summary>
    internal static void RefuseOutputOntoInput(string? output, params string[] inputs)
    {
        if (output is not null)
        {
            OutputFile.EnsureNotAnInput(output, inputs);
        }
    }

    private static BitextResult AlignPair(BitextAligner aligner, ReportInputs inputs, string source, string target, string? sourceLang, string? targetLang, bool lines, TextWriter stderr)
    {
        BitextResult result;
        if (lines)
        {
            result = aligner.AlignLines(inputs.LoadLines(source, sourceLang), inputs.LoadLines(target, targetLang));
        }
        else
        {
            var (sourceDocument, targetDocument) = inputs.LoadPair(source, sourceLang, target, targetLang);
            result = aligner.Align(sourceDocument, targetDocument);
        }

        WarningLines.Write(stderr, "warning", result.Diagnostics, inputs.Command);

        return result;
    }

    private static void WriteJsonLine(Stream stream, Action<Stream> write)
    {
        write(stream);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Writes a command's one result to standard output, or to <paramref name="path"/> through <see cref="OutputFile"/>
    /// (a temporary file renamed when complete). The writer and the stream are the same output; the writer is flushed before the end.
    /// Either way the result is streamed as it is written, never gathered whole in memory.
    /// </summary>
    internal static void WriteTo(string? path, TextWriter stdout, Action<Stream, TextWriter> write)
    {
        if (path is null)
        {
            using var stream = StandardOutput.Open(stdout);
            WriteBoth(stream, write);
            return;
        }

        OutputFile.Write(path, stream => WriteBoth(stream, write));
    }

    private static void WriteBoth(Stream stream, Action<Stream, TextWriter> write)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        write(stream, writer);
    }
}
