using Alignment;

namespace Alignment.Cli;

/// <summary>Decides the exit code of <c>check</c> from the findings and <c>--fail-on</c>.</summary>
internal static class FindingsGate
{
    public static bool Reached(IReadOnlyList<Finding> findings, string failOn) => failOn switch
    {
        "none" => false,
        _ => findings.Count > 0,
    };
}
