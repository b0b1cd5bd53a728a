using System.Runtime.InteropServices;
using Alignment.Languages;
using static Alignment.Aligning.AlignmentModel;

namespace Alignment.Aligning;

/// <summary>One unit the aligner places: a sentence or a heading, as normalized text.</summary>
internal readonly record struct AlignmentUnit(string Text, bool IsHeading = false, bool StartsParagraph = false);

/// <summary>What a unit to align is besides its words: what the search reads to price beads and unmatched units.</summary>
[Flags]
internal enum UnitShape : byte
{
    /// <summary>A sentence inside a paragraph.</summary>
    None = 0,

    /// <summary>A section heading: it pairs 1-1, with a heading or, at a cost, with a unit the other side did not read as one; in a 2-1 or 1-2 bead only with lines, at a cost.</summary>
    Heading = 1,

    /// <summary>A line that does not end as a sentence ends (a title, dateline, label, reference code, separator).</summary>
    Line = 2,

    /// <summary>The first unit of its paragraph (known for documents; unknown, so never set, for segments and lines).</summary>
    StartsParagraph = 4,

    /// <summary>A note ("* Adopted by the Committee …"): it pairs with a note, at a cost with anything else, and is left
    /// unmatched for a line's share of the gap cost.</summary>
    Note = 8,
}

/// <summary>
/// What <see cref="BlockAligner.Align"/> did, stage by stage, in block-relative indexes: filled only when an explanation is
/// asked for (<see cref="AlignerOptions.Explain"/>), by the one thread that runs the alignment.
/// </summary>
internal sealed class AlignmentTrace
{
    /// <summary>Each block's anchors.</summary>
    public List<(int I, int J)>[] Anchors { get; set; } = [];

    /// <summary>The length models in the order they were fitted, with what each was fitted on and from how many pairs.</summary>
    public List<(string FittedOn, int Pairs, LengthModel Model)> LengthModels { get; } = [];

    /// <summary>Each block's first-pass plans.</summary>
    public List<BeadPlan>[] FirstPass { get; set; } = [];

    /// <summary>The learned word pairs.</summary>
    public List<(string Source, string Target)> Learned { get; set; } = [];

    /// <summary>Whether a second pass ran.</summary>
    public bool SecondPass { get; set; }
}

/// <summary>
/// Aligns one or more blocks (paired sections) of sentences in two passes: the first estimates the length
/// model and learns a lexicon from its confident 1-1 beads, the second aligns again with both.
/// Built once per language pair; immutable and thread-safe.
/// </summary>
internal sealed class BlockAligner
{
    private readonly FeatureExtractor _features;
    private readonly SentenceAligner _aligner;
    private readonly AlignerOptions _options;
    private readonly bool _parallel;

    /// <param name="source">The source language, or <see langword="null"/> for language-independent features.</param>
    /// <param name="target">The target language, or <see langword="null"/>.</param>
    /// <param name="options">Aligner settings.</param>
    /// <param name="parallel">Whether blocks are aligned on the thread pool and a long target's words analysed ahead
    /// (one pair's latency), or all on the calling thread (a batch, whose workers already keep the cores busy).</param>
    public BlockAligner(LanguageProfile? source, LanguageProfile? target, AlignerOptions options, bool parallel = true)
    {
        _options = options;
        _parallel = parallel;
        _features = new FeatureExtractor(source, target, options.Dictionary, parallel, options.GeneralLexicon);
        _aligner = new SentenceAligner(options);
    }

