using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Alignment.Loading;

/// <summary>
/// Extracts the text of a Word document (.docx) with the Open XML SDK: each paragraph (headings and table
/// cells included) becomes its own block of lines, blocks separated by a blank line; a list item starts with
/// <c>• </c>. The zip is checked first: its XML parts together may inflate to at most the byte budget, so a
/// decompression bomb is refused after reading the budget; the document part is then streamed (no DOM), through a
/// stream that stops at the budget, and the text may not outgrow it either.
/// Stateless and thread-safe; bad input comes back as a diagnostic, never as an exception.
/// </summary>
internal static class DocxTextExtractor
{
    public const string Source = "text extracted from DOCX (Open XML SDK)";

    public static (string? Text, Diagnostic? Problem) Extract(byte[] bytes, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            if (XmlPartOverBudget(bytes, maxBytes) is { } part)
            {
                return (null, Messages.DecompressesTooLarge(part, maxBytes));
            }

            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            if (document.MainDocumentPart is not { } main)
            {
                return (null, Messages.ZipNotDocx());
            }

            using var partStream = new LengthLimitedStream(main.GetStream(FileMode.Open, FileAccess.Read), maxBytes);
            using var reader = new WordprocessingDocumentPartReader(partStream);
            return ReadParagraphs(reader, maxBytes);
        }
        catch (ReadLimitExceededException)
        {
            return (null, Messages.DecompressesTooLarge("word/document.xml", maxBytes));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // System.IO.Packaging and the SDK report damaged zips and XML with several exception types;
            // each is said in our words, never with .NET's text.
            return (null, Messages.DocxUnreadable(Reason(e)));
        }
    }

    // Every part the SDK parses to open the package and read the body is XML ([Content_Types].xml, *.rels,
    // document.xml): together they may inflate to at most the budget. Inflated for real, not taken from the zip
    // headers, which a bomb can fake. Media (images) are not read and not counted.
    private static string? XmlPartOverBudget(byte[] bytes, long maxBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            using var content = entry.Open();
            total += BoundedReading.Drain(content, maxBytes - total);
            if (total > maxBytes)
            {
                return entry.FullName;
            }
        }

        return null;
    }

    private static (string? Text, Diagnostic? Problem) ReadParagraphs(OpenXmlReader reader, long maxBytes)
    {
        var text = new StringBuilder();
        int depth = 0, start = 0;
        bool bulleted = false;
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (type == typeof(W.Paragraph))
            {
                if (reader.IsStartElement && depth++ == 0)
                {
                    start = text.Length;
                    bulleted = false;
                }
                else if (reader.IsEndElement && --depth == 0)
                {
                    EndParagraph(text, start);
                }

                continue;
            }

            if (depth == 0 || !reader.IsStartElement)
            {
                continue;
            }

            if (type == typeof(W.Text))
            {
                text.Append(reader.GetText());
            }
            else if (type == typeof(W.TabChar))
            {
                text.Append('\t');
            }
            else if (type == typeof(W.Break) || type == typeof(W.CarriageReturn))
            {
                text.Append('\n');
            }
            else if (type == typeof(W.NoBreakHyphen))
            {
                text.Append('\u2011');
            }
            else if (type == typeof(W.NumberingProperties) && !bulleted)
            {
                text.Insert(start, "• ");
                bulleted = true;
            }

            if (text.Length > maxBytes)
            {
                return (null, Messages.ExtractedTextTooLarge(maxBytes));
            }
        }

        return (text.ToString().TrimEnd('\n'), null);
    }

    private static void EndParagraph(StringBuilder text, int start)
    {
        bool blank = true;
        for (int k = start; k < text.Length && blank; k++)
        {
            blank = char.IsWhiteSpace(text[k]) || text[k] == '•';
        }

        if (blank)
        {
            text.Length = start;
            return;
        }

        text.Append("\n\n");
    }

    private static string Reason(Exception e) => e switch
    {
        XmlException x when x.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) => "its XML declares a DTD, which is not allowed",
        XmlException x => $"malformed XML at line {x.LineNumber}",
        InvalidDataException or FileFormatException => "the zip archive is damaged",
        OpenXmlPackageException => "the package structure is invalid",
        IOException => "the zip archive is damaged",
        _ => "its structure is invalid",
    };
}
