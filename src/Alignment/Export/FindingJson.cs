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
            json.WriteString("code", f.Code);
            json.WriteString("severity", WireNames.Of(f.Severity));
            json.WriteNumber("bead", f.BeadIndex);
            json.WriteString("message", f.Message);
            if (f.Hint is not null)
            {
                json.WriteString("hint", f.Hint);
            }

            WriteMention(json, "source", f.Source, f.SourceSpan);
            WriteMention(json, "target", f.Target, f.TargetSpan);
            json.WriteEndObject();
            JsonOutput.FlushWhenFull(json);
        }

        json.WriteEndArray();
    }

    // A numeric finding's side is its mention; another finding's side is the stretch of text it points at.
    private static void WriteMention(Utf8JsonWriter json, string name, NumberMention? mention, DocumentSpan? span)
    {
        if (mention is null)
        {
            if (span is null)
            {
                json.WriteNull(name);
                return;
            }

            json.WriteStartObject(name);
            json.WriteNumber("start", span.Start);
            json.WriteNumber("end", span.End);
            json.WriteString("text", span.Text);
            json.WriteEndObject();
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
        if (mention.Day is { } day && mention.Month is { } month)
        {
            json.WriteNumber("month", month);
            json.WriteNumber("day", day);
        }

        if (mention.Identifier is { } identifier)
        {
            json.WriteString("identifier", identifier);
        }

        if (mention.LooksDamaged)
        {
            json.WriteBoolean("looksDamaged", true);
        }

        json.WriteString("unit", mention.Unit);
        json.WriteEndObject();
    }
}
