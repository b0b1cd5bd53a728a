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

    public static void WriteDiagnostics(Utf8JsonWriter json, IEnumerable<Diagnostic> diagnostics)
    {
        json.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            json.WriteString("code", d.Code);
            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
