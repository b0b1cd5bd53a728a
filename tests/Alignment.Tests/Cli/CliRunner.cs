using Alignment.Cli;

namespace Alignment.Tests;

/// <summary>Runs the <c>bitext</c> command line in process and captures its output.</summary>
internal static class CliRunner
{
    public static (int Code, string Stdout, string Stderr) Invoke(params string[] args) => WithInput(Stream.Null, args);

    /// <summary>Runs with <paramref name="stdin"/> as standard input (what <c>-</c> reads).</summary>
    public static (int Code, string Stdout, string Stderr) WithInput(Stream stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = BitextCommand.Run(args, stdout, stderr, () => stdin);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs with <paramref name="stdin"/> bytes as standard input.</summary>
    public static (int Code, string Stdout, string Stderr) WithInput(byte[] stdin, params string[] args) =>
        WithInput(new MemoryStream(stdin, writable: false), args);

    /// <summary>Runs with <paramref name="stdin"/> text (UTF-8) as standard input.</summary>
    public static (int Code, string Stdout, string Stderr) InvokeWithInput(string stdin, params string[] args) =>
        WithInput(System.Text.Encoding.UTF8.GetBytes(stdin), args);
}
