using System.CommandLine;
using System.Net;
using Alignment;
using Alignment.Cli.Review;

namespace Alignment.Cli;

/// <summary>
/// <c>bitext review SOURCE TARGET [--port N] [--db FILE] [--listen ADDRESS] [--reviewer NAME]</c>: the local review
/// server (prints its address, runs until Ctrl+C); with <c>--export-decisions FILE</c> it writes the stored decisions
/// as a baseline file and exits, starting no server. Documents the other commands refuse are refused here too (exit 2).
/// </summary>
internal static class ReviewCommand
{
    /// <summary>The database's file name beside the source document when <c>--db</c> is not given.</summary>
    public const string DefaultDatabaseName = "bitext-review.sqlite";

    /// <summary>The <c>review</c> command.</summary>
    internal static Command Create(TextWriter stdout, TextWriter stderr, ReportInputs inputs, BitextAligner aligner)
    {
        var source = new Argument<string>("SOURCE") { Description = "The original report." };
        var target = new Argument<string>("TARGET") { Description = "Its translation." };
        var sourceLang = new Option<string?>("--source-lang") { Description = "Language of SOURCE (es, en) instead of detecting it." };
        var targetLang = new Option<string?>("--target-lang") { Description = "Language of TARGET (es, en) instead of detecting it." };
        var port = new Option<int>("--port") { Description = "TCP port to listen on (default: a free port, printed)." };
        var listen = new Option<string>("--listen") { Description = "Address to listen on; 127.0.0.1 (this machine only) unless told otherwise.", DefaultValueFactory = _ => "127.0.0.1" };
        var db = new Option<string?>("--db") { Description = $"The decisions database (SQLite; default: {DefaultDatabaseName} beside SOURCE). Decisions are keyed by both documents' content hashes." };
        var reviewer = new Option<string?>("--reviewer") { Description = "Who the decisions are recorded as when a request does not say (default: the user name)." };
        var export = new Option<string?>("--export-decisions") { Description = "Write the stored decisions as a baseline JSON file (for check/batch --baseline) and exit; no server." };
        var command = new Command("review", "Review an alignment in the browser: fix beads, decide on findings; every decision stored at once in SQLite.")
        {
            source, target, sourceLang, targetLang, port, listen, db, reviewer, export,
        };
        command.SetAction(parse =>
        {
            string sourcePath = parse.GetValue(source)!;
            string targetPath = parse.GetValue(target)!;
            if (sourcePath == "-" || targetPath == "-")
            {
                stderr.WriteLine("bitext: review needs both documents as files (decisions are stored beside them), not standard input");
                return BitextCommand.BadInput;
            }

            int portNumber = parse.GetValue(port);
            if (portNumber is < 0 or > 65535)
            {
                stderr.WriteLine($"bitext: --port {portNumber} is not a TCP port (0 to 65535; 0 picks a free one)");
                return BitextCommand.BadInput;
            }

            if (!IPAddress.TryParse(parse.GetValue(listen), out var address))
            {
                stderr.WriteLine($"bitext: --listen {parse.GetValue(listen)} is not an IP address (such as 127.0.0.1 or 0.0.0.0)");
                return BitextCommand.BadInput;
            }

            string? exportPath = parse.GetValue(export);
            BitextCommand.RefuseOutputOntoInput(exportPath, sourcePath, targetPath);
            var (sourceDocument, targetDocument) = inputs.LoadPair(sourcePath, parse.GetValue(sourceLang), targetPath, parse.GetValue(targetLang));
            var result = aligner.Align(sourceDocument, targetDocument);
            foreach (var d in result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
            {
                stderr.WriteLine($"bitext: warning: {CliAdvice.Message(d, parse.CommandResult.Command)}");
            }

            string dbPath = parse.GetValue(db) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(sourcePath)) ?? ".", DefaultDatabaseName);
            var store = OpenStore(dbPath, stderr);
            if (store is null)
            {
                return BitextCommand.BadInput;
            }

            var session = new ReviewSession(aligner, result, store, parse.GetValue(reviewer) ?? Environment.UserName);
            if (exportPath is not null)
            {
                var state = session.Current();
                BitextCommand.WriteTo(exportPath, stdout, (stream, _) => Baseline.Write(stream, state.Result, state.FindingIds, state.Decisions.Values, BitextCommand.PathStyle(parse)));
                return BitextCommand.Ok;
            }

            ReviewServer server;
            try
            {
                server = ReviewServer.StartAsync(session, address, portNumber, BitextCommand.PathStyle(parse), stderr).GetAwaiter().GetResult();
            }
            catch (IOException e)
            {
                stderr.WriteLine($"bitext: cannot listen on {address}:{portNumber}: {e.Message.Split('\n')[0]}");
                return BitextCommand.BadInput;
            }

            stdout.WriteLine($"bitext review: {server.Address} (decisions in {store.Path}; Ctrl+C to stop)");
            stdout.Flush();
            server.WaitForShutdownAsync().GetAwaiter().GetResult();
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return BitextCommand.Ok;
        });
        return command;
    }

    private static ReviewStore? OpenStore(string path, TextWriter stderr)
    {
        try
        {
            return new ReviewStore(path);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            stderr.WriteLine($"bitext: {Path.GetFileName(path)}: not a review database ({e.Message.Split('\n')[0]})");
            return null;
        }
    }
}
