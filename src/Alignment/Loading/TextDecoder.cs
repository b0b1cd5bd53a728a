using System.Text;
using System.Text.Unicode;

namespace Alignment.Loading;

/// <summary>
/// Turns file bytes into text, deciding per file on the evidence of its bytes: a BOM (UTF-8, UTF-16 LE/BE);
/// UTF-16 without BOM from its zero bytes (every other byte is zero in Latin text); UTF-8 when most non-ASCII
/// sequences are valid UTF-8 (a few damaged bytes are replaced by U+FFFD and reported); Windows-1252 only when no
/// sequence is valid UTF-8 and the high bytes look like Windows-1252 text (accented letters, curly quotes, dashes).
/// Binary content is refused rather than decoded into garbage.
/// </summary>
internal static class TextDecoder
{
    /// <summary>UTF-16 without BOM: at least this share of the bytes at one parity are zero...</summary>
    private const double Utf16ZeroShare = 0.3;

    /// <summary>...and at most this share at the other parity (Latin text in UTF-16 has no zero there).</summary>
    private const double Utf16OtherParityZeroShare = 0.02;

    /// <summary>
    /// A file whose non-ASCII sequences are at least this share invalid UTF-8, and whose high bytes look like
    /// Windows-1252, is Windows-1252; below it, the file is UTF-8 with damaged bytes.
    /// </summary>
    private const double Windows1252InvalidShare = 0.5;

    /// <summary>Share of high bytes that must be Windows-1252 letters or typographic marks for the file to be read as Windows-1252.</summary>
    private const double Windows1252TypicalShare = 0.8;

    /// <summary>
    /// NUL characters in the first 8 KB that still make a damaged text rather than a binary file: a stray NUL or a few
    /// (a bad copy, an editor's slip) are replaced and reported; an image or an executable has one every few bytes.
    /// </summary>
    private const int MaxRepairedNuls = 16;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding ReplacingUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly Lazy<Encoding> Windows1252 = new(() => CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available."));

    /// <summary>
    /// Decodes <paramref name="bytes"/>; on failure returns <see langword="null"/> text and an error diagnostic.
    /// The note is a warning or info about how the text was read (damaged UTF-8 replaced, Windows-1252), or null.
    /// </summary>
    public static (string? Text, string EncodingName, Diagnostic? Problem, Diagnostic? Note) Decode(ReadOnlySpan<byte> bytes)
    {
        var decoded = DecodeBytes(bytes);
        if (decoded.Text is not { } text || text.AsSpan().IndexOf('\0') < 0)
        {
            return decoded;
        }

        // A few NULs in text: replaced like damaged bytes, and reported with them.
        int nuls = text.AsSpan().Count('\0');
        var note = Messages.NulReplaced(nuls, decoded.Note is { Code: DiagnosticCodes.InvalidUtf8 } damaged ? damaged : null);
        return (text.Replace('\0', '\uFFFD'), decoded.EncodingName, null, note);
    }

    private static (string? Text, string EncodingName, Diagnostic? Problem, Diagnostic? Note) DecodeBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return (null, "none", Messages.FileEmpty(), null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], "utf-8-bom");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeStrict(bytes[2..], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeStrict(bytes[2..], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16be");
        }

        if (Utf16WithoutBom(bytes) is { } bigEndian)
        {
            return DecodeStrict(bytes, new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true), bigEndian ? "utf-16be" : "utf-16le");
        }

        if (LooksBinary(bytes))
        {
            return (null, "binary", Messages.Binary(), null);
        }

