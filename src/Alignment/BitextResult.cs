namespace Alignment;

/// <summary>
/// The alignment of a report pair: both documents' structure, the section pairs, the beads (every sentence of
/// both documents in exactly one bead, in document order), the numeric findings and diagnostics. Immutable.
/// </summary>
/// <param name="Source">The source (original) document, split into sections and sentences.</param>
/// <param name="Target">The target (translation), split into sections and sentences.</param>
/// <param name="SectionPairs">How sections were paired.</param>
/// <param name="Beads">The aligned beads in order.</param>
/// <param name="Findings">Numeric disagreements found within beads.</param>
/// <param name="Diagnostics">Warnings and notes (fallback to whole-document alignment, unpaired sections, language doubts).</param>
public sealed record BitextResult(
    ReportStructure Source,
    ReportStructure Target,
    IReadOnlyList<SectionPair> SectionPairs,
    IReadOnlyList<Bead> Beads,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    private readonly IReadOnlyList<SectionPair> _sectionPairs = ReadOnlyLists.Copy(SectionPairs);

    /// <summary>How sections were paired (immutable).</summary>
    public IReadOnlyList<SectionPair> SectionPairs { get => _sectionPairs; init => _sectionPairs = ReadOnlyLists.Copy(value); }

    private readonly IReadOnlyList<Bead> _beads = ReadOnlyLists.Copy(Beads);

    /// <summary>The aligned beads in order (immutable).</summary>
    public IReadOnlyList<Bead> Beads { get => _beads; init => _beads = ReadOnlyLists.Copy(value); }

    private readonly IReadOnlyList<Finding> _findings = ReadOnlyLists.Copy(Findings);

    /// <summary>Numeric disagreements found within beads (immutable).</summary>
    public IReadOnlyList<Finding> Findings { get => _findings; init => _findings = ReadOnlyLists.Copy(value); }

    private readonly IReadOnlyList<Diagnostic> _diagnostics = ReadOnlyLists.Copy(Diagnostics);

    /// <summary>Warnings and notes (fallback to whole-document alignment, unpaired sections, language doubts) (immutable).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get => _diagnostics; init => _diagnostics = ReadOnlyLists.Copy(value); }

    /// <summary>The numbers read in each sentence when they were compared (for the review page), or <see langword="null"/>.</summary>
    internal Comparing.SentenceNumbers? Numbers { get; init; }

    /// <summary>Whether sections could not be paired and the whole documents were aligned as one block.</summary>
    public bool UsedWholeDocumentFallback => Diagnostics.Any(d => d.Code == DiagnosticCodes.WholeDocumentFallback);

    /// <summary>Beads where one side has no counterpart (1-0 or 0-1).</summary>
    public IEnumerable<Bead> Unmatched => Beads.Where(b => b.IsOmission || b.IsAddition);

    /// <summary>
    /// The settings of the aligner that made this result (<see cref="AlignerOptions.Default"/> for a result built by hand).
    /// Every writer (text, HTML page, batch line) reads them here, so a caller's settings are honoured wherever the result goes.
    /// </summary>
    public AlignerOptions Options { get; init; } = AlignerOptions.Default;

    /// <summary>
    /// What each aligning stage did for this pair (blocks, anchors, length models, first pass, learned lexicon) when the aligner
    /// was asked to explain (<see cref="AlignerOptions.Explain"/>); otherwise <see langword="null"/>.
    /// </summary>
    public AlignmentExplanation? Explanation { get; init; }

    /// <summary>The confidence below which a bead is flagged for review: <see cref="Options"/>' <see cref="AlignerOptions.LowConfidence"/>.</summary>
    public double LowConfidenceThreshold => Options.LowConfidence;

    /// <summary>Beads whose confidence is below <see cref="LowConfidenceThreshold"/>.</summary>
    public IEnumerable<Bead> LowConfidence() => LowConfidence(LowConfidenceThreshold);

    /// <summary>Beads whose confidence is below <paramref name="threshold"/>.</summary>
    public IEnumerable<Bead> LowConfidence(double threshold) => Beads.Where(b => b.Confidence < threshold);
}
