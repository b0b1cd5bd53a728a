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
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(f.Kind.ToString()));
            json.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
            json.WriteNumber("bead", f.BeadIndex);
            json.WriteString("message", f.Message);
            if (f.Hint is not null)
            {
                json.WriteString("hint", f.Hint);
            }

            WriteMention(json, "source", f.Source);
            WriteMention(json, "target", f.Target);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteMention(Utf8JsonWriter json, string name, NumberMention? mention)
    {
        if (mention is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("start", mention.Start);
        json.WriteNumber("end", mention.End);
        json.WriteString("text", mention.Text);
        json.WriteNumber("value", mention.Value);
        if (mention.AlternativeValue is { } alternative)
        {
            json.WriteNumber("alternativeValue", alternative);
        }

        json.WriteString("numberKind", JsonNamingPolicy.CamelCase.ConvertName(mention.Kind.ToString()));
        json.WriteString("unit", mention.Unit);
        json.WriteEndObject();
    }
}
