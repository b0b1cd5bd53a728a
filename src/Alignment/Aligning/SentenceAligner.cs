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
/// stray line stays unmatched instead of being glued onto a sentence. A heading pairs 1-1 or stays unmatched; with a
/// unit the other side did not read as a heading it pays <see cref="AlignmentModel.HeadingMismatchCost"/> and its lexical cost
/// <see cref="AlignmentModel.HeadingMismatchLexicalFactor"/> times.
/// The search runs in a band around the diagonal that doubles when the best path touches its edge, up to a width
/// bounded by <see cref="AlignmentModel.MaxBandWidth"/> and by a memory budget per input character; only the
/// back-pointers are kept for the whole band (2 bytes a cell), costs and token matches for the last few rows,
/// so time and memory grow linearly with length. Immutable and thread-safe.
/// </summary>
internal sealed class SentenceAligner
{
    private const int Match = 0, Deletion = 1, Insertion = 2, States = 3;
    private const int RingRows = MaxBeadSide + 1;

    // The search checks for cancellation once every this many source rows.
    private const int RowsPerCancellationCheck = 256;

    private static readonly (int S, int T, double Prior)[] BeadTypes =
        BeadPriors.Select(b => (b.Source, b.Target, -Math.Log(b.Probability))).ToArray();

    // The moves of the confidence's local margin: an unmatched sentence on either side, or any bead type of the search.
    private static readonly (int S, int T)[] BoxMoves = [(1, 0), (0, 1), .. BeadTypes.Select(b => (b.S, b.T))];

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
        var insertionGap = new double[m + 1];
        var insertionOpen = new double[m + 1];
        for (int j = 1; j <= m; j++)
        {
            insertionGap[j] = GapCost(target[j - 1]);
            insertionOpen[j] = GapOpenCost(target[j - 1]);
        }

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
                    var (heading, lexicalFactor) = p < 0 ? (double.PositiveInfinity, 1.0) : HeadingCost(sourceHeadings, targetHeadings, pi, ds, pj, dt);
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
                    double reached = previous + prior + heading;
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
                        + JoinCost(ParagraphJoins(sourceParagraphs, pi, ds), ParagraphJoins(targetParagraphs, pj, dt));
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

    /// <summary>
    /// The path with each bead's confidence, in place: a logistic model over the bead's evidence and its neighbours'
    /// (<see cref="MatchedConfidenceWeights"/>, <see cref="UnmatchedConfidenceWeights"/>); each plan keeps its evidence
    /// vector when <see cref="AlignerOptions.KeepConfidenceEvidence"/> asks for it.
    /// </summary>
    private List<BeadPlan> WithConfidence(List<BeadPlan> path, SentenceFeatures[] source, SentenceFeatures[] target, LengthModel lengths)
    {
        var evidence = ConfidenceEvidence(path, source, target, lengths);
        for (int k = 0; k < path.Count; k++)
        {
            var bead = path[k];
            bool gap = bead.SourceCount == 0 || bead.TargetCount == 0;
            double confidence = Logistic(gap ? UnmatchedConfidenceWeights : MatchedConfidenceWeights, evidence[k]);
            path[k] = bead with { Confidence = confidence, Evidence = _options.KeepConfidenceEvidence ? evidence[k] : null };
        }

        return path;
    }

