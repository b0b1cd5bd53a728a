using System.IO.Compression;
using Alignment.Loading;
using Alignment.Tests.Loading;

namespace Alignment.Tests.Robustness;

/// <summary>
/// Drives the loader, the single-document pipeline (paragraphs, sections, sentences), the number reader and the
/// aligner with mutated seed text. The only exception allowed is the documented <see cref="ReportFormatException"/>.
/// CI runs a short seeded pass; <c>FUZZ_ITERATIONS=100000 dotnet test --filter FullyQualifiedName~FuzzTests</c> runs a long one.
/// </summary>
public class FuzzTests
{
    private static readonly string[] Seeds =
    [
        TestFiles.Spanish2021, TestFiles.Spanish2019, TestFiles.English2021, TestFiles.Spanish2013, TestFiles.EnglishNgo,
    ];

    private static readonly string[] Binaries =
    [
        TestFiles.Data("formats/report-en.pdf"), TestFiles.Data("formats/report-es.docx"), TestFiles.Data("formats/report-en.html"),
    ];

    [Fact]
    public async Task Mutated_reports_never_throw_or_hang()
    {
        int iterations = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out int n) ? n : 60;
        var texts = Seeds.Select(File.ReadAllText).ToArray();
        var aligner = new BitextAligner();
        var english = ReportDocument.LoadOrThrow(TestFiles.English2021);
        var mutator = new InputMutator(seed: 20261123);
        int loaded = 0, refused = 0;

