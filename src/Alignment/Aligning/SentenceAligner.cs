using static Alignment.Aligning.AlignmentModel;

namespace Alignment.Aligning;

/// <summary>
/// One bead of a raw alignment: counts of consecutive sentences from each side, a confidence, and the evidence the confidence
/// was computed from when it is kept (<see cref="AlignerOptions.KeepConfidenceEvidence"/>).
/// </summary>
internal readonly record struct BeadPlan(int SourceStart, int SourceCount, int TargetStart, int TargetCount, double Confidence, double[]? Evidence = null);

/// <summary>
/// Dynamic-programming sentence aligner over beads 1-1, 2-1, 1-2, 2-2, 3-1, 1-3 and runs of unmatched sentences.
/// A bead's cost adds its prior, the Gale–Church length cost and a lexical term from the (weighted) tokens the two
/// sides share. Unmatched sentences are affine gaps (Gotoh 1982): opening a run costs more than extending it, so a
/// dropped paragraph comes out as one run of 1-0 (or 0-1) beads and its neighbours stay right. A line that does not end
/// as a sentence (a title, dateline, label) pays a share of the gap costs (<see cref="AlignmentModel.LineGapShare"/>), and a
/// bead that joins two paragraphs of one side pays <see cref="AlignmentModel.ParagraphJoinCost"/> per join: one side's
/// stray line stays unmatched instead of being glued onto a sentence. A heading pairs 1-1 or stays unmatched, but for a 2-1
/// or 1-2 bead two of whose three units are lines (<see cref="AlignmentModel.HeadingJoinCost"/>: a label one side runs into
/// the line it opens); with a unit the other side did not read as a heading it pays
/// <see cref="AlignmentModel.HeadingMismatchCost"/> and its lexical cost <see cref="AlignmentModel.HeadingMismatchLexicalFactor"/> times.
/// The search runs in a band around the diagonal that doubles when the best path touches its edge, up to a width
/// bounded by <see cref="AlignmentModel.MaxBandWidth"/> and by a memory budget per input character; only the
/// back-pointers are kept for the whole band (2 bytes a cell), costs and token matches for the last few rows,
/// so time and memory grow linearly with length. Immutable and thread-safe.
/// </summary>
internal sealed partial class SentenceAligner
{
    private const int Match = 0, Deletion = 1, Insertion = 2, States = 3;
    private const int RingRows = MaxBeadSide + 1;

    // The search checks for cancellation once every this many source rows.
    private const int RowsPerCancellationCheck = 256;

    private static readonly (int S, int T, double Prior)[] BeadTypes =
        BeadPriors.Select(b => (b.Source, b.Target, -Math.Log(b.Probability))).ToArray();

    private readonly AlignerOptions _options;

    // Whether a bead's cost is bounded below as the search assumes (so a way into a cell that cannot beat the best one found
    // is skipped before its costs are computed): the lexical term is (1 − a similarity of at most 1) × its weight, at least
    // zero, and the length cost at least LengthModel.LeastCost; both hold whenever the two weights are not negative.
    private readonly bool _costsBounded;

    // The least a bead's weighted length cost can be (a hair below zero), less a margin for the rounding of the sums it is
    // compared through, so that skipping a way in never changes which one wins.
    private readonly double _leastLengthCost;

    public SentenceAligner(AlignerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _costsBounded = options.LengthWeight >= 0 && options.LexicalWeight >= 0;
        _leastLengthCost = (LengthModel.LeastCost * options.LengthWeight) - RoundingMargin;
    }

    // Far above the rounding error of a sum of path costs (at most a few thousand, an ulp about 1e-12) and far below any
    // difference between two beads' costs that matters.
    private const double RoundingMargin = 1e-9;

