using System.Text.Json;

namespace Alignment.Diffing;

/// <summary>
/// Writes a <see cref="VersionDiff"/> as UTF-8 JSON: both versions, a summary, and the entries in order
/// (unchanged runs as a count and index range; changed sentences with their word diff and numbers).
/// Offsets are UTF-16 code units into each version's text, end exclusive.
/// </summary>
public static class DiffJsonWriter
{
    /// <summary>Writes <paramref name="diff"/> to <paramref name="stream"/>, the versions named by file name.</summary>
    public static void Write(VersionDiff diff, Stream stream) => Write(diff, stream, Export.DocumentPathStyle.FileName);

    /// <summary>Writes <paramref name="diff"/> to <paramref name="stream"/> (schema: <c>schemas/diff.schema.json</c>).</summary>
    public static void Write(VersionDiff diff, Stream stream, Export.DocumentPathStyle paths)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, Export.JsonOutput.Options);
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", Export.JsonOutput.SchemaVersion);
        WriteVersion(json, "old", diff.Old, paths);
        WriteVersion(json, "new", diff.New, paths);
        json.WriteStartObject("summary");
        json.WriteNumber("changed", diff.Count(DiffEntryKind.Changed));
        json.WriteNumber("changedNumbers", diff.Entries.Count(e => e.Kind == DiffEntryKind.Changed && e.ChangesNumbers));
        json.WriteNumber("removed", diff.Count(DiffEntryKind.Removed));
        json.WriteNumber("added", diff.Count(DiffEntryKind.Added));
        json.WriteNumber("unchanged", diff.UnchangedCount);
        json.WriteEndObject();
        Export.JsonOutput.WriteDiagnostics(json, diff.Diagnostics);
        json.WriteStartArray("entries");
        foreach (var entry in diff.Entries)
        {
            WriteEntry(json, entry);
            Export.JsonOutput.FlushWhenFull(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteVersion(Utf8JsonWriter json, string name, ReportStructure structure, Export.DocumentPathStyle paths)
    {
        json.WriteStartObject(name);
        json.WriteString("file", Export.DocumentPaths.Of(structure.Document, paths));
        json.WriteString("language", structure.Document.Language.Code);
        json.WriteNumber("sentences", structure.Sentences.Count);
        json.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter json, DiffEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("kind", entry.Kind.ToString().ToLowerInvariant());
        if (entry.Kind == DiffEntryKind.Unchanged)
        {
            json.WriteNumber("count", entry.Old.Count);
            json.WriteNumber("oldFirst", entry.Old[0].Index);
            json.WriteNumber("newFirst", entry.New[0].Index);
            json.WriteEndObject();
            return;
        }

        if (entry.Old.Count > 0)
        {
            WriteSentence(json, "old", entry.Old[0]);
        }

        if (entry.New.Count > 0)
        {
            WriteSentence(json, "new", entry.New[0]);
        }

        if (entry.Words.Count > 0)
        {
            json.WriteStartArray("words");
            foreach (var w in entry.Words)
            {
                json.WriteStartObject();
                json.WriteString("op", w.Kind switch { WordChangeKind.Deleted => "delete", WordChangeKind.Inserted => "insert", _ => "equal" });
                json.WriteString("text", w.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        WriteStrings(json, "removedNumbers", entry.RemovedNumbers);
        WriteStrings(json, "addedNumbers", entry.AddedNumbers);
        json.WriteEndObject();
    }

    private static void WriteSentence(Utf8JsonWriter json, string name, SentenceSpan sentence)
    {
        json.WriteStartObject(name);
        json.WriteNumber("index", sentence.Index);
        json.WriteNumber("start", sentence.Start);
        json.WriteNumber("end", sentence.End);
        json.WriteString("text", sentence.NormalizedText);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }
}
