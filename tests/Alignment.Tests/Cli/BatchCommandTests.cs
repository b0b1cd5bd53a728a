using System.Text.Json;
using System.Text.RegularExpressions;
using Alignment.Batch;
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
        lines[0].TryGetProperty("code", out _).Should().BeFalse();
        lines.Skip(1).Select(l => l.GetProperty("code").GetString()).Should().Equal(DiagnosticCodes.FileNotFound, DiagnosticCodes.SameLanguage);
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
        lines[0].GetProperty("target").GetProperty("offsetsRefer").GetString().Should().Be("text extracted from DOCX (System.IO.Packaging)");
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

    [Fact]
    public void Standard_input_rows_stream_one_result_line_each_in_order_with_inline_texts()
    {
        string en = File.ReadAllText(TestFiles.English2021), es = File.ReadAllText(TestFiles.Spanish2021);
        string stdin = string.Join('\n',
            JsonSerializer.Serialize(new { source = "peru.en.txt", target = "peru.es.txt", name = "paths" }),
            "not json",
            JsonSerializer.Serialize(new { name = "inline", source_text = en, target_text = es }),
            JsonSerializer.Serialize(new { source = "peru.en.txt", target = "nope.txt" }));

        var (code, stdout, stderr) = CliRunner.InvokeWithInput(stdin, "batch", "-", "--root", _dir, "--parallel", "2");

        code.Should().Be(2, "two rows failed");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Select(l => l.GetProperty("index").GetInt32()).Should().Equal(0, 1, 2, 3);
        lines.Select(l => l.GetProperty("status").GetString()).Should().Equal("ok", "failed", "ok", "failed");
        lines[0].GetProperty("source").GetProperty("file").GetString().Should().Be("peru.en.txt", "relative paths start at --root");
        lines[1].GetProperty("error").GetString().Should().StartWith("line 2: not a JSON object");
        lines[1].GetProperty("code").GetString().Should().Be(DiagnosticCodes.ManifestLine);
        lines[3].GetProperty("code").GetString().Should().Be(DiagnosticCodes.FileNotFound);
        lines[2].GetProperty("name").GetString().Should().Be("inline");
        lines[2].GetProperty("source").GetProperty("file").ValueKind.Should().Be(JsonValueKind.Null);
        lines[2].GetProperty("beads").GetInt32().Should().Be(lines[0].GetProperty("beads").GetInt32(), "the same texts inline or on disk");
        lines[2].GetProperty("findingCounts").GetProperty("error").GetInt32().Should().Be(1, "1.5 million soles in English, 15.5 millones in Spanish");
        lines[2].GetProperty("findingCountsBySection").EnumerateObject().Sum(s => s.Value.GetProperty("error").GetInt32()).Should().Be(1);
        lines[2].GetProperty("findings").GetArrayLength().Should().BeGreaterThan(0);
        lines[2].GetProperty("elapsedMs").GetDouble().Should().BeGreaterThanOrEqualTo(lines[2].GetProperty("loadMs").GetDouble());
        lines[3].GetProperty("error").GetString().Should().EndWith("nope.txt: file not found");
        stderr.Should().Contain("bitext: batch: 4 pairs, 2 failed");
    }

    [Fact]
    public void Root_refuses_rows_that_resolve_outside_it_including_through_a_symbolic_link()
    {
        string root = Directory.CreateDirectory(Path.Combine(_dir, "root")).FullName;
        File.Copy(TestFiles.English2021, Path.Combine(root, "en.txt"));
        File.Copy(TestFiles.Spanish2021, Path.Combine(root, "es.txt"));
        File.CreateSymbolicLink(Path.Combine(root, "escape.txt"), Path.Combine(_dir, "peru.es.txt"));
        string manifest = Path.Combine(_dir, "pairs.csv");
        File.WriteAllText(manifest, "source,target,name\nen.txt,es.txt,inside\nen.txt,escape.txt,link\nen.txt,../peru.es.txt,dotdot\nen.txt,/etc/passwd,absolute\n");

        var (code, stdout, _) = Run("batch", manifest, "--root", root, "--fail-on", "none");

        code.Should().Be(2);
        var lines = stdout.Trim().Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines[0].GetProperty("status").GetString().Should().Be("ok");
        lines.Skip(1).Should().AllSatisfy(l => l.GetProperty("error").GetString().Should().EndWith(Messages.OutsideRoot(BatchInputPaths.Resolve(root)).Message));
        Run("batch", manifest, "--fail-on", "none").Stdout.Should().NotContain("outside the root", "without --root the manifest is trusted");
        Run("batch", manifest, "--root", Path.Combine(_dir, "nope")).Code.Should().Be(2);
    }

    [Fact]
    public void Output_onto_the_manifest_is_refused_with_exit_2_and_the_manifest_is_kept()
    {
        string manifest = Path.Combine(_dir, "pairs.csv");
        const string Text = "source,target\nperu.en.txt,peru.es.txt\n";
        File.WriteAllText(manifest, Text);

        var (code, stdout, stderr) = Run("batch", manifest, "-o", Path.Combine(_dir, ".", "sub", "..", "pairs.csv"));

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Trim().Should().EndWith("is the manifest; refusing to write the output onto an input");
        File.ReadAllText(manifest).Should().Be(Text);
        Directory.GetFiles(_dir, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void A_row_reading_the_output_file_fails_and_the_output_file_is_not_replaced()
    {
        string output = Path.Combine(_dir, "peru.es.txt");
        string before = File.ReadAllText(output);
        string manifest = Path.Combine(_dir, "pairs.csv");
        File.WriteAllText(manifest, "source,target\nperu.en.txt,peru.es.txt\n");

        var (code, _, stderr) = Run("batch", manifest, "-o", output);

        code.Should().Be(2);
        stderr.Should().Contain(Messages.InputIsOutput().Message).And.Contain("so it was not replaced");
        File.ReadAllText(output).Should().Be(before);
    }

    [Fact]
    public void Source_and_target_lang_mean_the_documents_languages_as_in_align_and_a_row_overrides_them()
    {
        // Two one-line texts whose language cannot be told: refused without the options, aligned with them.
        string row = JsonSerializer.Serialize(new { name = "short", source_text = "12 (2020).", target_text = "21 (2020)." });
        string given = JsonSerializer.Serialize(new { name = "row", source_text = "12 (2020).", target_text = "21 (2020).", source_lang = "es", target_lang = "en" });

        var (before, stdoutBefore, _) = CliRunner.InvokeWithInput(row, "batch", "-");
        var (code, stdout, _) = CliRunner.InvokeWithInput(row + "\n" + given, "batch", "-", "--source-lang", "en", "--target-lang", "es");

        before.Should().Be(2);
        JsonDocument.Parse(stdoutBefore).RootElement.GetProperty("code").GetString().Should().Be(DiagnosticCodes.LanguageUndetermined);
        code.Should().Be(1, "12 against 21 is an error once both languages are set");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Select(l => l.GetProperty("status").GetString()).Should().Equal("ok", "ok");
        lines[0].GetProperty("source").GetProperty("language").GetString().Should().Be("en");
        lines[0].GetProperty("target").GetProperty("language").GetString().Should().Be("es");
        lines[1].GetProperty("source").GetProperty("language").GetString().Should().Be("es", "the row's source_lang wins");
    }

    [Fact]
    public void Source_and_target_lang_choose_a_directorys_sources_and_targets_and_a_bad_code_is_refused()
    {
        File.Copy(TestFiles.Spanish2021, Path.Combine(_dir, "peru.fr.txt"));

        var (code, stdout, _) = Run("batch", _dir, "--source-lang", "en", "--target-lang", "es", "--format", "text");
        var (bad, _, stderr) = Run("batch", _dir, "--source-lang", "eng1");
        var (same, _, sameErr) = Run("batch", _dir, "--source-lang", "es", "--target-lang", "ES");

        code.Should().Be(1);
        stdout.Trim().Split('\n').Should().ContainSingle("peru.fr.txt is not tagged with the target language").Which.Should().StartWith("peru: en→es, ");
        bad.Should().Be(2);
        stderr.Should().Contain("--source-lang 'eng1' is not a language code");
        same.Should().Be(2);
        sameErr.Should().Contain("a pair is two languages");
    }

    [Fact]
    public void An_empty_standard_input_is_a_bad_manifest()
    {
        var (code, stdout, stderr) = CliRunner.InvokeWithInput("\n\n", "batch", "-");

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain(Messages.ManifestEmpty().Message);
    }

    private static string WithoutTimings(string jsonl) => Regex.Replace(jsonl, "\"(elapsedMs|loadMs)\":[0-9.]+", "\"$1\":0");

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = BitextCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
