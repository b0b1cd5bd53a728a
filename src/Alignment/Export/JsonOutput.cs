using System.Text.Encodings.Web;
using System.Text.Json;

namespace Alignment.Export;

/// <summary>What every JSON writer shares: indented UTF-8 with readable accents, and the diagnostics array.</summary>
internal static class JsonOutput
{
    /// <summary>
    /// The <c>schemaVersion</c> every JSON output starts with; raised when a field is renamed or removed (adding one
    /// keeps it). The schemas in <c>schemas/*.schema.json</c> describe this version.
    /// </summary>
    public const int SchemaVersion = 1;

    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Bytes a JSON writer may hold before they are handed to its stream: a <see cref="Utf8JsonWriter"/> on a stream
    /// otherwise keeps the whole document in memory until it is disposed. Big enough that the stream sees few writes.
    /// </summary>
    public const int FlushThreshold = 16 * 1024;

    /// <summary>Hands the pending bytes of <paramref name="json"/> to its stream once they pass <see cref="FlushThreshold"/>; call it between items of a long array.</summary>
    public static void FlushWhenFull(Utf8JsonWriter json)
    {
        if (json.BytesPending >= FlushThreshold)
        {
            json.Flush();
        }
    }

    public static void WriteDiagnostics(Utf8JsonWriter json, IEnumerable<Diagnostic> diagnostics)
    {
        json.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", WireNames.Of(d.Severity));
            json.WriteString("code", d.Code);
            json.WriteString("message", d.Message);
            json.WriteEndObject();
            FlushWhenFull(json);
        }

        json.WriteEndArray();
    }
}