    /// <summary>
    /// Each bead's evidence vector, in the order of <see cref="MatchedConfidenceWeights"/> (a bead with sentences on both
    /// sides) or <see cref="UnmatchedConfidenceWeights"/> (a 1-0 or 0-1 bead); the first entry is 1 (the intercept).
    /// </summary>
    internal double[][] ConfidenceEvidence(List<BeadPlan> path, SentenceFeatures[] source, SentenceFeatures[] target, LengthModel lengths)
    {
        var raw = new (double Similarity, double Alternative, double LengthCost, int Tokens)[path.Count];
        for (int k = 0; k < path.Count; k++)
        {
            var bead = path[k];
            raw[k] = (bead.SourceCount, bead.TargetCount) switch
            {
                (1, 0) => (0, BestNeighbour(source[bead.SourceStart], target, bead.TargetStart - ConfidenceWindow, bead.TargetStart, bead.TargetStart, bead.TargetStart + ConfidenceWindow), 0, source[bead.SourceStart].TokenCount),
                (0, 1) => (0, BestNeighbour(target[bead.TargetStart], source, bead.SourceStart - ConfidenceWindow, bead.SourceStart, bead.SourceStart, bead.SourceStart + ConfidenceWindow), 0, target[bead.TargetStart].TokenCount),
                _ => MatchEvidence(source, target, bead, lengths),
            };
        }

        // The first and last matched beads: an unmatched bead outside them is a preamble or closing line of one side only.
        int firstMatched = path.FindIndex(b => b.SourceCount > 0 && b.TargetCount > 0);
        int lastMatched = path.FindLastIndex(b => b.SourceCount > 0 && b.TargetCount > 0);
        var pathMatches = new PathMatches(path, source, target);
        var buffers = new MarginBuffers();
        var evidence = new double[path.Count][];
        for (int k = 0; k < path.Count; k++)
        {
            var bead = path[k];
            bool gap = bead.SourceCount == 0 || bead.TargetCount == 0;
            int gapsNext = 0, oppositeGap = 0;
            double neighbourSimilarity = raw[k].Similarity;
            int matchedNeighbours = 0;
            double neighbourSum = 0;
            foreach (int n in (ReadOnlySpan<int>)[k - 1, k + 1])
            {
                if (n < 0 || n >= path.Count)
                {
                    continue;
                }

                var other = path[n];
                bool otherGap = other.SourceCount == 0 || other.TargetCount == 0;
                if (otherGap)
                {
                    gapsNext++;
                    oppositeGap |= gap && (other.SourceCount == 0) != (bead.SourceCount == 0) ? 1 : 0;
                }
                else
                {
                    matchedNeighbours++;
                    neighbourSum += raw[n].Similarity;
                }
            }

            if (matchedNeighbours > 0)
            {
                neighbourSimilarity = neighbourSum / matchedNeighbours;
            }

            double tokens = Math.Log(1 + raw[k].Tokens);
            double edge = k < firstMatched || k > lastMatched ? 1 : 0;
            double margin = Math.Min(ConfidenceMarginCap, LocalMargin(path, k, source, target, lengths, pathMatches, buffers));
            double line = gap && Unit(path, source, target, k).IsLine ? 1 : 0;
            evidence[k] = gap
                ? [1, raw[k].Alternative, tokens, gapsNext, oppositeGap, matchedNeighbours > 0 ? neighbourSimilarity : 0, raw[k].Alternative * tokens, edge, margin,
                    OppositeGapNear(path, k), PartnerSimilarity(path, k, source, target), line, edge * line,
                    raw[k].Alternative < ConfidenceIsolatedSimilarity ? 1 : 0]
                :
                [
                    1, raw[k].Similarity, raw[k].Similarity - raw[k].Alternative, Math.Min(ConfidenceLengthCap, raw[k].LengthCost),
                    bead.SourceCount + bead.TargetCount > 2 ? 1 : 0, tokens, gapsNext, neighbourSimilarity, raw[k].Similarity * tokens,
                    margin, WeakestShare(source, target, bead), bead.SourceCount > 1 && bead.TargetCount > 1 ? 1 : 0,
                    LineMismatch(source, target, bead), NeighbourGapPartner(path, k, source, target),
                ];
        }

        return evidence;
    }

