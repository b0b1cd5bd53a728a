using System.CommandLine;
using Alignment;
using Alignment.Diffing;

namespace Alignment.Cli;

/// <summary>
/// <c>bitext diff OLD NEW [--format text|json|html]</c>: what changed between two versions of a report.
/// Exits 0 when the versions have the same sentences, 1 when they differ (as diff(1) does), 2 on bad input.
/// </summary>
internal static class DiffCommand
{
    private static readonly VersionDiffer Differ = new();

    /// <summary>The <c>diff</c> command.</summary>
    internal static Command Create(TextWriter stdout, TextWriter stderr, ReportInputs inputs)
    {
        var older = new Argument<string>("OLD") { Description = "The earlier version of the report." };
        var newer = new Argument<string>("NEW") { Description = "The later version, in the same language." };
        var lang = new Option<string?>("--lang") { Description = "Language of both versions (es, en) instead of detecting it." };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html");
        var output = BitextCommand.OutputOption();
        var command = new Command("diff", "Compare two versions of a report sentence by sentence; exit 1 when they differ.")
        {
            older, newer, lang, format, output,
        };
        command.SetAction(parse =>
        {
            string? path = parse.GetValue(output);
            BitextCommand.RefuseOutputOntoInput(path, parse.GetValue(older)!, parse.GetValue(newer)!);
            var oldDocument = inputs.Load(parse.GetValue(older)!, parse.GetValue(lang));
            var newDocument = inputs.Load(parse.GetValue(newer)!, parse.GetValue(lang));
            var diff = Differ.Compare(oldDocument, newDocument);
            WarningLines.Write(stderr, "warning", diff.Diagnostics, parse.CommandResult.Command);

            BitextCommand.WriteTo(path, stdout, (stream, writer) =>
            {
                switch (parse.GetValue(format))
                {
                    case "json":
                        DiffJsonWriter.Write(diff, stream, BitextCommand.PathStyle(parse));
                        stream.WriteByte((byte)'\n');
                        break;
                    case "html":
                        DiffHtmlWriter.Write(diff, writer, BitextCommand.PathStyle(parse));
                        break;
                    default:
                        DiffTextWriter.Write(diff, writer);
                        break;
                }
            });

            return diff.HasChanges ? BitextCommand.FindingsExit : BitextCommand.Ok;
        });
        return command;
    }
}
