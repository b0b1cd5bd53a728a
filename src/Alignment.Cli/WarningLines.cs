using Alignment;

namespace Alignment.Cli;

/// <summary>
/// Writes warnings to standard error once each: identical warnings as one line with their count, and past
/// <see cref="InputLimits.MaxWarningLinesPerKind"/> lines of one kind a single line saying how many more there are,
/// so a large damaged pair does not bury the result under thousands of lines.
/// </summary>
internal static class WarningLines
{
    /// <summary>Writes <c>bitext: PREFIX: message</c> (with the CLI's advice for <paramref name="command"/>) for the warnings among <paramref name="diagnostics"/>.</summary>
    public static void Write(TextWriter stderr, string prefix, IEnumerable<Diagnostic> diagnostics, System.CommandLine.Command? command)
    {
        var shownPerCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var hiddenPerCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).GroupBy(d => (d.Code, d.Message)))
        {
            var first = group.First();
            int count = group.Count();
            int shown = shownPerCode.GetValueOrDefault(first.Code);
            if (shown >= InputLimits.MaxWarningLinesPerKind)
            {
                hiddenPerCode[first.Code] = hiddenPerCode.GetValueOrDefault(first.Code) + count;
                continue;
            }

            shownPerCode[first.Code] = shown + 1;
            stderr.WriteLine($"bitext: {prefix}: {CliAdvice.Message(first, command)}{(count > 1 ? $" ({count:N0} times)" : "")}");
        }

        foreach (var (code, hidden) in hiddenPerCode)
        {
            stderr.WriteLine($"bitext: {prefix}: and {Plural.Of(hidden, "more warning")} of this kind ({code})");
        }
    }
}