    /// <summary>
    /// How much cheaper the path is than the best other way through the same sentences: the search's costs (bead prior,
    /// length and lexical cost, affine gap cost) of the beads from <see cref="ConfidenceMarginBeads"/> before bead
    /// <paramref name="k"/> to as many after it, against the cheapest path through the same box of sentences that does not
    /// hold bead <paramref name="k"/> (a small DP over at most 15 × 15 sentences near the path, in the search's three states, entering from
    /// the bead before the box and leaving to the one after it). Near zero when another segmentation does almost as well.
    /// For an unmatched bead the other path must pair its sentence (<see cref="Holds"/>).
    /// </summary>
    private double LocalMargin(List<BeadPlan> path, int k, SentenceFeatures[] source, SentenceFeatures[] target, LengthModel lengths, PathMatches pathMatches,
        MarginBuffers buffers)
    {
        int from = Math.Max(0, k - ConfidenceMarginBeads), to = Math.Min(path.Count - 1, k + ConfidenceMarginBeads);
        int s0 = path[from].SourceStart, t0 = path[from].TargetStart;
        int rows = path[to].SourceStart + path[to].SourceCount - s0, cols = path[to].TargetStart + path[to].TargetCount - t0;
        int entry = from > 0 ? StateOf(path[from - 1]) : Match, exit = to + 1 < path.Count ? StateOf(path[to + 1]) : Match;
        var bead = path[k];
        var matches = new BoxMatches(pathMatches);

        // The path's own cost through the box.
        double chosen = 0;
        int state = entry;
        for (int b = from; b <= to; b++)
        {
            var p = path[b];
            int next = StateOf(p);
            chosen += BoxBeadCost(source, target, lengths, matches, p.SourceStart, p.SourceCount, p.TargetStart, p.TargetCount, double.PositiveInfinity)
                + (next != Match && next != state ? GapOpenCost(p.SourceCount > 0 ? source[p.SourceStart] : target[p.TargetStart]) : 0);
            state = next;
        }

        double exitOpen = to + 1 < path.Count ? GapOpenCost(path[to + 1].SourceCount > 0 ? source[path[to + 1].SourceStart] : target[path[to + 1].TargetStart]) : 0;
        chosen += exit != Match && exit != state ? exitOpen : 0;

        // The cheapest path through the box without bead k, through cells at most MaxBeadSide off the path (farther ones
        // cannot come close to its cost, and skipping them keeps the box's work near linear in its size).
        var (low, high, cost) = buffers.For(rows + 1, States * (rows + 1) * (cols + 1));
        low.AsSpan(0, rows + 1).Fill(int.MaxValue);
        high.AsSpan(0, rows + 1).Fill(int.MinValue);
        for (int b = from; b <= to; b++)
        {
            var p = path[b];
            for (int r = p.SourceStart - s0; r <= p.SourceStart - s0 + p.SourceCount; r++)
            {
                low[r] = Math.Min(low[r], p.TargetStart - t0);
                high[r] = Math.Max(high[r], p.TargetStart - t0 + p.TargetCount);
            }
        }

        int width = cols + 1;
        double bound = chosen + ConfidenceMarginCap;
        cost.AsSpan(0, States * (rows + 1) * width).Fill(double.PositiveInfinity);
        cost[entry * (rows + 1) * width] = 0;
        double best = double.PositiveInfinity;
        int plane = (rows + 1) * width;
        for (int i = 0; i <= rows; i++)
        {
            for (int j = 0; j <= cols; j++)
            {
                int cell = (i * width) + j;
                if (j < low[i] - MaxBeadSide || j > high[i] + MaxBeadSide)
                {
                    continue;
                }

                if (i == rows && j == cols)
                {
                    for (int st = 0; st < States; st++)
                    {
                        best = Math.Min(best, cost[(st * plane) + cell] + (exit != Match && exit != st ? exitOpen : 0));
                    }

                    continue;
                }

                double least = Math.Min(cost[cell], Math.Min(cost[plane + cell], cost[(2 * plane) + cell]));
                if (least >= bound)
                {
                    continue;
                }

                foreach (var (ds, dt) in BoxMoves)
                {
                    int ni = i + ds, nj = j + dt;
                    if (ni > rows || nj > cols || Holds(bead, s0 + i, ds, t0 + j, dt))
                    {
                        continue;
                    }

                    // The cheapest state to come from (a gap state is opened unless it continues), then the bead's cost, not
                    // computed further once it cannot improve on the cell or keep the margin under its cap.
                    int into = dt == 0 ? Deletion : ds == 0 ? Insertion : Match;
                    double reach = into == Match ? least : Math.Min(cost[(into * plane) + cell], least + GapOpenCost(ds > 0 ? source[s0 + i] : target[t0 + j]));
                    ref double slot = ref cost[(into * plane) + (ni * width) + nj];
                    double budget = Math.Min(slot, bound) - reach;
                    if (budget > 0)
                    {
                        slot = Math.Min(slot, reach + BoxBeadCost(source, target, lengths, matches, s0 + i, ds, t0 + j, dt, budget));
                    }
                }
            }
        }

        return best - chosen;
    }