    /// <summary>Aligns two sentence sequences; the beads cover both in order.</summary>
    /// <param name="source">The source sentences.</param>
    /// <param name="target">The target sentences.</param>
    /// <param name="lengths">The length model.</param>
    /// <param name="cancellationToken">Checked every few hundred rows of the search.</param>
    /// <param name="anchors">The pair's anchors when already found (<see cref="AnchorFinder.Find"/> of these very sentences), or null to find them.</param>
    /// <param name="withConfidence">Whether each bead gets its confidence; without, every confidence is 0 (a first pass reads only
    /// the beads' shapes, and the confidence of a bead reads its neighbours: about as many similarities as the search itself).</param>
    public List<BeadPlan> Align(SentenceFeatures[] source, SentenceFeatures[] target, LengthModel lengths, CancellationToken cancellationToken = default,
        IReadOnlyList<(int I, int J)>? anchors = null, bool withConfidence = true)
    {
        int n = source.Length, m = target.Length;
        if (n == 0 || m == 0)
        {
            var only = new List<BeadPlan>();
            for (int i = 0; i < n; i++)
            {
                only.Add(new BeadPlan(i, 1, 0, 0, 1.0));
            }

            for (int j = 0; j < m; j++)
            {
                only.Add(new BeadPlan(n, 0, j, 1, 1.0));
            }

            return only;
        }

        // The band follows a guide path through sure anchors (the diagonal when there are none); its rows widen
        // where the guide is steep, so the band stays connected whatever the shape of the pair.
        var guide = Guide(source, target, anchors ?? AnchorFinder.Find(source, target));
        long chars = source.Sum(s => (long)s.Length + 1) + target.Sum(s => (long)s.Length + 1);
        int budget = (int)Math.Min(MaxBandWidth, chars * BandCellsPerChar / (n + 1) / 2);
        int maxWidth = Math.Max(MaxBeadSide + 1, Math.Min(budget, Math.Max(n, m) + 1));
        int width = Math.Min(maxWidth, Math.Max(_options.InitialBand, MaxBeadSide + 1));
        while (true)
        {
            var (path, touchedEdge) = Search(source, target, lengths, new Band(guide, width, m), cancellationToken);

            if (!touchedEdge || width >= maxWidth)
            {
                return withConfidence ? WithConfidence(path, source, target, lengths) : path;
            }

            width = Math.Min(width * 2, maxWidth);
        }
    }

    /// <summary>
    /// The guide path's target position for each source row 0..n: piecewise linear through sure anchors, 1-1 pairs
    /// found before any alignment from rare shared keys (numbers, names, cognates, lexicon entries) and kept when in
    /// order (longest increasing chain), as in Moore (2002) and Bleualign. A dropped page or a truncated side then
    /// bends the guide instead of the band having to grow around a straight diagonal.
    /// </summary>
    private static int[] Guide(SentenceFeatures[] source, SentenceFeatures[] target, IReadOnlyList<(int I, int J)> anchors)
    {
        int n = source.Length, m = target.Length;
        var knots = new List<(int I, int J)> { (0, 0) };
        foreach (var (i, j) in anchors)
        {
            knots.Add((i, j));
            knots.Add((i + 1, j + 1));
        }

        knots.Add((n, m));
        var guide = new int[n + 1];
        for (int k = 0; k + 1 < knots.Count; k++)
        {
            var (i0, j0) = knots[k];
            var (i1, j1) = knots[k + 1];
            for (int i = i0; i <= i1; i++)
            {
                guide[i] = i1 == i0 ? j1 : j0 + (int)Math.Round((double)(i - i0) * (j1 - j0) / (i1 - i0));
            }
        }

        return guide;
    }

