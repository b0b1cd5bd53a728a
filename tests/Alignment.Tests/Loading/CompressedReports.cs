using System.IO.Compression;
using System.Text;

namespace Alignment.Tests.Loading;

/// <summary>
/// Builds DOCX and PDF files at test time, streamed so a decompression bomb costs its compressed size only:
/// a Word document whose <c>word/document.xml</c> repeats a paragraph, a PDF whose Flate content stream shows one
/// line of text and is padded with white space.
/// </summary>
internal static class CompressedReports
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A valid .docx whose body is <paramref name="paragraph"/> repeated <paramref name="times"/> times.</summary>
    public static byte[] Docx(string paragraph, int times, string? doctype = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            var document = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest);
            using var writer = new StreamWriter(document.Open(), new UTF8Encoding(false));
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            writer.Write(doctype ?? "");
            writer.Write($"<w:document xmlns:w=\"{WordNamespace}\"><w:body>");
            string element = $"<w:p><w:r><w:t xml:space=\"preserve\">{paragraph}</w:t></w:r></w:p>";
            for (int k = 0; k < times; k++)
            {
                writer.Write(element);
            }

            writer.Write("</w:body></w:document>");
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// A one-page PDF showing <paramref name="line"/> in Helvetica, its content stream padded with
    /// <paramref name="padding"/> spaces (white space in a content stream is ignored) and encoded with
    /// <paramref name="filter"/>: Flate (~1000:1), Flate behind ASCII hex, or run-length (64:1).
    /// </summary>
    public static byte[] Pdf(string line, long padding, PdfFilter filter = PdfFilter.Flate)
    {
        byte[] text = Encoding.ASCII.GetBytes($"BT /F1 12 Tf 20 100 Td ({line}) Tj ET\n");
        byte[] content = filter == PdfFilter.RunLength ? RunLength(text, padding) : Flate(text, padding);
        string filters = filter switch
        {
            PdfFilter.HexFlate => "[/ASCIIHexDecode /FlateDecode]",
            PdfFilter.RunLength => "/RunLengthDecode",
            _ => "/FlateDecode",
        };
        if (filter == PdfFilter.HexFlate)
        {
            content = Encoding.ASCII.GetBytes(Convert.ToHexString(content) + ">");
        }

        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        void Obj(string s)
        {
            offsets.Add(pdf.Length);
            Write($"{offsets.Count} 0 obj\n{s}\nendobj\n");
        }

        Write("%PDF-1.4\n");
        Obj("<< /Type /Catalog /Pages 2 0 R >>");
        Obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        offsets.Add(pdf.Length);
        Write($"4 0 obj\n<< /Length {content.Length} /Filter {filters} >>\nstream\n");
        pdf.Write(content);
        Write("\nendstream\nendobj\n");
        Obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        long xref = pdf.Length;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (long o in offsets)
        {
            Write($"{o:D10} 00000 n \n");
        }

        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static byte[] Flate(byte[] text, long padding)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(text);
            var spaces = new byte[1 << 16];
            Array.Fill(spaces, (byte)' ');
            for (long left = padding; left > 0; left -= spaces.Length)
            {
                zlib.Write(spaces, 0, (int)Math.Min(spaces.Length, left));
            }
        }

        return compressed.ToArray();
    }

    // RunLengthDecode: n < 128 copies the next n + 1 bytes; 129 repeats the next byte 128 times; 128 ends.
    private static byte[] RunLength(byte[] text, long padding)
    {
        var encoded = new MemoryStream();
        foreach (var chunk in text.Chunk(128))
        {
            encoded.WriteByte((byte)(chunk.Length - 1));
            encoded.Write(chunk);
        }

        for (long left = padding; left > 0; left -= 128)
        {
            encoded.WriteByte(129);
            encoded.WriteByte((byte)' ');
        }

        encoded.WriteByte(128);
        return encoded.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}

/// <summary>How <see cref="CompressedReports.Pdf"/> encodes its content stream.</summary>
public enum PdfFilter
{
    /// <summary><c>/FlateDecode</c>.</summary>
    Flate,

    /// <summary><c>[/ASCIIHexDecode /FlateDecode]</c>: Flate data hidden behind hex digits.</summary>
    HexFlate,

    /// <summary><c>/RunLengthDecode</c>.</summary>
    RunLength,
}
