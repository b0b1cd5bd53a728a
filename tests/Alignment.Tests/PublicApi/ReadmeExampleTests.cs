using System.Text.RegularExpressions;
using Alignment.Examples;

namespace Alignment.Tests.PublicApi;

/// <summary>
/// The README's building-block examples: README.md shows exactly the code of examples/Toolkit/Examples.cs (which compiles
/// against the public API only), and that code does what the README says.
/// </summary>
public class ReadmeExampleTests
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    public static TheoryData<string> Names => new() { "segments", "tmx", "numbers", "sentences", "stream", "batch", "dictionary" };

    [Theory]
    [MemberData(nameof(Names))]
    public void The_README_shows_the_example_code_verbatim(string name)
    {
        string source = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "examples", "Toolkit", "Examples.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var region = Regex.Match(source, $@"\n(?<indent> *)// example: {name}\n(?<code>.*?)\n *// end\n", RegexOptions.Singleline, RegexTimeout);
        region.Success.Should().BeTrue($"Examples.cs marks the '{name}' example");
        string indent = region.Groups["indent"].Value;
        string code = string.Join("\n", region.Groups["code"].Value.Split('\n').Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l.TrimStart()));

        string readme = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        readme.Should().Contain($"```cs\n{code}\n```", $"README.md shows the '{name}' example as Examples.cs has it");
    }

    [Fact]
    public void Segments_align_one_to_one_with_their_ids_and_the_scale_error_is_found()
    {
        var lines = Examples.Examples.AlignSegments();

        lines.Take(3).Should().SatisfyRespectively(
            l => l.Should().StartWith("1-1 u1 ↔ u1"),
            l => l.Should().StartWith("1-1 u2 ↔ u2"),
            l => l.Should().StartWith("1-1 u3 ↔ u3"));
        lines.Should().ContainSingle(l => l.StartsWith("bead 0: ", StringComparison.Ordinal) && l.Contains("1.5 million", StringComparison.Ordinal));
    }

    [Fact]
    public void The_TMX_check_reports_the_unit_whose_numbers_disagree()
    {
        string tmx = Path.GetTempFileName();
        try
        {
            File.WriteAllText(tmx, """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/>
                <body>
                <tu tuid="7"><tuv xml:lang="en"><seg>The budget was 1.5 million soles.</seg></tuv><tuv xml:lang="es-PE"><seg>El presupuesto fue de 15.5 millones de soles.</seg></tuv></tu>
                <tu tuid="8"><tuv xml:lang="en"><seg>It identified 1,054 victims.</seg></tuv><tuv xml:lang="es"><seg>Identificó 1.054 víctimas.</seg></tuv></tu>
                </body></tmx>
                """);

            var lines = Examples.Examples.CheckTmx(tmx);

            lines.Should().ContainSingle().Which.Should().StartWith($"7: Error {FindingCodes.ValueMismatch}:");
        }
        finally
        {
            File.Delete(tmx);
        }
    }

    [Fact]
    public void The_number_reader_reads_digits_and_words_with_offsets()
    {
        Examples.Examples.ReadNumbers().Should().Equal(
            "[17, 22) \"1.054\" = 1054 (Cardinal)",
            "[34, 42) \"veintiún\" = 21 (Cardinal)",
            "[52, 56) \"2021\" = 2021 (Year)");
    }

    [Fact]
    public void Sentences_keep_abbreviations_and_the_report_has_its_sections()
    {
        var lines = Examples.Examples.SplitAndAnalyze(TestFiles.Spanish2021);

        lines.Take(3).Should().Equal(
            "[0, 33) El Sr. Pérez llegó a las 10 a. m.",
            "[34, 46) Luego habló.",
            "[48, 61) Otro párrafo.");
        lines.Should().Contain(l => l.StartsWith("Prosecution: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_report_loads_from_a_stream_and_a_bad_one_gives_one_line()
    {
        await using var good = File.OpenRead(TestFiles.Spanish2021);
        await using var empty = new MemoryStream();

        (await Examples.Examples.LoadFromStreamAsync(good, "upload.txt", CancellationToken.None)).Should().Be("upload.txt: es, plain text");
        (await Examples.Examples.LoadFromStreamAsync(empty, "empty.txt", CancellationToken.None)).Should().Be("empty.txt: file is empty");
    }

    [Fact]
    public async Task The_batch_streams_results_in_pair_order_failures_included()
    {
        var files = new[] { (TestFiles.English2021, TestFiles.Spanish2021), ("/nonexistent/a.txt", TestFiles.Spanish2021), (TestFiles.English2021, TestFiles.Spanish2021) };
        var lines = new List<string>();

        await foreach (string line in Examples.Examples.StreamBatchAsync(files, CancellationToken.None))
        {
            lines.Add(line);
        }

        lines.Should().SatisfyRespectively(
            l => l.Should().MatchRegex(@"^002_cdbada1f67068dd0\.txt: \d+ beads, \d+ findings$"),
            l => l.Should().StartWith("a.txt: failed: "),
            l => l.Should().MatchRegex(@"^002_cdbada1f67068dd0\.txt: \d+ beads, \d+ findings$"));
    }

    [Fact]
    public void The_dictionary_example_loads_a_file_and_pairs_in_code()
    {
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "sommet @ Gipfel\ncabane @ Hütte\nbrouillard @ Nebel\n");

            var (fromFile, inCode, alignment) = Examples.Examples.AlignWithDictionary(file);

            fromFile.Entries.Should().HaveCount(3).And.Contain(new DictionaryEntry("Nebel", "brouillard"));
            inCode.Entries.Should().HaveCount(2);
            alignment.Beads.Select(b => b.Type).Should().Equal(BeadType.OneToOne, BeadType.OneToOne);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
