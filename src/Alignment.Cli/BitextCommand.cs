using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using Alignment;
using Alignment.Export;

namespace Alignment.Cli;

/// <summary>
/// The <c>bitext</c> command line. Exit codes: 0 success (nothing at the threshold), 1 findings at the
/// threshold, 2 bad input or bad usage. Expected bad input never reaches System.CommandLine's default
/// exception handler (which would print a stack trace and return 1).
/// </summary>
internal static class BitextCommand
{
    public const int Ok = 0;
    public const int FindingsExit = 1;
    public const int BadInput = 2;

    private static readonly BitextAligner Aligner = new();

    private const string FullPathsName = "--full-paths";

    /// <summary>How the command being run names documents in its outputs: <c>--full-paths</c> or file names.</summary>
    internal static DocumentPathStyle PathStyle(ParseResult parse) =>
        parse.GetValue<bool>(FullPathsName) ? DocumentPathStyle.FullPath : DocumentPathStyle.FileName;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Build(stdout, stderr);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // One line per distinct message (two missing arguments give the same text twice); a list of allowed
            // values, which System.CommandLine puts one per line, joined onto its line.
            foreach (string message in parse.Errors.Select(e => OneLine(e.Message)).Distinct())
            {
                stderr.WriteLine($"bitext: {message}");
            }

