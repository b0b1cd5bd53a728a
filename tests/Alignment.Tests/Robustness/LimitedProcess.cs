using System.Diagnostics;

namespace Alignment.Tests.Robustness;

/// <summary>
/// The built <c>bitext</c> run as a real process under an address-space limit (<c>prlimit --as</c>) and a generous
/// wall-clock timeout, for the hostile inputs whose danger is memory or time: in process, a stack overflow or an
/// out-of-memory would take the test host down instead of failing one test.
/// </summary>
internal static class LimitedProcess
{
    /// <summary>
    /// The address space a run may use. The runtime alone reserves about 2 GB of it (below that it does not start),
    /// so 3 GB leaves the process well under 1 GB of real memory; the inputs this guards against took 5 to 12 GB.
    /// </summary>
    public const long AddressSpace = 3_000_000_000;

    /// <summary>Wall-clock time before the run is killed and the test fails; what it guards against took minutes or hours.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>Runs <c>bitext ARGS</c> and returns its exit code and output; throws when it outlives <see cref="Timeout"/>.</summary>
    public static (int Code, string Stdout, string Stderr) Run(params string[] args) => Run(AddressSpace, args);

    /// <summary>Runs <c>bitext ARGS</c> with an address-space limit of <paramref name="addressSpace"/> bytes.</summary>
    public static (int Code, string Stdout, string Stderr) Run(long addressSpace, params string[] args)
    {
        var start = new ProcessStartInfo("prlimit") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in (string[])[$"--as={addressSpace}", "--", "dotnet", Path.Combine(AppContext.BaseDirectory, "bitext.dll"), .. args])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bitext {string.Join(' ', args.Select(a => a.Length > 60 ? a[..60] + "…" : a))} ran past {Timeout.TotalSeconds} s");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
