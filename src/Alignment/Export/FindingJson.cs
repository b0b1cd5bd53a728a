using System.Text.Json;

namespace Alignment.Export;

/// <summary>JSON shape of findings, shared by the alignment and check outputs.</summary>
internal static class FindingJson
{
    public static void WriteArray(Utf8JsonWriter json, IReadOnlyList<Finding> findings)
    {
        json.WriteStartArray("findings");
        foreach (var f in findings)
        {
            json.WriteStartObject();
            json.WriteNumber("bead", f.BeadIndex);
            json.WriteString("message", f.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
