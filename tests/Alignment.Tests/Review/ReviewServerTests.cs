using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Alignment.Cli.Review;
using Alignment.Tests.Export;

namespace Alignment.Tests.Review;

public sealed class ReviewServerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-review-").FullName;

    private string Db => Path.Combine(_dir, "review.sqlite");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Beads_and_findings_come_as_JSON_with_the_documents_hashes_and_stable_finding_ids()
    {
        var aligned = ExportSamples.SeedPair;
        JsonElement beads, findings;
        await using (var server = await ReviewServerFixture.StartAsync(Db))
        {
            beads = await server.GetJsonAsync("api/beads");
            findings = await server.GetJsonAsync("api/findings");
        }

        beads.GetProperty("revision").GetInt64().Should().Be(0);
        beads.GetProperty("source").GetProperty("sha256").GetString().Should().Be(ReviewSession.Sha256(aligned.Source.Document.Text)).And.HaveLength(64);
        beads.GetProperty("beads").GetArrayLength().Should().Be(aligned.Beads.Count);
        beads.GetProperty("beads")[46].GetProperty("source")[0].GetProperty("text").GetString().Should().Be(aligned.Beads[46].Source[0].NormalizedText);
        var list = findings.GetProperty("findings").EnumerateArray().ToList();
        list.Should().HaveCount(aligned.Findings.Count);
        list.Select(f => f.GetProperty("id").GetString()).Should().OnlyHaveUniqueItems().And.Equal(FindingIdentity.Of(new BitextAligner().Align(aligned.Source.Document, aligned.Target.Document)));
        list.Should().Contain(f => f.GetProperty("code").GetString() == "value-mismatch" && f.GetProperty("message").GetString()!.Contains("15.5 million"));
    }

    [Fact]
    public async Task Merge_split_and_move_change_the_beads_and_a_stale_revision_gets_409_and_changes_nothing()
    {
        var aligned = ExportSamples.SeedPair;
        int count = aligned.Beads.Count;
        await using var server = await ReviewServerFixture.StartAsync(Db);

        var merged = await server.PostAsync("api/beads/3/merge-next", """{"revision": 0}""");
        var stale = await server.PostAsync("api/beads/5/merge-next", """{"revision": 0}""");
        var afterMerge = await server.GetJsonAsync("api/beads");

        merged.Status.Should().Be(HttpStatusCode.OK);
        merged.Body.GetProperty("revision").GetInt64().Should().Be(1);
        stale.Status.Should().Be(HttpStatusCode.Conflict);
        stale.Body.GetProperty("revision").GetInt64().Should().Be(1);
        stale.Body.GetProperty("error").GetString().Should().Contain("changed since you read it");
        afterMerge.GetProperty("beads").GetArrayLength().Should().Be(count - 1, "only the first merge happened");
        var bead3 = afterMerge.GetProperty("beads")[3];
        bead3.GetProperty("type").GetString().Should().Be($"{aligned.Beads[3].Source.Count + aligned.Beads[4].Source.Count}-{aligned.Beads[3].Target.Count + aligned.Beads[4].Target.Count}");

        var split = await server.PostAsync("api/beads/3/split", $$"""{"revision": 1, "source": {{aligned.Beads[3].Source.Count}}, "target": {{aligned.Beads[3].Target.Count}}}""");
        var afterSplit = await server.GetJsonAsync("api/beads");

        split.Status.Should().Be(HttpStatusCode.OK);
        afterSplit.GetProperty("beads").GetArrayLength().Should().Be(count);
        afterSplit.GetProperty("beads")[4].GetProperty("source")[0].GetProperty("index").GetInt32().Should().Be(aligned.Beads[4].Source[0].Index);

        var moved = await server.PostAsync("api/beads/3/move", """{"revision": 2, "side": "target", "to": "next"}""");
        var afterMove = await server.GetJsonAsync("api/beads");

        moved.Status.Should().Be(HttpStatusCode.OK);
        afterMove.GetProperty("beads")[4].GetProperty("target")[0].GetProperty("index").GetInt32().Should().Be(aligned.Beads[3].Target[^1].Index);
    }

    [Fact]
    public async Task A_decision_and_a_checked_bead_survive_a_restart_with_who_and_when()
    {
        string id;
        await using (var first = await ReviewServerFixture.StartAsync(Db))
        {
            id = (await first.GetJsonAsync("api/findings")).GetProperty("findings")[0].GetProperty("id").GetString()!;
            (await first.PostAsync($"api/findings/{id}/decision", """{"decision": "false-alarm", "note": "1.5 is right", "who": "ana"}""")).Status.Should().Be(HttpStatusCode.OK);
            (await first.PostAsync("api/beads/7/checked", """{"revision": 0, "checked": true, "who": "ana"}""")).Status.Should().Be(HttpStatusCode.OK);
        }

        await using var second = await ReviewServerFixture.StartAsync(Db);
        var finding = (await second.GetJsonAsync("api/findings")).GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == id);
        var bead = (await second.GetJsonAsync("api/beads")).GetProperty("beads")[7];
        var again = await second.PostAsync($"api/findings/{id}/decision", """{"decision": "confirmed"}""");

        finding.GetProperty("decision").GetString().Should().Be("false-alarm");
        finding.GetProperty("note").GetString().Should().Be("1.5 is right");
        finding.GetProperty("who").GetString().Should().Be("ana");
        DateTimeOffset.Parse(finding.GetProperty("at").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(10));
        bead.GetProperty("checked").GetBoolean().Should().BeTrue();
        bead.GetProperty("checkedBy").GetString().Should().Be("ana");
        again.Status.Should().Be(HttpStatusCode.Conflict, "the second reviewer did not see the first decision (revision 1)");
    }

    [Fact]
    public async Task Concurrent_edits_from_the_same_revision_apply_once_and_the_others_get_409()
    {
        int count = ExportSamples.SeedPair.Beads.Count;
        await using var server = await ReviewServerFixture.StartAsync(Db);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => server.PostAsync($"api/beads/{10 + (2 * i)}/merge-next", """{"revision": 0}""")));
        var beads = await server.GetJsonAsync("api/beads");

        results.Count(r => r.Status == HttpStatusCode.OK).Should().Be(1);
        results.Count(r => r.Status == HttpStatusCode.Conflict).Should().Be(7);
        beads.GetProperty("revision").GetInt64().Should().Be(1);
        beads.GetProperty("beads").GetArrayLength().Should().Be(count - 1);
    }

    [Fact]
    public async Task Decisions_on_different_findings_made_at_once_are_all_kept()
    {
        await using var server = await ReviewServerFixture.StartAsync(Db);
        var ids = (await server.GetJsonAsync("api/findings")).GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToList();

        var results = await Task.WhenAll(ids.Select(id => server.PostAsync($"api/findings/{id}/decision", """{"decision": "confirmed"}""")));
        var findings = (await server.GetJsonAsync("api/findings")).GetProperty("findings").EnumerateArray().ToList();

        ids.Should().HaveCountGreaterThan(1);
        results.Should().OnlyContain(r => r.Status == HttpStatusCode.OK);
        findings.Should().OnlyContain(f => f.GetProperty("decision").GetString() == "confirmed");
    }

    [Theory]
    [InlineData("api/beads/3/split", "{\"revision\": 0, \"source\": 9, \"target\": 0}", 400, "split at source")]
    [InlineData("api/beads/3/split", "{\"revision\": 0", 400, "not a JSON object")]
    [InlineData("api/beads/3/split", "[1, 2]", 400, "not a JSON object")]
    [InlineData("api/beads/3/merge-next", "{\"revision\": \"x\"}", 400, "whole number")]
    [InlineData("api/beads/99999/merge-next", "{}", 404, "no bead 99999")]
    [InlineData("api/beads/-1/merge-next", "{}", 404, "no bead -1")]
    [InlineData("api/beads/3/explode", "{}", 404, "no bead action")]
    [InlineData("api/beads/3/move", "{\"side\": \"left\", \"to\": \"next\"}", 400, "\"side\"")]
    [InlineData("api/findings/f-0000/decision", "{\"decision\": \"confirmed\"}", 404, "no finding f-0000")]
    [InlineData("api/findings/f-0000/decision", "{\"decision\": \"maybe\"}", 400, "confirmed")]
    [InlineData("api/nothing", "{}", 404, "no such resource")]
    [InlineData("api/beads", "{}", 405, "not allowed")]
    public async Task Bad_requests_get_a_clear_4xx_in_JSON_and_never_a_stack_trace(string path, string body, int status, string says)
    {
        await using var server = await ReviewServerFixture.StartAsync(Db);

        var (code, json, raw) = await server.PostAsync(path, body);

        ((int)code).Should().Be(status, raw);
        json.GetProperty("error").GetString().Should().Contain(says);
        raw.Should().NotContain("   at ").And.NotContain("Exception").And.NotContain(".cs:line");
    }

    [Fact]
    public async Task A_body_over_64_KB_gets_413_and_a_bad_export_format_400()
    {
        await using var server = await ReviewServerFixture.StartAsync(Db);

        var (code, json, _) = await server.PostAsync("api/findings/x/decision", "{\"note\": \"" + new string('a', 70_000) + "\"}");
        using var export = await server.Client.GetAsync("api/export?format=docx");

        code.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        json.GetProperty("error").GetString().Should().Contain("over");
        export.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Exports_carry_the_corrected_alignment()
    {
        var aligned = ExportSamples.SeedPair;
        await using var server = await ReviewServerFixture.StartAsync(Db);
        (await server.PostAsync("api/beads/3/merge-next", "{}")).Status.Should().Be(HttpStatusCode.OK);

        var json = JsonDocument.Parse(await server.Client.GetStringAsync("api/export?format=json")).RootElement;
        var xliff12 = XDocument.Parse(await server.Client.GetStringAsync("api/export?format=xliff12"));
        var xliff = XDocument.Parse(await server.Client.GetStringAsync("api/export?format=xliff"));
        var tmx = XDocument.Parse(await server.Client.GetStringAsync("api/export?format=tmx"));

        json.GetProperty("beads").GetArrayLength().Should().Be(aligned.Beads.Count - 1);
        xliff12.Descendants(XNamespace.Get(Alignment.Export.Xliff12Writer.Namespace) + "trans-unit").Should().HaveCount(aligned.Beads.Count - 1);
        xliff.Descendants(XNamespace.Get(Alignment.Export.XliffWriter.Namespace) + "unit").Should().HaveCount(aligned.Beads.Count - 1);
        string merged = tmx.Descendants("tu").Single(t => t.Attribute("tuid")!.Value == "3").Elements("tuv").First().Element("seg")!.Value;
        merged.Should().Contain(aligned.Beads[3].Source[0].Text.Trim()).And.Contain(aligned.Beads[4].Source[^1].Text.Trim());
    }

    [Fact]
    public async Task The_page_is_the_review_page_with_the_review_script_and_the_finding_ids()
    {
        await using var server = await ReviewServerFixture.StartAsync(Db);

        string html = await server.Client.GetStringAsync("");

        html.Should().Contain("<h1>Alignment review</h1>").And.Contain("window.bitextReview = ").And.Contain("/api/beads/");
        html.Should().Contain(FindingIdentity.Of(ExportSamples.SeedPair)[0]);
    }
}
