using System.Collections.Concurrent;
using Alignment.Aligning;
using Alignment.Languages;
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
    private readonly ConcurrentDictionary<(string, string), BlockAligner> _blockAligners = new();

    /// <summary>Creates an aligner.</summary>
    /// <param name="options">Aligner settings; <see langword="null"/> for <see cref="AlignerOptions.Default"/>.</param>
    public BitextAligner(AlignerOptions? options = null) => Options = options ?? AlignerOptions.Default;

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

        // The two documents are analysed at the same time (the analyzer is thread-safe), each with its shingles. The numbers
        // need no alignment: with two threads, the source's are read while the target is still being analysed, the target's
        // while the partial omissions are looked for.
        var numberComparer = Comparing.NumberComparer.For(source, target);
        var numbers = new Comparing.SentenceNumbers();
        var targetAnalysis = ParallelWithinPair ? Task.Run(() => AnalyzeWithShingles(target), cancellationToken) : null;
        var (sourceStructure, sourceShingles) = AnalyzeWithShingles(source);
        if (targetAnalysis is not null)
        {
            numberComparer.ReadAhead(true, source.Text, sourceStructure.Sentences, numbers);
        }

        var (targetStructure, targetShingles) = targetAnalysis is null ? AnalyzeWithShingles(target) : targetAnalysis.GetAwaiter().GetResult();
        cancellationToken.ThrowIfCancellationRequested();
        if (SameDocumentCheck.AreSame(sourceShingles, targetShingles, out double shared))
        {
            // Never a translation pair: aligning it would report a perfect match and pass any gate.
            throw new ReportFormatException(Messages.SameDocument(shared), target.Name);
        }

        var diagnostics = new List<Diagnostic>();
        if (source.Language == target.Language)
        {
            diagnostics.Add(Messages.SameLanguage(source.Language));
        }

        var (sourceBlocks, targetBlocks, folded) = Sections.BlockSections.Of(sourceStructure.Sections, targetStructure.Sections);
        var pairs = Sections.SectionPairer.Pair(sourceBlocks.Leaders, targetBlocks.Leaders);
        var blocks = SectionBlocks.Build(sourceStructure, targetStructure, pairs, diagnostics, sourceBlocks.LeaderOf, targetBlocks.LeaderOf, folded);
        var aligner = _blockAligners.GetOrAdd((source.Language, target.Language),
            key => new BlockAligner(LanguageProfile.Get(key.Item1), LanguageProfile.Get(key.Item2), Options, ParallelWithinPair));
        var beads = SectionBlocks.AlignAll(aligner, blocks, cancellationToken);
        // Matched beads only: the fitted confidence trusts an unmatched sentence that resembles nothing nearby, which is
        // every sentence of two unrelated documents; their forced pairings are what shows they are not translations.
        int matched = beads.Count(b => b.Source.Count > 0 && b.Target.Count > 0);
        if (matched > 0 && beads.Count(b => b.Source.Count > 0 && b.Target.Count > 0 && b.Confidence < Options.LowConfidence) > matched / 2)
        {
            diagnostics.Add(Messages.MostlyUnaligned());
        }

        cancellationToken.ThrowIfCancellationRequested();
        var partialFinder = FindingsStage.PartialFinder(source.Language, target.Language);
        var partialOmissions = ParallelWithinPair ? Task.Run(() => partialFinder.Find(beads), cancellationToken) : null;
        if (partialOmissions is not null)
        {
            numberComparer.ReadAhead(false, target.Text, targetStructure.Sentences, numbers);
        }

        var numberFindings = numberComparer.Compare(beads, source, target, numbers);
        var partial = partialOmissions is null ? partialFinder.Find(beads) : partialOmissions.GetAwaiter().GetResult();
        var findings = FindingsStage.Complete(sourceStructure, targetStructure, pairs, beads, numberFindings, partial, Options.LowConfidence);
        return new BitextResult(sourceStructure, targetStructure, pairs, beads, findings, diagnostics) { Numbers = numbers, LowConfidenceThreshold = Options.LowConfidence };
    }

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

        var source = result.Source.Document;
        var target = result.Target.Document;
        var numberFindings = Comparing.NumberComparer.For(source, target).Compare(beads, source, target, result.Numbers);
        var findings = FindingsStage.Complete(result.Source, result.Target, result.SectionPairs, beads, numberFindings,
            FindingsStage.PartialFinder(source.Language, target.Language).Find(beads), Options.LowConfidence);
        return result with { Beads = beads, Findings = findings };
    }

    private (ReportStructure Structure, long[] Shingles) AnalyzeWithShingles(ReportDocument document)
    {
        var structure = _analyzer.Analyze(document);
        return (structure, SameDocumentCheck.Shingles(structure));
    }
}
