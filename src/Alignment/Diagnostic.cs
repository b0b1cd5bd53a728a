namespace Alignment;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something worth knowing that does not change the result.</summary>
    Info,

    /// <summary>The result may be degraded (fallback used, odd input).</summary>
    Warning,

    /// <summary>The input could not be processed.</summary>
    Error,
}

/// <summary>A message about the input, produced instead of an exception for expected bad input.</summary>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Code">A stable machine-readable code, for example <c>empty-file</c>.</param>
/// <param name="Message">A one-line human-readable message.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()}: {Message}";
}
