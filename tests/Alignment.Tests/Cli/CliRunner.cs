using Alignment.Cli;

namespace Alignment.Tests;

/// <summary>Runs the <c>bitext</c> command line in process and captures its output.</summary>
internal static class CliRunner
{
    public static (int Code, string Stdout, string Stderr) Invoke(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = BitextCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Like <see cref="Invoke"/>, with <paramref name="stdin"/> as standard input.</summary>
    public static (int Code, string Stdout, string Stderr) InvokeWithInput(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = BitextCommand.Run(args, new StringReader(stdin), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
