namespace Alignment.Loading;

/// <summary>The file formats a report can come in; each has its own text extractor.</summary>
internal enum ReportFormat
{
    /// <summary>Plain text, decoded by <see cref="TextDecoder"/>.</summary>
    Text,

    /// <summary>PDF with a text layer, read by <see cref="PdfTextExtractor"/>.</summary>
    Pdf,

    /// <summary>Word (Office Open XML), read by <see cref="DocxTextExtractor"/>.</summary>
    Docx,

    /// <summary>Any zip archive that is not a Word document: refused.</summary>
    OtherZip,

    /// <summary>An HTML page, read by <see cref="HtmlTextExtractor"/>.</summary>
    Html,
}

/// <summary>Tells a file's format from its content first and its extension second.</summary>
internal static class ReportFormatSniffer
{
    private const int HeadLength = 1024;

    /// <summary>
    /// Content decides when it is unambiguous (<c>%PDF-</c> in the first kilobyte, a zip holding <c>word/</c>
    /// parts, an <c>&lt;html</c> or <c>&lt;!doctype html</c> start), so a PDF renamed <c>.txt</c> is read as a PDF;
    /// otherwise the extension (<c>.pdf</c>, <c>.docx</c>, <c>.html</c>, <c>.htm</c>) does, so a damaged file is
    /// reported in the terms of its format; anything else is text.
    /// </summary>
    public static ReportFormat Detect(ReadOnlySpan<byte> bytes, string path)
    {
        var head = bytes[..Math.Min(bytes.Length, HeadLength)];
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return ReportFormat.Pdf;
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            // Zip local headers carry each part's name in clear: a .docx names word/document.xml early.
            return bytes.IndexOf("word/"u8) >= 0 || HasExtension(path, ".docx") ? ReportFormat.Docx : ReportFormat.OtherZip;
        }

        if (StartsLikeHtml(head))
        {
            return ReportFormat.Html;
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".pdf" => ReportFormat.Pdf,
            ".docx" => ReportFormat.Docx,
            ".html" or ".htm" or ".xhtml" => ReportFormat.Html,
            _ => ReportFormat.Text,
        };
    }

    private static bool HasExtension(string path, string extension) =>
        Path.GetExtension(path).Equals(extension, StringComparison.OrdinalIgnoreCase);

    // After an optional UTF-8 BOM and white space: <!doctype html or <html (ASCII, any case).
    private static bool StartsLikeHtml(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        int k = 0;
        while (k < head.Length && head[k] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            k++;
        }

        head = head[k..];
        return StartsWithIgnoreCase(head, "<!doctype html"u8) || StartsWithIgnoreCase(head, "<html"u8);
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (int k = 0; k < prefix.Length; k++)
        {
            if (char.ToLowerInvariant((char)bytes[k]) != prefix[k])
            {
                return false;
            }
        }

        return true;
    }
}
