using Alignment.Aligning;
using Alignment.Comparing;
using Alignment.Languages;
using Alignment.Sentences;

namespace Alignment;

/// <summary>
/// The one pipeline behind every door into the aligner (<see cref="BitextAligner"/> for reports, <see cref="SegmentAligner"/>
/// for a tool's segments, <c>--input lines</c>, the batch runner): sentences → sections → blocks → align → numbers →
/// omissions → result. Built once per language pair, with both language profiles resolved and the options checked when
/// it is built, so a run cannot fail on either; immutable and thread-safe, one instance serves any number of pairs at once.
/// </summary>
internal sealed class AlignmentPipeline
{
    private readonly ReportAnalyzer _analyzer;
    private readonly BlockAligner _blockAligner;

    // Null when a side has no language data (a de-fr segment pair): then the numbers are not compared and the
    // whole-text findings are not looked for, and a diagnostic says so.
    private readonly NumberComparer? _numberComparer;
    private readonly PartialOmissionFinder? _partialOmissions;

    /// <summary>Builds the pipeline of one language pair.</summary>
    /// <param name="sourceLanguage">The original's language.</param>
    /// <param name="targetLanguage">The translation's language.</param>
    /// <param name="options">The aligner's settings, checked here (<see cref="Check"/>).</param>
    /// <param name="analyzer">The report analyzer shared by the pipelines of one aligner.</param>
    /// <param name="parallelWithinPair">Whether one pair's work runs on several threads (off in a batch, where each worker is one core).</param>
    public AlignmentPipeline(Language sourceLanguage, Language targetLanguage, AlignerOptions options, ReportAnalyzer analyzer, bool parallelWithinPair)
    {
        ArgumentNullException.ThrowIfNull(sourceLanguage);
        ArgumentNullException.ThrowIfNull(targetLanguage);
        ArgumentNullException.ThrowIfNull(analyzer);
        Options = Check(options);
        SourceLanguage = sourceLanguage;
        TargetLanguage = targetLanguage;
        ParallelWithinPair = parallelWithinPair;
        _analyzer = analyzer;
        var sourceProfile = sourceLanguage.Profile;
        var targetProfile = targetLanguage.Profile;
        bool profiled = sourceProfile is not null && targetProfile is not null;
        // Without language data for both sides, the language-independent features only, as the Text+Berg benchmark does.
        _blockAligner = profiled
            ? new BlockAligner(sourceProfile, targetProfile, Options, parallelWithinPair)
            : new BlockAligner(null, null, Options, parallelWithinPair);
        if (profiled)
        {
            // The user's dictionary also ties what a number counts to its translation (62 victims against 62 tratantes).
            _numberComparer = new NumberComparer(Numbers.NumberReader.For(sourceProfile!), Numbers.NumberReader.For(targetProfile!), Options.Dictionary);
            _partialOmissions = FindingsStage.PartialFinder(sourceProfile!, targetProfile!);
        }
    }

    /// <summary>The original's language.</summary>
    public Language SourceLanguage { get; }

    /// <summary>The translation's language.</summary>
    public Language TargetLanguage { get; }

    /// <summary>The settings every run uses; the results carry them.</summary>
    public AlignerOptions Options { get; }

    /// <summary>Whether one pair's work runs on several threads.</summary>
    public bool ParallelWithinPair { get; }

