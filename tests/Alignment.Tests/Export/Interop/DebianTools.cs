using System.Diagnostics;

namespace Alignment.Tests.Export.Interop;

/// <summary>
/// The real tools the interop tests run (OmegaT, translate-toolkit, Chromium): installed from Debian with apt-get when
/// missing and the tests run as root (as in CI), so the tests run rather than skip; otherwise the test fails saying
/// what to install.
/// </summary>
internal static class DebianTools
{
    private static readonly object Gate = new();

    /// <summary>Makes sure <paramref name="command"/> is on PATH, installing <paramref name="packages"/> when it is not.</summary>
    public static void Require(string command, params string[] packages)
    {
        lock (Gate)
        {
            if (OnPath(command))
            {
                return;
            }

            Environment.IsPrivilegedProcess.Should().BeTrue(
                $"{command} is missing: run `sudo apt-get update && sudo apt-get install -y {string.Join(' ', packages)}` (Debian/Ubuntu), then the tests again");
            string[] install = ["-o", "DPkg::Lock::Timeout=600", "install", "-y", "-q", "--no-install-recommends", .. packages];
            var env = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
            if (Run("apt-get", install, env: env, timeout: TimeSpan.FromMinutes(15)).Exit != 0)
            {
                Run("apt-get", ["-o", "DPkg::Lock::Timeout=600", "update", "-q"], env: env, timeout: TimeSpan.FromMinutes(10));
                var retry = Run("apt-get", install, env: env, timeout: TimeSpan.FromMinutes(15));
                retry.Exit.Should().Be(0, $"apt-get install {string.Join(' ', packages)} failed: {retry.Stderr}");
            }

            OnPath(command).Should().BeTrue($"apt-get installed {string.Join(' ', packages)}, so {command} should be on PATH");
        }
    }

    /// <summary>Runs a program to its end (killed after <paramref name="timeout"/>) and returns its exit code and output.</summary>
    public static (int Exit, string Stdout, string Stderr) Run(string file, IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? env = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in env ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, stdout.Result, "timed out: " + stderr.Result);
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, command)));
}
