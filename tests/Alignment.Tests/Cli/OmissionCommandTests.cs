using System.Text.Json;
using Alignment.Tests.Comparing;

namespace Alignment.Tests.Cli;

/// <summary>The new findings and the same-document refusal, through the command line.</summary>
public class OmissionCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-omission-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("002_cdbada1f67068dd0.txt")]
    [InlineData("000_a12f891843fbc0bc.txt")]
    public void Check_of_a_file_against_itself_exits_2_with_one_line(string seed)
    {
        string path = TestFiles.Seed(seed);

        var (code, stdout, stderr) = CliRunner.Invoke("check", path, path);

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith($"bitext: {path}: is the same document as the source");
    }

    [Fact]
    public void Check_of_a_copy_under_another_name_exits_2()
    {
        string copy = Path.Combine(_dir, "copy.txt");
        File.Copy(TestFiles.English2021, copy);

        CliRunner.Invoke("check", TestFiles.English2021, copy).Code.Should().Be(2);
    }

    [Fact]
    public void Check_of_two_different_Spanish_reports_keeps_the_same_language_warning()
    {
        var (code, _, stderr) = CliRunner.Invoke("check", TestFiles.Spanish2019, TestFiles.Spanish2021, "--fail-on", "none");

        code.Should().Be(0);
        stderr.Should().Contain("both documents are in 'es'");
    }

    [Theory]
    [InlineData(4096)]
    [InlineData(12288)]
    public void Check_of_a_truncated_translation_fails_the_gate_and_the_json_gives_the_missing_tail(int characters)
    {
        string spanish = Path.Combine(_dir, "es.txt");
        File.WriteAllText(spanish, File.ReadAllText(TestFiles.Spanish2021)[..characters]);

        var (code, stdout, stderr) = CliRunner.Invoke("check", TestFiles.English2021, spanish, "--format", "json");

        code.Should().Be(1);
        stderr.Should().NotContain("whole documents were aligned as one block");
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("wholeDocumentFallback").GetBoolean().Should().BeFalse();
        var truncated = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("code").GetString() == FindingCodes.Truncated).Should().ContainSingle().Subject;
        truncated.GetProperty("severity").GetString().Should().Be("error");
        int englishLength = File.ReadAllText(TestFiles.English2021).Length;
        var source = truncated.GetProperty("source");
        source.GetProperty("start").GetInt32().Should().BeInRange(1, englishLength - 1);
        source.GetProperty("end").GetInt32().Should().BeGreaterThan(englishLength - 100);
        var target = truncated.GetProperty("target");
        target.GetProperty("start").GetInt32().Should().Be(target.GetProperty("end").GetInt32()).And.BeGreaterThan(characters - 200);
    }

    [Fact]
    public void Check_of_a_translation_without_its_prevention_section_reports_a_missing_section()
    {
        string text = File.ReadAllText(TestFiles.Spanish2021);
        int start = text.IndexOf("PREVENCION", StringComparison.Ordinal);
        int end = text.IndexOf("EL PERFIL DE LA TRATA", StringComparison.Ordinal);
        string spanish = Path.Combine(_dir, "es.txt");
        File.WriteAllText(spanish, text[..start] + text[end..]);

        var (code, stdout, _) = CliRunner.Invoke("check", TestFiles.English2021, spanish);

        code.Should().Be(1);
        stdout.Should().Contain("has no counterpart in the Spanish target");
    }

    [Fact]
    public void Align_json_gives_a_partial_omission_with_both_offsets_and_check_warns()
    {
        var (english, spanish) = PartialOmissionTests.SeedsWithListSentence(dropInSpanish: [3, 6]);
        string en = Path.Combine(_dir, "en.txt"), es = Path.Combine(_dir, "es.txt");
        File.WriteAllText(en, english.Text);
        File.WriteAllText(es, spanish.Text);

        var (code, stdout, _) = CliRunner.Invoke("align", en, es, "--format", "json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(stdout);
        var omissions = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("code").GetString() == FindingCodes.PartialOmission).ToList();
        omissions.Should().HaveCount(2);
        string item = PartialOmissionTests.EnglishItems[3];
        var source = omissions[0].GetProperty("source");
        source.GetProperty("start").GetInt32().Should().Be(english.Text.IndexOf(item, StringComparison.Ordinal));
        source.GetProperty("text").GetString().Should().Be(item);
        omissions[0].GetProperty("severity").GetString().Should().Be("warning");
        omissions[0].GetProperty("target").GetProperty("end").GetInt32().Should().BeGreaterThan(omissions[0].GetProperty("target").GetProperty("start").GetInt32());
        CliRunner.Invoke("check", en, es, "--fail-on", "warning").Code.Should().Be(1);
    }

    [Fact]
    public void Sections_takes_an_upper_case_title_with_a_colon_for_the_title()
    {
        string path = Path.Combine(_dir, "mx.txt");
        File.WriteAllText(path, "MEXICO: Tier 2 Watch List\nThe Government of Mexico does not fully meet the minimum standards for the elimination of trafficking.\n");

        var (code, stdout, _) = CliRunner.Invoke("sections", path, "--format", "json");

        code.Should().Be(0);
        using var json = JsonDocument.Parse(stdout);
        var first = json.RootElement.GetProperty("sections")[0];
        first.GetProperty("kind").GetString().Should().Be("title");
        first.GetProperty("heading").GetString().Should().Be("MEXICO: Tier 2 Watch List");
    }
}
