using System.Reflection;

namespace Alignment.Languages;

/// <summary>One meaningful line of a language data file: its text without the comment, trimmed, and its line number from 1.</summary>
/// <param name="File">The data file's name, e.g. <c>es.numbers.txt</c>.</param>
/// <param name="Number">The line number in the file, from 1.</param>
/// <param name="Text">The line without its comment (<c>#</c> to the end of the line), trimmed; never empty.</param>
internal readonly record struct DataLine(string File, int Number, string Text)
{
    /// <summary>An error that names this line: <c>language data es.numbers.txt, line 12: ...</c>.</summary>
    public LanguageDataException Error(string message) => new($"language data {File}, line {Number}: {message} (\"{Text}\")");
}

/// <summary>
/// A language data file is wrong: missing, or a line that does not follow the file's format. The data ships inside
/// the assembly, so this is a packaging or editing mistake, never a problem of the user's input.
/// </summary>
internal sealed class LanguageDataException(string message) : Exception(message);

/// <summary>
/// Reads the data files embedded from <c>Languages/Data/</c>. Every file is UTF-8 text, one entry a line,
/// <c>#</c> starts a comment, blank lines are ignored. The format of each kind of file is kept by its typed
/// reader (<see cref="LanguageDataKind"/> lists them); this class only finds files and splits them into lines.
/// </summary>
internal static class LanguageDataFile
{
    private const string ResourcePrefix = "Alignment.Languages.Data.";

    /// <summary>The names of every embedded data file (<c>es.numbers.txt</c>, <c>es-en.lexicon.txt</c> ...).</summary>
    public static IReadOnlyList<string> Names { get; } = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    private static Assembly Assembly => typeof(LanguageDataFile).Assembly;

    /// <summary>Whether the data file exists.</summary>
    public static bool Exists(string fileName) => Names.Contains(fileName, StringComparer.Ordinal);

    /// <summary>Reads a data file's meaningful lines.</summary>
    /// <exception cref="LanguageDataException">The file does not exist.</exception>
    public static IReadOnlyList<DataLine> Read(string fileName)
    {
        using var stream = Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new LanguageDataException($"language data {fileName} is missing from the assembly");
        using var reader = new StreamReader(stream);
        return Parse(fileName, reader);
    }

    /// <summary>Splits text in the data file format into its meaningful lines (for tests and user-supplied files).</summary>
    public static IReadOnlyList<DataLine> Parse(string fileName, TextReader reader)
    {
        var lines = new List<DataLine>();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            int hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line[..hash];
            }

            line = line.Trim();
            if (line.Length > 0)
            {
                lines.Add(new DataLine(fileName, number, line));
            }
        }

        return lines;
    }
}
