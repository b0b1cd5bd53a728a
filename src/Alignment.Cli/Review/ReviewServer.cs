using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Alignment.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Alignment.Cli.Review;

/// <summary>
/// The local review server of <c>bitext review</c>: Kestrel from the ASP.NET Core shared framework, one request
/// handler (no reflection-bound endpoints, so the Native AOT tool can run it), the review page at <c>/</c> and the
/// JSON API under <c>/api</c> (README, "Review server"). A refused request gets a 4xx status and
/// <c>{"error": "one line"}</c>; an unexpected exception a 500 with <c>{"error": "internal error"}</c>, never a stack trace.
/// </summary>
internal sealed class ReviewServer : IAsyncDisposable
{
    /// <summary>The largest request body read (a decision's note is short): larger ones get 413.</summary>
    private const long MaxRequestBody = 64 * 1024;

    private static readonly Lazy<string> AppScript = new(() => Resource("review-app.js"));

    private readonly WebApplication _app;
    private readonly ReviewSession _session;
    private readonly DocumentPathStyle _paths;
    private readonly TextWriter _log;

    private ReviewServer(WebApplication app, ReviewSession session, DocumentPathStyle paths, TextWriter log)
    {
        _app = app;
        _session = session;
        _paths = paths;
        _log = log;
    }

