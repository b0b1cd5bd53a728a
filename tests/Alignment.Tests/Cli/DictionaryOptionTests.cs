using Alignment.Aligning;
using Alignment.Evaluation;
using Alignment.Tests.Aligning;

namespace Alignment.Tests.Cli;

public class DictionaryOptionTests
{
    private static string TextBerg => Path.Combine(TestFiles.SharedBench ?? throw new InvalidOperationException("../shared/bench is missing"), "textberg");

    [Theory]
    [InlineData("hunalign")]
    [InlineData("tsv")]
    public void Align_with_a_dictionary_file_scores_as_the_in_process_aligner_with_that_dictionary(string format)
    {
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, BilingualDictionaryTests.MountainWords.Select(p => format == "tsv" ? $"{p.De}\t{p.Fr}" : $"{p.Fr} @ {p.De}"));
            string stem = Path.Combine(TextBerg, "test1");

            var (code, stdout, stderr) = CliRunner.Invoke("align", "--input", "lines", "--format", "beads", "--source-lang", "de", "--target-lang", "fr",
                "--dictionary", file, stem + ".de", stem + ".fr");

            code.Should().Be(0, stderr);
            var cli = AlignmentScore.Compute(AlignmentScore.Parse(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)), AlignmentScore.Parse(File.ReadAllLines(stem + ".defr")));
            var options = AlignerOptions.Default with { Dictionary = BilingualDictionary.FromPairs(BilingualDictionaryTests.MountainWords.Select(p => (p.De, p.Fr))) };
            cli.Should().Be(TextBergEvaluation.Run(TextBerg, options, documents: ["test1"]));
            cli.Should().NotBe(TextBergEvaluation.Run(TextBerg, AlignerOptions.Default, documents: ["test1"]), "the dictionary changes the alignment");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("align")]
    [InlineData("check")]
    public void A_bad_dictionary_line_is_one_error_line_and_exit_2(string command)
    {
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "sommet @ Gipfel\nGrat arête\n");

            var (code, stdout, stderr) = CliRunner.Invoke(command, "--dictionary", file, TestFiles.English2021, TestFiles.Spanish2021);

            code.Should().Be(2);
            stdout.Should().BeEmpty();
            stderr.Should().Be($"bitext: {file}: line 2: expected one \"target @ source\" entry (hunalign format){Environment.NewLine}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Batch_takes_a_dictionary_and_refuses_a_missing_one()
    {
        var (code, _, stderr) = CliRunner.Invoke("batch", "--dictionary", "/nonexistent/words.dic", TestFiles.Data("none.csv"));

        code.Should().Be(2);
        stderr.Should().StartWith("bitext: /nonexistent/words.dic: ");
    }
}
