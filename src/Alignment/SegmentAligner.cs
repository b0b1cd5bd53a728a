using System.Collections.ObjectModel;
using System.Text;

namespace Alignment;

/// <summary>One segment a tool already has: a sentence of a CAT tool's file, a line of a pre-split corpus.</summary>
/// <param name="Text">The segment's text.</param>
/// <param name="Id">The tool's id for it (a trans-unit id, a line number), or <see langword="null"/>.</param>
public sealed record Segment(string Text, string? Id = null);

/// <summary>The alignment of two lists of segments, with the segments themselves for looking up a bead's ids.</summary>
public sealed class SegmentAlignment
{
    internal SegmentAlignment(BitextResult result, IList<Segment> source, IList<Segment> target)
    {
        Result = result;
        Source = new ReadOnlyCollection<Segment>(source);
        Target = new ReadOnlyCollection<Segment>(target);
    }

    /// <summary>
    /// The whole result. Its documents are the segments joined by line feeds, one section, one sentence per segment:
    /// <see cref="SentenceSpan.Index"/> is the segment's position in the list it came from.
    /// </summary>
    public BitextResult Result { get; }

    /// <summary>The beads in order: 1-1, 2-1, 1-2, 2-2, 1-0 and 0-1, each with its confidence.</summary>
    public IReadOnlyList<Bead> Beads => Result.Beads;

    /// <summary>The number disagreements of the beads (es/en pairs; none for a pair without language data).</summary>
    public IReadOnlyList<Finding> Findings => Result.Findings;

    /// <summary>The source segments, as given.</summary>
    public IReadOnlyList<Segment> Source { get; }

    /// <summary>The target segments, as given.</summary>
    public IReadOnlyList<Segment> Target { get; }

    /// <summary>The source segments of a bead of this alignment.</summary>
    public IReadOnlyList<Segment> SourceOf(Bead bead)
    {
        ArgumentNullException.ThrowIfNull(bead);
        return bead.Source.Select(s => Source[s.Index]).ToList().AsReadOnly();
    }

    /// <summary>The target segments of a bead of this alignment.</summary>
    public IReadOnlyList<Segment> TargetOf(Bead bead)
    {
        ArgumentNullException.ThrowIfNull(bead);
        return bead.Target.Select(s => Target[s.Index]).ToList().AsReadOnly();
    }
}

/// <summary>
/// Aligns what a tool already has: two lists of segments (no sections, no sentence splitting), as hunalign and Vecalign
/// do. Languages with language data (<c>es</c>, <c>en</c>) get every feature and number comparison; any other language
/// code (<c>de</c>, <c>fr</c>) the language-independent features (numbers, names, cognates, a lexicon learned from the
/// pair, and <see cref="AlignerOptions.Dictionary"/>). Built once from its options, immutable, thread-safe and meant to
/// be reused.
/// </summary>
public sealed class SegmentAligner
{
    /// <summary>What <see cref="ReportDocument.TextSource"/> says of segments given in code.</summary>
    private const string TextSource = "segments given in code";

    // The pipelines, one per language pair, are the report aligner's: one core behind both doors.
    private readonly BitextAligner _aligner;

    /// <summary>Creates an aligner.</summary>
    /// <param name="options">Aligner settings; <see langword="null"/> for <see cref="AlignerOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of its range (a negative weight, a threshold above 1).</exception>
    public SegmentAligner(AlignerOptions? options = null) => _aligner = new BitextAligner(options);

    /// <summary>The settings this aligner was built with.</summary>
    public AlignerOptions Options => _aligner.Options;

    /// <summary>Aligns <paramref name="source"/> segments (the original) with <paramref name="target"/> segments (the translation).</summary>
    /// <param name="source">The original's segments, in order.</param>
    /// <param name="target">The translation's segments, in order.</param>
    /// <param name="sourceLanguage">The original's language (<see cref="Language.English"/>, <c>Language.Parse("de")</c>).</param>
    /// <param name="targetLanguage">The translation's language.</param>
    /// <param name="cancellationToken">Checked between stages and during the alignment search.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public SegmentAlignment Align(IReadOnlyList<Segment> source, IReadOnlyList<Segment> target, Language sourceLanguage, Language targetLanguage,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sourceLanguage);
        ArgumentNullException.ThrowIfNull(targetLanguage);
        var sourceSegments = Checked(source, nameof(source));
        var targetSegments = Checked(target, nameof(target));
        cancellationToken.ThrowIfCancellationRequested();
        var result = _aligner.Pipeline(sourceLanguage, targetLanguage)
            .RunSegments(Structure(sourceSegments, sourceLanguage, "source"), Structure(targetSegments, targetLanguage, "target"), cancellationToken);
        return new SegmentAlignment(result, sourceSegments, targetSegments);
    }

    /// <summary>Aligns the segments on a thread-pool thread; see <see cref="Align"/>.</summary>
    public Task<SegmentAlignment> AlignAsync(IReadOnlyList<Segment> source, IReadOnlyList<Segment> target, Language sourceLanguage, Language targetLanguage,
        CancellationToken cancellationToken = default) =>
        Task.Run(() => Align(source, target, sourceLanguage, targetLanguage, cancellationToken), cancellationToken);

    private static Segment[] Checked(IReadOnlyList<Segment> segments, string name)
    {
        var copy = new Segment[segments.Count];
        for (int k = 0; k < copy.Length; k++)
        {
            copy[k] = segments[k] ?? throw new ArgumentException($"Segment {k} is null.", name);
            if (copy[k].Text is null)
            {
                throw new ArgumentException($"Segment {k} has no text.", name);
            }
        }

        return copy;
    }

    // The segments joined by line feeds: a document whose offsets the writers (TMX, XLIFF, HTML) can point into.
    private static ReportStructure Structure(Segment[] segments, Language language, string name)
    {
        var text = new StringBuilder();
        var spans = new SentenceSpan[segments.Length];
        for (int k = 0; k < segments.Length; k++)
        {
            if (k > 0)
            {
                text.Append('\n');
            }

            int start = text.Length;
            text.Append(segments[k].Text);
            spans[k] = new SentenceSpan(k, 0, start, text.Length, segments[k].Text, segments[k].Text, IsHeading: false);
        }

        var document = new ReportDocument(name, text.ToString(), language, "UTF-16", TextSource, []);
        var section = new Section(0, SectionKind.Other, null, 0, 0, 0, text.Length);
        return new ReportStructure(document, [section], spans, []);
    }
}
