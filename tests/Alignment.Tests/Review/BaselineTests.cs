using System.Text.Json;
using Alignment.Cli.Review;
using Alignment.Tests.Export;

namespace Alignment.Tests.Review;

public sealed class BaselineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-baseline-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "review.sqlite");

    private string BaselineFile => Path.Combine(_dir, "decisions.json");

    [Fact]
    public void Review_export_decisions_writes_the_stored_decisions_with_both_hashes_and_no_server()
    {
        string id = MarkValueMismatchFalseAlarm();

        var (code, _, stderr) = CliRunner.Invoke("review", TestFiles.English2021, TestFiles.Spanish2021, "--db", Db, "--export-decisions", BaselineFile);

        code.Should().Be(0, stderr);
        var decision = JsonDocument.Parse(File.ReadAllText(BaselineFile)).RootElement.GetProperty("decisions").EnumerateArray().Single();
        decision.GetProperty("id").GetString().Should().Be(id);
        decision.GetProperty("decision").GetString().Should().Be("false-alarm");
        decision.GetProperty("who").GetString().Should().Be("qa-lead");
        decision.GetProperty("code").GetString().Should().Be("value-mismatch");
        decision.GetProperty("source").GetProperty("file").GetString().Should().Be(Path.GetFileName(TestFiles.English2021));
        decision.GetProperty("source").GetProperty("sha256").GetString().Should().Be(ReviewSession.Sha256(ExportSamples.SeedPair.Source.Document.Text));
    }

    [Fact]
    public void Check_with_the_baseline_leaves_the_false_alarm_out_of_the_gate_and_lists_it_as_suppressed()
    {
        string id = MarkValueMismatchFalseAlarm();
        CliRunner.Invoke("review", TestFiles.English2021, TestFiles.Spanish2021, "--db", Db, "--export-decisions", BaselineFile).Code.Should().Be(0);

        var without = CliRunner.Invoke("check", TestFiles.English2021, TestFiles.Spanish2021);
        var with = CliRunner.Invoke("check", TestFiles.English2021, TestFiles.Spanish2021, "--baseline", BaselineFile);
        var json = CliRunner.Invoke("check", TestFiles.English2021, TestFiles.Spanish2021, "--baseline", BaselineFile, "--format", "json");

        without.Code.Should().Be(1, "the seed pair's 1.5 against 15.5 million is an error");
        with.Code.Should().Be(0, with.Stderr);
        with.Stdout.Should().Contain($"suppressed finding {id}").And.Contain("15.5 million").And.Contain("qa-lead");
        var diagnostics = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        diagnostics.Should().Contain(d => d.GetProperty("code").GetString() == "baseline-suppressed" && d.GetProperty("message").GetString()!.Contains(id));
        JsonDocument.Parse(json.Stdout).RootElement.GetProperty("findings").EnumerateArray().Should().NotContain(f => f.GetProperty("kind").GetString() == "value-mismatch");
    }

    [Fact]
    public void A_baseline_entry_that_matches_no_finding_any_more_is_warned_about()
    {
        MarkValueMismatchFalseAlarm();
        CliRunner.Invoke("review", TestFiles.English2021, TestFiles.Spanish2021, "--db", Db, "--export-decisions", BaselineFile).Code.Should().Be(0);
        string text = File.ReadAllText(BaselineFile);
        string id = JsonDocument.Parse(text).RootElement.GetProperty("decisions")[0].GetProperty("id").GetString()!;
        File.WriteAllText(BaselineFile, text.Replace(id, "f-0000000000000000", StringComparison.Ordinal));

        var (code, _, stderr) = CliRunner.Invoke("check", TestFiles.English2021, TestFiles.Spanish2021, "--baseline", BaselineFile);

        code.Should().Be(1, "nothing was suppressed");
        stderr.Should().Contain("baseline entry f-0000000000000000").And.Contain("matches no finding");
    }

    [Fact]
    public void Batch_with_the_baseline_passes_the_gate_and_says_which_entries_match_no_pair()
    {
        MarkValueMismatchFalseAlarm();
        CliRunner.Invoke("review", TestFiles.English2021, TestFiles.Spanish2021, "--db", Db, "--export-decisions", BaselineFile).Code.Should().Be(0);
        string manifest = Path.Combine(_dir, "pairs.csv");
        File.WriteAllText(manifest, $"source,target\n{TestFiles.English2021},{TestFiles.Spanish2021}\n");
        string other = Path.Combine(_dir, "other.json");
        File.WriteAllText(other, File.ReadAllText(BaselineFile).Replace(ReviewSession.Sha256(ExportSamples.SeedPair.Source.Document.Text), new string('0', 64), StringComparison.Ordinal));

        var without = CliRunner.Invoke("batch", manifest);
        var with = CliRunner.Invoke("batch", manifest, "--baseline", BaselineFile);
        var elsewhere = CliRunner.Invoke("batch", manifest, "--baseline", other);

        without.Code.Should().Be(1);
        with.Code.Should().Be(0, with.Stderr);
        with.Stdout.Should().Contain("baseline-suppressed");
        elsewhere.Code.Should().Be(1);
        elsewhere.Stderr.Should().Contain("1 baseline entry match no pair of this batch");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"decisions\": 3}")]
    [InlineData("{\"decisions\": [{\"id\": \"f-1\"}]}")]
    public void A_file_that_is_not_a_decisions_file_is_bad_input(string content)
    {
        File.WriteAllText(BaselineFile, content);

        var (code, _, stderr) = CliRunner.Invoke("check", TestFiles.English2021, TestFiles.Spanish2021, "--baseline", BaselineFile);

        code.Should().Be(2);
        stderr.Should().StartWith("bitext: ").And.Contain("baseline file is not a review decisions file").And.NotContain("   at ");
    }

    private string MarkValueMismatchFalseAlarm()
    {
        var session = new ReviewSession(new BitextAligner(), ExportSamples.SeedPair, new ReviewStore(Db), "qa-lead");
        var state = session.Current();
        int index = state.Result.Findings.ToList().FindIndex(f => f.Kind == FindingKind.ValueMismatch);
        string id = state.FindingIds[index];
        session.Decide(id, "false-alarm", "the Spanish OCR misread 1.5", 0, null).Done.Should().BeTrue();
        return id;
    }
}
