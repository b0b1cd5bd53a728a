using Alignment.Languages;

namespace Alignment.Loading;

/// <summary>Reads files into <see cref="ReportDocument"/>s: decoding, sanity checks and language detection.</summary>
internal static class ReportLoader
{
    /// <summary>
    /// Files larger than this are refused before they are read: a report is a few hundred kilobytes, and
    /// aligning tens of megabytes would take minutes and gigabytes (decoded text alone is twice the bytes).
    /// </summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    public static LoadResult Load(string path, string? language)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path) || !File.Exists(path))
        {
            return Failed(path, Messages.FileNotFound());
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
            {
                return Failed(path, Messages.TooLarge(info.Length, MaxFileBytes));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(path, Messages.FileUnreadable(e.Message));
        }

        return FromBytes(bytes, path, language);
    }

    public static LoadResult FromBytes(ReadOnlySpan<byte> bytes, string path, string? language)
    {
        var (text, encodingName, problem) = TextDecoder.Decode(bytes);
        if (text is null)
        {
            return Failed(path, problem ?? Messages.Undecodable());
        }

        var notes = new List<Diagnostic>();
        if (encodingName == "windows-1252")
        {
            notes.Add(Messages.DecodedAsWindows1252());
        }

        return FromText(text, path, language, encodingName, "plain text", notes);
    }

    public static LoadResult FromText(string text, string name, string? language, string encodingName, string textSource, IReadOnlyList<Diagnostic> earlier)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var diagnostics = new List<Diagnostic>(earlier);
        if (text.Length == 0)
        {
            return Failed(name, Messages.FileEmpty());
        }

        if (text.AsSpan().IndexOfAnyExcept(" \t\r\n\f\u00A0\u200B\uFEFF") < 0)
        {
            return Failed(name, Messages.NoText());
        }

        int replacements = text.AsSpan().Count('\uFFFD');
        if (replacements > 0)
        {
            diagnostics.Add(Messages.ReplacementCharacters(replacements));
        }

        string code;
        if (language is not null)
        {
            if (LanguageProfile.Find(language) is not { } profile)
            {
                return Failed(name, Messages.LanguageUnsupported(language));
            }

            code = profile.Code;
        }
        else if (LanguageDetector.Detect(text) is { } detected)
        {
            code = detected;
        }
        else
        {
            code = "en";
            diagnostics.Add(Messages.LanguageUnknown(code));
        }

        return new LoadResult(new ReportDocument(name, text, code, encodingName, textSource, diagnostics), name, diagnostics);
    }

    private static LoadResult Failed(string path, Diagnostic error) => new(null, path, [error]);
}