    // The local margin's DP arrays, grown as a box needs and reused from bead to bead of one path (one set per call, so that
    // blocks aligned at the same time do not share them).
    private sealed class MarginBuffers
    {
        private int[] _low = new int[16];
        private int[] _high = new int[16];
        private double[] _cost = new double[States * 16 * 16];

        public (int[] Low, int[] High, double[] Cost) For(int rows, int cells)
        {
            if (_low.Length < rows)
            {
                _low = new int[Math.Max(rows, 2 * _low.Length)];
                _high = new int[_low.Length];
            }

            if (_cost.Length < cells)
            {
                _cost = new double[Math.Max(cells, 2 * _cost.Length)];
            }

            return (_low, _high, _cost);
        }
    }

    // Whether a move of the local margin's DP is bead k's own: the same bead for a matched one; for an unmatched one, leaving
    // its sentence unmatched anywhere (swapping the order of a 1-0 and a 0-1 bead is the same alignment, not another one).
    private static bool Holds(BeadPlan bead, int si, int ds, int tj, int dt) =>
        (bead.SourceCount, bead.TargetCount) switch
        {
            (1, 0) => dt == 0 && si == bead.SourceStart,
            (0, 1) => ds == 0 && tj == bead.TargetStart,
            _ => si == bead.SourceStart && ds == bead.SourceCount && tj == bead.TargetStart && dt == bead.TargetCount,
        };

    // Whether an unmatched sentence of the other side lies within ConfidenceWindow beads of unmatched bead k: the two might
    // have been one bead.
    private static double OppositeGapNear(List<BeadPlan> path, int k)
    {
        int side = StateOf(path[k]);
        for (int b = Math.Max(0, k - ConfidenceWindow); b <= Math.Min(path.Count - 1, k + ConfidenceWindow); b++)
        {
            if (StateOf(path[b]) is var other && other != Match && other != side)
            {
                return 1;
            }
        }

        return 0;
    }

    // The single unit of unmatched bead k.
    private static SentenceFeatures Unit(List<BeadPlan> path, SentenceFeatures[] source, SentenceFeatures[] target, int k) =>
        path[k].SourceCount > 0 ? source[path[k].SourceStart] : target[path[k].TargetStart];

    // The best similarity of unmatched bead k's unit with an unmatched unit of the other side within ConfidenceWindow beads:
    // a gap the aligner tore from its translation has a plausible partner left over; a line only one side carries has none.
    private static double PartnerSimilarity(List<BeadPlan> path, int k, SentenceFeatures[] source, SentenceFeatures[] target)
    {
        int side = StateOf(path[k]);
        var unit = Unit(path, source, target, k);
        // The run of unmatched beads around k, and at least ConfidenceWindow beads either side.
        int first = k, last = k;
        while (first > 0 && StateOf(path[first - 1]) != Match)
        {
            first--;
        }

        while (last < path.Count - 1 && StateOf(path[last + 1]) != Match)
        {
            last++;
        }

        double best = 0;
        for (int b = Math.Max(0, Math.Min(first, k - ConfidenceWindow)); b <= Math.Min(path.Count - 1, Math.Max(last, k + ConfidenceWindow)); b++)
        {
            if (StateOf(path[b]) is var other && other != Match && other != side)
            {
                best = Math.Max(best, side == Deletion ? SentenceFeatures.Similarity(unit, Unit(path, source, target, b)) : SentenceFeatures.Similarity(Unit(path, source, target, b), unit));
            }
        }

        return best;
    }

    // Whether one side of a matched bead is all lines (titles, labels) and the other holds a sentence.
    private static double LineMismatch(SentenceFeatures[] source, SentenceFeatures[] target, BeadPlan bead) =>
        (Count(source, bead.SourceStart, bead.SourceCount, s => s.IsLine) == bead.SourceCount)
            != (Count(target, bead.TargetStart, bead.TargetCount, s => s.IsLine) == bead.TargetCount) ? 1 : 0;

