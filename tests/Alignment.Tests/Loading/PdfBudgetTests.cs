using System.IO.Compression;
using System.Text;
using Alignment.Loading;
using Alignment.Tests.Robustness;

namespace Alignment.Tests.Loading;

/// <summary>
/// PDFs of a few kilobytes that ask PdfPig for millions of glyphs, or for one large stream decoded on thousands of
/// pages: refused from what their decoded content streams hold, before PdfPig makes letters of it.
/// </summary>
public sealed class PdfBudgetTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-pdf-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A PDF of <paramref name="pages"/> pages that all show one Flate-encoded content stream, written from its bytes.</summary>
    internal static byte[] SharedContentPdf(Action<Stream> writeContent, int pages = 1, CompressionLevel level = CompressionLevel.SmallestSize)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, level, leaveOpen: true))
        {
            writeContent(zlib);
        }

        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        void Obj(int number, string s)
        {
            offsets.Add(pdf.Length);
            Write($"{number} 0 obj\n{s}\nendobj\n");
        }

        Write("%PDF-1.4\n");
        Obj(1, "<< /Type /Catalog /Pages 2 0 R >>");
        Obj(2, $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, pages).Select(p => $"{5 + p} 0 R"))}] /Count {pages} >>");
        Obj(3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        offsets.Add(pdf.Length);
        Write($"4 0 obj\n<< /Length {compressed.Length} /Filter /FlateDecode >>\nstream\n");
        pdf.Write(compressed.ToArray());
        Write("\nendstream\nendobj\n");
        for (int p = 0; p < pages; p++)
        {
            Obj(5 + p, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>");
        }

        long xref = pdf.Length;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (long o in offsets)
        {
            Write($"{o:D10} 00000 n \n");
        }

        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static void Ascii(Stream s, string text) => s.Write(Encoding.ASCII.GetBytes(text));

    private static void Repeat(Stream s, string unit, long times)
    {
        byte[] chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(unit, 4096)));
        for (long left = times; left > 0; left -= 4096)
        {
            s.Write(chunk, 0, (int)(Math.Min(4096, left) * unit.Length));
        }
    }

    private static byte[] OneHugeOperator() => SharedContentPdf(s =>
    {
        Ascii(s, "BT /F1 12 Tf 20 100 Td (");
        Repeat(s, "a", 40_000_000);
        Ascii(s, ") Tj ET\n");
    });

    private static byte[] ManyOneGlyphOperators() => SharedContentPdf(s =>
    {
        Ascii(s, "BT /F1 12 Tf 20 100 Td ");
        Repeat(s, "(a)Tj ", 10_000_000);
        Ascii(s, "ET\n");
    });

    private static byte[] SharedStreamOnManyPages() => SharedContentPdf(
        s =>
        {
            Ascii(s, "BT /F1 12 Tf 20 100 Td (The Government reported 1,234 investigations in 2021.) Tj ET\n");
            Repeat(s, " ", 60_000_000);
        },
        pages: 2_000);

    [Fact]
    public void Content_streams_are_counted_string_byte_by_string_byte()
    {
        PdfContentScanner.StringBytes("BT (ab\\)c) Tj <414243> Tj [(x) -20 (y(z))] TJ << /A (q) >> % (comment)\n ET"u8).Should().Be(4 + 3 + 1 + 4 + 1);
    }

    [Fact]
    public void One_text_operator_of_40_million_characters_is_refused_from_its_page_budget()
    {
        byte[] pdf = OneHugeOperator();
        pdf.Length.Should().BeLessThan(100_000);

        var result = ReportLoader.FromBytes(pdf, "huge-operator.pdf", Language.English);

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().StartWith("a page of the PDF shows more than 200,000 characters");
    }

    [Fact]
    public void Ten_million_one_glyph_operators_are_refused_from_the_page_budget()
    {
        byte[] pdf = ManyOneGlyphOperators();
        pdf.Length.Should().BeLessThan(200_000);

        var result = ReportLoader.FromBytes(pdf, "many-operators.pdf", Language.English);

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().StartWith("a page of the PDF shows more than");
    }

    [Fact]
    public void A_large_stream_shown_on_2000_pages_is_refused_from_the_work_it_takes()
    {
        byte[] pdf = SharedStreamOnManyPages();
        pdf.Length.Should().BeLessThan(500_000, "2,000 page objects and a 60 MB stream of spaces, compressed");

        var result = ReportLoader.FromBytes(pdf, "shared.pdf", Language.English);

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().StartWith("the PDF's streams decode to more than 268,435,456 bytes in all");
    }

    [Fact]
    public void A_stream_shared_by_a_few_pages_still_loads()
    {
        byte[] pdf = SharedContentPdf(s => Ascii(s, "BT /F1 12 Tf 20 100 Td (The Government reported 1,234 investigations in 2021.) Tj ET\n"), pages: 3);

        var result = ReportLoader.FromBytes(pdf, "three.pdf", Language.English);

        result.Succeeded.Should().BeTrue(string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        result.Document!.Text.Should().Contain("1,234 investigations");
    }

    [Theory]
    [InlineData("huge-operator")]
    [InlineData("many-operators")]
    [InlineData("shared")]
    public void The_cli_refuses_each_in_one_line_under_a_memory_limit(string which)
    {
        string path = Path.Combine(_dir, which + ".pdf");
        File.WriteAllBytes(path, which switch
        {
            "huge-operator" => OneHugeOperator(),
            "many-operators" => ManyOneGlyphOperators(),
            _ => SharedStreamOnManyPages(),
        });

        var (code, stdout, stderr) = LimitedProcess.Run("sections", path);

        code.Should().Be(2, stderr);
        stdout.Should().BeEmpty();
        stderr.Trim().Should().StartWith($"bitext: {path}: ").And.NotContain("\n");
    }
}