        for (int k = 0; k < iterations; k++)
        {
            // Every fourth input is a damaged PDF, DOCX or HTML file; the rest are damaged text.
            var binary = k % 4 == 3 ? Binaries[k / 4 % Binaries.Length] : null;
            byte[] bytes = binary is null ? mutator.Mutate(texts[k % texts.Length]) : mutator.MutateBytes(File.ReadAllBytes(binary));
            string name = binary is null ? $"fuzz-{k}.txt" : $"fuzz-{k}{Path.GetExtension(binary)}";
            var work = Task.Run(() =>
            {
                var result = ReportLoader.FromBytes(bytes, name, null);
                if (!result.Succeeded)
                {
                    result.Diagnostics.Should().Contain(d => d.Severity == DiagnosticSeverity.Error);
                    return false;
                }

                var document = result.Document!;
                var mentions = Alignment.Numbers.NumberReader.For(document.Language).Read(document.Text);
                mentions.Where(m => m.Start >= m.End || m.End > document.Text.Length || m.Text != document.Text.Substring(m.Start, m.End - m.Start)).Should().BeEmpty();
                var structure = aligner.Analyze(document);
                structure.Sentences.Where(s => s.Start >= s.End || s.End > document.Text.Length).Should().BeEmpty();
                if (k % 10 == 0)
                {
                    aligner.Align(english, result.Document!).Beads.Should().NotBeEmpty();
                }

                return true;
            });

            var finished = await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(30)));
            finished.Should().BeSameAs(work, $"input {k} must not hang");
            if (await work)
            {
                loaded++;
            }
            else
            {
                refused++;
            }
        }

        (loaded + refused).Should().Be(iterations);
        loaded.Should().BeGreaterThan(iterations / 3, "most mutations are still readable");
    }

    [Fact]
    public async Task Compressed_reports_and_bombs_mutated_or_not_stay_within_the_budget()
    {
        // DOCX and PDF around a lowered budget (some under, some over), a zip bomb hidden in an extra XML part,
        // each used as built or damaged. Whatever is read stays within the budget; nothing else throws.
        const long budget = 256 * 1024;
        const string paragraph = "El Gobierno asignó 15,5 millones de soles a la protección de las víctimas de trata de personas.";
        int iterations = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out int n) ? Math.Max(30, n / 10) : 30;
        var random = new Random(20261129);
        var mutator = new InputMutator(seed: 20261129);
        int bombsRefused = 0;
        for (int k = 0; k < iterations; k++)
        {
            int size = random.Next(1_000, 600_000);
            var (original, name, inflates) = (k % 3) switch
            {
                0 => (CompressedReports.Docx(paragraph, size / 100), $"fuzz-{k}.docx", size / 100 * (paragraph.Length + 60L)),
                1 => (CompressedReports.Pdf("Prosecution efforts increased", size), $"fuzz-{k}.pdf", (long)size),
                _ => (DocxWithExtraPart(paragraph, size), $"fuzz-{k}.docx", (long)size),
            };
            bool damaged = random.Next(2) == 0;
            byte[] bytes = damaged ? mutator.MutateBytes(original) : original;
            var work = Task.Run(() => ReportLoader.FromBytes(bytes, name, null, budget));

            var finished = await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(30)));
            finished.Should().BeSameAs(work, $"input {k} must not hang");
            var result = await work;
            if (result.Succeeded)
            {
                result.Document!.Text.Length.Should().BeLessThanOrEqualTo((int)budget);
            }
            else
            {
                result.Diagnostics.Should().Contain(d => d.Severity == DiagnosticSeverity.Error);
            }

            if (!damaged && inflates > 2 * budget)
            {
                result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.DecompressionLimit, $"input {k} inflates to {inflates} bytes");
                bombsRefused++;
            }
        }

        bombsRefused.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Mutated_standard_input_is_read_or_refused_in_one_line()
    {
        int iterations = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out int n) ? Math.Max(30, n / 20) : 30;
        var texts = Seeds.Select(File.ReadAllText).ToArray();
        var mutator = new InputMutator(seed: 20261130);
        int read = 0;
        for (int k = 0; k < iterations; k++)
        {
            byte[] bytes = k % 4 == 3 ? mutator.MutateBytes(File.ReadAllBytes(Binaries[k / 4 % Binaries.Length])) : mutator.Mutate(texts[k % texts.Length]);

            var (code, _, stderr) = CliRunner.WithInput(bytes, "sentences", "-", "--format", "json");

            code.Should().BeOneOf([0, 2], $"input {k}: {stderr}");
            stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => !line.StartsWith("bitext: ") || line.Contains("internal error")).Should().BeEmpty();
            read += code == 0 ? 1 : 0;
        }

        read.Should().BeGreaterThan(iterations / 3);
    }

    // A Word document whose document.xml is small but which carries another XML part inflating to extraBytes.
    private static byte[] DocxWithExtraPart(string paragraph, int extraBytes)
    {
        using var buffer = new MemoryStream();
        buffer.Write(CompressedReports.Docx(paragraph, 5));
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var part = zip.CreateEntry("word/styles.xml", CompressionLevel.Fastest).Open();
            var spaces = new byte[extraBytes];
            Array.Fill(spaces, (byte)' ');
            part.Write(spaces);
        }

        return buffer.ToArray();
    }

    [Fact]
    public void A_one_megabyte_single_line_is_split_and_aligned()
    {
        string line = string.Concat(Enumerable.Repeat("el Gobierno asigno 15.5 millones de soles y ", 24_000));
        var document = ReportDocument.FromText(line, "one-line.txt").GetDocumentOrThrow();

        var result = new BitextAligner().Align(ReportDocument.LoadOrThrow(TestFiles.English2021), document);

        result.Target.Sentences.Should().NotBeEmpty();
        result.Beads.SelectMany(b => b.Target).Should().HaveCount(result.Target.Sentences.Count);
    }

    [Fact]
    public void A_one_megabyte_line_of_dots_is_handled()
    {
        var document = ReportDocument.FromText(new string('.', 1_000_000) + " Fin.", "dots.txt", Language.Spanish).GetDocumentOrThrow();

        new BitextAligner().Analyze(document).Sentences.Should().NotBeEmpty();
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        string path = Path.Combine(Path.GetTempPath(), $"huge-{Guid.NewGuid():N}.txt");
        try
        {
            using (var stream = File.Create(path))
            {
                stream.SetLength(ReportLoader.MaxFileBytes + 1);
            }

            ReportDocument.Load(path).Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.TooLarge);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
