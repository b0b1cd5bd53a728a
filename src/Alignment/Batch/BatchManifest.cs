using System.Text;
using System.Text.Json;

namespace Alignment.Batch;

/// <summary>
/// Reads the pairs of a batch from a manifest file, standard input or a directory. Stateless and thread-safe; a bad
/// manifest comes back as an error diagnostic, a bad JSON line as a failed pair. Relative paths in a manifest are
/// relative to the manifest's folder, or to <c>--root</c> when one is given. Manifests are trusted input: a row may name
/// any file the user can read, unless the batch runs with a root (<see cref="BatchInputPaths"/>).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>CSV: a header naming <c>source</c>, <c>target</c> and optionally <c>name</c> (any order), then one pair a
/// row; fields may be quoted (<c>"a, b.txt"</c>, <c>""</c> for a quote).</item>
/// <item>JSON lines (<c>.jsonl</c>, standard input, or a file whose first character is <c>{</c>): one object a line,
/// <c>{"source": ..., "target": ..., "name": ...}</c>, or with the texts inline,
/// <c>{"name": ..., "source_text": ..., "target_text": ...}</c>.</item>
/// <item>A directory: <c>NAME.LANG.EXT</c> or <c>NAME_LANG.EXT</c> files, <c>LANG</c> two letters; the file tagged
/// with the source language is paired with each file of the same <c>NAME</c> tagged otherwise
/// (<c>peru-2021.en.pdf</c> ↔ <c>peru-2021.es.txt</c>). Files without a counterpart are reported and skipped.</item>
/// </list>
/// </remarks>
internal static class BatchManifest
{
    /// <summary>
    /// Longest JSON line read, in characters: a row with inline texts holds two reports, and each file is capped at
    /// <see cref="Loading.ReportLoader.MaxFileBytes"/>; a longer line is skipped and fails as its row, so one bad row
    /// cannot take the memory of the whole run.
    /// </summary>
    public const int MaxLineChars = (int)Loading.ReportLoader.MaxFileBytes;

    /// <summary>
    /// The pairs of a manifest file or directory. JSON-lines manifests are read lazily, row by row, as the batch takes
    /// them (an unreadable row becomes a failed pair in its place); CSV manifests and directories are read at once and
    /// a bad one comes back as an error diagnostic. Relative paths are resolved against <paramref name="baseFolder"/>,
    /// by default the manifest's folder.
    /// </summary>
    public static (IEnumerable<BatchPair> Pairs, IReadOnlyList<Diagnostic> Diagnostics) Read(string path, Language sourceLanguage, string? baseFolder = null,
        Language? targetLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(sourceLanguage);
        if (Directory.Exists(path))
        {
            return FromDirectory(path, sourceLanguage, targetLanguage);
        }

        if (!File.Exists(path))
        {
            return ([], [Messages.FileNotFound()]);
        }

        string folder = baseFolder ?? Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        try
        {
            if (IsJsonLines(path))
            {
                return (ReadJsonLinesFile(path, folder), []);
            }

            var (pairs, problem) = FromCsv(File.ReadAllText(path), folder);
            if (problem is not null)
            {
                return ([], [problem]);
            }

            return pairs.Count == 0 ? ([], [Messages.ManifestEmpty()]) : (pairs, []);
        }
        catch (Exception e) when (Loading.FileSystemErrors.IsFileSystemError(e))
        {
            return ([], [Loading.FileSystemErrors.Describe(e)]);
        }
    }

    /// <summary>
    /// Reads JSON lines one at a time as the caller asks for them (standard input of <c>bitext batch -</c>): nothing
    /// is read ahead, so memory does not grow with the stream. Every non-blank line gives exactly one pair, a failed one
    /// when the line is not a usable row, so results can be matched to input lines by position.
    /// </summary>
    public static IEnumerable<BatchPair> ReadJsonLines(TextReader reader, string folder, int maxLineChars = MaxLineChars)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(folder);
        var buffer = new char[64 * 1024];
        var line = new StringBuilder();
        bool tooLong = false;
        int number = 1, row = 0, read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            for (int i = 0; i < read; i++)
            {
                if (buffer[i] != '\n')
                {
                    continue;
                }

                Append(buffer.AsSpan(start, i - start));
                start = i + 1;
                if (Row(line, tooLong, number, row, folder, maxLineChars) is { } pair)
                {
                    row++;
                    yield return pair;
                }

                line.Clear();
                tooLong = false;
                number++;
            }

