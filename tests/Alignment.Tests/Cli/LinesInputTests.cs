using Alignment.Aligning;
using Alignment.Evaluation;

namespace Alignment.Tests.Cli;

public class LinesInputTests
{
    private static string TextBerg => Path.Combine(TestFiles.SharedBench ?? throw new InvalidOperationException("../shared/bench is missing"), "textberg");

    [Fact]
    public void Cli_beads_on_Text_Berg_test_score_exactly_as_the_in_process_benchmark()
    {
        var total = AlignmentScore.Zero;
        for (int k = 0; k <= 6; k++)
        {
            string stem = Path.Combine(TextBerg, $"test{k}");
            var (code, stdout, stderr) = CliRunner.Invoke("align", "--input", "lines", "--format", "beads",
                "--source-lang", "de", "--target-lang", "fr", stem + ".de", stem + ".fr");

            code.Should().Be(0, stderr);
            var test = AlignmentScore.Parse(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            total = total.Add(AlignmentScore.Compute(test, AlignmentScore.Parse(File.ReadAllLines(stem + ".defr"))));
        }

        var benchmark = TextBergEvaluation.Run(TextBerg, AlignerOptions.Default);

        total.Should().Be(benchmark);
        total.PrecisionTotal.Should().BeGreaterThan(850, "every test document was aligned");
        total.StrictF1.Should().BeGreaterThan(0.80);
    }

    [Fact]
    public void A_pair_without_language_data_is_warned_once_that_numbers_are_not_compared_and_not_called_untranslated()
    {
        string stem = Path.Combine(TextBerg, "test1");

        var (code, _, stderr) = CliRunner.Invoke("align", "--input", "lines", "-f", "beads", "--source-lang", "de", "--target-lang", "fr", stem + ".de", stem + ".fr");

        code.Should().Be(0);
        stderr.Should().NotContain("translations of each other", "Text+Berg articles are translations; uncalibrated confidence must not say otherwise");
        stderr.Trim().Split('\n').Should().ContainSingle().Which.Should().Be(
            "bitext: warning: no language data for de-fr: segments aligned with language-independent features, numbers not compared, confidence not calibrated");
    }

    [Fact]
    public void Beads_cover_every_line_once_in_order_with_line_numbers_as_ids()
    {
        string stem = Path.Combine(TextBerg, "test4");
        var (code, stdout, _) = CliRunner.Invoke("align", "--input", "lines", "-f", "beads", "--source-lang", "de", "--target-lang", "fr", stem + ".de", stem + ".fr");

        code.Should().Be(0);
        var beads = AlignmentScore.Parse(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        beads.SelectMany(b => b.Source).Should().Equal(Enumerable.Range(0, File.ReadAllLines(stem + ".de").Length));
        beads.SelectMany(b => b.Target).Should().Equal(Enumerable.Range(0, File.ReadAllLines(stem + ".fr").Length));
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().OnlyContain(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\[[0-9, ]*\]:\[[0-9, ]*\]:[0-9]\.[0-9]{6}$"));
    }

    [Fact]
    public void Ladder_rungs_are_the_bead_boundaries_from_0_0_to_both_ends()
    {
        string stem = Path.Combine(TextBerg, "test2");
        string[] args = ["--input", "lines", "--source-lang", "de", "--target-lang", "fr", stem + ".de", stem + ".fr"];
        var beads = AlignmentScore.Parse(CliRunner.Invoke(["align", "-f", "beads", .. args]).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var (code, ladder, _) = CliRunner.Invoke(["align", "-f", "ladder", .. args]);

        code.Should().Be(0);
        var rungs = ladder.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        rungs.Should().OnlyContain(r => r.Length == 3);
        rungs.Should().HaveCount(beads.Count + 1);
        rungs[0][..2].Should().Equal("0", "0");
        rungs[^1][..2].Should().Equal(File.ReadAllLines(stem + ".de").Length.ToString(), File.ReadAllLines(stem + ".fr").Length.ToString());
        for (int k = 0; k < beads.Count; k++)
        {
            int.Parse(rungs[k + 1][0]).Should().Be(int.Parse(rungs[k][0]) + beads[k].Source.Length);
            int.Parse(rungs[k + 1][1]).Should().Be(int.Parse(rungs[k][1]) + beads[k].Target.Length);
        }
    }

    [Fact]
    public void Empty_lines_and_CRLF_keep_segment_ids_equal_to_line_numbers()
    {
        string dir = Directory.CreateTempSubdirectory("bitext-lines-").FullName;
        string es = Path.Combine(dir, "a.es"), en = Path.Combine(dir, "a.en");
        File.WriteAllText(es, "La policía recibió 1.054 denuncias en 2020.\r\n\r\nEl Gobierno abrió tres albergues.\r\n");
        File.WriteAllText(en, "Police received 1,054 complaints in 2020.\r\n\r\nThe government opened three shelters.\r\n");

        var (code, stdout, stderr) = CliRunner.Invoke("align", "--input", "lines", "-f", "json", es, en);

        code.Should().Be(0, stderr);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var sources = json.RootElement.GetProperty("beads").EnumerateArray()
            .SelectMany(b => b.GetProperty("source").EnumerateArray()).Select(s => s.GetProperty("text").GetString()).ToList();
        sources.Should().Equal("La policía recibió 1.054 denuncias en 2020.", "", "El Gobierno abrió tres albergues.");
    }

    [Fact]
    public void Check_on_Spanish_English_lines_compares_numbers_and_exits_1_on_a_mismatch()
    {
        string dir = Directory.CreateTempSubdirectory("bitext-lines-").FullName;
        string es = Path.Combine(dir, "b.es"), en = Path.Combine(dir, "b.en");
        File.WriteAllText(es, "El presupuesto fue de 15,5 millones de soles. Nadie lo discutió.\nEl Gobierno abrió tres albergues en Lima.\n");
        File.WriteAllText(en, "The budget was 1.5 million soles. Nobody disputed it.\nThe government opened three shelters in Lima.\n");

        var (code, stdout, _) = CliRunner.Invoke("check", "--input", "lines", "--source-lang", "es", "--target-lang", "en", es, en);

        code.Should().Be(1);
        stdout.Should().Contain("15.5").And.Contain("1.5");
    }

    [Fact]
    public void Lines_read_from_standard_input_align_as_the_same_file_does()
    {
        string stem = Path.Combine(TextBerg, "test3");
        string[] tail = ["--input", "lines", "-f", "beads", "--source-lang", "de", "--target-lang", "fr"];

        var fromFile = CliRunner.Invoke(["align", .. tail, stem + ".de", stem + ".fr"]);
        var fromStdin = CliRunner.WithInput(File.ReadAllBytes(stem + ".de"), ["align", .. tail, "-", stem + ".fr"]);

        fromStdin.Code.Should().Be(0, fromStdin.Stderr);
        fromStdin.Stdout.Should().Be(fromFile.Stdout).And.StartWith("[");
    }

    [Fact]
    public void A_segment_file_that_looks_like_HTML_is_still_read_line_by_line()
    {
        // hunalign marks paragraphs with <p> lines: the sniffing that turns a report page into text must not run here.
        string dir = Directory.CreateTempSubdirectory("bitext-lines-").FullName;
        string es = Path.Combine(dir, "c.es"), en = Path.Combine(dir, "c.en");
        File.WriteAllText(es, "<html>\n<p>\nLa policía recibió 1.054 denuncias.\n");
        File.WriteAllText(en, "<html>\n<p>\nPolice received 1,054 complaints.\n");

        var (code, stdout, stderr) = CliRunner.Invoke("align", "--input", "lines", "-f", "beads", "--source-lang", "es", "--target-lang", "en", es, en);

        code.Should().Be(0, stderr);
        stdout.Should().StartWith("[0]:[0]:", "the <html> lines are segments 0 of both sides");
        AlignmentScore.Parse(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)).SelectMany(b => b.Source).Should().Equal(0, 1, 2);
    }

    [Fact]
    public void A_malformed_language_code_is_one_line_and_exit_2()
    {
        string stem = Path.Combine(TextBerg, "test4");

        var (code, stdout, stderr) = CliRunner.Invoke("align", "--input", "lines", "--source-lang", "d-3", stem + ".de", stem + ".fr");

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Trim().Split('\n').Should().ContainSingle().Which.Should().Be($"bitext: {stem}.de: 'd-3' is not a language code (two or three letters, such as de or fr)");
    }
}
