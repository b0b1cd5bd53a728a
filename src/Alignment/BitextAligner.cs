using System.Collections.Concurrent;
using Alignment.Sentences;

namespace Alignment;

/// <summary>
/// Aligns a report with its translation: sections are paired by kind, sentences aligned section by section,
/// numbers compared bead by bead. Built once from its options, immutable, thread-safe and meant to be reused:
/// one instance serves any number of threads and document pairs.
/// </summary>
public sealed class BitextAligner
{
    private readonly ReportAnalyzer _analyzer = new();
    private readonly ConcurrentDictionary<(Language, Language), AlignmentPipeline> _pipelines = new();

    /// <summary>Creates an aligner.</summary>
    /// <param name="options">Aligner settings; <see langword="null"/> for <see cref="AlignerOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of its range (a negative weight, a threshold above 1).</exception>
    public BitextAligner(AlignerOptions? options = null) => Options = AlignmentPipeline.Check(options ?? AlignerOptions.Default);

    /// <summary>The settings this aligner was built with.</summary>
    public AlignerOptions Options { get; }

    /// <summary>
    /// Whether one pair's work runs on several threads (both documents analysed at once, blocks in parallel): best for one
    /// pair's latency. A batch turns it off, so that each worker is one core and N workers use N cores.
    /// </summary>
    internal bool ParallelWithinPair { get; init; } = true;

    /// <summary>Splits one report into sections and sentences.</summary>
    public ReportStructure Analyze(ReportDocument document) => _analyzer.Analyze(document);

    /// <summary>Loads both files and aligns them; throws <see cref="ReportFormatException"/> when a file cannot be used.</summary>
    /// <param name="sourcePath">The original report.</param>
    /// <param name="targetPath">Its translation.</param>
    public BitextResult Align(string sourcePath, string targetPath) =>
        Align(ReportDocument.LoadOrThrow(sourcePath), ReportDocument.LoadOrThrow(targetPath));

    /// <summary>
    /// As <see cref="Align(string, string)"/>; <paramref name="cancellationToken"/> is checked after loading and during the
    /// alignment (see <see cref="Align(ReportDocument, ReportDocument, CancellationToken)"/>).
    /// </summary>
    public BitextResult Align(string sourcePath, string targetPath, CancellationToken cancellationToken)
    {
        var source = ReportDocument.LoadOrThrow(sourcePath);
        cancellationToken.ThrowIfCancellationRequested();
        return Align(source, ReportDocument.LoadOrThrow(targetPath), cancellationToken);
    }

    /// <summary>
    /// Aligns two reports on a thread-pool thread (the work is CPU-bound: a service keeps its request threads free);
    /// see <see cref="Align(ReportDocument, ReportDocument, CancellationToken)"/>.
    /// </summary>
    public Task<BitextResult> AlignAsync(ReportDocument source, ReportDocument target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return Task.Run(() => Align(source, target, cancellationToken), cancellationToken);
    }

    /// <summary>Splits one report into sections and sentences, checking <paramref name="cancellationToken"/> first.</summary>
    public ReportStructure Analyze(ReportDocument document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return _analyzer.Analyze(document);
    }

    /// <summary>Aligns a report (<paramref name="source"/>, the original) with its translation (<paramref name="target"/>).</summary>
    /// <exception cref="ReportFormatException">The two documents are the same text (one file given twice, or a copy).</exception>
    public BitextResult Align(ReportDocument source, ReportDocument target) => Align(source, target, CancellationToken.None);

    /// <summary>
    /// As <see cref="Align(ReportDocument, ReportDocument)"/>; <paramref name="cancellationToken"/> is checked between stages,
    /// per block and every few hundred rows of the alignment search (<see cref="OperationCanceledException"/> when cancelled).
    /// </summary>
    public BitextResult Align(ReportDocument source, ReportDocument target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        cancellationToken.ThrowIfCancellationRequested();
        (source, target) = Loading.LanguagePairing.Resolve(source, target);
        return Pipeline(source.Language, target.Language).Run(source, target, cancellationToken);
    }

    /// <summary>
    /// Aligns two documents read as one segment a line (<c>--input lines</c>): no sections, no sentence splitting, the same
    /// findings as a report pair.
    /// </summary>
    internal BitextResult AlignLines(ReportDocument source, ReportDocument target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return Pipeline(source.Language, target.Language).RunSegments(LinesAligner.Segments(source), LinesAligner.Segments(target), cancellationToken);
    }

    /// <summary>The pipeline of a language pair, built on first use and shared by every thread.</summary>
    internal AlignmentPipeline Pipeline(Language sourceLanguage, Language targetLanguage) =>
        _pipelines.GetOrAdd((sourceLanguage, targetLanguage), key => new AlignmentPipeline(key.Item1, key.Item2, Options, _analyzer, ParallelWithinPair));

    /// <summary>
    /// The alignment with <paramref name="beads"/> in place of its beads (a reviewer's corrections: beads merged, split,
    /// sentences moved) and its findings found again on them; documents, sections and diagnostics unchanged. The beads
    /// must cover the same sentences, be indexed from 0 in order, and belong to <paramref name="result"/>'s documents.
    /// </summary>
    /// <param name="result">An alignment this aligner made.</param>
    /// <param name="beads">The corrected beads.</param>
    public BitextResult Recompare(BitextResult result, IReadOnlyList<Bead> beads)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(beads);
        for (int i = 0; i < beads.Count; i++)
        {
            if (beads[i].Index != i)
            {
                throw new ArgumentException($"bead {i} has index {beads[i].Index}: beads are indexed from 0 in order", nameof(beads));
            }
        }

        return Pipeline(result.Source.Document.Language, result.Target.Document.Language).Recompare(result, beads);
    }
}
