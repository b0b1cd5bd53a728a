namespace Alignment;

/// <summary>
/// Thrown when a report cannot be processed at all (empty, binary, undecodable, unreadable).
/// It is the only exception the library throws for bad input; the message is one line meant for a user.
/// </summary>
public sealed class ReportFormatException : Exception
{
    /// <summary>Creates the exception from a diagnostic.</summary>
    /// <param name="diagnostic">The error that stopped processing.</param>
    /// <param name="path">The file concerned, if any.</param>
    public ReportFormatException(Diagnostic diagnostic, string? path = null)
        : base(path is null ? diagnostic.Message : $"{path}: {diagnostic.Message}")
    {
        Diagnostic = diagnostic;
        Path = path;
    }

    /// <summary>The error that stopped processing.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>The file concerned, or <see langword="null"/> for in-memory text.</summary>
    public string? Path { get; }
}
