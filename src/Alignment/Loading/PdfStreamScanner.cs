using System.IO.Compression;

namespace Alignment.Loading;

/// <summary>
/// Checks what a PDF's Flate streams inflate to before PdfPig sees the file: PdfPig inflates a stream whole into
/// memory, however large, so a 1 MB PDF holding a 1 GB stream would cost gigabytes. Each stream is inflated here
/// into nothing, counting bytes and stopping at the budget: the streams PdfPig reads for text (content, fonts,
/// object streams) may inflate to the budget together, an image (never decoded for text) to the budget alone.
/// </summary>
internal static class PdfStreamScanner
{
    /// <summary>How far before <c>stream</c> the stream's dictionary is looked for (from its <c>obj</c> keyword).</summary>
    private const int DictionaryWindow = 64 * 1024;

    /// <summary>Returns <see langword="true"/> when the Flate streams of <paramref name="pdf"/> inflate to more than <paramref name="maxBytes"/>.</summary>
    public static bool InflatesOverBudget(byte[] pdf, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ReadOnlySpan<byte> bytes = pdf;
        long textStreams = 0;
        int position = 0;
        while (true)
        {
            int found = bytes[position..].IndexOf("stream"u8);
            if (found < 0)
            {
                return false;
            }

            int keyword = position + found;
            position = keyword + 6;
            int data = DataStart(bytes, keyword);
            if (data < 0)
            {
                continue;
            }

            int windowStart = Math.Max(0, keyword - DictionaryWindow);
            var window = bytes[windowStart..keyword];
            int obj = window.LastIndexOf("obj"u8);
            var dictionary = obj >= 0 ? window[obj..] : window;
            if (dictionary.IndexOf("/FlateDecode"u8) < 0 && dictionary.IndexOf("/Fl "u8) < 0 && dictionary.IndexOf("/Fl/"u8) < 0)
            {
                continue;
            }

            int end = bytes[data..].IndexOf("endstream"u8);
            int length = end < 0 ? bytes.Length - data : end;
            bool image = dictionary.IndexOf("/Image"u8) >= 0;
            long budget = image ? maxBytes : maxBytes - textStreams;
            long inflated = Inflate(pdf, data, length, budget);
            if (inflated > budget)
            {
                return true;
            }

            if (!image)
            {
                textStreams += inflated;
            }

            position = data + length;
        }
    }

    // "stream" as a keyword: after the dictionary's ">>" (and white space), followed by an end of line.
    private static int DataStart(ReadOnlySpan<byte> bytes, int keyword)
    {
        int after = keyword + 6;
        if (keyword >= 3 && bytes[(keyword - 3)..keyword].SequenceEqual("end"u8))
        {
            return -1;
        }

        int before = keyword - 1;
        while (before >= 0 && bytes[before] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t')
        {
            before--;
        }

        if (before < 1 || bytes[before] != (byte)'>' || bytes[before - 1] != (byte)'>')
        {
            return -1;
        }

        if (after < bytes.Length && bytes[after] == (byte)'\r')
        {
            after++;
        }

        if (after < bytes.Length && bytes[after] == (byte)'\n')
        {
            after++;
        }

        return after;
    }

    // As PdfPig does: skip the two zlib header bytes and inflate the rest as raw deflate.
    private static long Inflate(byte[] pdf, int start, int length, long budget)
    {
        if (length <= 2)
        {
            return 0;
        }

        using var deflate = new DeflateStream(new MemoryStream(pdf, start + 2, length - 2, writable: false), CompressionMode.Decompress);
        return BoundedReading.Drain(deflate, Math.Max(0, budget));
    }
}
