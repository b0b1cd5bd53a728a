using System.Diagnostics;
using System.Text.Json;
using Alignment.Cli;

namespace Alignment.Tests.Cli;

/// <summary>
/// The built <c>bitext</c> run as a real process: signals and closed pipes cannot be shown in process. The manifest is
/// long (the seed pair 2,000 times) so that the batch is still running when the test acts; the test never waits for it.
/// </summary>
public class BatchProcessTests : IDisposable
{
    private const int Rows = 2000;
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-process-").FullName;
    private readonly string _manifest;

    public BatchProcessTests()
    {
        _manifest = Path.Combine(_dir, "pairs.jsonl");
        string row = JsonSerializer.Serialize(new { source = TestFiles.English2021, target = TestFiles.Spanish2021 });
        File.WriteAllLines(_manifest, Enumerable.Repeat(row, Rows));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_signal_leaves_whole_lines_of_the_first_pairs_a_summary_and_exit_130(string signal)
    {
        using var process = Start("batch", _manifest, "--parallel", "2");
        var stderr = process.StandardError.ReadToEndAsync();
        var lines = new List<string>();
        while (lines.Count < 3 && await process.StandardOutput.ReadLineAsync() is { } first)
        {
            lines.Add(first);
        }

        Signal(process.Id, signal);
        string rest = await process.StandardOutput.ReadToEndAsync();
        await WaitForExit(process);

        process.ExitCode.Should().Be(BatchCommand.InterruptedExit);
        rest.Should().Match(r => r.Length == 0 || r.EndsWith('\n'), "only whole lines are written");
        lines.AddRange(rest.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        lines.Count.Should().BeLessThan(Rows, "the batch stopped taking pairs");
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("index").GetInt32()).Should().Equal(Enumerable.Range(0, lines.Count));
        (await stderr).Should().Contain($"bitext: batch: {lines.Count} pairs, 0 failed").And.Contain("interrupted");
    }

    [Fact]
    public async Task A_closed_pipe_stops_the_batch()
    {
        using var process = Start("batch", _manifest, "--parallel", "2");
        var stderr = process.StandardError.ReadToEndAsync();
        (await process.StandardOutput.ReadLineAsync()).Should().StartWith("{\"schemaVersion\":1,\"index\":0,");

        process.StandardOutput.Close();
        await WaitForExit(process);

        process.ExitCode.Should().Be(BatchCommand.OutputClosedExit);
        (await stderr).Should().Contain("output closed: stopped");
    }

    private static Process Start(params string[] args)
    {
        // env resets SIGINT to its default: a shell starts background jobs with SIGINT ignored, and the child
        // would inherit that from the test host.
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in (string[])["--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "bitext.dll"), .. args])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(start)!;
    }

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, pid.ToString()])!;
        kill.WaitForExit();
        kill.ExitCode.Should().Be(0);
    }

    private static async Task WaitForExit(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("bitext batch did not stop within 2 minutes");
        }
    }
}
