using System.Diagnostics;
using System.Net;
using System.Text;
using Alignment.Cli.Review;
using Microsoft.Data.Sqlite;

namespace Alignment.Tests.Review;

/// <summary>The real <c>bitext review</c> process: it prints its address, and killing it loses no decision it answered.</summary>
public sealed class ReviewProcessTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-review-process-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_killed_server_loses_no_decision_it_answered_and_the_database_is_in_WAL_mode()
    {
        string db = Path.Combine(_dir, "review.sqlite");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "bitext.dll"), "review", TestFiles.English2021, TestFiles.Spanish2021, "--db", db, "--reviewer", "ana" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        List<string> ids;
        try
        {
            var line = process.StandardOutput.ReadLineAsync();
            (await Task.WhenAny(line, Task.Delay(TimeSpan.FromMinutes(2)))).Should().Be(line, "the server prints its address when it listens");
            string address = System.Text.RegularExpressions.Regex.Match((await line)!, @"http://127\.0\.0\.1:\d+/", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).Value;
            address.Should().NotBeEmpty(await line);
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            var findings = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("api/findings")).RootElement.GetProperty("findings");
            ids = findings.EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToList();
            foreach (string id in ids)
            {
                using var response = await client.PostAsync($"api/findings/{id}/decision", new StringContent("""{"decision": "false-alarm", "note": "checked"}""", Encoding.UTF8, "application/json"));
                response.StatusCode.Should().Be(HttpStatusCode.OK);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var decisions = new ReviewStore(db).LoadDecisions(
            ReviewSession.Sha256(Export.ExportSamples.SeedPair.Source.Document.Text), ReviewSession.Sha256(Export.ExportSamples.SeedPair.Target.Document.Text));
        decisions.Keys.Should().BeEquivalentTo(ids).And.HaveCountGreaterThan(1);
        decisions.Values.Should().OnlyContain(d => d.Decision == "false-alarm" && d.Who == "ana");
        using var connection = new SqliteConnection($"Data Source={db}");
        connection.Open();
        using var mode = connection.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode";
        mode.ExecuteScalar().Should().Be("wal");
    }

    [Fact]
    public void Review_refuses_what_the_other_commands_refuse()
    {
        string empty = Path.Combine(_dir, "empty.txt");
        File.WriteAllText(empty, string.Empty);

        var (code, _, stderr) = CliRunner.Invoke("review", TestFiles.English2021, empty, "--db", Path.Combine(_dir, "x.sqlite"));
        var same = CliRunner.Invoke("review", TestFiles.English2021, TestFiles.English2021, "--db", Path.Combine(_dir, "x.sqlite"));

        code.Should().Be(2);
        stderr.Should().Contain("empty");
        same.Code.Should().Be(2);
    }
}
