using Alignment.Languages;

namespace Alignment.Loading;

/// <summary>Reads files into <see cref="ReportDocument"/>s: format sniffing, text extraction or decoding, sanity checks and language detection.</summary>
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

    /// <summary>Reads <paramref name="bytes"/> as the format its content (or else <paramref name="path"/>'s extension) says.</summary>
    public static LoadResult FromBytes(byte[] bytes, string path, string? language)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return Failed(path, Messages.FileEmpty());
        }

        var format = ReportFormatSniffer.Detect(bytes, path);
        switch (format)
        {
            case ReportFormat.Pdf:
                return FromExtraction(PdfTextExtractor.Extract(bytes), path, language, "pdf", PdfTextExtractor.Source);
            case ReportFormat.Docx:
                return FromExtraction(DocxTextExtractor.Extract(bytes), path, language, "docx", DocxTextExtractor.Source);
            case ReportFormat.OtherZip:
                return Failed(path, Messages.ZipNotDocx());
        }

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

        return format == ReportFormat.Html
            ? FromText(HtmlTextExtractor.Extract(text), path, language, encodingName, HtmlTextExtractor.Source, notes)
            : FromText(text, path, language, encodingName, "plain text", notes);
    }

    private static LoadResult FromExtraction((string? Text, Diagnostic? Problem) extracted, string path, string? language, string encodingName, string textSource) =>
        extracted.Text is null
            ? Failed(path, extracted.Problem ?? Messages.Undecodable())
            : FromText(extracted.Text, path, language, encodingName, textSource, []);

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
