using System.Reflection;

namespace Alignment.Tests;

/// <summary>Runs the <c>bitext</c> command line in process (its types are internal to the <c>bitext</c> assembly).</summary>
internal static class CliRunner
{
    private static readonly MethodInfo Run = Assembly.Load("bitext").GetType("Alignment.Cli.BitextCommand", throwOnError: true)!
        .GetMethod("Run", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;

    public static (int Code, string Stdout, string Stderr) Invoke(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = (int)Run.Invoke(null, [args, stdout, stderr])!;
        return (code, stdout.ToString(), stderr.ToString());
    }
}