    /// <summary>
    /// Aligns each block; sentence indexes in the plans are relative to their block. <paramref name="cancellationToken"/> is
    /// checked per block and every few hundred rows of the search.
    /// </summary>
    public List<BeadPlan>[] Align(IReadOnlyList<(IReadOnlyList<AlignmentUnit> Source, IReadOnlyList<AlignmentUnit> Target)> blocks,
        CancellationToken cancellationToken = default, AlignmentTrace? trace = null)
    {
        var allSource = blocks.SelectMany(b => b.Source).ToArray();
        var allTarget = blocks.SelectMany(b => b.Target).ToArray();
        var (source, target) = _features.Extract(allSource, allTarget);
        // The first length model comes from sure anchors when there are enough: the documents' totals mislead when
        // one side is truncated or has pages the other lacks.
        // The same anchors guide the first pass's search (and the second's when nothing is learned): found once.
        var anchors = Anchors(blocks, source, target, cancellationToken);
        var totals = LengthModel.FromTotals(source.Sum(f => (long)f.Length), target.Sum(f => (long)f.Length));
        var anchorLengths = AnchorLengths(blocks, source, target, anchors);
        var lengths = totals.Refit(anchorLengths);
        // Without a second pass the first is the result; else only its beads' shapes are read, not their confidence.
        var plans = AlignBlocks(blocks, source, target, lengths, anchors, withConfidence: !_options.LearnLexicon, cancellationToken);
        if (trace is not null)
        {
            trace.Anchors = anchors;
            trace.LengthModels.Add(("document totals", 0, totals));
            trace.LengthModels.Add(("anchors", anchorLengths.Count, lengths));
            trace.FirstPass = plans;
            trace.SecondPass = _options.LearnLexicon;
        }

        if (!_options.LearnLexicon)
        {
            return plans;
        }

        // Second pass: what the first pass is sure of teaches the length model and a pair-specific lexicon.
        var confident = Confident(blocks, plans, source, target);
        lengths = lengths.Refit(confident.Select(p => (source[p.S].Length, target[p.T].Length)).ToList());
        var learned = LearnLexicon(confident, source, target);
        if (trace is not null)
        {
            trace.LengthModels.Add(("first-pass beads", confident.Count, lengths));
            trace.Learned = learned;
        }

        if (learned.Count > 0)
        {
            (source, target) = FeatureExtractor.WithLearned(source, target, learned, _parallel);
            anchors = null;
        }

        return AlignBlocks(blocks, source, target, lengths, anchors, withConfidence: true, cancellationToken);
    }

    private List<BeadPlan>[] AlignBlocks(IReadOnlyList<(IReadOnlyList<AlignmentUnit> Source, IReadOnlyList<AlignmentUnit> Target)> blocks,
        SentenceFeatures[] source, SentenceFeatures[] target, LengthModel lengths, List<(int I, int J)>[]? anchors, bool withConfidence,
        CancellationToken cancellationToken)
    {
        var starts = Starts(blocks);

        // Blocks are independent: they are aligned in parallel, each plan stored at its block's place.
        var result = new List<BeadPlan>[blocks.Count];
        ForEachBlock(blocks, _parallel, cancellationToken, b =>
        {
            var (s, t) = starts[b];
            int ns = blocks[b].Source.Count, nt = blocks[b].Target.Count;
            result[b] = _aligner.Align(source[s..(s + ns)], target[t..(t + nt)], lengths, cancellationToken, anchors?[b], withConfidence);
            if (withConfidence && (ns == 0) != (nt == 0))
            {
                // A block with one side only: its beads' confidence reads the other document around the block's place.
                _aligner.OneSidedConfidence(result[b], ns > 0 ? source[s..(s + ns)] : target[t..(t + nt)], ns > 0, ns > 0 ? target : source, ns > 0 ? t : s);
            }
        });
        return result;
    }

