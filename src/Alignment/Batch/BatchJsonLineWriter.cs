using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Alignment.Export;

namespace Alignment.Batch;

/// <summary>
/// Writes one batch result as one line of JSON: its summary and findings, or its error. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Success: <c>{"index", "name", "source", "target", "status": "ok", "sourceLanguage", "targetLanguage", "offsetsRefer":
/// {"source", "target"}, "beads", "unmatched", "lowConfidence", "findingCounts": {"error", "warning", "info"},
/// "findingCountsBySection": {"prosecution": {"error", "warning", "info"}, ...}, "findings": [...], "diagnostics": [codes],
/// "loadMs", "elapsedMs"}</c>. Failure: <c>{"index", "name", "source", "target", "status": "failed", "error", "loadMs",
/// "elapsedMs"}</c>. <c>source</c> and <c>target</c> are null for a row that carried its texts inline.
/// </remarks>
internal static class BatchJsonLineWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Line(BatchPairResult item, double lowConfidence)
    {
        ArgumentNullException.ThrowIfNull(item);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("index", item.Index);
            json.WriteString("name", item.Pair.Name);
            json.WriteString("source", item.Pair.Source);
            json.WriteString("target", item.Pair.Target);
            json.WriteString("status", item.Failed ? "failed" : "ok");
            if (item.Result is not { } result)
            {
                json.WriteString("error", item.Error);
            }
            else
            {
                json.WriteString("sourceLanguage", result.Source.Document.Language);
                json.WriteString("targetLanguage", result.Target.Document.Language);
                json.WriteStartObject("offsetsRefer");
                json.WriteString("source", result.Source.Document.TextSource);
                json.WriteString("target", result.Target.Document.TextSource);
                json.WriteEndObject();
                json.WriteNumber("beads", result.Beads.Count);
                json.WriteNumber("unmatched", result.Unmatched.Count());
                json.WriteNumber("lowConfidence", result.LowConfidence(lowConfidence).Count());
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
}
