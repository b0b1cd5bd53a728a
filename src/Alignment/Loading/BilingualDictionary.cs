using System.Collections.ObjectModel;
using System.IO.Compression;
using System.Text;
using Alignment.Loading;

namespace Alignment;

/// <summary>How a dictionary file writes its entries.</summary>
public enum DictionaryFormat
{
    /// <summary>Told from the first entry line: <c> @ </c> means <see cref="Hunalign"/>, a tab <see cref="Tsv"/>.</summary>
    Detect = 0,

    /// <summary>hunalign's dictionary: <c>target @ source</c> a line, phrases of one or more words.</summary>
    Hunalign = 1,

    /// <summary>Tab-separated: <c>source&lt;TAB&gt;target</c> a line; lines starting with <c>#</c> are comments.</summary>
    Tsv = 2,
}

/// <summary>One bilingual word pair: a source-language word or phrase and its target-language translation.</summary>
/// <param name="Source">The word or phrase in the source language (<c>Gipfel</c>).</param>
/// <param name="Target">Its translation in the target language (<c>sommet</c>).</param>
public sealed record DictionaryEntry(string Source, string Target);

/// <summary>
/// Extra bilingual word pairs a user gives the aligner (<see cref="AlignerOptions.Dictionary"/>), on top of the bundled
/// lexicon: the way to help a language pair without language data (<c>de</c>–<c>fr</c>), or a field with its own
/// vocabulary. A pair is used in both directions: a <c>de</c>→<c>fr</c> dictionary also helps <c>fr</c>→<c>de</c>.
/// Words are matched folded and stemmed like the bundled lexicon's; a phrase contributes each of its content words.
/// Immutable and thread-safe.
/// </summary>
public sealed class BilingualDictionary
{
    /// <summary>Most bytes read from a dictionary file (and inflated from a compressed one): 64 MiB.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private BilingualDictionary(IList<DictionaryEntry> entries, string name)
    {
        Entries = new ReadOnlyCollection<DictionaryEntry>(entries);
        Name = name;
    }

    /// <summary>A dictionary with no entries.</summary>
    public static BilingualDictionary Empty { get; } = new(Array.Empty<DictionaryEntry>(), "empty");

    /// <summary>The entries, in the order given.</summary>
    public IReadOnlyList<DictionaryEntry> Entries { get; }

    /// <summary>The dictionary's name in messages: its file path, or the name given.</summary>
    public string Name { get; }

