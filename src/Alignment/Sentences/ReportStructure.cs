namespace Alignment;

/// <summary>A report split into sections and sentences. Immutable.</summary>
/// <param name="Document">The report.</param>
/// <param name="Sections">Its sections in order; together they cover all its text.</param>
/// <param name="Sentences">Its sentences (headings included, flagged) in order; each lies inside its section.</param>
/// <param name="Diagnostics">Notes from analysis, such as a document with no recognised headings.</param>
public sealed record ReportStructure(ReportDocument Document, IReadOnlyList<Section> Sections, IReadOnlyList<SentenceSpan> Sentences, IReadOnlyList<Diagnostic> Diagnostics);