            Append(buffer.AsSpan(start, read - start));
        }

        if (Row(line, tooLong, number, row, folder, maxLineChars) is { } last)
        {
            yield return last;
        }

        void Append(ReadOnlySpan<char> chars)
        {
            if (tooLong || line.Length + chars.Length > maxLineChars)
            {
                tooLong = true;
                line.Clear();
                return;
            }

            line.Append(chars);
        }
    }

    private static IEnumerable<BatchPair> ReadJsonLinesFile(string path, string folder)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        foreach (var pair in ReadJsonLines(reader, folder))
        {
            yield return pair;
        }
    }

    private static bool IsJsonLines(string path)
    {
        if (Path.GetExtension(path).Equals(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        int c;
        while ((c = reader.Read()) >= 0 && char.IsWhiteSpace((char)c))
        {
        }

        return c == '{';
    }

    // One manifest line to one pair; null for a blank line. Rows are counted from 0, lines from 1.
    private static BatchPair? Row(StringBuilder line, bool tooLong, int number, int row, string folder, int maxLineChars)
    {
        string fallbackName = $"row {row}";
        if (tooLong)
        {
            return BatchPair.Unreadable(fallbackName, Messages.ManifestLine(number, $"longer than {maxLineChars:N0} characters"));
        }

        string raw = line.ToString();
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(raw);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return BatchPair.Unreadable(fallbackName, Messages.ManifestLine(number, "not a JSON object"));
            }

            string? Get(string property) =>
                json.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (Get("kind") is { } kind && kind != "pair")
            {
                // A related or unpaired document in the output of `bitext pair`: no pair to align.
                return null;
            }

            string name = Get("name") is { Length: > 0 } given ? given : fallbackName;
            string? sourceText = Get("source_text"), targetText = Get("target_text");
            if (LanguageField(Get("source_lang"), "source_lang", number, out var sourceLanguage) is { } badSource)
            {
                return BatchPair.Unreadable(name, badSource);
            }

            if (LanguageField(Get("target_lang"), "target_lang", number, out var targetLanguage) is { } badTarget)
            {
                return BatchPair.Unreadable(name, badTarget);
            }

            if (sourceText is not null || targetText is not null)
            {
                return sourceText is null || targetText is null
                    ? BatchPair.Unreadable(name, Messages.ManifestLine(number, "\"source_text\" and \"target_text\" strings are both required"))
                    : new BatchPair(name, null, null) { SourceText = sourceText, TargetText = targetText, SourceLanguage = sourceLanguage, TargetLanguage = targetLanguage };
            }

            string? source = Get("source"), target = Get("target");
            if (string.IsNullOrWhiteSpace(source) || string.IsNullOrWhiteSpace(target))
            {
                return BatchPair.Unreadable(name, Messages.ManifestLine(number, "\"source\" and \"target\" strings (or \"source_text\" and \"target_text\") are required"));
            }

            return Pair(folder, source, target, Get("name") ?? "") with { SourceLanguage = sourceLanguage, TargetLanguage = targetLanguage };
        }
        catch (JsonException e)
        {
            return BatchPair.Unreadable(fallbackName, Messages.ManifestLine(number, $"not a JSON object ({e.Message.Split('\n')[0]})"));
        }
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
        int sourceLanguage = header.IndexOf("source_lang"), targetLanguage = header.IndexOf("target_lang");
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

            if (LanguageField(Field(sourceLanguage) is { Length: > 0 } s ? s : null, "source_lang", line, out var sourceCode) is { } badSource)
            {
                return ([], badSource);
            }

            if (LanguageField(Field(targetLanguage) is { Length: > 0 } t ? t : null, "target_lang", line, out var targetCode) is { } badTarget)
            {
                return ([], badTarget);
            }

            pairs.Add(Pair(folder, Field(source), Field(target), Field(name)) with { SourceLanguage = sourceCode, TargetLanguage = targetCode });
        }

        return (pairs, null);
    }

    // A row's language field, read at the edge: null when absent, a diagnostic when it is not a language code (two or three
    // letters). A code without language data fails when the pair is loaded (language-unsupported).
    private static Diagnostic? LanguageField(string? value, string field, int line, out Language? language)
    {
        language = null;
        if (value is null)
        {
            return null;
        }

        if (!Language.TryParse(value, out var parsed))
        {
            return Messages.ManifestLine(line, $"\"{field}\" '{value}' is not a language code (two or three letters, such as es or en)");
        }

        language = parsed;
        return null;
    }

    /// <summary>
    /// The pairs of a directory of tagged files: the file tagged with <paramref name="sourceLanguage"/>'s code goes with each file
    /// of the same name tagged with <paramref name="targetLanguage"/>'s (any other tag when <see langword="null"/>).
    /// </summary>
    public static (IReadOnlyList<BatchPair> Pairs, IReadOnlyList<Diagnostic> Diagnostics) FromDirectory(string directory, Language sourceLanguage, Language? targetLanguage = null)
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
            var source = group.FirstOrDefault(t => t.Language == sourceLanguage.Code);
            var targets = group.Where(t => t.Language != sourceLanguage.Code && (targetLanguage is null || t.Language == targetLanguage.Code)).ToList();
            if (source.Path is null || targets.Count == 0)
            {
                var unpaired = Messages.UnpairedFile(sourceLanguage.Code);
                diagnostics.AddRange(group.Select(t => unpaired with { Message = $"{t.Path}: {unpaired.Message}" }));
                continue;
            }

            foreach (var target in targets)
            {
                pairs.Add(new BatchPair(targets.Count == 1 ? group.Key : $"{group.Key}.{target.Language}", source.Path, target.Path));
            }
        }

        if (pairs.Count == 0)
        {
            diagnostics.Insert(0, Messages.DirectoryNoPairs(sourceLanguage.Code));
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
