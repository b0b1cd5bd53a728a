using System.Text;
using System.Text.Json;

namespace Alignment.Batch;

/// <summary>
/// Reads the list of pairs of a batch from a manifest file or a directory. Stateless and thread-safe; a bad
/// manifest comes back as an error diagnostic. Paths in a manifest are relative to the manifest's folder.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>CSV: a header naming <c>source</c>, <c>target</c> and optionally <c>name</c> (any order), then one pair a
/// row; fields may be quoted (<c>"a, b.txt"</c>, <c>""</c> for a quote).</item>
/// <item>JSON lines (<c>.jsonl</c>, or a file whose first character is <c>{</c>): one object a line,
/// <c>{"source": ..., "target": ..., "name": ...}</c>.</item>
/// <item>A directory: <c>NAME.LANG.EXT</c> or <c>NAME_LANG.EXT</c> files, <c>LANG</c> two letters; the file tagged
/// with the source language is paired with each file of the same <c>NAME</c> tagged otherwise
/// (<c>peru-2021.en.pdf</c> ↔ <c>peru-2021.es.txt</c>). Files without a counterpart are reported and skipped.</item>
/// </list>
/// </remarks>
internal static class BatchManifest
{
    public static (IReadOnlyList<BatchPair> Pairs, IReadOnlyList<Diagnostic> Diagnostics) Read(string path, string sourceLanguage)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(sourceLanguage);
        if (Directory.Exists(path))
        {
            return FromDirectory(path, sourceLanguage);
        }

        if (!File.Exists(path))
        {
            return ([], [Messages.FileNotFound()]);
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (Loading.FileSystemErrors.IsFileSystemError(e))
        {
            return ([], [Loading.FileSystemErrors.Describe(e)]);
        }

        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        bool jsonLines = Path.GetExtension(path).Equals(".jsonl", StringComparison.OrdinalIgnoreCase)
            || text.TrimStart().StartsWith('{');
        var (pairs, problem) = jsonLines ? FromJsonLines(text, folder) : FromCsv(text, folder);
        if (problem is not null)
        {
            return ([], [problem]);
        }

        return pairs.Count == 0 ? ([], [Messages.ManifestEmpty()]) : (pairs, []);
    }

    public static (List<BatchPair> Pairs, Diagnostic? Problem) FromCsv(string text, string folder)
    {
        var rows = CsvRows(text);
        if (rows.Count == 0)
        {
            return ([], Messages.ManifestEmpty());
        }

        var header = rows[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        int source = header.IndexOf("source"), target = header.IndexOf("target"), name = header.IndexOf("name");
        if (source < 0 || target < 0)
        {
            return ([], Messages.ManifestHeader());
        }

        var pairs = new List<BatchPair>();
        foreach (var (line, fields) in rows.Skip(1))
        {
            string Field(int k) => k >= 0 && k < fields.Count ? fields[k].Trim() : "";
            if (Field(source).Length == 0 || Field(target).Length == 0)
            {
                return ([], Messages.ManifestLine(line, "source and target are both required"));
            }

            pairs.Add(Pair(folder, Field(source), Field(target), Field(name)));
        }

        return (pairs, null);
    }

    public static (List<BatchPair> Pairs, Diagnostic? Problem) FromJsonLines(string text, string folder)
    {
        var pairs = new List<BatchPair>();
        int line = 0;
        foreach (string raw in text.Split('\n'))
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(raw);
                string? Get(string property) =>
                    json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(property, out var value)
                    && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                string? source = Get("source"), target = Get("target");
                if (string.IsNullOrWhiteSpace(source) || string.IsNullOrWhiteSpace(target))
                {
                    return ([], Messages.ManifestLine(line, "\"source\" and \"target\" strings are both required"));
                }

                pairs.Add(Pair(folder, source, target, Get("name") ?? ""));
            }
            catch (JsonException e)
            {
                return ([], Messages.ManifestLine(line, $"not a JSON object ({e.Message.Split('\n')[0]})"));
            }
        }

        return (pairs, null);
    }

    public static (IReadOnlyList<BatchPair> Pairs, IReadOnlyList<Diagnostic> Diagnostics) FromDirectory(string directory, string sourceLanguage)
    {
        var tagged = new List<(string Name, string Language, string Path)>();
        foreach (string file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            if (LanguageTag(Path.GetFileName(file)) is { } tag)
            {
                tagged.Add((tag.Name, tag.Language, file));
            }
        }

        var pairs = new List<BatchPair>();
        var diagnostics = new List<Diagnostic>();
        foreach (var group in tagged.GroupBy(t => t.Name, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var source = group.FirstOrDefault(t => t.Language.Equals(sourceLanguage, StringComparison.OrdinalIgnoreCase));
            var targets = group.Where(t => !t.Language.Equals(sourceLanguage, StringComparison.OrdinalIgnoreCase)).ToList();
            if (source.Path is null || targets.Count == 0)
            {
                diagnostics.AddRange(group.Select(t => Messages.UnpairedFile(sourceLanguage) with { Message = $"{t.Path}: {Messages.UnpairedFile(sourceLanguage).Message}" }));
                continue;
            }

            foreach (var target in targets)
            {
                pairs.Add(new BatchPair(targets.Count == 1 ? group.Key : $"{group.Key}.{target.Language}", source.Path, target.Path));
            }
        }

        if (pairs.Count == 0)
        {
            diagnostics.Insert(0, Messages.DirectoryNoPairs(sourceLanguage));
        }

        return (pairs, diagnostics);
    }

    /// <summary><c>peru.en.txt</c> and <c>peru_en.txt</c> → (<c>peru</c>, <c>en</c>); otherwise null.</summary>
    public static (string Name, string Language)? LanguageTag(string fileName)
    {
        string stem = Path.GetFileNameWithoutExtension(fileName);
        if (stem.Length < 4 || stem[^3] is not ('.' or '_') || !char.IsAsciiLetter(stem[^2]) || !char.IsAsciiLetter(stem[^1]))
        {
            return null;
        }

        return (stem[..^3], stem[^2..].ToLowerInvariant());
    }

    private static BatchPair Pair(string folder, string source, string target, string name) =>
        new(name.Length > 0 ? name : Path.GetFileNameWithoutExtension(source), Path.Combine(folder, source), Path.Combine(folder, target));

    // RFC 4180 rows with their 1-based starting line: quoted fields may hold commas, quotes ("") and line breaks.
    private static List<(int Line, List<string> Fields)> CsvRows(string text)
    {
        var rows = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        int line = 1, rowLine = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = any = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRow();
                    line++;
                    rowLine = line;
                    break;
                case '\uFEFF' when i == 0:
                    break;
                default:
                    field.Append(c);
                    any |= !char.IsWhiteSpace(c);
                    break;
            }
        }

        EndRow();
        return rows;

        void EndRow()
        {
            if (any)
            {
                fields.Add(field.ToString());
                rows.Add((rowLine, fields));
            }

            fields = [];
            field.Clear();
            any = false;
        }
    }
}
