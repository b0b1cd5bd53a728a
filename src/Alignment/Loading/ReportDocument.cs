namespace Alignment;

/// <summary>
/// One report as decoded text: the original characters every offset in a result refers to
/// (UTF-16 code units, end exclusive), its language and how it was read. Immutable.
/// </summary>
public sealed class ReportDocument
{
    internal ReportDocument(string name, string text, Language language, string encodingName, string textSource, IReadOnlyList<Diagnostic> diagnostics)
    {
        Name = name;
        Text = text;
        Language = language;
        EncodingName = encodingName;
        TextSource = textSource;
        Diagnostics = ReadOnlyLists.Copy(diagnostics);
    }

    /// <summary>The file path, or the name given to in-memory text.</summary>
    public string Name { get; }

    /// <summary>The decoded original text. Offsets in every result refer to this string.</summary>
    public string Text { get; }

    /// <summary>The language, detected or given: <see cref="Language.Spanish"/>, <see cref="Language.English"/>.</summary>
    public Language Language { get; }

    /// <summary>How the bytes were decoded: <c>utf-8</c>, <c>utf-8-bom</c>, <c>utf-16le</c>, <c>utf-16be</c>, <c>windows-1252</c>, <c>pdf</c> or <c>docx</c> for extracted text, or <c>string</c> for in-memory text.</summary>
    public string EncodingName { get; }

    /// <summary>
    /// What <see cref="Text"/> is, and so what offsets refer to: <c>plain text</c>, or the extraction it came from
    /// (<c>text extracted from PDF (PdfPig)</c>, <c>text extracted from DOCX (System.IO.Packaging)</c>, <c>text extracted from HTML (AngleSharp)</c>).
    /// </summary>
    public string TextSource { get; }

    /// <summary>Warnings and notes from loading (encoding fallback, language guess).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// Reads a report file. Reads <c>.txt</c>, <c>.pdf</c> (text layer), <c>.docx</c> and <c>.html</c>, told apart by content first,
    /// then extension. Expected bad input (missing, a directory, empty, binary, undecodable, damaged, a PDF without text layer,
    /// over 64 MiB, or a PDF or DOCX whose compressed parts inflate past 64 MiB) does not throw: it comes back as a failed
    /// <see cref="LoadResult"/> with an error diagnostic. FIFOs and <c>/dev/stdin</c> are read up to the same limit.
    /// </summary>
    /// <param name="path">The file to read.</param>
    /// <param name="language">The language to use instead of detecting it, or <see langword="null"/>.</param>
    public static LoadResult Load(string path, Language? language = null) => Loading.ReportLoader.Load(path, language);

    /// <summary>Wraps text that is already in memory. Returns a failed result for empty or white-space-only text.</summary>
    /// <param name="text">The report text.</param>
    /// <param name="name">A name to show in messages.</param>
    /// <param name="language">The language to use instead of detecting it, or <see langword="null"/>.</param>
    public static LoadResult FromText(string text, string name = "text", Language? language = null) =>
        Loading.ReportLoader.FromText(text, name, language, "string", "plain text", []);

    /// <summary>
    /// Reads a report from a stream (an upload, a blob, a pipe) to its end, with the checks and limits of
    /// <see cref="Load(string, Language?)"/>: more than 64 MiB is refused as soon as it is read, compressed parts inflate to
    /// at most 64 MiB, and expected bad input comes back as a failed <see cref="LoadResult"/>. The stream is not closed.
    /// </summary>
    /// <param name="stream">The report's bytes (any format <see cref="Load(string, Language?)"/> reads).</param>
    /// <param name="name">A name to show in messages (the upload's file name); its extension helps tell the format.</param>
    /// <param name="language">The language to use instead of detecting it, or <see langword="null"/>.</param>
    public static LoadResult FromStream(Stream stream, string name, Language? language = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        return Loading.ReportLoader.FromStream(stream, name, language, Loading.ReportLoader.MaxFileBytes);
    }

