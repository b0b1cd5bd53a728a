namespace Alignment.Export;

/// <summary>
/// The names every output gives the library's enum values, in one place: the JSON outputs, TSV and CSV columns, TMX and
/// XLIFF properties, the HTML review page, the concordance index's section field and the CLI's text reports. A name is
/// part of the wire format (the JSON Schemas in <c>schemas/</c> list them), so each is written out here rather than
/// derived from the member's C# name: renaming a member cannot change an output. Finding kinds have their codes in
/// <see cref="FindingCodes"/>, diagnostics theirs in <see cref="DiagnosticCodes"/>, bead types their
/// <see cref="BeadType.ToString"/> (<c>2-1</c>).
/// </summary>
internal static class WireNames
{
    /// <summary>A section kind's name: <c>prosecution</c>.</summary>
    public static string Of(SectionKind kind) => kind switch
    {
        SectionKind.Title => "title",
        SectionKind.Summary => "summary",
        SectionKind.Recommendations => "recommendations",
        SectionKind.Prosecution => "prosecution",
        SectionKind.Protection => "protection",
        SectionKind.Prevention => "prevention",
        SectionKind.Profile => "profile",
        SectionKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no wire name"),
    };

    /// <summary>A finding severity's name: <c>error</c>.</summary>
    public static string Of(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Info => "info",
        FindingSeverity.Warning => "warning",
        FindingSeverity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "no wire name"),
    };

    /// <summary>A diagnostic severity's name: <c>warning</c>.</summary>
    public static string Of(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "no wire name"),
    };

    private static readonly Dictionary<string, SectionKind> SectionKinds = Enum.GetValues<SectionKind>().ToDictionary(Of);

    /// <summary>The section kind a wire name names, or <see langword="null"/>.</summary>
    public static SectionKind? ParseSectionKind(string name) => SectionKinds.TryGetValue(name, out var kind) ? kind : null;
}