    // The best similarity of a sentence of matched bead k with an unmatched unit of the other side within ConfidenceWindow beads.
    private static double NeighbourGapPartner(List<BeadPlan> path, int k, SentenceFeatures[] source, SentenceFeatures[] target)
    {
        var bead = path[k];
        double best = 0;
        for (int b = Math.Max(0, k - ConfidenceWindow); b <= Math.Min(path.Count - 1, k + ConfidenceWindow); b++)
        {
            var other = path[b];
            if (StateOf(other) == Insertion)
            {
                for (int a = bead.SourceStart; a < bead.SourceStart + bead.SourceCount; a++)
                {
                    best = Math.Max(best, SentenceFeatures.Similarity(source[a], target[other.TargetStart]));
                }
            }
            else if (StateOf(other) == Deletion)
            {
                for (int t = bead.TargetStart; t < bead.TargetStart + bead.TargetCount; t++)
                {
                    best = Math.Max(best, SentenceFeatures.Similarity(source[other.SourceStart], target[t]));
                }
            }
        }

        return best;
    }

    private static int StateOf(BeadPlan bead) => bead.TargetCount == 0 ? Deletion : bead.SourceCount == 0 ? Insertion : Match;

    // One bead's cost as the search counts it, without the opening of a gap; infinite for a heading beside a body sentence,
    // and as soon as its prior, then its lexical cost, reach the budget.
    private double BoxBeadCost(SentenceFeatures[] source, SentenceFeatures[] target, LengthModel lengths, BoxMatches matches, int si, int ds, int tj, int dt,
        double budget)
    {
        if (ds == 0 || dt == 0)
        {
            return GapCost(ds == 0 ? target[tj] : source[si]);
        }

        var (heading, lexicalFactor) = HeadingCost(Count(source, si, ds, s => s.IsHeading), Count(target, tj, dt, s => s.IsHeading), ds, dt);
        if (double.IsPositiveInfinity(heading))
        {
            return double.PositiveInfinity;
        }

        double prior = heading;
        foreach (var (s, t, p) in BeadTypes)
        {
            prior += s == ds && t == dt ? p : 0;
        }

        if (prior >= budget)
        {
            return double.PositiveInfinity;
        }

        double lexical = LexicalCost(Similarity(source, target, si, ds, tj, dt, matches), ds, dt) * lexicalFactor;
        return prior + lexical >= budget ? double.PositiveInfinity
            : prior + lexical + LengthCost(lengths, Length(source, si, ds), Length(target, tj, dt))
                + JoinCost(ds < 2 ? 0 : Count(source, si + 1, ds - 1, s => s.StartsParagraph), dt < 2 ? 0 : Count(target, tj + 1, dt - 1, s => s.StartsParagraph));
    }

    // How many of count sentences from start have a property (a bead's sides are at most MaxBeadSide long).
    private static int Count(SentenceFeatures[] side, int start, int count, Func<SentenceFeatures, bool> has)
    {
        int found = 0;
        for (int a = start; a < start + count; a++)
        {
            found += has(side[a]) ? 1 : 0;
        }

        return found;
    }


    /// <summary>The least share of its own token weight that a sentence of the bead finds matched on the other side of the bead (1 when no sentence has content tokens).</summary>
    private static double WeakestShare(SentenceFeatures[] source, SentenceFeatures[] target, BeadPlan bead)
    {
        double weakest = 1;
        for (int a = bead.SourceStart; a < bead.SourceStart + bead.SourceCount; a++)
        {
            double found = 0;
            for (int b = bead.TargetStart; b < bead.TargetStart + bead.TargetCount; b++)
            {
                found += SentenceFeatures.MatchedWeights(source[a], target[b]).A;
            }

            weakest = source[a].TotalWeight > 0 ? Math.Min(weakest, Math.Min(1, found / source[a].TotalWeight)) : weakest;
        }

        for (int b = bead.TargetStart; b < bead.TargetStart + bead.TargetCount; b++)
        {
            double found = 0;
            for (int a = bead.SourceStart; a < bead.SourceStart + bead.SourceCount; a++)
            {
                found += SentenceFeatures.MatchedWeights(source[a], target[b]).B;
            }

            weakest = target[b].TotalWeight > 0 ? Math.Min(weakest, Math.Min(1, found / target[b].TotalWeight)) : weakest;
        }

        return weakest;
    }

