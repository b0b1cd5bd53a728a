using Alignment;

namespace Alignment.Cli;

/// <summary>Decides the exit code of <c>check</c> and <c>batch</c> from the findings and <c>--fail-on</c>.</summary>
internal static class FindingsGate
{
    /// <summary>The <c>--fail-on</c> values.</summary>
    public static readonly string[] Thresholds = ["error", "warning", "none"];

    /// <summary>Whether any finding is at least as severe as <paramref name="failOn"/> (<c>error</c>, <c>warning</c>; <c>none</c> never).</summary>
    public static bool Reached(IEnumerable<Finding> findings, string failOn) => failOn switch
    {
        "none" => false,
        "warning" => findings.Any(f => f.Severity >= FindingSeverity.Warning),
        _ => findings.Any(f => f.Severity >= FindingSeverity.Error),
    };
}
