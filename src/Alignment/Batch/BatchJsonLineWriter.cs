using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Alignment.Export;

namespace Alignment.Batch;

/// <summary>
/// Writes one batch result as one line of JSON: its summary and findings, or its error. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Schema: <c>schemas/batch-line.schema.json</c>. Success: <c>{"schemaVersion", "index", "name", "status": "ok", "source":
/// {"file", "language", "offsetsRefer"}, "target": {...}, "beads", "unmatched", "lowConfidence", "findingCounts":
/// {"error", "warning", "info"}, "findingCountsBySection": {"prosecution": {"error", "warning", "info"}, ...}, "findings":
/// [...], "diagnostics": [codes], "loadMs", "elapsedMs"}</c>. Failure: <c>{"schemaVersion", "index", "name", "status":
/// "failed", "source": {"file"}, "target": {"file"}, "error", "loadMs", "elapsedMs"}</c>. Documents are named by
/// <c>file</c>, as in every other JSON output: the file name, or the full path with <see cref="DocumentPathStyle.FullPath"/>;
/// <c>file</c> is null for a text the manifest row carried inline.
/// </remarks>
internal static class BatchJsonLineWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Line(BatchPairResult item, DocumentPathStyle paths = DocumentPathStyle.FileName)
    {
        ArgumentNullException.ThrowIfNull(item);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", JsonOutput.SchemaVersion);
            json.WriteNumber("index", item.Index);
            json.WriteString("name", item.Pair.Name);
            json.WriteString("status", item.Failed ? "failed" : "ok");
            var result = item.Result;
            WriteDocument(json, "source", item.Pair.Source, result?.Source.Document, paths);
            WriteDocument(json, "target", item.Pair.Target, result?.Target.Document, paths);
            if (result is null)
            {
                json.WriteString("error", paths == DocumentPathStyle.FullPath ? item.Error : WithFileNames(item.Error ?? "", item.Pair));
                json.WriteString("code", item.ErrorCode ?? DiagnosticCodes.InternalError);
            }
            else
            {
                json.WriteNumber("beads", result.Beads.Count);
                json.WriteNumber("unmatched", result.Unmatched.Count());
                json.WriteNumber("lowConfidence", result.LowConfidence().Count());
                var counts = item.Findings;
                json.WriteStartObject("findingCounts");
                json.WriteNumber("error", counts.Error);
                json.WriteNumber("warning", counts.Warning);
                json.WriteNumber("info", counts.Info);
                json.WriteEndObject();
                WriteCountsBySection(json, result);
                FindingJson.WriteArray(json, result.Findings);
                json.WriteStartArray("diagnostics");
                foreach (var d in result.Diagnostics.Concat(result.Source.Document.Diagnostics).Concat(result.Target.Document.Diagnostics))
                {
                    json.WriteStringValue(d.Code);
                }

                json.WriteEndArray();
            }

            json.WriteNumber("loadMs", Math.Round(item.Loading.TotalMilliseconds, 1));
            json.WriteNumber("elapsedMs", Math.Round(item.Elapsed.TotalMilliseconds, 1));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteDocument(Utf8JsonWriter json, string name, string? path, ReportDocument? document, DocumentPathStyle paths)
    {
        json.WriteStartObject(name);
        if (path is null)
        {
            json.WriteNull("file");
        }
        else
        {
            json.WriteString("file", DocumentPaths.Of(path, paths));
        }

        if (document is not null)
        {
            json.WriteString("language", document.Language.Code);
            json.WriteString("offsetsRefer", document.TextSource);
        }

        json.WriteEndObject();
    }

    // Sections with findings only, in section order: what a distributed summary adds up ("errors by section").
    private static void WriteCountsBySection(Utf8JsonWriter json, BitextResult result)
    {
        json.WriteStartObject("findingCountsBySection");
        foreach (var section in result.Findings.GroupBy(f => (uint)f.BeadIndex < (uint)result.Beads.Count ? result.Beads[f.BeadIndex].Section : SectionKind.Other).OrderBy(g => g.Key))
        {
            var counts = FindingCounts.Of(section.ToList());
            json.WriteStartObject(JsonNamingPolicy.CamelCase.ConvertName(section.Key.ToString()));
            json.WriteNumber("error", counts.Error);
            json.WriteNumber("warning", counts.Warning);
            json.WriteNumber("info", counts.Info);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>An error names the file it is about by its path; the line names it as its <c>file</c> field does.</summary>
    private static string WithFileNames(string error, BatchPair pair)
    {
        foreach (string? path in new[] { pair.Source, pair.Target })
        {
            if (!string.IsNullOrEmpty(path))
            {
                error = error.Replace(path, Path.GetFileName(path), StringComparison.Ordinal);
            }
        }

        return error;
    }
}