    private static (double Similarity, double Alternative, double LengthCost, int Tokens) MatchEvidence(SentenceFeatures[] source, SentenceFeatures[] target, BeadPlan bead, LengthModel lengths)
    {
        int si = bead.SourceStart, ds = bead.SourceCount, tj = bead.TargetStart, dt = bead.TargetCount;
        double similarity = Similarity(source, target, si, ds, tj, dt, new FreshMatches(source, target));
        double alternative = 0;
        int sourceTokens = 0, targetTokens = 0;
        for (int a = si; a < si + ds; a++)
        {
            alternative = Math.Max(alternative, BestNeighbour(source[a], target, tj - ConfidenceWindow, tj, tj + dt, tj + dt + ConfidenceWindow));
            sourceTokens += source[a].TokenCount;
        }

        for (int b = tj; b < tj + dt; b++)
        {
            alternative = Math.Max(alternative, BestNeighbour(target[b], source, si - ConfidenceWindow, si, si + ds, si + ds + ConfidenceWindow));
            targetTokens += target[b].TokenCount;
        }

        return (similarity, alternative, lengths.Cost(Length(source, si, ds), Length(target, tj, dt)), Math.Min(sourceTokens, targetTokens));
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
    /// What the headings in a bead add to its cost, and the factor on its lexical cost: nothing (factor 1) for a bead without
    /// headings or a heading paired 1-1 with a heading; <see cref="AlignmentModel.HeadingMismatchCost"/> and
    /// <see cref="AlignmentModel.HeadingMismatchLexicalFactor"/> for a heading paired 1-1 with a unit the other side did not
    /// read as a heading; any other bead with a heading is not allowed (infinite cost). <paramref name="sourceHeadings"/> and
    /// <paramref name="targetHeadings"/> count the headings before each sentence (<see cref="Prefix"/>).
    /// </summary>
    private static (double Cost, double LexicalFactor) HeadingCost(int[] sourceHeadings, int[] targetHeadings, int si, int ds, int tj, int dt) =>
        HeadingCost(sourceHeadings[si + ds] - sourceHeadings[si], targetHeadings[tj + dt] - targetHeadings[tj], ds, dt);

    // The rule itself, on how many headings each side of a bead of ds and dt sentences holds.
    private static (double Cost, double LexicalFactor) HeadingCost(int sourceCount, int targetCount, int ds, int dt) =>
        (sourceCount | targetCount) == 0 ? (0, 1)
        : ds != 1 || dt != 1 ? (double.PositiveInfinity, 1)
        : sourceCount == targetCount ? (0, 1)
        : (HeadingMismatchCost, HeadingMismatchLexicalFactor);

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
        ((GapExtendShare * _options.LexicalWeight) + Math.Min(GapLengthCap, unit.Length * GapPerChar)) * (unit.IsLine ? LineGapShare : 1);

    // Opening a run of unmatched sentences at this one.
    private double GapOpenCost(SentenceFeatures unit) =>
        (GapOpen + _options.LexicalWeight * _options.UnmatchedSimilarity) * (unit.IsLine ? LineGapShare : 1);

    // How many paragraphs of one side a bead joins to its first (paragraph starts after its first sentence).
    private static int ParagraphJoins(int[] paragraphStarts, int start, int count) =>
        count < 2 ? 0 : paragraphStarts[start + count] - paragraphStarts[start + 1];

    // A matched bead's cost is its prior, its length cost, its lexical cost and its paragraph joins; the search and the
    // confidence's local margin charge them through these, from the counts each keeps its own way.
    private double LengthCost(LengthModel lengths, int sourceChars, int targetChars) => lengths.Cost(sourceChars, targetChars) * _options.LengthWeight;

    private double LexicalCost(double similarity, int ds, int dt) => _options.LexicalWeight * (1.0 - similarity) * (ds + dt) / 2.0;

    private double LexicalCost(RowMatches matches, int si, int ds, int tj, int dt) => LexicalCost(matches.Similarity(si, ds, tj, dt), ds, dt);

    private static double JoinCost(int sourceJoins, int targetJoins) => (sourceJoins + targetJoins) * ParagraphJoinCost;

    /// <summary>A confidence from a logistic model: σ(weights · evidence), rounded to three places.</summary>
    internal static double Logistic(double[] weights, double[] evidence)
    {
        double z = 0;
        for (int k = 0; k < weights.Length; k++)
        {
            z += weights[k] * evidence[k];
        }

        return Math.Round(1.0 / (1.0 + Math.Exp(-z)), 3);
    }

    /// <summary>The best single-sentence similarity of <paramref name="sentence"/> with <paramref name="other"/>[from..to) outside [skipFrom..skipTo).</summary>
    private static double BestNeighbour(SentenceFeatures sentence, SentenceFeatures[] other, int from, int skipFrom, int skipTo, int to)
    {
        double best = 0;
        for (int k = Math.Max(0, from); k < Math.Min(other.Length, to); k++)
        {
            if (k < skipFrom || k >= skipTo)
            {
                best = Math.Max(best, SentenceFeatures.Similarity(sentence, other[k]));
            }
        }

        return best;
    }

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

    /// <summary>Matches computed afresh (confidence, after the search).</summary>
    private readonly struct FreshMatches(SentenceFeatures[] source, SentenceFeatures[] target) : IPairMatches
    {
        public (float Source, float Target) Get(int a, int b) => SentenceFeatures.MatchedWeights(source[a], target[b]);
    }

    /// <summary>
    /// Token matches of the sentence pairs near a path (within <see cref="Reach"/> target sentences of it on each source
    /// row), each computed once for all the boxes of the confidence's local margins: memory linear in the path.
    /// </summary>
    private sealed class PathMatches : IPairMatches
    {
        private const int Reach = (MaxBeadSide * ((2 * ConfidenceMarginBeads) + 1)) + MaxBeadSide;

        private readonly SentenceFeatures[] _source;
        private readonly SentenceFeatures[] _target;
        private readonly int[] _low;
        private readonly int[] _start;
        private readonly float[] _sourceMatched;
        private readonly float[] _targetMatched;

        public PathMatches(List<BeadPlan> path, SentenceFeatures[] source, SentenceFeatures[] target)
        {
            (_source, _target) = (source, target);
            int n = source.Length;
            _low = new int[n];
            var high = new int[n];
            Array.Fill(_low, int.MaxValue);
            Array.Fill(high, int.MinValue);
            foreach (var bead in path)
            {
                for (int a = Math.Max(0, bead.SourceStart - 1); a < Math.Min(n, bead.SourceStart + bead.SourceCount + 1); a++)
                {
                    _low[a] = Math.Min(_low[a], bead.TargetStart);
                    high[a] = Math.Max(high[a], bead.TargetStart + bead.TargetCount);
                }
            }

            _start = new int[n + 1];
            for (int a = 0; a < n; a++)
            {
                _low[a] = Math.Max(0, _low[a] - Reach);
                high[a] = Math.Min(target.Length, high[a] + Reach);
                _start[a + 1] = _start[a] + Math.Max(0, high[a] - _low[a]);
            }

            _sourceMatched = new float[_start[n]];
            _targetMatched = new float[_start[n]];
            Array.Fill(_sourceMatched, -1f);
        }

        public (float Source, float Target) Get(int a, int b)
        {
            int offset = b - _low[a];
            if (offset < 0 || offset >= _start[a + 1] - _start[a])
            {
                return SentenceFeatures.MatchedWeights(_source[a], _target[b]);
            }

            int index = _start[a] + offset;
            if (_sourceMatched[index] < 0)
            {
                (_sourceMatched[index], _targetMatched[index]) = SentenceFeatures.MatchedWeights(_source[a], _target[b]);
            }

            return (_sourceMatched[index], _targetMatched[index]);
        }
    }

    /// <summary>A <see cref="PathMatches"/> as the struct the similarity's look-up is specialised for.</summary>
    private readonly struct BoxMatches(PathMatches matches) : IPairMatches
    {
        public (float Source, float Target) Get(int a, int b) => matches.Get(a, b);
    }

    /// <summary>Matches from the search's row cache.</summary>
    private readonly struct Cached(RowMatches matches) : IPairMatches
    {
        public (float Source, float Target) Get(int a, int b) => matches.Get(a, b);
    }
}