    /// <summary>
    /// As <see cref="FromStream"/>, reading the stream asynchronously and extracting the text on the
    /// thread pool; <paramref name="cancellationToken"/> stops the reading (<see cref="OperationCanceledException"/>).
    /// </summary>
    public static async Task<LoadResult> FromStreamAsync(Stream stream, string name, Language? language = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        byte[]? bytes;
        try
        {
            bytes = await Loading.BoundedReading.ReadAllAsync(stream, Loading.ReportLoader.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Loading.FileSystemErrors.IsFileSystemError(e))
        {
            return new LoadResult(null, name, [Loading.FileSystemErrors.Describe(e)]);
        }

        if (bytes is null)
        {
            return new LoadResult(null, name, [Messages.InputTooLarge(Loading.ReportLoader.MaxFileBytes)]);
        }

        return await Task.Run(() => FromBytes(bytes, name, language), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a report held in memory, with the checks and limits of <see cref="Load(string, Language?)"/>.</summary>
    /// <param name="bytes">The report's bytes (any format <see cref="Load(string, Language?)"/> reads).</param>
    /// <param name="name">A name to show in messages; its extension helps tell the format.</param>
    /// <param name="language">The language to use instead of detecting it, or <see langword="null"/>.</param>
    public static LoadResult FromBytes(byte[] bytes, string name, Language? language = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(name);
        return Loading.ReportLoader.FromBytes(bytes, name, language);
    }

    /// <summary>Like <see cref="Load(string, Language?)"/>, but throws <see cref="ReportFormatException"/> when the file cannot be used.</summary>
    public static ReportDocument LoadOrThrow(string path, Language? language = null) => Load(path, language).GetDocumentOrThrow();

    /// <summary>Each language's evidence in the text, when the language was detected rather than given.</summary>
    internal Loading.LanguageEvidence? Evidence { get; init; }

    /// <summary>The paragraphs the markup calls headings (HTML <c>h1</c>–<c>h6</c>, DOCX heading styles), which travel with the
    /// document to the section splitter; none for plain text and PDF.</summary>
    internal Loading.MarkedHeadings MarkedHeadings { get; init; } = Loading.MarkedHeadings.None;

    /// <summary>Whether <see cref="Language"/> is a guess: detection found no clear winner.</summary>
    internal bool LanguageAssumed { get; init; }

    /// <summary>This document in <paramref name="language"/>, told from its pair: the assumption's warning becomes <paramref name="note"/>.</summary>
    internal ReportDocument WithLanguage(Language language, Diagnostic note) =>
        new(Name, Text, language, EncodingName, TextSource,
            [.. Diagnostics.Where(d => d.Code != DiagnosticCodes.LanguageUnknown), note])
        { Evidence = Evidence, MarkedHeadings = MarkedHeadings };

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Language}, {Text.Length} chars)";
}

/// <summary>The outcome of reading a report: the document, or the reason it could not be read.</summary>
/// <param name="Document">The document, or <see langword="null"/> when loading failed.</param>
/// <param name="Path">The file path or name the result is about.</param>
/// <param name="Diagnostics">Everything noticed while loading; an error means <paramref name="Document"/> is null.</param>
public sealed record LoadResult(ReportDocument? Document, string Path, IReadOnlyList<Diagnostic> Diagnostics)
{
    private readonly IReadOnlyList<Diagnostic> _diagnostics = ReadOnlyLists.Copy(Diagnostics);

    /// <summary>Everything noticed while loading; an error means <see cref="Document"/> is null (immutable).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get => _diagnostics; init => _diagnostics = ReadOnlyLists.Copy(value); }

    /// <summary>Whether a document was produced (then <see cref="Document"/> is not null, and the compiler knows it).</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Document))]
    public bool Succeeded => Document is not null;

    /// <summary>Returns the document or throws <see cref="ReportFormatException"/> with the first error.</summary>
    public ReportDocument GetDocumentOrThrow() =>
        Document ?? throw new ReportFormatException(
            Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) ?? Messages.Undecodable(), Path);
}
