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

    /// <summary>Reads <paramref name="path"/> within the default <see cref="MaxFileBytes"/> budget.</summary>
    public static LoadResult Load(string path, Language? language) => Load(path, language, MaxFileBytes);

    /// <summary>
    /// Reads <paramref name="path"/>, whatever it is (regular file, FIFO, <c>/dev/stdin</c>), reading at most
    /// <paramref name="maxBytes"/> bytes; the same budget bounds what a PDF or DOCX decompresses to and the text extracted.
    /// </summary>
    public static LoadResult Load(string path, Language? language, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return Failed(path, Messages.IsDirectory());
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        }
        catch (Exception e) when (FileSystemErrors.IsFileSystemError(e))
        {
            return Failed(path, FileSystemErrors.Describe(e));
        }

        using (stream)
        {
            return FromStream(stream, path, language, maxBytes);
        }
    }

    /// <summary>Reads a stream (standard input, a pipe) to its end, refusing it as soon as it has more than <paramref name="maxBytes"/> bytes.</summary>
    public static LoadResult FromStream(Stream stream, string name, Language? language, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[]? bytes;
        try
        {
            if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
            {
                return Failed(name, Messages.TooLarge(stream.Length - stream.Position, maxBytes));
            }

            bytes = BoundedReading.ReadAll(stream, maxBytes);
        }
        catch (Exception e) when (FileSystemErrors.IsFileSystemError(e))
        {
            return Failed(name, FileSystemErrors.Describe(e));
        }

        return bytes is null ? Failed(name, Messages.InputTooLarge(maxBytes)) : FromBytes(bytes, name, language, maxBytes);
    }

    /// <summary>Reads <paramref name="bytes"/> as the format its content (or else <paramref name="path"/>'s extension) says.</summary>
    public static LoadResult FromBytes(byte[] bytes, string path, Language? language) => FromBytes(bytes, path, language, MaxFileBytes);

    /// <summary>
    /// Reads <paramref name="bytes"/> as the format its content (or else <paramref name="path"/>'s extension) says;
    /// a PDF or DOCX may decompress to at most <paramref name="maxBytes"/> bytes and give at most that many characters of text.
    /// </summary>
    public static LoadResult FromBytes(byte[] bytes, string path, Language? language, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return Failed(path, Messages.FileEmpty());
        }

        if (bytes.Length > maxBytes)
        {
            return Failed(path, Messages.TooLarge(bytes.Length, maxBytes));
        }

        var format = ReportFormatSniffer.Detect(bytes, path);
        switch (format)
        {
            case ReportFormat.Pdf:
                return FromExtraction(PdfTextExtractor.Extract(bytes, maxBytes), MarkedHeadings.None, path, language, "pdf", PdfTextExtractor.Source);
            case ReportFormat.Docx:
                var docx = DocxTextExtractor.Extract(bytes, maxBytes);
                return FromExtraction((docx.Text, docx.Problem), docx.Headings, path, language, "docx", DocxTextExtractor.Source);
            case ReportFormat.OtherZip:
                return Failed(path, Messages.ZipNotDocx());
        }

        var (text, encodingName, problem, note) = TextDecoder.Decode(bytes);
        if (text is null)
        {
            return Failed(path, problem ?? Messages.Undecodable());
        }

        Diagnostic[] notes = note is null ? [] : [note];
        if (format != ReportFormat.Html)
        {
            return FromText(text, path, language, encodingName, "plain text", notes);
        }

        var (html, htmlProblem, headings) = HtmlTextExtractor.Extract(text);
        return html is null
            ? Failed(path, htmlProblem ?? Messages.NoText())
            : FromText(html, path, language, encodingName, HtmlTextExtractor.Source, notes, headings);
    }

    private static LoadResult FromExtraction((string? Text, Diagnostic? Problem) extracted, MarkedHeadings headings, string path, Language? language, string encodingName,
        string textSource) =>
        extracted.Text is null
            ? Failed(path, extracted.Problem ?? Messages.Undecodable())
            : FromText(extracted.Text, path, language, encodingName, textSource, [], headings);


    public static LoadResult FromText(string text, string name, Language? language, string encodingName, string textSource, IReadOnlyList<Diagnostic> earlier,
        MarkedHeadings? headings = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var diagnostics = new List<Diagnostic>(earlier);
        if (text.Length == 0)
        {
            return Failed(name, Messages.FileEmpty());
        }

        if (HasNoText(text))
        {
            return Failed(name, Messages.NoText());
        }

        // Replacement characters the decoder put in are already reported as damaged UTF-8.
        int replacements = text.AsSpan().Count('\uFFFD');
        if (replacements > 0 && !diagnostics.Exists(d => d.Code == Messages.InvalidUtf8Replaced(0).Code))
        {
            diagnostics.Add(Messages.ReplacementCharacters(replacements));
        }

        // A paginated text's running heads, feet and page numbers would cut the sentences a page break runs through.
        var (withoutFurniture, furnitureLines, pages) = PageFurniture.Remove(text);
        if (furnitureLines > 0)
        {
            if (HasNoText(withoutFurniture))
            {
                return Failed(name, Messages.NoText());
            }

            text = withoutFurniture;
            diagnostics.Add(Messages.PageFurnitureRemoved(furnitureLines, pages));
        }

        Language chosen;
        LanguageEvidence? evidence = null;
        bool assumed = false;
        if (language is not null)
        {
            if (!language.HasLanguageData)
            {
                return Failed(name, Messages.LanguageUnsupported(language.Code));
            }

            chosen = language;
        }
        else if ((evidence = LanguageDetector.Evidence(text)).Winner is { } detected)
        {
            chosen = Language.Parse(detected);
        }
        else
        {
            chosen = Language.English;
            assumed = true;
            diagnostics.Add(Messages.LanguageUnknown(chosen.Code));
        }

        var document = new ReportDocument(name, text, chosen, encodingName, textSource, diagnostics) { Evidence = evidence, LanguageAssumed = assumed, MarkedHeadings = headings ?? MarkedHeadings.None };
        return new LoadResult(document, name, diagnostics);
    }

    private static LoadResult Failed(string path, Diagnostic error) => new(null, path, [error]);

    // Whether the text holds nothing but spaces, line and page breaks and invisible characters.
    private static bool HasNoText(string text) => text.AsSpan().IndexOfAnyExcept(" \t\r\n\f\u00A0\u200B\uFEFF") < 0;
}