    /// <summary>Builds a dictionary from entries given in code; entries with an empty side are skipped.</summary>
    public static BilingualDictionary FromEntries(IEnumerable<DictionaryEntry> entries, string name = "dictionary")
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(name);
        var list = entries.Where(e => e is not null && !string.IsNullOrWhiteSpace(e.Source) && !string.IsNullOrWhiteSpace(e.Target))
            .Select(e => new DictionaryEntry(e.Source.Trim(), e.Target.Trim())).ToArray();
        return new BilingualDictionary(list, name);
    }

    /// <summary>Builds a dictionary from (source, target) word pairs given in code.</summary>
    public static BilingualDictionary FromPairs(IEnumerable<(string Source, string Target)> pairs, string name = "dictionary")
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return FromEntries(pairs.Select(p => new DictionaryEntry(p.Source, p.Target)), name);
    }

    /// <summary>
    /// Reads a dictionary file in hunalign's format or as TSV (<paramref name="format"/>, or told from the file).
    /// </summary>
    /// <exception cref="ReportFormatException">The file cannot be read, is larger than <see cref="MaxBytes"/>, or has a bad
    /// line (the message names the line).</exception>
    public static BilingualDictionary Load(string path, DictionaryFormat format = DictionaryFormat.Detect)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(Decode(ReadFile(path, compressed: false), path), path, format);
    }

    /// <summary>Reads a dictionary in hunalign's format or as TSV from a reader; <paramref name="name"/> names it in messages.</summary>
    /// <exception cref="ReportFormatException">A line is not an entry of the format (the message names the line).</exception>
    public static BilingualDictionary Read(TextReader reader, string name, DictionaryFormat format = DictionaryFormat.Detect)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder();
        var buffer = new char[8192];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (text.Length + (long)read > MaxBytes)
            {
                throw new ReportFormatException(Messages.InputTooLarge(MaxBytes), name);
            }

            text.Append(buffer, 0, read);
        }

        return Parse(text.ToString(), name, format);
    }

    /// <summary>
    /// Imports a dictionary in the dictd format (as the FreeDict packages install it: <c>NAME.index</c> with
    /// <c>NAME.dict</c> or <c>NAME.dict.dz</c>): every headword becomes the source side, every translation listed in its
    /// definition (comma-, semicolon- or line-separated, numbered senses too) the target side. Definitions longer than
    /// three words are not word translations and are skipped. A <c>.dz</c> file (dictzip, a gzip file) is inflated to at
    /// most <see cref="MaxBytes"/>.
    /// </summary>
    /// <param name="indexPath">The <c>.index</c> file.</param>
    /// <param name="dictPath">The <c>.dict</c> or <c>.dict.dz</c> file; <see langword="null"/> for the one beside the index.</param>
    /// <exception cref="ReportFormatException">A file is missing or too large, or an index line is broken.</exception>
    public static BilingualDictionary LoadDictd(string indexPath, string? dictPath = null)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        dictPath ??= DictBeside(indexPath);
        string index = Decode(ReadFile(indexPath, compressed: false), indexPath);
        byte[] dict = ReadFile(dictPath, compressed: dictPath.EndsWith(".dz", StringComparison.OrdinalIgnoreCase));
        return DictdImport.Read(index, indexPath, dict, dictPath);
    }

    private static string DictBeside(string indexPath)
    {
        string stem = indexPath.EndsWith(".index", StringComparison.OrdinalIgnoreCase) ? indexPath[..^".index".Length] : indexPath;
        return File.Exists(stem + ".dict.dz") || !File.Exists(stem + ".dict") ? stem + ".dict.dz" : stem + ".dict";
    }

    private static byte[] ReadFile(string path, bool compressed)
    {
        if (Directory.Exists(path))
        {
            throw new ReportFormatException(Messages.IsDirectory(), path);
        }

        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
            byte[]? bytes;
            if (compressed)
            {
                // dictzip is gzip with a random-access table in its header: plain GZip inflates it, bounded like any input.
                using var gzip = new GZipStream(file, CompressionMode.Decompress);
                bytes = BoundedReading.ReadAll(gzip, MaxBytes);
                if (bytes is null)
                {
                    throw new ReportFormatException(Messages.DecompressesTooLarge("the dictionary", MaxBytes), path);
                }
            }
            else
            {
                bytes = BoundedReading.ReadAll(file, MaxBytes) ?? throw new ReportFormatException(Messages.InputTooLarge(MaxBytes), path);
            }

            return bytes;
        }
        catch (InvalidDataException e)
        {
            throw new ReportFormatException(DictionaryMessages.NotGzip(e.Message), path);
        }
        catch (Exception e) when (FileSystemErrors.IsFileSystemError(e))
        {
            throw new ReportFormatException(FileSystemErrors.Describe(e), path);
        }
    }

    private static string Decode(byte[] bytes, string name)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new ReportFormatException(DictionaryMessages.NotUtf8(), name);
        }
    }

    private static BilingualDictionary Parse(string text, string name, DictionaryFormat format)
    {
        var entries = new List<DictionaryEntry>();
        int number = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            number++;
            string line = rawLine.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (format == DictionaryFormat.Detect)
            {
                format = line.Contains(" @ ", StringComparison.Ordinal) ? DictionaryFormat.Hunalign
                    : line.Contains('\t', StringComparison.Ordinal) ? DictionaryFormat.Tsv
                    : line.StartsWith('#') ? DictionaryFormat.Detect
                    : throw new ReportFormatException(DictionaryMessages.UnknownFormat(number), name);
                if (format == DictionaryFormat.Detect)
                {
                    continue;
                }
            }

            if (format == DictionaryFormat.Tsv && line.StartsWith('#'))
            {
                continue;
            }

            var (source, target) = format switch
            {
                DictionaryFormat.Hunalign => SplitOnce(line, " @ ") is { } h ? (h.Second, h.First) : (null, null),
                DictionaryFormat.Tsv => SplitOnce(line, "\t") is { } t ? (t.First, t.Second) : (null, null),
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a dictionary format"),
            };
            if (string.IsNullOrWhiteSpace(source) || string.IsNullOrWhiteSpace(target))
            {
                throw new ReportFormatException(DictionaryMessages.BadLine(number, format), name);
            }

            entries.Add(new DictionaryEntry(source.Trim(), target.Trim()));
        }

        return new BilingualDictionary(entries.ToArray(), name);
    }

    private static (string First, string Second)? SplitOnce(string line, string separator)
    {
        int at = line.IndexOf(separator, StringComparison.Ordinal);
        return at < 0 || line.IndexOf(separator, at + separator.Length, StringComparison.Ordinal) >= 0
            ? null
            : (line[..at], line[(at + separator.Length)..]);
    }

    /// <summary>Reads dictd's index (<c>headword TAB offset TAB length</c>, numbers in base 64) and slices the definitions.</summary>
    private static class DictdImport
    {
        private const string Base64Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        // A definition longer than this is an explanation, not a translation to meet in the other text.
        private const int MaxTranslationWords = 3;

        public static BilingualDictionary Read(string index, string indexName, byte[] dict, string dictName)
        {
            var entries = new List<DictionaryEntry>();
            int number = 0;
            foreach (var rawLine in index.Split('\n'))
            {
                number++;
                string line = rawLine.TrimEnd('\r');
                if (line.Length == 0)
                {
                    continue;
                }

                var fields = line.Split('\t');
                if (fields.Length < 3 || Number(fields[1]) is not { } offset || Number(fields[2]) is not { } length)
                {
                    throw new ReportFormatException(DictionaryMessages.BadIndexLine(number), indexName);
                }

                string headword = fields[0].Trim();
                // dictd's own entries (00databaseinfo, 00-database-url ...) describe the dictionary.
                if (headword.StartsWith("00database", StringComparison.Ordinal) || headword.StartsWith("00-database", StringComparison.Ordinal))
                {
                    continue;
                }

                if (offset + length > dict.Length)
                {
                    throw new ReportFormatException(DictionaryMessages.IndexPastEnd(number, dictName), indexName);
                }

                string definition = Encoding.UTF8.GetString(dict, (int)offset, (int)length);
                foreach (var translation in Translations(definition))
                {
                    entries.Add(new DictionaryEntry(headword, translation));
                }
            }

            return new BilingualDictionary(entries.ToArray(), dictName);
        }

        // The definition's first line repeats the headword (with its pronunciation); the translations follow.
        private static IEnumerable<string> Translations(string definition)
        {
            var lines = definition.Split('\n');
            for (int k = 1; k < lines.Length; k++)
            {
                string line = lines[k].Trim();
                int sense = 0;
                while (sense < line.Length && char.IsAsciiDigit(line[sense]))
                {
                    sense++;
                }

                if (sense > 0 && sense < line.Length && line[sense] == '.')
                {
                    line = line[(sense + 1)..];
                }

                foreach (var piece in line.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    string word = WithoutBrackets(piece).Trim();
                    int words = word.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                    if (words is > 0 and <= MaxTranslationWords)
                    {
                        yield return word;
                    }
                }
            }
        }

        private static string WithoutBrackets(string text)
        {
            var builder = new StringBuilder(text.Length);
            int depth = 0;
            foreach (char c in text)
            {
                if (c is '(' or '[' or '<' or '{')
                {
                    depth++;
                }
                else if (c is ')' or ']' or '>' or '}')
                {
                    depth = Math.Max(0, depth - 1);
                }
                else if (depth == 0)
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        private static long? Number(string field)
        {
            if (field.Length is 0 or > 10)
            {
                return null;
            }

            long value = 0;
            foreach (char c in field)
            {
                int digit = Base64Digits.IndexOf(c, StringComparison.Ordinal);
                if (digit < 0)
                {
                    return null;
                }

                value = value * 64 + digit;
            }

            return value;
        }
    }
}