            stderr.WriteLine(UsageHint(parse));
            return BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (ReportFormatException e)
        {
            stderr.WriteLine($"bitext: {e.Message}");
            return BadInput;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"bitext: {e.Message}");
            return BadInput;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"bitext: {e.Message}");
            return BadInput;
        }
    }

    private static string OneLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Length <= 1 ? message.Trim() : $"{lines[0]} {string.Join(", ", lines[1..])}";
    }

    /// <summary>The last line of a usage error: <c>Run 'bitext align --help'.</c>, naming the command that was being parsed.</summary>
    internal static string UsageHint(ParseResult parse)
    {
        var names = new List<string>();
        for (var command = parse.CommandResult; command.Parent is CommandResult parent; command = parent)
        {
            names.Insert(0, command.Command.Name);
        }

        return $"Run '{string.Join(' ', ["bitext", .. names, "--help"])}'.";
    }

    private static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Align a Spanish report with its English counterpart and flag numeric disagreements.");
        ToolVersion.Replace(root, stdout);

        // On every command: outputs that are shared (JSON, TMX, the HTML pages) name documents by file name unless it
        // is given, so no local folder leaks to a client.
        root.Options.Add(new Option<bool>(FullPathsName)
        {
            Description = "Name documents by their full path in JSON, TMX and HTML outputs (default: the file name only).",
            Recursive = true,
        });
        root.Subcommands.Add(StructureCommand("sections", "List the sections of a report (kind, heading, offsets).", sentences: false, stdout, stderr));
        root.Subcommands.Add(StructureCommand("sentences", "List the sentences of a report with their offsets.", sentences: true, stdout, stderr));
        root.Subcommands.Add(AlignCommand(stdout, stderr));
        root.Subcommands.Add(CheckCommand(stdout, stderr));
        root.Subcommands.Add(IndexCommands.Create(stdout, stderr));
        root.Subcommands.Add(IndexCommands.CreateSearch(stdout, stderr));
        root.Subcommands.Add(DiffCommand.Create(stdout, stderr));
        root.Subcommands.Add(BatchCommand.Create(stdout, stderr));
        return root;
    }

    private static Command StructureCommand(string name, string description, bool sentences, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "The report (.txt, .pdf, .docx or .html)." };
        var format = FormatOption("text", "text", "json");
        var lang = new Option<string?>("--lang") { Description = "Language code (es, en) instead of detecting it." };
        var command = new Command(name, description) { file, format, lang };
        command.SetAction(parse =>
        {
            var document = Load(parse.GetValue(file)!, parse.GetValue(lang), stderr);
            var structure = Aligner.Analyze(document);
            if (parse.GetValue(format) == "json")
            {
                WriteJson(stdout, stream => BitextJsonWriter.Write(structure, sentences, stream, PathStyle(parse)));
            }
            else
            {
                TextReport.WriteStructure(structure, sentences, stdout);
            }

            return Ok;
        });
        return command;
    }

    private static Command AlignCommand(TextWriter stdout, TextWriter stderr)
    {
        var (source, target, sourceLang, targetLang) = PairArguments();
        var format = FormatOption("text", "json", "tsv", "csv", "text", "tmx", "html", "xliff", "beads", "ladder");
        var input = InputOption();
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var omissions = new Option<string>("--omissions") { Description = "TMX: keep or drop omissions and additions (1-0, 0-1).", DefaultValueFactory = _ => "drop" };
        omissions.AcceptOnlyFromAmong("keep", "drop");
        var command = new Command("align", "Align SOURCE (the original) with TARGET (the translation), sentence by sentence.")
        {
            source, target, sourceLang, targetLang, input, format, output, omissions,
        };
        command.SetAction(parse =>
        {
            var result = AlignPair(parse.GetValue(source)!, parse.GetValue(target)!, parse.GetValue(sourceLang), parse.GetValue(targetLang), parse.GetValue(input) == "lines", stderr);
            string? path = parse.GetValue(output);
            WriteTo(path, stdout, (stream, writer) =>
            {
                switch (parse.GetValue(format))
                {
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
                    case "tmx":
                        TmxWriter.Write(result, stream, new TmxOptions { KeepUnmatched = parse.GetValue(omissions) == "keep", DocumentPaths = PathStyle(parse) });
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

    private static Command CheckCommand(TextWriter stdout, TextWriter stderr)
    {
        var (source, target, sourceLang, targetLang) = PairArguments();
        var format = FormatOption("text", "text", "json");
        var input = InputOption();
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding reaches this severity.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "none");
        var command = new Command("check", "Align SOURCE with TARGET and report numeric disagreements.") { source, target, sourceLang, targetLang, input, format, failOn };
        command.SetAction(parse =>
        {
            var result = AlignPair(parse.GetValue(source)!, parse.GetValue(target)!, parse.GetValue(sourceLang), parse.GetValue(targetLang), parse.GetValue(input) == "lines", stderr);
            if (parse.GetValue(format) == "json")
            {
                WriteJson(stdout, stream => BitextJsonWriter.Write(result, stream, PathStyle(parse)));
            }
            else
            {
                TextReport.WriteFindings(result, stdout);
            }

            return FindingsGate.Reached(result.Findings, parse.GetValue(failOn)!) ? FindingsExit : Ok;
        });
        return command;
    }

    private static (Argument<string> Source, Argument<string> Target, Option<string?> SourceLang, Option<string?> TargetLang) PairArguments() =>
        (new Argument<string>("SOURCE") { Description = "The original report." },
         new Argument<string>("TARGET") { Description = "Its translation." },
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

    private static Option<string> FormatOption(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => defaultValue };
        option.AcceptOnlyFromAmong(allowed.Distinct().ToArray());
        return option;
    }

    private static ReportDocument Load(string path, string? language, TextWriter stderr)
    {
        var document = ReportDocument.LoadOrThrow(path, language);
        foreach (var d in document.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
        {
            stderr.WriteLine($"bitext: {path}: {d.Message}");
        }

        return document;
    }

    private static ReportDocument LoadLines(string path, string? language, TextWriter stderr)
    {
        var document = Aligning.LinesAligner.Load(path, language);
        foreach (var d in document.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
        {
            stderr.WriteLine($"bitext: {path}: {d.Message}");
        }

        return document;
    }

    private static BitextResult AlignPair(string source, string target, string? sourceLang, string? targetLang, bool lines, TextWriter stderr)
    {
        var result = lines
            ? Aligning.LinesAligner.Align(LoadLines(source, sourceLang, stderr), LoadLines(target, targetLang, stderr), Aligner.Options)
            : Aligner.Align(Load(source, sourceLang, stderr), Load(target, targetLang, stderr));
        foreach (var d in result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
        {
            stderr.WriteLine($"bitext: warning: {d.Message}");
        }

        return result;
    }

    private static void WriteJson(TextWriter stdout, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteTo(string? path, TextWriter stdout, Action<Stream, TextWriter> write)
    {
        if (path is null)
        {
            using var buffer = new MemoryStream();
            using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
            {
                write(buffer, writer);
            }

            stdout.Write(Encoding.UTF8.GetString(buffer.ToArray()));
            return;
        }

        using var file = File.Create(path);
        using var fileWriter = new StreamWriter(file, new UTF8Encoding(false));
        write(file, fileWriter);
    }
}
