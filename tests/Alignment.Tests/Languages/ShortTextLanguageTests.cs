using System.Text.Json;
using System.Text.RegularExpressions;
using Alignment.Batch;
using Alignment.Loading;

namespace Alignment.Tests;

/// <summary>
/// One-line texts: their own evidence (function words, endings such as -ción and -ed, ñ ¿ ¡ and accents), then the other
/// document's language; a pair that still cannot be told is refused (exit 2) with the options that set the languages.
/// </summary>
public sealed class ShortTextLanguageTests
{
    private const string PoliceEn = "Police rescued 12 victims.";
    private const string PoliceEs = "La policía rescató a 21 víctimas.";
    private static readonly BitextAligner Aligner = new();

    [Theory]
    [InlineData(PoliceEs, "es")]
    [InlineData("¿Cuántas personas fueron identificadas?", "es")]
    [InlineData("Cuesta 15,5 millones de soles.", "es")]
    [InlineData("The ministry reported the findings publicly.", "en")]
    [InlineData("Hearings will take place in the capital.", "en")]
    public void Tells_a_one_line_text_by_its_own_evidence(string text, string expected)
    {
        LanguageDetector.Detect(text).Should().Be(expected);
    }

    [Fact]
    public void A_one_line_english_text_without_function_words_is_not_told_alone()
    {
        LanguageDetector.Detect(PoliceEn).Should().BeNull("'rescued' is one piece of evidence, not enough on its own");
    }

    [Fact]
    public void The_pair_settles_a_text_too_short_to_tell_and_the_numbers_are_compared_across_languages()
    {
        var source = ReportDocument.FromText(PoliceEn, "en.txt").Document!;
        var target = ReportDocument.FromText(PoliceEs, "es.txt").Document!;

        var result = Aligner.Align(source, target);

        result.Source.Document.Language.Should().Be(Language.English);
        result.Target.Document.Language.Should().Be(Language.Spanish);
        result.Source.Document.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.LanguageInferred)
            .And.NotContain(d => d.Code == DiagnosticCodes.LanguageUnknown);
        result.Findings.Should().ContainSingle().Which.Message.Should().Be("English says 12, Spanish says 21");
    }

    [Fact]
    public void A_one_line_pair_whose_english_has_only_modal_words_is_told_and_its_day_range_agrees()
    {
        var source = ReportDocument.FromText("Hearings will take place November 6–10.", "en.txt").Document!;
        var target = ReportDocument.FromText("Las audiencias se llevarán a cabo del 6 al 10 de noviembre.", "es.txt").Document!;

        var result = Aligner.Align(source, target);

        result.Source.Document.Language.Should().Be(Language.English);
        result.Findings.Should().NotContain(f => f.Severity > FindingSeverity.Info);
    }

    [Fact]
    public void Check_reports_the_swapped_digits_of_a_one_line_pair()
    {
        using var files = new TempPair(PoliceEn, PoliceEs);

        var (code, stdout, stderr) = CliRunner.Invoke("check", files.Source, files.Target);

        code.Should().Be(1);
        stdout.Should().Contain("English says 12, Spanish says 21");
        stderr.Should().NotContain("--lang").And.NotContain("whole documents");
    }

    [Fact]
    public void A_pair_that_cannot_be_told_stops_with_exit_2_naming_options_check_accepts()
    {
        using var files = new TempPair("Annex 2.", "Anexo 2.");

        var (code, _, stderr) = CliRunner.Invoke("check", files.Source, files.Target);
        var (codeWithLanguages, _, _) = CliRunner.Invoke("check", files.Source, files.Target, "--source-lang", "en", "--target-lang", "es");

        code.Should().Be(2);
        stderr.Should().Contain("could not tell the languages of the pair")
            .And.Contain("(set them with --source-lang and --target-lang)");
        codeWithLanguages.Should().Be(0, "check accepts the options its advice names");
    }

    [Fact]
    public void The_library_refuses_an_undetermined_pair_with_a_typed_exception()
    {
        var source = ReportDocument.FromText("Annex 2.", "a.txt").Document!;
        var target = ReportDocument.FromText("Anexo 2.", "b.txt").Document!;

        var act = () => Aligner.Align(source, target);

        act.Should().Throw<ReportFormatException>().Which.Diagnostic.Code.Should().Be(DiagnosticCodes.LanguageUndetermined);
    }

    [Fact]
    public void A_batch_row_takes_source_lang_and_target_lang()
    {
        var pairs = BatchManifest.ReadJsonLines(new StringReader(
            """{"name": "annex", "source_text": "Annex 2.", "target_text": "Anexo 3.", "source_lang": "en", "target_lang": "es"}""" + "\n"
            + """{"name": "unsure", "source_text": "Annex 2.", "target_text": "Anexo 3."}"""), "").ToList();
        var runner = new BatchRunner(Aligner, parallelism: 1);

        var given = runner.Run(0, pairs[0]);
        var unsure = runner.Run(1, pairs[1]);

        pairs[0].SourceLanguage.Should().Be(Language.English);
        given.Error.Should().BeNull();
        given.Result!.Target.Document.Language.Should().Be(Language.Spanish);
        unsure.Error.Should().Contain("could not tell the languages").And.Contain("\"source_lang\" and \"target_lang\"");
    }

    [Fact]
    public void The_readme_inline_batch_row_aligns_english_with_spanish()
    {
        string readme = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "README.md"));
        string row = Regex.Match(readme, "'(?<row>\\{\"name\": \"memo\", \"source_text\"[^']*)'", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups["row"].Value;

        var (code, stdout, _) = CliRunner.InvokeWithInput(row + "\n", "batch", "-");
        using var line = JsonDocument.Parse(stdout.Split('\n')[0]);

        row.Should().Contain("source_text", "README.md shows an inline batch row");
        line.RootElement.GetProperty("status").GetString().Should().Be("ok");
        line.RootElement.GetProperty("source").GetProperty("language").GetString().Should().Be("en");
        line.RootElement.GetProperty("target").GetProperty("language").GetString().Should().Be("es");
        line.RootElement.GetProperty("findings")[0].GetProperty("code").GetString().Should().Be("value-mismatch");
        code.Should().Be(1);
    }

    private sealed class TempPair : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("bitext-short-").FullName;

        public TempPair(string source, string target)
        {
            File.WriteAllText(Source, source + "\n");
            File.WriteAllText(Target, target + "\n");
        }

        public string Source => Path.Combine(_dir, "source.txt");

        public string Target => Path.Combine(_dir, "target.txt");

        public void Dispose() => Directory.Delete(_dir, recursive: true);
    }
}