    private (List<BeadPlan> Path, bool TouchedEdge) Search(SentenceFeatures[] source, SentenceFeatures[] target, LengthModel lengths, Band band,
        CancellationToken cancellationToken)
    {
        int n = source.Length, m = target.Length;

        // Back-pointers for the whole band; costs for the last RingRows rows only.
        // A cell's pointer packs the match move's bead type (3 bits) and the state before each of the three states (2 bits each).
        var back = new ushort[band.Cells];
        var cost = new double[States][];
        for (int state = 0; state < States; state++)
        {
            cost[state] = new double[RingRows * band.MaxRow];
        }

        // Each finished cell's cheapest state and its cost (Min), read by every bead that starts there.
        var cheapest = new double[RingRows * band.MaxRow];
        var cheapestState = new byte[RingRows * band.MaxRow];

        var sourceLength = Prefix(source, s => s.Length);
        var targetLength = Prefix(target, s => s.Length);
        var sourceHeadings = Prefix(source, s => s.IsHeading ? 1 : 0);
        var targetHeadings = Prefix(target, s => s.IsHeading ? 1 : 0);
        var sourceLines = Prefix(source, s => s.IsLine ? 1 : 0);
        var targetLines = Prefix(target, s => s.IsLine ? 1 : 0);
        var insertionGap = new double[m + 1];
        var insertionOpen = new double[m + 1];
        for (int j = 1; j <= m; j++)
        {
            insertionGap[j] = GapCost(target[j - 1]);
            insertionOpen[j] = GapOpenCost(target[j - 1]);
        }

        var sourceNotes = Prefix(source, s => s.IsNote ? 1 : 0);
        var targetNotes = Prefix(target, s => s.IsNote ? 1 : 0);
        var sourceParagraphs = Prefix(source, s => s.StartsParagraph ? 1 : 0);
        var targetParagraphs = Prefix(target, s => s.StartsParagraph ? 1 : 0);

        var matches = new RowMatches(source, target, band);
        for (int i = 0; i <= n; i++)
        {
            if (i % RowsPerCancellationCheck == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int low = band.Low(i), high = band.High(i);
            int ring = i % RingRows * band.MaxRow;
            for (int state = 0; state < States; state++)
            {
                Array.Fill(cost[state], double.PositiveInfinity, ring, band.MaxRow);
            }

            if (i > 0)
            {
                matches.StartRow(i - 1);
            }

            double deletionGap = i > 0 ? GapCost(source[i - 1]) : 0;
            double deletionOpen = i > 0 ? GapOpenCost(source[i - 1]) : 0;
            for (int j = low; j <= high; j++)
            {
                int offset = j - low;
                if (i == 0 && j == 0)
                {
                    cost[Match][ring + offset] = 0;
                    (cheapest[ring + offset], cheapestState[ring + offset]) = (0, Match);
                    continue;
                }

                int pointer = 0;

                // Match: a bead of sentences from both sides after any state.
                double best = double.PositiveInfinity;
                for (int t = 0; t < BeadTypes.Length; t++)
                {
                    var (ds, dt, prior) = BeadTypes[t];
                    int pi = i - ds, pj = j - dt;
                    int p = pi < 0 || pj < 0 ? -1 : band.RingIndex(pi, pj);
                    var (heading, lexicalFactor, chargesJoins) = p < 0 ? (double.PositiveInfinity, 1.0, true)
                        : HeadingCost(sourceHeadings, targetHeadings, sourceLines, targetLines, pi, ds, pj, dt);
                    if (double.IsPositiveInfinity(heading))
                    {
                        continue;
                    }

                    double previous = cheapest[p];
                    int previousState = cheapestState[p];
                    if (double.IsPositiveInfinity(previous))
                    {
                        continue;
                    }

                    // A way in that already costs as much as the best so far cannot win: its similarity need not be
                    // computed; nor its length cost (an exp and a log) when its lexical term alone takes it past the best.
                    double reached = previous + prior + heading
                        + ((sourceNotes[pi + ds] > sourceNotes[pi]) != (targetNotes[pj + dt] > targetNotes[pj]) ? NoteMismatchCost : 0);
                    if (_costsBounded && reached + _leastLengthCost >= best)
                    {
                        continue;
                    }

                    double lexical = LexicalCost(matches, pi, ds, pj, dt) * lexicalFactor;
                    if (_costsBounded && reached + lexical + _leastLengthCost >= best)
                    {
                        continue;
                    }

                    double c = reached + (LengthCost(lengths, sourceLength[pi + ds] - sourceLength[pi], targetLength[pj + dt] - targetLength[pj]) + lexical)
                        + (chargesJoins ? JoinCost(ParagraphJoins(sourceParagraphs, pi, ds), ParagraphJoins(targetParagraphs, pj, dt)) : 0);
                    if (c < best)
                    {
                        best = c;
                        pointer = t | (previousState << 3);
                    }
                }

                cost[Match][ring + offset] = best;

                // Deletion: source sentence i - 1 unmatched, extending a run or opening one.
                if (i > 0 && band.RingIndex(i - 1, j) is int up and >= 0)
                {
                    var (value, from) = Extend(cost, up, Deletion, deletionOpen, deletionGap);
                    cost[Deletion][ring + offset] = value;
                    pointer |= from << 5;
                }

                // Insertion: target sentence j - 1 unmatched.
                if (offset > 0)
                {
                    var (value, from) = Extend(cost, ring + offset - 1, Insertion, insertionOpen[j], insertionGap[j]);
                    cost[Insertion][ring + offset] = value;
                    pointer |= from << 7;
                }

                back[band.Cell(i, j)] = (ushort)pointer;
                var (least, leastState) = Min(cost, ring + offset);
                (cheapest[ring + offset], cheapestState[ring + offset]) = (least, (byte)leastState);
            }
        }

        var (_, endState) = Min(cost, band.RingIndex(n, m));
        return Trace(source, target, back, endState, band);
    }

    private static (List<BeadPlan> Path, bool TouchedEdge) Trace(SentenceFeatures[] source, SentenceFeatures[] target, ushort[] back, int endState, Band band)
    {
        int m = target.Length;
        var path = new List<BeadPlan>(Math.Max(source.Length, m));
        bool touched = false;
        int ci = source.Length, cj = m, state = endState;
        while (ci > 0 || cj > 0)
        {
            if ((cj - band.Low(ci) <= 1 && band.Low(ci) > 0) || (band.High(ci) - cj <= 1 && band.High(ci) < m))
            {
                touched = true;
            }

            int pointer = back[band.Cell(ci, cj)];
            switch (state)
            {
                case Match:
                    var (ds, dt, _) = BeadTypes[pointer & 7];
                    path.Add(new BeadPlan(ci - ds, ds, cj - dt, dt, 0));
                    ci -= ds;
                    cj -= dt;
                    state = (pointer >> 3) & 3;
                    break;
                case Deletion:
                    path.Add(new BeadPlan(ci - 1, 1, cj, 0, 0));
                    ci--;
                    state = (pointer >> 5) & 3;
                    break;
                default:
                    path.Add(new BeadPlan(ci, 0, cj - 1, 1, 0));
                    cj--;
                    state = (pointer >> 7) & 3;
                    break;
            }
        }

        path.Reverse();
        return (path, touched);
    }

    private static int Length(SentenceFeatures[] sentences, int start, int count)
    {
        int length = 0;
        for (int k = start; k < start + count; k++)
        {
            length += sentences[k].Length;
        }

        return length;
    }

    /// <summary>
    /// What the headings in a bead add to its cost, the factor on its lexical cost, and whether it pays for the paragraphs it
    /// joins: nothing (factor 1) for a bead without headings or a heading paired 1-1 with a heading;
    /// <see cref="AlignmentModel.HeadingMismatchCost"/> and <see cref="AlignmentModel.HeadingMismatchLexicalFactor"/> for a
    /// heading paired 1-1 with a unit the other side did not read as a heading
    /// (<see cref="AlignmentModel.HeadingLineMismatchLexicalFactor"/> when that unit is a line);
    /// <see cref="AlignmentModel.HeadingJoinCost"/>, in place of its paragraph joins, for a 2-1 or 1-2 bead with a heading two
    /// of whose three units are lines; any other bead with a heading is not allowed (infinite cost). <paramref name="sourceHeadings"/>, <paramref name="targetHeadings"/>,
    /// <paramref name="sourceLines"/> and <paramref name="targetLines"/> count the headings and lines before each sentence
    /// (<see cref="Prefix"/>).
    /// </summary>
    private static (double Cost, double LexicalFactor, bool ChargesJoins) HeadingCost(int[] sourceHeadings, int[] targetHeadings, int[] sourceLines, int[] targetLines,
        int si, int ds, int tj, int dt) =>
        HeadingCost(sourceHeadings[si + ds] - sourceHeadings[si], targetHeadings[tj + dt] - targetHeadings[tj],
            sourceLines[si + ds] - sourceLines[si] + targetLines[tj + dt] - targetLines[tj], ds, dt);

    // The rule itself, on how many headings each side of a bead of ds and dt sentences holds and how many lines both hold.
    private static (double Cost, double LexicalFactor, bool ChargesJoins) HeadingCost(int sourceCount, int targetCount, int lines, int ds, int dt) =>
        (sourceCount | targetCount) == 0 ? (0, 1, true)
        : ds + dt == 3 && lines >= 2 ? (HeadingJoinCost, 1, false)
        : ds != 1 || dt != 1 ? (double.PositiveInfinity, 1, true)
        : sourceCount == targetCount ? (0, 1, true)
        : (HeadingMismatchCost, lines == 2 ? HeadingLineMismatchLexicalFactor : HeadingMismatchLexicalFactor, true);

    private static (double Cost, int State) Min(double[][] cost, int index)
    {
        double best = cost[Match][index];
        int state = Match;
        if (cost[Deletion][index] < best)
        {
            best = cost[Deletion][index];
            state = Deletion;
        }

        if (cost[Insertion][index] < best)
        {
            best = cost[Insertion][index];
            state = Insertion;
        }

        return (best, state);
    }

    /// <summary>The cheapest way into a gap state at a cell from the cell before it: extend a run of that state, or open one.</summary>
    private (double Cost, int From) Extend(double[][] cost, int previous, int gapState, double open, double sentenceCost)
    {
        double best = cost[gapState][previous];
        int from = gapState;
        for (int state = 0; state < States; state++)
        {
            if (state != gapState && cost[state][previous] + open < best)
            {
                best = cost[state][previous] + open;
                from = state;
            }
        }

        return (best + sentenceCost, from);
    }

    // An unmatched sentence costs more the longer it is: long omissions are rarer than stray fragments.
    private double GapCost(SentenceFeatures unit) =>
        ((GapExtendShare * _options.LexicalWeight) + Math.Min(GapLengthCap, unit.Length * GapPerChar)) * (unit.IsLine || unit.IsNote ? LineGapShare : 1);

    // Opening a run of unmatched sentences at this one.
    private double GapOpenCost(SentenceFeatures unit) =>
        (GapOpen + _options.LexicalWeight * _options.UnmatchedSimilarity) * (unit.IsLine || unit.IsNote ? LineGapShare : 1);

    // How many paragraphs of one side a bead joins to its first (paragraph starts after its first sentence).
    private static int ParagraphJoins(int[] paragraphStarts, int start, int count) =>
        count < 2 ? 0 : paragraphStarts[start + count] - paragraphStarts[start + 1];

    // A matched bead's cost is its prior, its length cost, its lexical cost and its paragraph joins; the search and the
    // confidence's local margin charge them through these, from the counts each keeps its own way.
    private double LengthCost(LengthModel lengths, int sourceChars, int targetChars) => lengths.Cost(sourceChars, targetChars) * _options.LengthWeight;

    private double LexicalCost(double similarity, int ds, int dt) => _options.LexicalWeight * (1.0 - similarity) * (ds + dt) / 2.0;

    private double LexicalCost(RowMatches matches, int si, int ds, int tj, int dt) => LexicalCost(matches.Similarity(si, ds, tj, dt), ds, dt);

    private static double JoinCost(int sourceJoins, int targetJoins) => (sourceJoins + targetJoins) * ParagraphJoinCost;

    /// <summary>
    /// Share of the token weight on both sides that finds a partner on the other side, in [0, 1]. In a many-to-many
    /// bead each sentence must find its match mostly in one partner: summing over partners would reward merging two
    /// 1-1 beads through shared names, years and numbers. <typeparamref name="TMatches"/> is a struct so that the
    /// look-up of the DP's inner loop is specialised and inlined.
    /// </summary>
    private static double Similarity<TMatches>(SentenceFeatures[] source, SentenceFeatures[] target, int si, int ds, int tj, int dt, TMatches matches)
        where TMatches : struct, IPairMatches
    {
        bool many = ds > 1 && dt > 1;
        double found = 0, total = 0;
        for (int a = si; a < si + ds; a++)
        {
            double sum = 0;
            for (int b = tj; b < tj + dt; b++)
            {
                double next = matches.Get(a, b).Source;
                sum = many ? Math.Max(sum, next) : sum + next;
            }

            total += source[a].TotalWeight;
            found += Math.Min(sum, source[a].TotalWeight);
        }

        for (int b = tj; b < tj + dt; b++)
        {
            double sum = 0;
            for (int a = si; a < si + ds; a++)
            {
                double next = matches.Get(a, b).Target;
                sum = many ? Math.Max(sum, next) : sum + next;
            }

            total += target[b].TotalWeight;
            found += Math.Min(sum, target[b].TotalWeight);
        }

        return total == 0 ? EmptySimilarity : found / total;
    }

    // The running sums of a per-sentence count: prefix[k] is the sum over sentences [0, k).
    private static int[] Prefix(SentenceFeatures[] sentences, Func<SentenceFeatures, int> count)
    {
        var prefix = new int[sentences.Length + 1];
        for (int k = 0; k < sentences.Length; k++)
        {
            prefix[k + 1] = prefix[k] + count(sentences[k]);
        }

        return prefix;
    }

    /// <summary>
    /// The cells searched: for each source row i, target positions [Low(i), High(i)] around the guide. Rows are
    /// stored one after another, so the cells add up to about n × (2 × width + 1) plus the guide's vertical runs.
    /// </summary>
    private sealed class Band
    {
        private readonly int[] _low;
        private readonly int[] _high;
        private readonly int[] _rowStart;

        public Band(int[] guide, int width, int m)
        {
            int n = guide.Length - 1;
            _low = new int[n + 1];
            _high = new int[n + 1];
            _rowStart = new int[n + 2];
            for (int i = 0; i <= n; i++)
            {
                _low[i] = Math.Max(0, guide[i] - width);
                _high[i] = Math.Min(m, (i < n ? guide[i + 1] : m) + width);
                long next = (long)_rowStart[i] + (_high[i] - _low[i] + 1);
                _rowStart[i + 1] = next <= Array.MaxLength ? (int)next
                    : throw new InvalidOperationException("the alignment band exceeds the memory budget");
                MaxRow = Math.Max(MaxRow, _high[i] - _low[i] + 1);
            }

            Cells = _rowStart[n + 1];
        }

        public int Cells { get; }

        public int MaxRow { get; }

        public int Low(int i) => _low[i];

        public int High(int i) => _high[i];

        public int Cell(int i, int j) => _rowStart[i] + (j - _low[i]);

        /// <summary>Where cell (i, j) keeps its costs in the ring of the last rows, or −1 outside the band.</summary>
        public int RingIndex(int i, int j) => j < _low[i] || j > _high[i] ? -1 : (i % RingRows * MaxRow) + (j - _low[i]);
    }

    /// <summary>
    /// Token matches between single sentences in the band, for the last few source rows only: a multi-sentence bead's
    /// similarity is then a sum of looked-up weights instead of fresh set intersections, in memory that does not grow
    /// with the documents.
    /// </summary>
    private sealed class RowMatches
    {
        private const int Pad = MaxBeadSide + 1;

        private readonly SentenceFeatures[] _source;
        private readonly SentenceFeatures[] _target;
        private readonly Band _band;
        private readonly int _size;
        private readonly float[] _sourceMatched;
        private readonly float[] _targetMatched;

        public RowMatches(SentenceFeatures[] source, SentenceFeatures[] target, Band band)
        {
            _source = source;
            _target = target;
            _band = band;
            _size = band.MaxRow + (2 * Pad);
            _sourceMatched = new float[RingRows * _size];
            _targetMatched = new float[RingRows * _size];
        }

        /// <summary>Forgets the ring slot that source row <paramref name="a"/> takes over.</summary>
        public void StartRow(int a) => Array.Fill(_sourceMatched, -1f, a % RingRows * _size, _size);

        /// <summary>As <see cref="SentenceAligner.Similarity{TMatches}"/>, from the cached single-pair matches.</summary>
        public double Similarity(int si, int ds, int tj, int dt)
        {
            if (ds == 1 && dt == 1)
            {
                var (s, t) = Get(si, tj);
                double sum = _source[si].TotalWeight + _target[tj].TotalWeight;
                return sum == 0 ? EmptySimilarity : (s + t) / sum;
            }

            return SentenceAligner.Similarity(_source, _target, si, ds, tj, dt, new Cached(this));
        }

        internal (float Source, float Target) Get(int a, int b)
        {
            int offset = b - _band.Low(a) + Pad;
            if (offset < 0 || offset >= _size)
            {
                return SentenceFeatures.MatchedWeights(_source[a], _target[b]);
            }

            int index = (a % RingRows * _size) + offset;
            if (_sourceMatched[index] < 0)
            {
                (_sourceMatched[index], _targetMatched[index]) = SentenceFeatures.MatchedWeights(_source[a], _target[b]);
            }

            return (_sourceMatched[index], _targetMatched[index]);
        }
    }

    /// <summary>The matched token weight of two single sentences, each side's share.</summary>
    private interface IPairMatches
    {
        (float Source, float Target) Get(int a, int b);
    }

    /// <summary>Matches from the search's row cache.</summary>
    private readonly struct Cached(RowMatches matches) : IPairMatches
    {
        public (float Source, float Target) Get(int a, int b) => matches.Get(a, b);
    }
}
