namespace Alignment;

/// <summary>A report split into sections and sentences. Immutable.</summary>
/// <param name="Document">The report.</param>
/// <param name="Sections">Its sections in order; together they cover all its text.</param>
/// <param name="Sentences">Its sentences (headings included, flagged) in order; each lies inside its section.</param>
/// <param name="Diagnostics">Notes from analysis, such as a document with no recognised headings.</param>
public sealed record ReportStructure(ReportDocument Document, IReadOnlyList<Section> Sections, IReadOnlyList<SentenceSpan> Sentences, IReadOnlyList<Diagnostic> Diagnostics)
{
    private readonly IReadOnlyList<Section> _sections = ReadOnlyLists.Copy(Sections);

    /// <summary>Its sections in order; together they cover all its text (immutable).</summary>
    public IReadOnlyList<Section> Sections { get => _sections; init => _sections = ReadOnlyLists.Copy(value); }

    private readonly IReadOnlyList<SentenceSpan> _sentences = ReadOnlyLists.Copy(Sentences);

    /// <summary>Its sentences (headings included, flagged) in order; each lies inside its section (immutable).</summary>
    public IReadOnlyList<SentenceSpan> Sentences { get => _sentences; init => _sentences = ReadOnlyLists.Copy(value); }

    private readonly IReadOnlyList<Diagnostic> _diagnostics = ReadOnlyLists.Copy(Diagnostics);

    /// <summary>Notes from analysis, such as a document with no recognised headings (immutable).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get => _diagnostics; init => _diagnostics = ReadOnlyLists.Copy(value); }

    /// <summary>The sentences of each section, headings excluded, grouped in one pass (key: <see cref="Section.Index"/>).</summary>
    public ILookup<int, SentenceSpan> BodySentencesBySection() => Sentences.Where(s => !s.IsHeading).ToLookup(s => s.SectionIndex);
}