    /// <summary>
    /// Runs <paramref name="body"/> for each block: inline and in order, or, with <paramref name="parallel"/>, on up to one
    /// thread per core, each taking the largest block left (longest processing time first: no big block starts last while
    /// the other cores idle). The body stores its result at the block's place. The body's own exception is rethrown as it is.
    /// </summary>
    private static void ForEachBlock(IReadOnlyList<(IReadOnlyList<AlignmentUnit> Source, IReadOnlyList<AlignmentUnit> Target)> blocks, bool parallel,
        CancellationToken cancellationToken, Action<int> body)
    {
        int count = blocks.Count;
        int threads = parallel ? Math.Min(Environment.ProcessorCount, count) : 1;
        if (threads <= 1)
        {
            for (int b = 0; b < count; b++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                body(b);
            }

            return;
        }

        var largestFirst = new int[count];
        var sizes = new int[count];
        for (int b = 0; b < count; b++)
        {
            largestFirst[b] = b;
            sizes[b] = -(blocks[b].Source.Count + blocks[b].Target.Count);
        }

        Array.Sort(sizes, largestFirst);
        try
        {
            // One block at a time, in that order, to whichever thread is free (no index ranges handed out ahead).
            Parallel.ForEach(
                System.Collections.Concurrent.Partitioner.Create(largestFirst, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = threads },
                body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }

    // Each block's anchors (AnchorFinder), in block-relative indexes.
    private List<(int I, int J)>[] Anchors(IReadOnlyList<(IReadOnlyList<AlignmentUnit> Source, IReadOnlyList<AlignmentUnit> Target)> blocks,
        SentenceFeatures[] source, SentenceFeatures[] target, CancellationToken cancellationToken)
    {
        var starts = Starts(blocks);
        var anchors = new List<(int I, int J)>[blocks.Count];
        ForEachBlock(blocks, _parallel, cancellationToken, b =>
            anchors[b] = AnchorFinder.Find(
                source[starts[b].Source..(starts[b].Source + blocks[b].Source.Count)],
                target[starts[b].Target..(starts[b].Target + blocks[b].Target.Count)]));
        return anchors;
    }

    // The lengths of the anchored sentence pairs, in document order.
    private static List<(int Source, int Target)> AnchorLengths(IReadOnlyList<(IReadOnlyList<AlignmentUnit> Source, IReadOnlyList<AlignmentUnit> Target)> blocks,
        SentenceFeatures[] source, SentenceFeatures[] target, List<(int I, int J)>[] anchors)
    {
        var starts = Starts(blocks);
        var lengths = new List<(int, int)>();
        for (int b = 0; b < blocks.Count; b++)
        {
            foreach (var (i, j) in anchors[b])
            {
                lengths.Add((source[starts[b].Source + i].Length, target[starts[b].Target + j].Length));
            }
        }

        return lengths;
    }

    // Where each block's sentences start in the documents' feature arrays.
    private static (int Source, int Target)[] Starts(IReadOnlyList<(IReadOnlyList<AlignmentUnit> Source, IReadOnlyList<AlignmentUnit> Target)> blocks)
    {
        var starts = new (int Source, int Target)[blocks.Count];
        for (int b = 1; b < blocks.Count; b++)
        {
            starts[b] = (starts[b - 1].Source + blocks[b - 1].Source.Count, starts[b - 1].Target + blocks[b - 1].Target.Count);
        }

        return starts;
    }

    private static List<(int S, int T)> Confident(IReadOnlyList<(IReadOnlyList<AlignmentUnit> Source, IReadOnlyList<AlignmentUnit> Target)> blocks,
        List<BeadPlan>[] plans, SentenceFeatures[] source, SentenceFeatures[] target)
    {
        var pairs = new List<(int S, int T)>();
        int s = 0, t = 0;
        for (int b = 0; b < blocks.Count; b++)
        {
            // A 1-1 bead between two other 1-1 beads is trusted, whatever its words say: that is what
            // lets a pair with no bundled lexicon learn one.
            var list = plans[b];
            for (int k = 0; k < list.Count; k++)
            {
                if (IsOneToOne(list[k]) && (k == 0 || IsOneToOne(list[k - 1])) && (k == list.Count - 1 || IsOneToOne(list[k + 1])))
                {
                    pairs.Add((s + list[k].SourceStart, t + list[k].TargetStart));
                }
            }

            s += blocks[b].Source.Count;
            t += blocks[b].Target.Count;
        }

        if (pairs.Count > MaxLearningBeads)
        {
            // An even sample keeps learning linear in the pair's length.
            int step = pairs.Count / MaxLearningBeads + 1;
            pairs = pairs.Where((_, k) => k % step == 0).ToList();
        }

        return pairs;
    }

    private static bool IsOneToOne(BeadPlan plan) => plan.SourceCount == 1 && plan.TargetCount == 1;

    /// <summary>
    /// Term pairs that keep occurring together, both unmatched, in confident beads (at least <see cref="LearnedPairMinCount"/>
    /// times, Dice at least <see cref="LearnedPairMinDice"/>), in the order each pair first occurs. Terms become small ids and
    /// pairs one sorted array of (pair, occurrence) codes: no hash table of string pairs, nothing that grows onto the large
    /// object heap for a report-sized input.
    /// </summary>
    private static List<(string Source, string Target)> LearnLexicon(List<(int S, int T)> pairs, SentenceFeatures[] source, SentenceFeatures[] target)
    {
        var sourceTerms = new TermIds();
        var targetTerms = new TermIds();
        var unmatchedSource = new List<int>();
        var unmatchedTarget = new List<int>();
        var occurrences = new List<long>();
        for (int p = 0; p < pairs.Count; p++)
        {
            var (si, ti) = pairs[p];
            Unmatched(source[si], target[ti], sourceTerms, p, unmatchedSource);
            Unmatched(target[ti], source[si], targetTerms, p, unmatchedTarget);
            foreach (int a in unmatchedSource)
            {
                foreach (int b in unmatchedTarget)
                {
                    occurrences.Add(((long)a << 32) | (uint)b);
                }
            }
        }

        // Equal pairs side by side; each run's first occurrence (its smallest index) orders the result.
        var codes = CollectionsMarshal.AsSpan(occurrences);
        var order = new int[codes.Length];
        for (int k = 0; k < order.Length; k++)
        {
            order[k] = k;
        }

        codes.Sort(order.AsSpan());
        var found = new List<(int First, int Source, int Target)>();
        for (int k = 0; k < codes.Length;)
        {
            int end = k, first = order[k];
            while (end < codes.Length && codes[end] == codes[k])
            {
                first = Math.Min(first, order[end]);
                end++;
            }

            int count = end - k, a = (int)(codes[k] >> 32), b = (int)codes[k];
            if (count >= LearnedPairMinCount && 2.0 * count / (sourceTerms.Count(a) + targetTerms.Count(b)) >= LearnedPairMinDice)
            {
                found.Add((first, a, b));
            }

            k = end;
        }

        found.Sort((x, y) => x.First.CompareTo(y.First));
        var learned = new List<(string Source, string Target)>(found.Count);
        foreach (var (_, a, b) in found)
        {
            learned.Add((sourceTerms.Term(a), targetTerms.Term(b)));
        }

        return learned;
    }

    /// <summary>
    /// The ids of the terms of <paramref name="sentence"/> that no key of <paramref name="other"/> matches (numbers aside),
    /// each once, in the order they occur; counts each in <paramref name="terms"/> once for bead <paramref name="bead"/>.
    /// </summary>
    private static void Unmatched(SentenceFeatures sentence, SentenceFeatures other, TermIds terms, int bead, List<int> ids)
    {
        ids.Clear();
        int words = (sentence.TokenCount + 63) >> 6;
        Span<ulong> matched = words <= 16 ? stackalloc ulong[words] : new ulong[words];
        SentenceFeatures.MatchedTokens(sentence, other, matched);
        for (int k = 0; k < sentence.TokenCount; k++)
        {
            string term = sentence.Term(k);
            if ((matched[k >> 6] & (1UL << k)) == 0 && !term.StartsWith('#') && terms.CountOnce(term, bead, out int id))
            {
                ids.Add(id);
            }
        }
    }

    /// <summary>Small ids for the learning pass's terms, with the number of beads each occurs in.</summary>
    private sealed class TermIds
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _terms = [];
        private readonly List<int> _counts = [];
        private readonly List<int> _lastBead = [];

        public string Term(int id) => _terms[id];

        public int Count(int id) => _counts[id];

        /// <summary>The id of <paramref name="term"/>; <see langword="false"/> when it was already counted for this bead.</summary>
        public bool CountOnce(string term, int bead, out int id)
        {
            if (!_ids.TryGetValue(term, out id))
            {
                id = _terms.Count;
                _ids.Add(term, id);
                _terms.Add(term);
                _counts.Add(0);
                _lastBead.Add(-1);
            }

            if (_lastBead[id] == bead)
            {
                return false;
            }

            _lastBead[id] = bead;
            _counts[id]++;
            return true;
        }
    }
}
