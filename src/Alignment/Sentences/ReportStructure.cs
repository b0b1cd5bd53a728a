namespace Alignment;

/// <summary>A report split into sections and sentences. Immutable.</summary>
/// <param name="Document">The report.</param>
/// <param name="Sections">Its sections in order; together they cover all its text.</param>
/// <param name="Sentences">Its sentences (headings included, flagged) in order; each lies inside its section.</param>
/// <param name="Diagnostics">Notes from analysis, such as a document with no recognised headings.</param>
public sealed record ReportStructure(ReportDocument Document, IReadOnlyList<Section> Sections, IReadOnlyList<SentenceSpan> Sentences, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The sentences of each section, headings excluded, grouped in one pass (key: <see cref="Section.Index"/>).</summary>
    public ILookup<int, SentenceSpan> BodySentencesBySection() => Sentences.Where(s => !s.IsHeading).ToLookup(s => s.SectionIndex);
}
