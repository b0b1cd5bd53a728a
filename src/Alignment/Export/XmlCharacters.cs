using System.Text;
using System.Xml;

namespace Alignment.Export;

/// <summary>
/// Keeps text writable as XML 1.0 and HTML: OCR output carries control characters (form feeds, NULs, stray
/// escapes) and lone surrogates that XML forbids and an XmlWriter would throw on.
/// </summary>
internal static class XmlCharacters
{
    /// <summary>How the XML exports (TMX, XLIFF) are written: UTF-8 without a BOM, two-space indents, LF, stream left open.</summary>
    public static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        CloseOutput = false,
    };

    /// <summary>The text without characters XML 1.0 does not allow; the same instance when there are none.</summary>
    public static string RemoveInvalid(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = FirstInvalid(text);
        if (first < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                clean.Append(c);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                clean.Append(c).Append(text[i + 1]);
                i++;
            }
        }

        return clean.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
