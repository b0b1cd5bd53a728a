using System.CommandLine;

namespace Alignment.Cli;

/// <summary>
/// What the user of <c>bitext</c> can do about a library diagnostic, by its code: the library's messages say
/// what is wrong and never name a command-line option, so the advice that does lives here. Advice names only options
/// the command being run accepts: each code has its advice in order of preference, and the first whose options the
/// command has is given (<c>sections</c> is told about <c>--lang</c>, <c>check</c> about <c>--source-lang</c>);
/// without a command, only advice that names no option.
/// </summary>
internal static class CliAdvice
{
    private static readonly Dictionary<string, string[]> ByCode = new(StringComparer.Ordinal)
    {
        [DiagnosticCodes.LanguageUnknown] = [" (use --lang to set it)", " (use --source-lang or --target-lang to set it)", " (set source_lang and target_lang in the manifest row)"],
        [DiagnosticCodes.LanguageUndetermined] = [" (set them with --source-lang and --target-lang)", " (set it with --lang)", " (set source_lang and target_lang in the manifest row)"],
        [DiagnosticCodes.SameLanguage] = [" (use --source-lang/--target-lang if detection is wrong)", " (use --lang if detection is wrong)", ""],
        [DiagnosticCodes.SameDocument] = [" (to compare two versions of one report, use 'bitext diff')"],
        [DiagnosticCodes.IndexMissing] = [" (create one with 'bitext index add SOURCE TARGET --index DIR')"],
    };

    /// <summary>Every advice text the CLI may print for <paramref name="code"/>, in order of preference.</summary>
    internal static IReadOnlyList<string> Candidates(string code) => ByCode.GetValueOrDefault(code, []);

    /// <summary>The diagnostic's message followed by the CLI's advice for its code, if any, for <paramref name="command"/>.</summary>
    public static string Message(Diagnostic diagnostic, Command? command = null) => diagnostic.Message + For(diagnostic, command);

    /// <summary>The exception's one-line message (path first) followed by the CLI's advice for its diagnostic, if any.</summary>
    public static string Message(ReportFormatException exception, Command? command = null) => exception.Message + For(exception.Diagnostic, command);

    private static string For(Diagnostic diagnostic, Command? command)
    {
        // Without a command (a manifest's rows, a failure outside any command), only advice that names no option.
        var accepted = command?.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToHashSet(StringComparer.Ordinal) ?? [];
        return Candidates(diagnostic.Code).FirstOrDefault(advice => OptionsNamed(advice).All(accepted.Contains)) ?? "";
    }

    /// <summary>The <c>--name</c> words of an advice text meant for this command: not those of another command quoted whole (<c>'bitext index add ... --index DIR'</c>).</summary>
    internal static IEnumerable<string> OptionsNamed(string advice) =>
        advice.Split('\'').Where((_, i) => i % 2 == 0)
            .SelectMany(part => part.Split([' ', '/', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.StartsWith("--", StringComparison.Ordinal));
}
