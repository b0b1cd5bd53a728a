using System.Text.Json;
using Alignment.Export;

namespace Alignment.Cli.Review;

/// <summary>One reviewer decision as a baseline file holds it: the pair (both documents' SHA-256), the finding's stable id and the decision.</summary>
internal sealed record BaselineEntry(string SourceSha256, string TargetSha256, string Id, string Decision, string Note, string Who, string At, string? Code, string? Message);

/// <summary>What a baseline does to one pair's findings: the indexes it leaves out of the gate, and its entries for the pair that match nothing.</summary>
internal sealed record BaselineOutcome(IReadOnlyList<(int Finding, BaselineEntry Entry)> Suppressed, IReadOnlyList<BaselineEntry> Unmatched, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// The decisions file a team commits (<c>bitext review --export-decisions</c>, <c>GET /api/decisions</c>) and
/// <c>check</c>/<c>batch --baseline</c> read: <c>{"schemaVersion": 1, "decisions": [{"source": {"file", "sha256"},
/// "target": {...}, "id", "decision", "note", "who", "at", "code", "bead", "message"}]}</c>. Findings a baseline marks
/// <c>false-alarm</c> are left out of the gate and listed as suppressed; <c>confirmed</c> ones stay in.
/// </summary>
internal sealed class Baseline
{
    private Baseline(IReadOnlyList<BaselineEntry> entries) => Entries = entries;

    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>Reads a baseline file; a file that is not one is bad input (exit 2).</summary>
    public static Baseline Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : "cannot be read");
        }

        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("decisions", out var decisions) || decisions.ValueKind != JsonValueKind.Array)
            {
                throw Unreadable(path, "no \"decisions\" array");
            }

            var entries = new List<BaselineEntry>();
            foreach (var d in decisions.EnumerateArray())
            {
                entries.Add(new BaselineEntry(
                    d.GetProperty("source").GetProperty("sha256").GetString() ?? throw Unreadable(path, "a decision without source.sha256"),
                    d.GetProperty("target").GetProperty("sha256").GetString() ?? throw Unreadable(path, "a decision without target.sha256"),
                    d.GetProperty("id").GetString() ?? throw Unreadable(path, "a decision without id"),
                    d.GetProperty("decision").GetString() ?? throw Unreadable(path, "a decision without decision"),
                    Optional(d, "note") ?? string.Empty,
                    Optional(d, "who") ?? string.Empty,
                    Optional(d, "at") ?? string.Empty,
                    Optional(d, "code"),
                    Optional(d, "message")));
            }

            return new Baseline(entries);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw Unreadable(path, e is JsonException ? "not JSON" : "a decision lacks source.sha256, target.sha256, id or decision");
        }
    }

    /// <summary>The entries of one pair applied to its findings (ids from <see cref="FindingIdentity"/>).</summary>
    public BaselineOutcome Apply(BitextResult result, IReadOnlyList<string> ids)
    {
        string sourceSha = ReviewSession.Sha256(result.Source.Document.Text);
        string targetSha = ReviewSession.Sha256(result.Target.Document.Text);
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Count; i++)
        {
            byId[ids[i]] = i;
        }

        var suppressed = new List<(int, BaselineEntry)>();
        var unmatched = new List<BaselineEntry>();
        var diagnostics = new List<Diagnostic>();
        foreach (var entry in Entries.Where(e => e.SourceSha256 == sourceSha && e.TargetSha256 == targetSha))
        {
            if (!byId.TryGetValue(entry.Id, out int index))
            {
                unmatched.Add(entry);
                diagnostics.Add(Messages.BaselineUnmatched(entry.Id, entry.Decision, entry.Message));
            }
            else if (entry.Decision == "false-alarm")
            {
                var finding = result.Findings[index];
                suppressed.Add((index, entry));
                diagnostics.Add(Messages.BaselineSuppressed(entry.Id, finding.BeadIndex, finding.Message, entry.Who, entry.Note));
            }
        }

        return new BaselineOutcome(suppressed, unmatched, diagnostics);
    }

    /// <summary>The result without the suppressed findings and with the baseline's diagnostics added: what the gate and the outputs see.</summary>
    public static BitextResult Without(BitextResult result, BaselineOutcome outcome)
    {
        var left = outcome.Suppressed.Select(s => s.Finding).ToHashSet();
        return result with
        {
            Findings = result.Findings.Where((_, i) => !left.Contains(i)).ToList(),
            Diagnostics = [.. result.Diagnostics, .. outcome.Diagnostics],
        };
    }

    /// <summary>Writes the decisions of a pair as a baseline file.</summary>
    public static void Write(Stream stream, BitextResult result, IReadOnlyList<string> ids, IEnumerable<FindingDecision> decisions, DocumentPathStyle paths)
    {
        string sourceSha = ReviewSession.Sha256(result.Source.Document.Text);
        string targetSha = ReviewSession.Sha256(result.Target.Document.Text);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < ids.Count; i++)
        {
            index[ids[i]] = i;
        }

        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", 1);
        json.WriteStartArray("decisions");
        foreach (var d in decisions.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            WriteDocument(json, "source", result.Source.Document, sourceSha, paths);
            WriteDocument(json, "target", result.Target.Document, targetSha, paths);
            json.WriteString("id", d.Id);
            json.WriteString("decision", d.Decision);
            json.WriteString("note", d.Note);
            json.WriteString("who", d.Who);
            json.WriteString("at", d.At);
            if (index.TryGetValue(d.Id, out int i))
            {
                var finding = result.Findings[i];
                json.WriteString("code", finding.Code);
                json.WriteNumber("bead", finding.BeadIndex);
                json.WriteString("message", finding.Message);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteDocument(Utf8JsonWriter json, string name, ReportDocument document, string sha, DocumentPathStyle paths)
    {
        json.WriteStartObject(name);
        json.WriteString("file", paths == DocumentPathStyle.FullPath && File.Exists(document.Name) ? Path.GetFullPath(document.Name) : Path.GetFileName(document.Name));
        json.WriteString("sha256", sha);
        json.WriteEndObject();
    }

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ReportFormatException Unreadable(string path, string why) =>
        new(Messages.BaselineUnreadable(why), path);
}
