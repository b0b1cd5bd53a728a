using System.Diagnostics;
using System.Text;
using Alignment.Indexing;
using Alignment.Loading;
using Alignment.Tests.Loading;
using Xunit.Abstractions;

namespace Alignment.Tests.Robustness;

/// <summary>
/// Fuzzes structure, not only bytes: concordance queries from a grammar of Lucene's syntax (regular expressions with
/// random groups, classes and repetition counts, wildcards, fuzzy terms, ranges, nesting), HTML pages from a grammar of
/// tags (nesting, stray and quoted end tags, scripts, inline SVG, comments, formatting elements left open) and PDFs
/// with random content streams (string sizes, operator counts, one stream shared by random numbers of pages). Every
/// input is answered or refused in one line within seconds; where the generator knows the input is over a budget
/// (nesting, glyphs on a page) it must be refused. CI runs a short seeded pass; <c>FUZZ_ITERATIONS=2000</c> (the
/// nightly mode the README names) runs a long one, with the seed in <c>FUZZ_SEED</c>.
/// </summary>
public sealed class StructureFuzzTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(60);
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bitext-qfuzz-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static int Iterations(int quick) => int.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out int n) ? n : quick;

    private static int Seed(int fallback) => int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out int s) ? s : fallback;

    private static async Task<T> Within<T>(Func<T> work, string what)
    {
        var task = Task.Run(work);
        (await Task.WhenAny(task, Task.Delay(PerInput))).Should().BeSameAs(task, $"{what} must not hang");
        return await task;
    }

    // ---- Queries ----

    private static readonly string[] Words = ["victims", "trafficking", "víctimas", "trata", "human", "rights", "police", "2021", "AND", "OR", "NOT", "a"];

    private static string Regex(Random r, int depth)
    {
        var s = new StringBuilder();
        int parts = r.Next(1, 6);
        for (int k = 0; k < parts; k++)
        {
            s.Append(r.Next(9) switch
            {
                0 => ".",
                1 => "[a-z]",
                2 => "[^0-9]",
                3 when depth < 20 => "(" + Regex(r, depth + 1) + (r.Next(3) == 0 ? "|" + Regex(r, depth + 1) : "") + ")",
                4 => "\\" + "./()"[r.Next(4)],
                5 => "\"ab\"",
                _ => ((char)('a' + r.Next(26))).ToString(),
            });
            s.Append(r.Next(8) switch
            {
                0 => "*",
                1 => "+",
                2 => "?",
                3 => "{" + r.Next(0, 60) + "}",
                4 => "{" + r.Next(0, 5) + "," + (r.Next(3) == 0 ? "" : r.Next(5, 100000).ToString()) + "}",
                5 when r.Next(10) == 0 => "{" + new string('9', r.Next(1, 12)) + "}",
                _ => "",
            });
        }

        return s.ToString();
    }

    private static string Query(Random r)
    {
        var q = new StringBuilder();
        int terms = r.Next(1, r.Next(10) == 0 ? 120 : 6);
        for (int k = 0; k < terms; k++)
        {
            q.Append(r.Next(12) switch
            {
                0 => "/" + Regex(r, 0) + "/",
                1 => Words[r.Next(Words.Length)] + "*",
                2 => Words[r.Next(Words.Length)][..1] + "*" + new string('?', r.Next(0, 30)),
                3 => Words[r.Next(Words.Length)] + "~" + r.Next(0, 3),
                4 => "\"" + Words[r.Next(Words.Length)] + " " + Words[r.Next(Words.Length)] + "\"~" + r.Next(0, 100),
                5 => "[a TO " + Words[r.Next(Words.Length)] + "]",
                6 => new string('(', r.Next(1, 40)) + Words[r.Next(Words.Length)] + new string(')', r.Next(0, 40)),
                7 => Words[r.Next(Words.Length)] + "^" + r.Next(1, 9),
                8 => ((char)r.Next(1, 128)).ToString(),
                9 when r.Next(20) == 0 => new string('x', r.Next(500, 5000)),
                _ => Words[r.Next(Words.Length)],
            }).Append(' ');
        }

        return q.ToString();
    }

    [Fact]
    public async Task Generated_queries_never_crash_hang_or_echo_themselves()
    {
        int iterations = Iterations(150);
        var random = new Random(Seed(20261206));
        using var index = new ConcordanceIndex(_dir);
        index.Add(new BitextAligner().Align(ReportDocument.LoadOrThrow(TestFiles.English2021), ReportDocument.LoadOrThrow(TestFiles.Spanish2021)));
        int answered = 0, refused = 0;
        var clock = Stopwatch.StartNew();
        for (int k = 0; k < iterations; k++)
        {
            string query = Query(random);
            string? problem = await Within(() =>
            {
                try
                {
                    index.Search(new ConcordanceQuery(query, Top: 3));
                    return null;
                }
                catch (ReportFormatException e)
                {
                    e.Message.Should().NotContain("\n");
                    e.Message.Length.Should().BeLessThan(400, $"query {k} is quoted short");
                    return e.Message;
                }
            }, $"query {k} ({QueryBudget.Quote(query)})");
            answered += problem is null ? 1 : 0;
            refused += problem is null ? 0 : 1;
        }

        output.WriteLine($"queries: {iterations} in {clock.Elapsed.TotalSeconds:F1} s, {answered} answered, {refused} refused");
        answered.Should().BeGreaterThan(0);
        refused.Should().BeGreaterThan(0);
    }

    // ---- HTML ----

    private static readonly string[] Tags = ["div", "span", "b", "i", "p", "li", "table", "td", "section", "a", "font", "x", "svg", "path"];

    private static (string Html, int Depth) Html(Random r)
    {
        var s = new StringBuilder("<html><body><p>El Gobierno aumentó sus esfuerzos contra la trata de personas en 2021.</p>");
        int depth = 0, maxDepth = 0;
        int parts = r.Next(10, r.Next(5) == 0 ? 60_000 : 3_000);
        for (int k = 0; k < parts; k++)
        {
            string tag = Tags[r.Next(Tags.Length)];
            switch (r.Next(10))
            {
                case 0 or 1:
                    // A div nested properly: the generator knows its depth.
                    s.Append("<div>");
                    maxDepth = Math.Max(maxDepth, ++depth);
                    break;
                case 2 when depth > 0:
                    s.Append("</div>");
                    depth--;
                    break;
                case 3:
                    s.Append($"<{tag} title=\"</{tag}></div>\" data-x='<{tag}>'>");
                    break;
                case 4:
                    s.Append($"</{tag}>");
                    break;
                case 5:
                    s.Append("<script>document.write('</div><div>')</script>");
                    break;
                case 6:
                    s.Append("<!-- </div> -->");
                    break;
                case 7:
                    s.Append($"<{tag}/>");
                    break;
                default:
                    s.Append("texto 1.234 ");
                    break;
            }
        }

        return (s.ToString(), maxDepth);
    }

    [Fact]
    public async Task Generated_html_is_read_or_refused_and_known_deep_nesting_is_refused()
    {
        int iterations = Iterations(40);
        var random = new Random(Seed(20261207));
        int loaded = 0, refused = 0;
        var clock = Stopwatch.StartNew();
        for (int k = 0; k < iterations; k++)
        {
            var (html, depth) = Html(random);
            var result = await Within(() => ReportLoader.FromBytes(Encoding.UTF8.GetBytes(html), $"fuzz-{k}.html", Language.Spanish), $"page {k}");
            if (result.Succeeded)
            {
                loaded++;
                depth.Should().BeLessThanOrEqualTo(InputLimits.MaxHtmlNesting, $"page {k} nests {depth} divs");
            }
            else
            {
                refused++;
                result.Diagnostics.Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Error);
            }
        }

        output.WriteLine($"html: {iterations} in {clock.Elapsed.TotalSeconds:F1} s, {loaded} loaded, {refused} refused");
        loaded.Should().BeGreaterThan(0);
    }

    // ---- PDF ----

    [Fact]
    public async Task Generated_pdf_content_is_read_or_refused_and_known_glyph_bombs_are_refused()
    {
        int iterations = Iterations(6);
        var random = new Random(Seed(20261208));
        int loaded = 0, refused = 0;
        var clock = Stopwatch.StartNew();
        for (int k = 0; k < iterations; k++)
        {
            int operators = random.Next(1, random.Next(4) == 0 ? 400_000 : 2_000);
            int stringLength = random.Next(1, random.Next(4) == 0 ? 2_000_000 : 60);
            int pages = random.Next(1, random.Next(4) == 0 ? 3_000 : 4);
            bool hex = random.Next(2) == 0;
            long glyphsPerPage = (long)operators * stringLength;
            byte[] pdf = PdfBudgetTests.SharedContentPdf(
                s =>
                {
                    var text = new StringBuilder("BT /F1 12 Tf 20 100 Td ");
                    string shown = hex ? "<" + string.Concat(Enumerable.Repeat("41", Math.Min(stringLength, 4096))) + ">" : "(" + new string('a', Math.Min(stringLength, 4096)) + ")";
                    for (int o = 0; o < Math.Min(operators, 50); o++)
                    {
                        text.Append(shown).Append(random.Next(3) == 0 ? " ' " : " Tj ");
                    }

                    s.Write(Encoding.ASCII.GetBytes(text.ToString()));
                    // The rest of the operators and string length, written in bulk.
                    byte[] bulk = Encoding.ASCII.GetBytes((hex ? "<" + string.Concat(Enumerable.Repeat("41", stringLength)) + ">" : "(" + new string('a', stringLength) + ")") + " Tj\n");
                    for (int o = Math.Min(operators, 50); o < operators && (long)o * bulk.Length < 20_000_000; o++)
                    {
                        s.Write(bulk);
                    }

                    s.Write("ET\n"u8);
                },
                pages,
                System.IO.Compression.CompressionLevel.Fastest);
            long written = Math.Min(glyphsPerPage, 20_000_000L / Math.Max(1, stringLength + 6) * stringLength);
            var result = await Within(() => ReportLoader.FromBytes(pdf, $"fuzz-{k}.pdf", Language.English), $"pdf {k} ({operators} operators of {stringLength}, {pages} pages)");
            if (result.Succeeded)
            {
                loaded++;
                written.Should().BeLessThanOrEqualTo(InputLimits.MaxPdfGlyphsPerPage + 4096, $"pdf {k} shows {written} glyphs a page");
            }
            else
            {
                refused++;
                result.Diagnostics.Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Error);
            }
        }

        output.WriteLine($"pdf: {iterations} in {clock.Elapsed.TotalSeconds:F1} s, {loaded} loaded, {refused} refused");
        loaded.Should().BeGreaterThan(0);
    }
}