        return DecodeUtf8(bytes, "utf-8");
    }

    private static (string? Text, string EncodingName, Diagnostic? Problem, Diagnostic? Note) DecodeUtf8(ReadOnlySpan<byte> bytes, string name)
    {
        var (valid, invalid) = CountUtf8Sequences(bytes);
        if (invalid == 0)
        {
            return DecodeStrict(bytes, StrictUtf8, name);
        }

        // A BOM says UTF-8 outright; otherwise Windows-1252 needs evidence: most non-ASCII sequences invalid and
        // the high bytes typical of Windows-1252 text.
        if (name == "utf-8" && invalid >= Windows1252InvalidShare * (valid + invalid) && LooksLikeWindows1252(bytes))
        {
            string latin = Windows1252.Value.GetString(bytes);
            return ContainsControlNoise(latin)
                ? (null, "windows-1252", Messages.Binary(), null)
                : (latin, "windows-1252", null, Messages.DecodedAsWindows1252());
        }

        string text = ReplacingUtf8.GetString(bytes);
        if (ContainsControlNoise(text))
        {
            return (null, name, Messages.Binary(), null);
        }

        // What the decoder replaced: every U+FFFD but those the file spelled out itself (EF BF BD).
        int replaced = text.AsSpan().Count('\uFFFD') - bytes.Count("\uFFFD"u8);
        return (text, name, null, Messages.InvalidUtf8Replaced(replaced));
    }

    // Counts valid multi-byte sequences and invalid ones (each maximal invalid subsequence counts once, as the
    // decoder replaces it with one U+FFFD).
    private static (int Valid, int Invalid) CountUtf8Sequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        Span<char> chars = stackalloc char[256];
        while (!bytes.IsEmpty)
        {
            int ascii = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (ascii < 0)
            {
                break;
            }

            bytes = bytes[ascii..];
            var status = Utf8.ToUtf16(bytes[..Math.Min(bytes.Length, 4)], chars, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == System.Buffers.OperationStatus.Done || (status == System.Buffers.OperationStatus.InvalidData && read > 0))
            {
                // read > 0: a valid sequence came first.
                valid++;
                bytes = bytes[SequenceLength(bytes[0])..];
                continue;
            }

            invalid++;
            bytes = bytes[1..];
            // Continuation bytes after an invalid lead belong to the same damaged stretch.
            while (!bytes.IsEmpty && bytes[0] is >= 0x80 and < 0xC0)
            {
                bytes = bytes[1..];
            }
        }

        return (valid, invalid);
    }

    private static int SequenceLength(byte lead) => lead switch
    {
        >= 0xF0 => 4,
        >= 0xE0 => 3,
        _ => 2,
    };

    // Windows-1252 text: high bytes are mostly accented letters (0xC0-0xFF) and typographic marks (curly quotes,
    // dashes, ellipsis, euro, ordinal indicators, nbsp, guillemets, inverted marks), never the five undefined codes.
    private static bool LooksLikeWindows1252(ReadOnlySpan<byte> bytes)
    {
        int high = 0, typical = 0;
        foreach (byte b in bytes)
        {
            if (b < 0x80)
            {
                continue;
            }

            high++;
            if (b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D)
            {
                return false;
            }

            if (b >= 0xC0 || b is 0x80 or 0x85 or 0x91 or 0x92 or 0x93 or 0x94 or 0x96 or 0x97 or 0xA0 or 0xAA or 0xAB or 0xBA or 0xBB or 0xBF or 0xA1 or 0xB0 or 0xA7 or 0xB7)
            {
                typical++;
            }
        }

        return high > 0 && typical >= Windows1252TypicalShare * high;
    }

    // Latin text in UTF-16 without BOM: every character's high byte is zero, so zeros sit at one parity.
    // Returns true for big-endian, false for little-endian, null when the bytes do not look like UTF-16.
    private static bool? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..(Math.Min(bytes.Length, 8192) & ~1)];
        if (head.Length < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (int k = 0; k < head.Length; k += 2)
        {
            evenZeros += head[k] == 0 ? 1 : 0;
            oddZeros += head[k + 1] == 0 ? 1 : 0;
        }

        int pairs = head.Length / 2;
        if (oddZeros >= Utf16ZeroShare * pairs && evenZeros <= Utf16OtherParityZeroShare * pairs)
        {
            return false;
        }

        if (evenZeros >= Utf16ZeroShare * pairs && oddZeros <= Utf16OtherParityZeroShare * pairs)
        {
            return true;
        }

        return null;
    }

    private static (string? Text, string EncodingName, Diagnostic? Problem, Diagnostic? Note) DecodeStrict(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            string text = encoding.GetString(bytes);
            return ContainsControlNoise(text) ? (null, name, Messages.Binary(), null) : (text, name, null, null);
        }
        catch (DecoderFallbackException)
        {
            return (null, name, Messages.Undecodable(), null);
        }
    }

    // NUL bytes hardly occur in 8-bit text; a PDF or an image renamed .txt has many within its first kilobytes.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.StartsWith("%PDF-"u8) || head.StartsWith("PK\u0003\u0004"u8))
        {
            return true;
        }

        int controls = 0, nuls = 0;
        foreach (byte b in head)
        {
            if (b == 0 && ++nuls > MaxRepairedNuls)
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
        int controls = 0, nuls = 0;
        for (int i = 0; i < limit; i++)
        {
            char c = text[i];
            if (c == '\0' && ++nuls > MaxRepairedNuls)
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
