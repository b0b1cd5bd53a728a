using Alignment.Batch;

namespace Alignment.Cli;

/// <summary>Decides the exit code of <c>check</c> from the findings and <c>--fail-on</c>, by the same rule as <c>batch</c>.</summary>
internal static class FindingsGate
{
    /// <summary>Whether any finding is at least as severe as <paramref name="failOn"/> (<c>error</c>, <c>warning</c>; <c>none</c> never).</summary>
    public static bool Reached(IReadOnlyList<Finding> findings, string failOn) => FindingCounts.Of(findings).Reaches(failOn);
}
