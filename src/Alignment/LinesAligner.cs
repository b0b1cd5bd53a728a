using Alignment.Loading;

namespace Alignment;

/// <summary>
/// Reads files of pre-split segments, one a line (the input of hunalign, Vecalign, Bleualign and the Moses tools), for
/// <see cref="BitextAligner.AlignLines"/>: no sections, no sentence splitting, segment ids are 0-based line numbers. A
/// language without language data (<c>de</c>, <c>fr</c>) is kept as given. Stateless and thread-safe.
/// </summary>
internal static class LinesAligner
{
    /// <summary>What <see cref="ReportDocument.TextSource"/> says of a document read as one segment a line.</summary>
    public const string TextSource = "plain text, one segment a line";

    /// <summary>
    /// Reads a text file (or FIFO) whose lines are segments. <paramref name="language"/> may be any language code; codes
    /// without language data are kept as given. Throws <see cref="ReportFormatException"/> for unusable files.
    /// </summary>
    public static ReportDocument Load(string path, Language? language)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new ReportFormatException(Messages.IsDirectory(), path);
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        }
        catch (Exception e) when (FileSystemErrors.IsFileSystemError(e))
        {
            throw new ReportFormatException(FileSystemErrors.Describe(e), path);
        }

        using (stream)
        {
            return FromStream(stream, path, language);
        }
    }

    /// <summary>Reads segments, one a line, from a stream (standard input, a pipe) within <see cref="ReportLoader.MaxFileBytes"/>.</summary>
    public static ReportDocument FromStream(Stream stream, string name, Language? language)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        byte[]? bytes;
        try
        {
            bytes = BoundedReading.ReadAll(stream, ReportLoader.MaxFileBytes);
        }
        catch (Exception e) when (FileSystemErrors.IsFileSystemError(e))
        {
            throw new ReportFormatException(FileSystemErrors.Describe(e), name);
        }

        if (bytes is null)
        {
            throw new ReportFormatException(Messages.InputTooLarge(ReportLoader.MaxFileBytes), name);
        }

        if (bytes.Length == 0)
        {
            throw new ReportFormatException(Messages.FileEmpty(), name);
        }

        // Decoded as text whatever it looks like: a segment file is never a PDF, DOCX or HTML page.
        var (text, encodingName, problem, note) = TextDecoder.Decode(bytes);
        if (text is null)
        {
            throw new ReportFormatException(problem ?? Messages.Undecodable(), name);
        }

        bool known = language is null || language.HasLanguageData;
        var loaded = ReportLoader.FromText(text, name, known ? language : null, encodingName, TextSource, note is null ? [] : [note]).GetDocumentOrThrow();
        if (known)
        {
            return loaded;
        }

        var diagnostics = loaded.Diagnostics.Where(d => d.Code != DiagnosticCodes.LanguageUnknown).ToList();
        return new ReportDocument(loaded.Name, loaded.Text, language!, loaded.EncodingName, loaded.TextSource, diagnostics);
    }

    /// <summary>Splits a document into its lines: one segment each (empty lines too, so ids stay line numbers), one section.</summary>
    public static ReportStructure Segments(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        var segments = new List<SentenceSpan>();
        int start = 0;
        while (start < text.Length)
        {
            int newline = text.IndexOf('\n', start);
            int next = newline < 0 ? text.Length : newline + 1;
            int end = newline < 0 ? text.Length : newline;
            if (end > start && text[end - 1] == '\r')
            {
                end--;
            }

            string line = text[start..end];
            segments.Add(new SentenceSpan(segments.Count, 0, start, end, line, line, IsHeading: false));
            start = next;
        }

        var section = new Section(0, SectionKind.Other, null, 0, 0, 0, text.Length);
        return new ReportStructure(document, [section], segments, []);
    }
}
