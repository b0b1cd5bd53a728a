using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Alignment.Loading;

/// <summary>
/// PdfPig's stream filters behind a byte budget, handed to PdfPig through <c>ParsingOptions.FilterProvider</c>:
/// every decode may give at most the budget. Flate input is first inflated into nothing, counting (PdfPig would
/// inflate it whole into memory), run-length output is computed from its length bytes, other filters are checked
/// after they ran. This catches what <see cref="PdfStreamScanner"/> cannot see in the raw file: a Flate stream behind
/// ASCII85 or hex, an encrypted stream (filters see decrypted data), run-length and LZW bombs.
/// One instance per document: <see cref="Exceeded"/> says whether a decode was refused, even where PdfPig's lenient
/// parsing swallowed the exception.
/// </summary>
internal sealed class BudgetedPdfFilters(long maxBytes) : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;

    /// <summary>What one decode may give, in bytes.</summary>
    public long MaxBytes { get; } = maxBytes;

    /// <summary>Whether some stream decoded (or would have decoded) to more than the budget, or a glyph or work budget was passed.</summary>
    public bool Exceeded { get; private set; }

    /// <summary>What was passed, when it was a glyph or work budget rather than one stream's size.</summary>
    public Diagnostic? Problem { get; private set; }

    /// <summary>Bytes decoded so far, every decode counted (a shared stream at each page).</summary>
    public long DecodedBytes { get; private set; }

    /// <summary>String bytes (at most one glyph each) of the content streams decoded for the current page.</summary>
    public long PageGlyphs { get; private set; }

    /// <summary>String bytes of every content stream decoded so far.</summary>
    public long DocumentGlyphs { get; private set; }

    /// <summary>Starts counting a new page's glyphs; call before PdfPig reads the page.</summary>
    public void BeginPage() => PageGlyphs = 0;

    /// <summary>Adds glyphs counted outside the filters (unfiltered streams: the page's letters) and refuses past the budgets.</summary>
    public void CountGlyphs(long pageGlyphs, long documentGlyphs)
    {
        if (pageGlyphs > InputLimits.MaxPdfGlyphsPerPage || documentGlyphs > InputLimits.MaxPdfGlyphs)
        {
            Exceeded = true;
            Problem ??= Messages.PdfTooManyGlyphs(pageGlyphs > InputLimits.MaxPdfGlyphsPerPage ? InputLimits.MaxPdfGlyphsPerPage : InputLimits.MaxPdfGlyphs, pageGlyphs > InputLimits.MaxPdfGlyphsPerPage);
        }
    }

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

    private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) => filters.Select(f => (IFilter)new BudgetedFilter(f, this)).ToArray();

    private void Refuse(Diagnostic? problem = null)
    {
        Exceeded = true;
        Problem ??= problem;
        throw new ReadLimitExceededException(MaxBytes);
    }

    // Every decode's output is work done; a content stream's (no subtype, or a form) strings are glyphs asked for.
    private void Count(Memory<byte> output, DictionaryToken dictionary, int filterIndex)
    {
        DecodedBytes += output.Length;
        if (DecodedBytes > InputLimits.MaxPdfDecodedBytes)
        {
            Refuse(Messages.PdfDecodeWork(InputLimits.MaxPdfDecodedBytes));
        }

        int filters = dictionary.TryGet(NameToken.Filter, out var filter) && filter is ArrayToken array ? array.Length : 1;
        bool content = !dictionary.TryGet(NameToken.Subtype, out var subtype) || (subtype is NameToken name && name.Data == "Form");
        bool other = dictionary.ContainsKey(NameToken.Type) || dictionary.ContainsKey(NameToken.Length1) || dictionary.ContainsKey(NameToken.N);
        if (filterIndex != filters - 1 || !content || other)
        {
            return;
        }

        long glyphs = PdfContentScanner.StringBytes(output.Span);
        PageGlyphs += glyphs;
        DocumentGlyphs += glyphs;
        if (PageGlyphs > InputLimits.MaxPdfGlyphsPerPage)
        {
            Refuse(Messages.PdfTooManyGlyphs(InputLimits.MaxPdfGlyphsPerPage, page: true));
        }

        if (DocumentGlyphs > InputLimits.MaxPdfGlyphs)
        {
            Refuse(Messages.PdfTooManyGlyphs(InputLimits.MaxPdfGlyphs, page: false));
        }
    }

    private sealed class BudgetedFilter(IFilter inner, BudgetedPdfFilters owner) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            long budget = owner.MaxBytes;
            if ((inner is FlateFilter && InflatedLength(input, budget) > budget) || (inner is RunLengthFilter && RunLengthDecodedLength(input.Span) > budget))
            {
                owner.Refuse();
            }

            var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            if (output.Length > budget)
            {
                owner.Refuse();
            }

            owner.Count(output, streamDictionary, filterIndex);
            return output;
        }

        // As PdfPig does: the two zlib header bytes skipped, the rest raw deflate.
        private static long InflatedLength(Memory<byte> input, long budget)
        {
            if (input.Length <= 2)
            {
                return 0;
            }

            using var compressed = System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(input[2..], out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(input[2..].ToArray(), writable: false);
            using var deflate = new System.IO.Compression.DeflateStream(compressed, System.IO.Compression.CompressionMode.Decompress);
            return BoundedReading.Drain(deflate, budget);
        }

        // RunLengthDecode: a length byte n < 128 copies n + 1 bytes, n > 128 repeats one byte 257 - n times, 128 ends.
        private static long RunLengthDecodedLength(ReadOnlySpan<byte> input)
        {
            long total = 0;
            int k = 0;
            while (k < input.Length)
            {
                int n = input[k];
                if (n == 128)
                {
                    break;
                }

                if (n < 128)
                {
                    total += n + 1;
                    k += n + 2;
                }
                else
                {
                    total += 257 - n;
                    k += 2;
                }
            }

            return total;
        }
    }
}
