using System.Text.Json;

namespace Alignment.Export;

/// <summary>
/// Writes results as JSON: offsets are UTF-16 code units into each document's decoded text, end exclusive.
/// Every output starts with <c>schemaVersion</c>; its shape is published as a JSON Schema in the package
/// (<c>schemas/alignment.schema.json</c>, <c>sections.schema.json</c>, <c>sentences.schema.json</c>).
/// Documents are named by <c>file</c>: the file name, or the full path with <see cref="DocumentPathStyle.FullPath"/>.
/// Stateless and thread-safe.
/// </summary>
public static class BitextJsonWriter
{
    /// <summary>Writes an alignment (documents, section pairs, beads, findings, diagnostics), documents named by file name.</summary>
    public static void Write(BitextResult result, Stream stream) => Write(result, stream, DocumentPathStyle.FileName);

    /// <summary>Writes an alignment (documents, section pairs, beads, findings, diagnostics).</summary>
    public static void Write(BitextResult result, Stream stream, DocumentPathStyle paths)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, JsonOutput.Options);
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", JsonOutput.SchemaVersion);
        WriteDocument(json, "source", result.Source.Document, paths);
        WriteDocument(json, "target", result.Target.Document, paths);
        json.WriteBoolean("wholeDocumentFallback", result.UsedWholeDocumentFallback);
        json.WriteStartArray("sections");
        foreach (var pair in result.SectionPairs)
        {
            json.WriteStartObject();
            json.WriteString("kind", WireNames.Of(pair.Kind));
            WriteSectionSide(json, "source", pair.Source);
            WriteSectionSide(json, "target", pair.Target);
            json.WriteEndObject();
            JsonOutput.FlushWhenFull(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("beads");
        foreach (var bead in result.Beads)
        {
            json.WriteStartObject();
            json.WriteNumber("index", bead.Index);
            json.WriteString("section", WireNames.Of(bead.Section));
            json.WriteString("type", bead.Type.ToString());
            json.WriteNumber("confidence", Math.Round(bead.Confidence, 3));
            WriteSentences(json, "source", bead.Source);
            WriteSentences(json, "target", bead.Target);
            json.WriteEndObject();
            JsonOutput.FlushWhenFull(json);
        }

        json.WriteEndArray();
        FindingJson.WriteArray(json, result.Findings);
        JsonOutput.WriteDiagnostics(json, result.Diagnostics.Concat(result.Source.Diagnostics).Concat(result.Target.Diagnostics));
        json.WriteEndObject();
    }

    /// <summary>Writes one document's sections, or its sentences when <paramref name="sentences"/> is true; the document named by file name.</summary>
    public static void Write(ReportStructure structure, bool sentences, Stream stream) => Write(structure, sentences, stream, DocumentPathStyle.FileName);

    /// <summary>Writes one document's sections, or its sentences when <paramref name="sentences"/> is true.</summary>
    public static void Write(ReportStructure structure, bool sentences, Stream stream, DocumentPathStyle paths)
    {
        ArgumentNullException.ThrowIfNull(structure);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, JsonOutput.Options);
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", JsonOutput.SchemaVersion);
        WriteDocument(json, "document", structure.Document, paths);
        json.WriteStartArray("sections");
        var bodies = structure.BodySentencesBySection();
        foreach (var section in structure.Sections)
        {
            json.WriteStartObject();
            json.WriteNumber("index", section.Index);
            json.WriteString("kind", WireNames.Of(section.Kind));
            json.WriteString("heading", section.Heading);
            json.WriteNumber("headingStart", section.HeadingStart);
            json.WriteNumber("headingEnd", section.HeadingEnd);
            json.WriteNumber("start", section.Start);
            json.WriteNumber("end", section.End);
            if (!sentences)
            {
                var body = bodies[section.Index].ToList();
                json.WriteNumber("sentences", body.Count);
                json.WriteString("text", string.Join(' ', body.Select(s => s.NormalizedText)));
            }

            json.WriteEndObject();
            JsonOutput.FlushWhenFull(json);
        }

        json.WriteEndArray();
        if (sentences)
        {
            json.WriteStartArray("sentences");
            foreach (var sentence in structure.Sentences)
            {
                json.WriteStartObject();
                json.WriteNumber("index", sentence.Index);
                json.WriteNumber("section", sentence.SectionIndex);
                json.WriteString("kind", WireNames.Of(structure.Sections[sentence.SectionIndex].Kind));
                json.WriteBoolean("heading", sentence.IsHeading);
                json.WriteNumber("start", sentence.Start);
                json.WriteNumber("end", sentence.End);
                json.WriteString("text", sentence.NormalizedText);
                json.WriteEndObject();
                JsonOutput.FlushWhenFull(json);
            }

            json.WriteEndArray();
        }

        JsonOutput.WriteDiagnostics(json, structure.Document.Diagnostics.Concat(structure.Diagnostics));
        json.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter json, string name, ReportDocument document, DocumentPathStyle paths)
    {
        json.WriteStartObject(name);
        json.WriteString("file", DocumentPaths.Of(document, paths));
        json.WriteString("language", document.Language.Code);
        json.WriteNumber("length", document.Text.Length);
        json.WriteString("encoding", document.EncodingName);
        json.WriteString("offsetsRefer", document.TextSource);
        json.WriteEndObject();
    }

    private static void WriteSectionSide(Utf8JsonWriter json, string name, Section? section)
    {
        if (section is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("start", section.Start);
        json.WriteNumber("end", section.End);
        json.WriteString("heading", section.Heading);
        json.WriteEndObject();
    }

    /// <summary>Writes <paramref name="sentences"/> as an array property: index, offsets and normalized text of each (also the review server's bead JSON).</summary>
    internal static void WriteSentences(Utf8JsonWriter json, string name, IReadOnlyList<SentenceSpan> sentences)
    {
        json.WriteStartArray(name);
        foreach (var s in sentences)
        {
            json.WriteStartObject();
            json.WriteNumber("index", s.Index);
            json.WriteNumber("start", s.Start);
            json.WriteNumber("end", s.End);
            json.WriteString("text", s.NormalizedText);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
