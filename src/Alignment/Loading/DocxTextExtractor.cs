using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Alignment.Loading;

/// <summary>
/// Extracts the text of a Word document (.docx) with the Open XML SDK: each paragraph (headings and table
/// cells included) becomes its own block of lines, blocks separated by a blank line; a list item starts with
/// <c>• </c>. Stateless and thread-safe; bad input comes back as a diagnostic, never as an exception.
/// </summary>
internal static class DocxTextExtractor
{
    public const string Source = "text extracted from DOCX (Open XML SDK)";

    public static (string? Text, Diagnostic? Problem) Extract(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return (null, Messages.ZipNotDocx());
            }

            var text = new StringBuilder();
            foreach (var paragraph in body.Descendants<W.Paragraph>())
            {
                int start = text.Length;
                if (paragraph.ParagraphProperties?.NumberingProperties is not null)
                {
                    text.Append("• ");
                }

                AppendRuns(paragraph, text);
                if (text.Length == start || string.IsNullOrWhiteSpace(text.ToString(start, text.Length - start)))
                {
                    text.Length = start;
                    continue;
                }

                text.Append("\n\n");
            }

            return (text.ToString().TrimEnd('\n'), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // System.IO.Packaging and the SDK report damaged zips and XML with several exception types
            // (InvalidDataException, OpenXmlPackageException, XmlException, FileFormatException).
            return (null, Messages.DocxUnreadable(PdfTextExtractor.FirstLine(e.Message)));
        }
    }

    private static void AppendRuns(W.Paragraph paragraph, StringBuilder text)
    {
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case W.Text t:
                    text.Append(t.Text);
                    break;
                case W.TabChar:
                    text.Append('\t');
                    break;
                case W.Break or W.CarriageReturn:
                    text.Append('\n');
                    break;
                case W.NoBreakHyphen:
                    text.Append('\u2011');
                    break;
                case OpenXmlElement:
                    break;
            }
        }
    }
}
