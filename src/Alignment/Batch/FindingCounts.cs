namespace Alignment.Batch;

/// <summary>How many findings a pair has at each severity.</summary>
internal readonly record struct FindingCounts(int Info, int Warning, int Error)
{
    public int Total => Info + Warning + Error;

    public static FindingCounts Of(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        int info = 0, warning = 0, error = 0;
        foreach (var finding in findings)
        {
            switch (finding.Severity)
            {
                case FindingSeverity.Info:
                    info++;
                    break;
                case FindingSeverity.Warning:
                    warning++;
                    break;
                default:
                    error++;
                    break;
            }
        }

        return new FindingCounts(info, warning, error);
    }

    /// <summary>Whether a finding reaches <paramref name="failOn"/> (<c>error</c>, <c>warning</c> or <c>none</c>).</summary>
    public bool Reaches(string failOn) => failOn switch
    {
        "none" => false,
        "warning" => Warning + Error > 0,
        _ => Error > 0,
    };
}
