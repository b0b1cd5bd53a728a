namespace Alignment.Cli;

/// <summary>
/// What the user of <c>bitext</c> can do about a library diagnostic, by its code: the library's messages say
/// what is wrong and never name a command-line option, so the advice that does lives here.
/// </summary>
internal static class CliAdvice
{
    private static readonly Dictionary<string, string> ByCode = new(StringComparer.Ordinal)
    {
        [DiagnosticCodes.LanguageUnknown] = " (use --lang to set it)",
        [DiagnosticCodes.LanguageUndetermined] = " (set them with --source-lang and --target-lang)",
        [DiagnosticCodes.SameLanguage] = " (use --source-lang/--target-lang if detection is wrong)",
        [DiagnosticCodes.SameDocument] = " (to compare two versions of one report, use 'bitext diff')",
        [DiagnosticCodes.IndexMissing] = " (create one with 'bitext index add SOURCE TARGET --index DIR')",
    };

    /// <summary>The diagnostic's message followed by the CLI's advice for its code, if any.</summary>
    public static string Message(Diagnostic diagnostic) => diagnostic.Message + For(diagnostic);

    /// <summary>The exception's one-line message (path first) followed by the CLI's advice for its diagnostic, if any.</summary>
    public static string Message(ReportFormatException exception) => exception.Message + For(exception.Diagnostic);

    private static string For(Diagnostic diagnostic) => ByCode.GetValueOrDefault(diagnostic.Code, "");
}
