using System.Text.Json;
using System.Text.RegularExpressions;
using Alignment.Cli;

namespace Alignment.Tests.Cli;

public class BatchCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-batch-").FullName;

    public BatchCommandTests()
    {
        File.Copy(TestFiles.English2021, Path.Combine(_dir, "peru.en.txt"));
        File.Copy(TestFiles.Spanish2021, Path.Combine(_dir, "peru.es.txt"));
        File.Copy(TestFiles.EnglishNgo, Path.Combine(_dir, "ngo.txt"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("pairs.csv", "source,target,name\nperu.en.txt,peru.es.txt,peru\nperu.en.txt,\"missing, file.txt\",missing\nperu.en.txt,ngo.txt,same\n")]
    [InlineData("pairs.jsonl", "{\"source\":\"peru.en.txt\",\"target\":\"peru.es.txt\",\"name\":\"peru\"}\n{\"source\":\"peru.en.txt\",\"target\":\"missing, file.txt\",\"name\":\"missing\"}\n{\"source\":\"peru.en.txt\",\"target\":\"ngo.txt\",\"name\":\"same\"}\n")]
    public void Manifest_gives_one_line_per_pair_in_order_and_exit_2_when_a_pair_fails(string name, string manifest)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, manifest);

        var (code, stdout, stderr) = Run("batch", path, "--parallel", "2");

        code.Should().Be(2);
        var lines = stdout.Trim().Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Select(l => l.GetProperty("name").GetString()).Should().Equal("peru", "missing", "same");
        lines[0].GetProperty("source").GetProperty("language").GetString().Should().Be("en");
        lines[0].GetProperty("target").GetProperty("language").GetString().Should().Be("es");
        lines[0].GetProperty("beads").GetInt32().Should().BeGreaterThan(100);
        lines[0].GetProperty("target").GetProperty("offsetsRefer").GetString().Should().Be("plain text");
        lines[0].TryGetProperty("error", out _).Should().BeFalse();
        lines[1].GetProperty("error").GetString().Should().EndWith("missing, file.txt: file not found");
        lines[2].GetProperty("error").GetString().Should().Be("both documents are in 'en': this is not a translation pair");
        stderr.Should().Contain("bitext: batch: 3 pairs, 2 failed");
    }

    [Fact]
    public void Directory_batch_pairs_by_language_tag_and_exits_1_for_the_seed_pair_budget_error()
    {
        var (code, stdout, stderr) = Run("batch", _dir, "--format", "text");

        code.Should().Be(1, "the seed pair says 1.5 million soles in English and 15.5 millones in Spanish");
        stdout.Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith("peru: en→es, ");
        stderr.Should().Contain("1 pair, 0 failed", "ngo.txt has no language tag, so it is no candidate");
    }

    [Fact]
    public void Parallel_2_writes_the_same_lines_as_parallel_1_apart_from_timings()
    {
        string manifest = Path.Combine(_dir, "pairs.csv");
        File.WriteAllLines(manifest, ["source,target", .. Enumerable.Repeat("peru.en.txt,peru.es.txt", 3), "peru.es.txt,peru.en.txt", "peru.en.txt,nope.txt"]);

        string one = WithoutTimings(Run("batch", manifest, "--parallel", "1").Stdout);
        string two = WithoutTimings(Run("batch", manifest, "--parallel", "2").Stdout);

        two.Should().Be(one);
        one.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(5);
    }

    [Fact]
    public void Pdf_docx_and_html_pairs_run_in_a_batch()
    {
        string formats = Path.Combine(TestFiles.RepositoryRoot, "tests", "Alignment.Tests", "Data", "formats");
        string manifest = Path.Combine(_dir, "formats.csv");
        File.WriteAllText(manifest, $"source,target\n{formats}/report-en.pdf,{formats}/report-es.docx\n{formats}/report-en.html,{formats}/report-es.pdf\n");

        var (code, stdout, _) = Run("batch", manifest, "--fail-on", "none");

        code.Should().Be(0);
        var lines = stdout.Trim().Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines[0].GetProperty("source").GetProperty("offsetsRefer").GetString().Should().Be("text extracted from PDF (PdfPig)");
        lines[0].GetProperty("target").GetProperty("offsetsRefer").GetString().Should().Be("text extracted from DOCX (Open XML SDK)");
        lines[1].GetProperty("source").GetProperty("offsetsRefer").GetString().Should().Be("text extracted from HTML (AngleSharp)");
        lines.Should().AllSatisfy(l => l.GetProperty("beads").GetInt32().Should().BeGreaterThan(10));
    }

    [Fact]
    public void Output_file_gets_the_lines_and_a_bad_manifest_exits_2()
    {
        string manifest = Path.Combine(_dir, "pairs.csv");
        File.WriteAllText(manifest, "source,target\nperu.en.txt,peru.es.txt\n");
        string output = Path.Combine(_dir, "out.jsonl");

        var (code, stdout, _) = Run("batch", manifest, "-o", output);

        code.Should().Be(1, "the seed pair has the budget error");
        stdout.Should().BeEmpty();
        File.ReadAllLines(output).Should().ContainSingle().Which.Should().Contain("\"name\":\"peru.en\"", "the name defaults to the source file name");
        Run("batch", Path.Combine(_dir, "nope.csv")).Code.Should().Be(2);
        Run("batch", manifest, "--parallel", "0").Code.Should().Be(2);
    }

    private static string WithoutTimings(string jsonl) => Regex.Replace(jsonl, "\"elapsedMs\":[0-9.]+", "\"elapsedMs\":0");

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = BitextCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
