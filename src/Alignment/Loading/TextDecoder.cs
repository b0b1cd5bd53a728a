using System.Text;

namespace Alignment.Loading;

/// <summary>
/// Turns file bytes into text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and Windows-1252
/// when the bytes are not valid UTF-8. Binary content is refused rather than decoded into garbage.
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Windows1252 = new(() => CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available."));

    /// <summary>Decodes <paramref name="bytes"/>; on failure returns <see langword="null"/> text and an error diagnostic.</summary>
    public static (string? Text, string EncodingName, Diagnostic? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return (null, "none", Messages.FileEmpty());
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeStrict(bytes[3..], StrictUtf8, "utf-8-bom");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeStrict(bytes[2..], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeStrict(bytes[2..], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16be");
        }

        if (LooksBinary(bytes))
        {
            return (null, "binary", Messages.Binary());
        }

        var utf8 = DecodeStrict(bytes, StrictUtf8, "utf-8");
        if (utf8.Text is not null)
        {
            return utf8;
        }

        string text = Windows1252.Value.GetString(bytes);
        return (text, "windows-1252", null);
    }

    private static (string? Text, string EncodingName, Diagnostic? Problem) DecodeStrict(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            string text = encoding.GetString(bytes);
            return ContainsControlNoise(text) ? (null, name, Messages.Binary()) : (text, name, null);
        }
        catch (DecoderFallbackException)
        {
            return (null, name, Messages.Undecodable());
        }
    }

    // NUL bytes never occur in 8-bit text; a PDF or an image renamed .txt has many within its first kilobytes.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.StartsWith("%PDF-"u8) || head.StartsWith("PK\u0003\u0004"u8))
        {
            return true;
        }

        int controls = 0;
        foreach (byte b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f'))
            {
                controls++;
            }
        }

        return controls > head.Length / 20;
    }

    private static bool ContainsControlNoise(string text)
    {
        int limit = Math.Min(text.Length, 8192);
        int controls = 0;
        for (int i = 0; i < limit; i++)
        {
            char c = text[i];
            if (c == '\0')
            {
                return true;
            }

            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        return controls > limit / 20;
    }
}
