using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Alignment.Cli;

/// <summary>
/// <c>bitext --version</c>: the package version and the commit it was built from. SourceLink appends the commit to
/// the assembly's informational version (<c>0.1.0-preview.1+60749a1…</c>); System.CommandLine's own version option
/// prints that raw string of the entry assembly, which is the test host when the CLI runs in process.
/// </summary>
internal static class ToolVersion
{
    /// <summary>The informational version of the <c>bitext</c> assembly, e.g. <c>0.1.0-preview.1+60749a1…</c>.</summary>
    private static string Informational { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString() ?? "0";

    /// <summary>The package version, without the commit.</summary>
    public static string Package => Informational.Split('+')[0];

    /// <summary>The commit the tool was built from, or <see langword="null"/> when it was built outside a git clone.</summary>
    public static string? Commit => Informational.Split('+') is [_, var commit, ..] && commit.Length > 0 ? commit : null;

    /// <summary>The line <c>--version</c> prints: <c>bitext 0.1.0-preview.1 (commit 60749a1…)</c>.</summary>
    public static string Line => $"bitext {Package} ({(Commit is { } commit ? $"commit {commit}" : "commit unknown: built outside a git clone")})";

    /// <summary>Makes the root command's <c>--version</c> print <see cref="Line"/> to <paramref name="stdout"/>.</summary>
    public static void Replace(RootCommand root, TextWriter stdout)
    {
        var option = root.Options.OfType<VersionOption>().Single();
        option.Action = new PrintVersion(stdout);
    }

    private sealed class PrintVersion(TextWriter stdout) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            stdout.WriteLine(Line);
            return BitextCommand.Ok;
        }
    }
}