    /// <summary>
    /// <paramref name="options"/> if every setting is usable; otherwise an <see cref="ArgumentOutOfRangeException"/> naming
    /// the setting, thrown when an aligner is built rather than in the middle of a run.
    /// </summary>
    public static AlignerOptions Check(AlignerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.InitialBand < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.InitialBand, $"{nameof(AlignerOptions.InitialBand)} must be at least 1.");
        }

        CheckRange(options.LengthWeight, 0, double.MaxValue, nameof(AlignerOptions.LengthWeight));
        CheckRange(options.LexicalWeight, 0, double.MaxValue, nameof(AlignerOptions.LexicalWeight));
        CheckRange(options.UnmatchedSimilarity, 0, 1, nameof(AlignerOptions.UnmatchedSimilarity));
        CheckRange(options.LowConfidence, 0, 1, nameof(AlignerOptions.LowConfidence));
        if (options.LengthWeight == 0 && options.LexicalWeight == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"{nameof(AlignerOptions.LengthWeight)} and {nameof(AlignerOptions.LexicalWeight)} cannot both be 0: nothing would tell one pairing from another.");
        }

        return options;
    }

    private static void CheckRange(double value, double min, double max, string name)
    {
        if (!(value >= min && value <= max))
        {
            throw new ArgumentOutOfRangeException(nameof(AlignerOptions), value, $"{name} must be between {min} and {(max == double.MaxValue ? "any finite number" : max)}.");
        }
    }

    /// <summary>
    /// Aligns two reports: sentences (both documents analysed at once) → the same-document check → sections → blocks →
    /// align → numbers → omissions → result.
    /// </summary>
    /// <exception cref="ReportFormatException">The two documents are the same text.</exception>
    public BitextResult Run(ReportDocument source, ReportDocument target, CancellationToken cancellationToken)
    {
        var numbers = new SentenceNumbers();
        var (sourceStructure, targetStructure) = Sentences(source, target, numbers, cancellationToken);
        var diagnostics = LanguageDiagnostics(source, target);
        var (pairs, blocks) = Sections(sourceStructure, targetStructure, diagnostics);
        return AlignAndCompare(sourceStructure, targetStructure, pairs, blocks, numbers, diagnostics, cancellationToken);
    }

    /// <summary>
    /// Aligns two lists of segments a tool already has (a CAT tool's, one a line): one section and one block each, no
    /// sentence splitting; then align → numbers → omissions → result, as for reports.
    /// </summary>
    public BitextResult RunSegments(ReportStructure source, ReportStructure target, CancellationToken cancellationToken)
    {
        var diagnostics = LanguageDiagnostics(source.Document, target.Document);
        var pairs = new[] { new SectionPair(SectionKind.Other, source.Sections[0], target.Sections[0]) };
        var blocks = new[] { new AlignmentBlock(SectionKind.Other, source.Sentences, target.Sentences) };
        var numbers = new SentenceNumbers(source.Sentences.Count, target.Sentences.Count);
        return AlignAndCompare(source, target, pairs, blocks, numbers, diagnostics, cancellationToken);
    }

    /// <summary>
    /// <paramref name="result"/> with <paramref name="beads"/> in place of its beads and its findings found again on them
    /// (numbers → omissions); the numbers already read are reused.
    /// </summary>
    public BitextResult Recompare(BitextResult result, IReadOnlyList<Bead> beads)
    {
        var diagnostics = new List<Diagnostic>();
        var findings = Findings(result.Source, result.Target, result.SectionPairs, beads, result.Numbers, diagnostics, readTargetAhead: false, CancellationToken.None);
        return result with { Beads = beads, Findings = findings };
    }

    // Stage 1: both documents split into sections and sentences at the same time (the analyzer is thread-safe), each with
    // the shingles of the same-document check. The numbers need no alignment: with two threads, the source's are read
    // while the target is still being analysed.
    private (ReportStructure Source, ReportStructure Target) Sentences(ReportDocument source, ReportDocument target, SentenceNumbers numbers,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var targetAnalysis = ParallelWithinPair ? Task.Run(() => AnalyzeWithShingles(target), cancellationToken) : null;
        var (sourceStructure, sourceShingles) = AnalyzeWithShingles(source);
        if (targetAnalysis is not null)
        {
            _numberComparer?.ReadAhead(true, source.Text, sourceStructure.Sentences, numbers);
        }

        var (targetStructure, targetShingles) = targetAnalysis is null ? AnalyzeWithShingles(target) : targetAnalysis.GetAwaiter().GetResult();
        cancellationToken.ThrowIfCancellationRequested();
        if (SameDocumentCheck.AreSame(sourceShingles, targetShingles, out double shared))
        {
            // Never a translation pair: aligning it would report a perfect match and pass any gate.
            throw new ReportFormatException(Messages.SameDocument(shared), target.Name);
        }

        return (sourceStructure, targetStructure);
    }

    private (ReportStructure Structure, long[] Shingles) AnalyzeWithShingles(ReportDocument document)
    {
        var structure = _analyzer.Analyze(document);
        return (structure, SameDocumentCheck.Shingles(structure));
    }

    private static List<Diagnostic> LanguageDiagnostics(ReportDocument source, ReportDocument target)
    {
        var diagnostics = new List<Diagnostic>();
        if (source.Language == target.Language)
        {
            diagnostics.Add(Messages.SameLanguage(source.Language.Code));
        }

        return diagnostics;
    }

    // Stage 2: sections paired by kind (sections too small to stand alone folded into a neighbour), then one block of
    // sentences per section pair; when too little pairs up, the whole documents are one block and a diagnostic says so.
    private static (IReadOnlyList<SectionPair> Pairs, List<AlignmentBlock> Blocks) Sections(ReportStructure source, ReportStructure target,
        List<Diagnostic> diagnostics)
    {
        var (sourceBlocks, targetBlocks, folded) = Alignment.Sections.BlockSections.Of(source.Sections, target.Sections);
        var pairs = Alignment.Sections.SectionPairer.Pair(sourceBlocks.Leaders, targetBlocks.Leaders);
        var blocks = SectionBlocks.Build(source, target, pairs, diagnostics, sourceBlocks.LeaderOf, targetBlocks.LeaderOf, folded);
        return (pairs, blocks);
    }

    // Stages 3 to 6: the blocks aligned into beads, then the numbers compared bead by bead, then the omissions found, then
    // the result, which carries the options it was made with.
    private BitextResult AlignAndCompare(ReportStructure source, ReportStructure target, IReadOnlyList<SectionPair> pairs,
        IReadOnlyList<AlignmentBlock> blocks, SentenceNumbers numbers, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var beads = SectionBlocks.AlignAll(_blockAligner, blocks, cancellationToken, Options.Explain, out var explanation);
        if (MostlyUnaligned(beads))
        {
            diagnostics.Add(Messages.MostlyUnaligned());
        }

        cancellationToken.ThrowIfCancellationRequested();
        var findings = Findings(source, target, pairs, beads, numbers, diagnostics, ParallelWithinPair, cancellationToken);
        return new BitextResult(source, target, pairs, beads, findings, diagnostics)
        {
            Numbers = _numberComparer is null ? null : numbers,
            Options = Options,
            Explanation = explanation,
        };
    }

    // Matched beads only: the fitted confidence trusts an unmatched sentence that resembles nothing nearby, which is every
    // sentence of two unrelated documents; their forced pairings are what shows they are not translations. Confidence is
    // calibrated on es-en features: without language data most right beads score below the threshold (87 % on Text+Berg,
    // whose strict precision is 0.83), so the warning would be a false alarm there. No matched bead at all, with sentences
    // on both sides, warns too: one run-on line of random words against 12,000 sentences was 12,001 unmatched beads and no word.
    private bool MostlyUnaligned(IReadOnlyList<Bead> beads)
    {
        if (_numberComparer is null)
        {
            return false;
        }

        int matched = 0, low = 0;
        bool source = false, target = false;
        foreach (var bead in beads)
        {
            source |= bead.Source.Count > 0;
            target |= bead.Target.Count > 0;
            if (bead.Source.Count > 0 && bead.Target.Count > 0)
            {
                matched++;
                low += bead.Confidence < Options.LowConfidence ? 1 : 0;
            }
        }

        return matched > 0 ? low > matched / 2 : source && target;
    }

    // The numbers of every bead compared, and the whole-text findings (truncation, missing sections, partial omissions) found,
    // in bead order. With two threads, the partial omissions are looked for while the target's numbers are read.
    private IReadOnlyList<Finding> Findings(ReportStructure source, ReportStructure target, IReadOnlyList<SectionPair> pairs,
        IReadOnlyList<Bead> beads, SentenceNumbers? numbers, List<Diagnostic> diagnostics, bool readTargetAhead, CancellationToken cancellationToken)
    {
        if (_numberComparer is null || _partialOmissions is null)
        {
            diagnostics.Add(Messages.NumbersNotCompared(SourceLanguage.Code, TargetLanguage.Code));
            return [];
        }

        var partialOmissions = readTargetAhead && numbers is not null ? Task.Run(() => _partialOmissions.Find(beads), cancellationToken) : null;
        if (partialOmissions is not null)
        {
            _numberComparer.ReadAhead(false, target.Document.Text, target.Sentences, numbers!);
        }

        var notCompared = new List<NumberComparer.BeadNotCompared>();
        var numberFindings = _numberComparer.Compare(beads, source.Document, target.Document, numbers, notCompared);
        if (notCompared.Count > 0)
        {
            var first = notCompared[0];
            diagnostics.Add(Messages.BeadNumbersNotCompared(first.Bead, first.SourceNumbers, first.TargetNumbers, notCompared.Count - 1));
        }

        var partial = partialOmissions is null ? _partialOmissions.Find(beads) : partialOmissions.GetAwaiter().GetResult();
        return FindingsStage.Complete(source, target, pairs, beads, numberFindings, partial, Options.LowConfidence);
    }
}
