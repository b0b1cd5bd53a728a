using System.Diagnostics;
using System.Text.Json;
using Alignment.Tests.Robustness;

namespace Alignment.Tests.Cli;

/// <summary>
/// The edges of writing results: a full disk during <c>batch -o</c>, long legal file names, errors that name the output,
/// and document or file-name text that would drive the terminal (ESC sequences, line breaks) escaped on the way out.
/// </summary>
public sealed class OutputEdgeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-edges-").FullName;

    public void Dispose()
    {
        string tiny = Path.Combine(_dir, "tiny");
        if (Directory.Exists(tiny))
        {
            Run("umount", tiny);
        }

        Directory.Delete(_dir, recursive: true);
    }

    private static int Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.WaitForExit();
        return process.ExitCode;
    }

    [Fact]
    public void A_full_disk_during_batch_o_prints_the_summary_names_the_output_and_leaves_no_temporary_file()
    {
        // A 16 KB file system (tmpfs; needs root, which the CI container has) filled by the result lines of 40 seed pairs.
        string tiny = Directory.CreateDirectory(Path.Combine(_dir, "tiny")).FullName;
        Run("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", tiny).Should().Be(0, "the test mounts a tiny tmpfs to fill");
        string manifest = Path.Combine(_dir, "pairs.jsonl");
        string row = JsonSerializer.Serialize(new { source = TestFiles.English2021, target = TestFiles.Spanish2021 });
        File.WriteAllLines(manifest, Enumerable.Repeat(row, 40));
        string output = Path.Combine(tiny, "out.jsonl");

        var (code, _, stderr) = LimitedProcess.Run(5_000_000_000, "batch", manifest, "-o", output, "--parallel", "1");

        code.Should().Be(2, stderr);
        stderr.Should().Contain("bitext: batch: ").And.Contain("output failed: stopped");
        stderr.Should().Contain($"bitext: {output}: cannot write output (No space left on device); the output was not written (its temporary file was removed)");
        stderr.Should().NotContain("Exception").And.NotContain("   at ");
        Directory.GetFileSystemEntries(tiny).Should().BeEmpty("the temporary file is removed and the output never written");
    }

    [Theory]
    [InlineData(218)]
    [InlineData(255)]
    public void Output_file_names_up_to_255_bytes_work(int length)
    {
        string name = new string('r', length - 5) + ".json";
        string output = Path.Combine(_dir, name);

        var (code, _, stderr) = CliRunner.Invoke("sections", TestFiles.English2021, "--format", "json", "-o", output);

        code.Should().Be(0, stderr);
        File.Exists(output).Should().BeTrue();
        Directory.GetFiles(_dir).Should().ContainSingle("no temporary file is left");

        string manifest = Path.Combine(_dir, "m.jsonl");
        File.WriteAllText(manifest, JsonSerializer.Serialize(new { source = TestFiles.English2021, target = TestFiles.Spanish2021 }) + "\n");
        var batch = CliRunner.Invoke("batch", manifest, "-o", output);
        batch.Code.Should().Be(1, batch.Stderr);
        File.ReadAllLines(output).Should().ContainSingle();
    }

    [Fact]
    public void Errors_about_the_batch_output_name_its_path()
    {
        string output = Path.Combine(_dir, "no", "such", "folder", "out.jsonl");
        string manifest = Path.Combine(_dir, "m.jsonl");
        File.WriteAllText(manifest, JsonSerializer.Serialize(new { source = TestFiles.English2021, target = TestFiles.Spanish2021 }) + "\n");

        var (code, _, stderr) = CliRunner.Invoke("batch", manifest, "-o", output);

        code.Should().Be(2);
        stderr.Trim().Should().Be($"bitext: {output}: cannot write output: its folder does not exist");
    }

    [Fact]
    public void Escape_sequences_and_line_breaks_from_file_names_and_documents_never_reach_the_terminal_raw()
    {
        string evilName = Path.Combine(_dir, "report\u001b]0;pwned\u0007\nbitext: all clear.txt");
        File.WriteAllText(evilName, "Prosecution\u001b[2J\n\nThe government reported 1,234 investigations in 2021.\u001b[31m Red text.\n");

        var missing = CliRunner.Invoke("sections", evilName + ".missing");
        var loaded = CliRunner.Invoke("sentences", evilName);

        foreach (string output in new[] { missing.Stderr, loaded.Stdout, loaded.Stderr })
        {
            output.Should().NotContain("\u001b").And.NotContain("\u0007");
        }

        missing.Stderr.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("\\u001b]0;pwned\\u0007\\u000abitext: all clear");
        loaded.Stdout.Should().Contain("\\u001b[31m");
    }
}
