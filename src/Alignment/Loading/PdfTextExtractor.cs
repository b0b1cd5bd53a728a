using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Alignment.Loading;

/// <summary>
/// Extracts the text layer of a PDF with PdfPig, page by page in content order. Lines keep their breaks and
/// a blank line separates blocks and a form feed pages (see <see cref="PageFurniture"/>), so <see cref="ParagraphBuilder"/> sees a hard-wrapped layout.
/// Stateless and thread-safe; bad input comes back as a diagnostic, never as an exception.
/// </summary>
internal static class PdfTextExtractor
{
    public const string Source = "text extracted from PDF (PdfPig)";

    public static (string? Text, Diagnostic? Problem) Extract(byte[] bytes, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var filters = new BudgetedPdfFilters(maxBytes);
        try
        {
            if (PdfStreamScanner.InflatesOverBudget(bytes, maxBytes))
            {
                return (null, Messages.DecompressesTooLarge("the PDF's compressed content", maxBytes));
            }

            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, FilterProvider = filters });
            var text = new StringBuilder();
            long letters = 0;
            for (int number = 1; number <= document.NumberOfPages; number++)
            {
                // The filters count each page's glyphs as its content is decoded, and refuse past the budgets before
                // PdfPig makes letters of them; the letters are counted too, for content that is not encoded at all.
                filters.BeginPage();
                var page = document.GetPage(number);
                letters += page.Letters.Count;
                filters.CountGlyphs(page.Letters.Count, letters);
                if (filters.Exceeded)
                {
                    return (null, filters.Problem ?? Messages.DecompressesTooLarge("a stream of the PDF", maxBytes));
                }

                string pageText = ContentOrderTextExtractor.GetText(page, addDoubleNewline: true);
                if (text.Length > 0)
                {
                    // A page break is a form feed that reads as a blank line: PageFurniture finds the pages by it, and
                    // ParagraphBuilder joins a sentence cut by it.
                    text.Append("\n\f");
                }

                text.Append(pageText.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n'));
                if (text.Length > maxBytes)
                {
                    return (null, Messages.ExtractedTextTooLarge(maxBytes));
                }
            }

            if (filters.Exceeded)
            {
                // PdfPig's lenient parsing may have swallowed the refusal and gone on without that stream.
                return (null, filters.Problem ?? Messages.DecompressesTooLarge("a stream of the PDF", maxBytes));
            }

            return letters == 0 || string.IsNullOrWhiteSpace(text.ToString())
                ? (null, Messages.PdfNoTextLayer())
                : (text.ToString(), null);
        }
        catch (Exception e) when (filters.Exceeded && e is not OutOfMemoryException)
        {
            return (null, filters.Problem ?? Messages.DecompressesTooLarge("a stream of the PDF", maxBytes));
        }
        catch (PdfDocumentEncryptedException)
        {
            return (null, Messages.PdfEncrypted());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports damaged files with many exception types (its own, InvalidOperationException,
            // IndexOutOfRangeException...); every one means "this file", not a bug of ours. The reason is said in our
            // words, from what the exception is about: neither PdfPig's text nor .NET's reaches a user.
            return (null, Messages.PdfUnreadable(Reason(e)));
        }
    }

    /// <summary>What a PdfPig failure says is wrong with the file, in our words.</summary>
    internal static string Reason(Exception e)
    {
        if (e.GetType().Namespace?.StartsWith("UglyToad", StringComparison.Ordinal) != true)
        {
            return "its structure is invalid";
        }

        string message = e.Message;
        bool Says(string word) => message.Contains(word, StringComparison.OrdinalIgnoreCase);
        return Says("version") || Says("header") ? "it does not start with a PDF header"
            : Says("xref") || Says("cross reference") || Says("cross-reference") ? "its cross-reference table is damaged"
            : Says("trailer") || Says("%%EOF") ? "its trailer is damaged"
            : Says("font") || Says("cmap") ? "a font is damaged"
            : Says("stream") || Says("filter") ? "a stream is damaged"
            : Says("page") ? "its page tree is damaged"
            : "its structure is invalid";
    }

    internal static string FirstLine(string message)
    {
        int end = message.AsSpan().IndexOfAny('\r', '\n');
        string line = end < 0 ? message : message[..end];
        return line.Length > 160 ? line[..160] + "…" : line;
    }
}