    /// <summary>Where the server listens, as <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Starts a server for <paramref name="session"/> on <paramref name="address"/>:<paramref name="port"/> (0: a free port).</summary>
    public static async Task<ReviewServer> StartAsync(ReviewSession session, IPAddress address, int port, DocumentPathStyle paths, TextWriter log)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBody;
            kestrel.Listen(address, port);
        });
        var app = builder.Build();
        var server = new ReviewServer(app, session, paths, log);
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        string bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
        return server;
    }

    /// <summary>Waits until the process is asked to stop (Ctrl+C, SIGTERM).</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        try
        {
            await RouteAsync(context).ConfigureAwait(false);
        }
        catch (ReviewRequestException e)
        {
            await ErrorAsync(context, e.Status, e.Message).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            await ErrorAsync(context, e.StatusCode, e.StatusCode == 413 ? $"request body over {MaxRequestBody} bytes" : "bad request").ConfigureAwait(false);
        }
        catch (JsonException)
        {
            await ErrorAsync(context, 400, "the request body is not a JSON object").ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _log.WriteLine($"bitext: review: internal error on {context.Request.Method} {context.Request.Path}: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
            await ErrorAsync(context, 500, "internal error").ConfigureAwait(false);
        }
    }

    private async Task RouteAsync(HttpContext context)
    {
        string method = context.Request.Method;
        string[] parts = (context.Request.Path.Value ?? "/").Trim('/').Split('/');
        bool get = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        bool post = HttpMethods.IsPost(method);
        switch (parts)
        {
            case [""] or ["index.html"] when get:
                await PageAsync(context).ConfigureAwait(false);
                return;
            case ["api", "beads"] when get:
                await JsonAsync(context, 200, json => WriteBeads(json, _session.Current())).ConfigureAwait(false);
                return;
            case ["api", "findings"] when get:
                await JsonAsync(context, 200, json => WriteFindings(json, _session.Current())).ConfigureAwait(false);
                return;
            case ["api", "decisions"] when get:
                await DecisionsAsync(context).ConfigureAwait(false);
                return;
            case ["api", "export"] when get:
                await ExportAsync(context).ConfigureAwait(false);
                return;
            case ["api", "beads", string n, string action] when post:
                await BeadActionAsync(context, BeadNumber(n), action).ConfigureAwait(false);
                return;
            case ["api", "findings", string id, "decision"] when post:
                await DecisionAsync(context, id).ConfigureAwait(false);
                return;
            case [""] or ["index.html"] or ["api", "beads"] or ["api", "findings"] or ["api", "decisions"] or ["api", "export"]
                or ["api", "beads", _, _] or ["api", "findings", _, "decision"]:
                context.Response.Headers.Allow = parts is ["api", _, _, _] ? "POST" : "GET, HEAD";
                throw new ReviewRequestException(405, $"{method} is not allowed on {context.Request.Path}");
            default:
                throw new ReviewRequestException(404, $"no such resource: {context.Request.Path} (see /api/beads, /api/findings, /api/export)");
        }
    }

    private async Task BeadActionAsync(HttpContext context, int n, string action)
    {
        using var body = await BodyAsync(context).ConfigureAwait(false);
        var root = body.RootElement;
        long expected = Revision(root);
        string? who = OptionalString(root, "who");
        var outcome = action switch
        {
            "merge-next" => _session.MergeNext(n, expected, who),
            "split" => _session.Split(n, RequiredInt(root, "source"), RequiredInt(root, "target"), expected, who),
            "move" => _session.Move(n, Side(root), Direction(root), expected, who),
            "checked" => _session.Check(n, root.TryGetProperty("checked", out var c) ? c.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new ReviewRequestException(400, "\"checked\" must be true or false"),
            } : true, expected, who),
            _ => throw new ReviewRequestException(404, $"no bead action {action}: merge-next, split, move or checked"),
        };
        await OutcomeAsync(context, outcome, "the alignment").ConfigureAwait(false);
    }

    private async Task DecisionAsync(HttpContext context, string id)
    {
        using var body = await BodyAsync(context).ConfigureAwait(false);
        var root = body.RootElement;
        string decision = OptionalString(root, "decision") ?? throw new ReviewRequestException(400, "\"decision\" is required: \"confirmed\" or \"false-alarm\"");
        string note = OptionalString(root, "note") ?? string.Empty;
        var outcome = _session.Decide(id, decision, note, Revision(root), OptionalString(root, "who"));
        await OutcomeAsync(context, outcome, $"the decision on {id}").ConfigureAwait(false);
    }

    private static Task OutcomeAsync(HttpContext context, WriteOutcome outcome, string what) => outcome.Done
        ? JsonAsync(context, 200, json => json.WriteNumber("revision", outcome.Revision))
        : JsonAsync(context, 409, json =>
        {
            json.WriteString("error", $"{what} changed since you read it (now at revision {outcome.Revision}): reload and apply your change again");
            json.WriteNumber("revision", outcome.Revision);
        });

    private async Task PageAsync(HttpContext context)
    {
        var state = _session.Current();
        var page = new StringWriter(CultureInfo.InvariantCulture);
        HtmlReviewWriter.Write(state.Result, page, _paths);
        string html = page.ToString();
        var inject = new StringBuilder();
        inject.Append("<script>window.bitextReview = ");
        inject.Append(JsonSerializerLiteral(state));
        inject.Append(";</script>\n<script>\n").Append(AppScript.Value).Append("</script>\n");
        int end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        html = html[..end] + inject + html[end..];
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(html).ConfigureAwait(false);
    }

    // The ids of the findings in page order and the revision the page shows (the script sends it back with each edit).
    private string JsonSerializerLiteral(ReviewState state)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("revision", state.Revision);
            json.WriteString("reviewer", _session.Reviewer);
            json.WriteStartArray("findings");
            for (int i = 0; i < state.FindingIds.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("id", state.FindingIds[i]);
                json.WriteNumber("bead", state.Result.Findings[i].BeadIndex);
                if (state.Decisions.TryGetValue(state.FindingIds[i], out var d))
                {
                    WriteDecision(json, d);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("checked");
            for (int i = 0; i < state.Beads.Count; i++)
            {
                if (state.Beads[i].CheckedBy is not null)
                {
                    json.WriteNumberValue(i);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        // Utf8JsonWriter escapes <, > and & by default, so the literal cannot close the script element.
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private async Task ExportAsync(HttpContext context)
    {
        string format = context.Request.Query["format"].ToString();
        var result = _session.Current().Result;
        using var buffer = new MemoryStream();
        string type;
        switch (format)
        {
            case "tmx":
                TmxWriter.Write(result, buffer, new TmxOptions { DocumentPaths = _paths });
                type = "application/x-tmx+xml";
                break;
            case "xliff":
                XliffWriter.Write(result, buffer, _paths);
                type = "application/xliff+xml";
                break;
            case "xliff12":
                Xliff12Writer.Write(result, buffer, _paths);
                type = "application/xliff+xml";
                break;
            case "json":
                BitextJsonWriter.Write(result, buffer, _paths);
                type = "application/json";
                break;
            default:
                throw new ReviewRequestException(400, "format must be tmx, xliff, xliff12 or json");
        }

        context.Response.ContentType = type + "; charset=utf-8";
        string name = Path.GetFileNameWithoutExtension(result.Source.Document.Name) + format switch { "tmx" => ".tmx", "json" => ".json", _ => ".xlf" };
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{new string(name.Where(c => c is not ('"' or '\\') && !char.IsControl(c)).ToArray())}\"";
        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body).ConfigureAwait(false);
    }

    private async Task DecisionsAsync(HttpContext context)
    {
        var state = _session.Current();
        using var buffer = new MemoryStream();
        Baseline.Write(buffer, state.Result, state.FindingIds, state.Decisions.Values, _paths);
        context.Response.ContentType = "application/json; charset=utf-8";
        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body).ConfigureAwait(false);
    }

    private void WriteBeads(Utf8JsonWriter json, ReviewState state)
    {
        json.WriteNumber("revision", state.Revision);
        WriteDocument(json, "source", state.Result.Source.Document, _session.SourceSha);
        WriteDocument(json, "target", state.Result.Target.Document, _session.TargetSha);
        json.WriteStartArray("beads");
        foreach (var bead in state.Result.Beads)
        {
            var stored = state.Beads[bead.Index];
            json.WriteStartObject();
            json.WriteNumber("index", bead.Index);
            json.WriteString("section", WireNames.Of(bead.Section));
            json.WriteString("type", bead.Type.ToString());
            json.WriteNumber("confidence", Math.Round(bead.Confidence, 3));
            json.WriteBoolean("checked", stored.CheckedBy is not null);
            if (stored.CheckedBy is not null)
            {
                json.WriteString("checkedBy", stored.CheckedBy);
                json.WriteString("checkedAt", stored.CheckedAt);
            }

            BitextJsonWriter.WriteSentences(json, "source", bead.Source);
            BitextJsonWriter.WriteSentences(json, "target", bead.Target);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteFindings(Utf8JsonWriter json, ReviewState state)
    {
        json.WriteNumber("revision", state.Revision);
        json.WriteStartArray("findings");
        for (int i = 0; i < state.FindingIds.Count; i++)
        {
            var finding = state.Result.Findings[i];
            json.WriteStartObject();
            json.WriteString("id", state.FindingIds[i]);
            json.WriteNumber("bead", finding.BeadIndex);
            json.WriteString("code", finding.Code);
            json.WriteString("severity", WireNames.Of(finding.Severity));
            json.WriteString("message", finding.Message);
            if (state.Decisions.TryGetValue(state.FindingIds[i], out var d))
            {
                WriteDecision(json, d);
            }
            else
            {
                json.WriteNull("decision");
                json.WriteNumber("decisionRevision", 0);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDecision(Utf8JsonWriter json, FindingDecision d)
    {
        json.WriteString("decision", d.Decision);
        json.WriteString("note", d.Note);
        json.WriteString("who", d.Who);
        json.WriteString("at", d.At);
        json.WriteNumber("decisionRevision", d.Revision);
    }

    private void WriteDocument(Utf8JsonWriter json, string name, ReportDocument document, string sha)
    {
        json.WriteStartObject(name);
        json.WriteString("file", _paths == DocumentPathStyle.FullPath && File.Exists(document.Name) ? Path.GetFullPath(document.Name) : Path.GetFileName(document.Name));
        json.WriteString("language", document.Language.Code);
        json.WriteString("sha256", sha);
        json.WriteEndObject();
    }

    private static async Task JsonAsync(HttpContext context, int status, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body).ConfigureAwait(false);
    }

    private static Task ErrorAsync(HttpContext context, int status, string message) =>
        context.Response.HasStarted ? Task.CompletedTask : JsonAsync(context, status, json => json.WriteString("error", message));

    private static async Task<JsonDocument> BodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            return JsonDocument.Parse("{}");
        }

        var doc = JsonDocument.Parse(buffer.ToArray());
        if (doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            doc.Dispose();
            throw new ReviewRequestException(400, "the request body is not a JSON object");
        }

        return doc;
    }

    private static int BeadNumber(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : throw new ReviewRequestException(404, $"no bead {text}: beads are numbered from 0");

    // The revision the writer read; absent means it expects nothing written yet (revision 0), so a write never lands
    // silently over one it did not see.
    private static long Revision(JsonElement root) => !root.TryGetProperty("revision", out var r) ? 0
        : r.ValueKind == JsonValueKind.Number && r.TryGetInt64(out long v) && v >= 0 ? v
        : throw new ReviewRequestException(400, "\"revision\" must be a whole number: the revision you read");

    private static int RequiredInt(JsonElement root, string name) =>
        root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out int v) ? v
        : throw new ReviewRequestException(400, $"\"{name}\" is required: a sentence count");

    private static bool Side(JsonElement root) => OptionalString(root, "side") switch
    {
        "source" => true,
        "target" => false,
        _ => throw new ReviewRequestException(400, "\"side\" must be \"source\" or \"target\""),
    };

    private static bool Direction(JsonElement root) => OptionalString(root, "to") switch
    {
        "next" => true,
        "previous" => false,
        _ => throw new ReviewRequestException(400, "\"to\" must be \"next\" or \"previous\""),
    };

    private static string? OptionalString(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null ? null
        : e.ValueKind == JsonValueKind.String ? e.GetString()
        : throw new ReviewRequestException(400, $"\"{name}\" must be a string");

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Alignment.Cli.Review." + name)
            ?? throw new InvalidOperationException("missing resource " + name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
