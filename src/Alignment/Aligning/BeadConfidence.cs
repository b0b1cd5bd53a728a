using static Alignment.Aligning.AlignmentModel;

namespace Alignment.Aligning;

/// <summary>
/// The confidence of each bead of a path (<see cref="SentenceAligner.Align"/>): a logistic model over the bead's evidence
/// and its neighbours' (<see cref="AlignmentModel.MatchedConfidenceWeights"/>, <see cref="AlignmentModel.UnmatchedConfidenceWeights"/>).
/// It reads the path the search chose and never changes it.
/// </summary>
internal sealed partial class SentenceAligner
{
    // The moves of the confidence's local margin: an unmatched sentence on either side, or any bead type of the search (from
    // BeadPriors itself: the order of static initializers across the parts of a partial class is not defined).
    private static readonly (int S, int T)[] BoxMoves = [(1, 0), (0, 1), .. BeadPriors.Select(b => (b.Source, b.Target))];

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
            double weakest = gap ? 0 : WeakestShare(source, target, bead);
            evidence[k] = gap
                ? [1, raw[k].Alternative, tokens, gapsNext, oppositeGap, matchedNeighbours > 0 ? neighbourSimilarity : 0, raw[k].Alternative * tokens, edge, margin,
                    OppositeGapNear(path, k), PartnerSimilarity(path, k, source, target), line, edge * line,
                    raw[k].Alternative < ConfidenceIsolatedSimilarity ? 1 : 0, NeighbourCoverage(path, k, source, target) * tokens,
                    BetterFit(path, k, source, target, raw), 0]
                :
                [
                    1, raw[k].Similarity, raw[k].Similarity - raw[k].Alternative, Math.Min(ConfidenceLengthCap, raw[k].LengthCost),
                    bead.SourceCount + bead.TargetCount > 2 ? 1 : 0, tokens, gapsNext, neighbourSimilarity, raw[k].Similarity * tokens,
                    margin, weakest, bead.SourceCount > 1 && bead.TargetCount > 1 ? 1 : 0,
                    LineMismatch(source, target, bead), NeighbourGapPartner(path, k, source, target),
                    (1 - weakest) * tokens, GapCoverage(path, k, source, target),
                    weakest < ConfidenceUnsupportedShare && raw[k].Tokens >= ConfidenceUnsupportedTokens ? 1 : 0,
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

    // Unmatched bead k: how much better its unit fits its best partner on the other side within ConfidenceWindow beads (the
    // sentence it is most similar to) than that sentence's own bead does (the bead's similarity; 0 for an unmatched
    // sentence). Above 0, the unit would be the better partner; below, its best partner is well paired already and the unit
    // restates it (a page title beside the same title paired as a heading, "Contactos con la prensa" beside "Press Release |
    // Comunicado de prensa"). 0 when the unit shares nothing with the sentences near it.
    private static double BetterFit(List<BeadPlan> path, int k, SentenceFeatures[] source, SentenceFeatures[] target,
        (double Similarity, double Alternative, double LengthCost, int Tokens)[] raw)
    {
        var unit = Unit(path, source, target, k);
        bool isSource = path[k].SourceCount > 0;
        double bestSimilarity = 0, excess = 0;
        for (int b = Math.Max(0, k - ConfidenceWindow); b <= Math.Min(path.Count - 1, k + ConfidenceWindow); b++)
        {
            var other = path[b];
            double own = StateOf(other) == Match ? raw[b].Similarity : 0;
            int from = isSource ? other.TargetStart : other.SourceStart, count = isSource ? other.TargetCount : other.SourceCount;
            for (int x = from; x < from + count; x++)
            {
                double similarity = isSource ? SentenceFeatures.Similarity(unit, target[x]) : SentenceFeatures.Similarity(source[x], unit);
                if (similarity > bestSimilarity || (similarity == bestSimilarity && similarity > 0 && similarity - own > excess))
                {
                    (bestSimilarity, excess) = (similarity, similarity - own);
                }
            }
        }

        return excess;
    }

    // The share of unit's own token weight that finds a partner in other[from..from + count): the sentences of one side of a
    // bead, unit being of the other side (unitIsSource: it is a source sentence).
    private static double Coverage(SentenceFeatures unit, bool unitIsSource, SentenceFeatures[] other, int from, int count)
    {
        if (unit.TotalWeight <= 0)
        {
            return 0;
        }

        double found = 0;
        for (int b = Math.Max(0, from); b < Math.Min(other.Length, from + count); b++)
        {
            found += unitIsSource ? SentenceFeatures.MatchedWeights(unit, other[b]).A : SentenceFeatures.MatchedWeights(other[b], unit).B;
        }

        return Math.Min(1, found / unit.TotalWeight);
    }

    // Unmatched bead k: the most of its unit's weight that the other side of the nearest matched bead before or after it
    // (past a run of unmatched beads, within ConfidenceWindow beads) holds. A sentence the aligner left beside the bead it
    // belongs to (a 1-1 that should have been a 1-2) is covered there; a paragraph only one side carries is not.
    private static double NeighbourCoverage(List<BeadPlan> path, int k, SentenceFeatures[] source, SentenceFeatures[] target)
    {
        var unit = Unit(path, source, target, k);
        bool isSource = path[k].SourceCount > 0;
        double best = 0;
        foreach (int step in (ReadOnlySpan<int>)[-1, 1])
        {
            for (int b = k + step; b >= 0 && b < path.Count && Math.Abs(b - k) <= ConfidenceWindow; b += step)
            {
                var other = path[b];
                if (StateOf(other) == Match)
                {
                    best = Math.Max(best, isSource ? Coverage(unit, true, target, other.TargetStart, other.TargetCount)
                        : Coverage(unit, false, source, other.SourceStart, other.SourceCount));
                    break;
                }
            }
        }

        return best;
    }

    // Matched bead k: the most of the weight of an unmatched unit within ConfidenceWindow beads that the bead's other side
    // holds (the same evidence as NeighbourCoverage, from the matched bead's end): the bead may want that unit too.
    private static double GapCoverage(List<BeadPlan> path, int k, SentenceFeatures[] source, SentenceFeatures[] target)
    {
        var bead = path[k];
        double best = 0;
        for (int b = Math.Max(0, k - ConfidenceWindow); b <= Math.Min(path.Count - 1, k + ConfidenceWindow); b++)
        {
            var other = path[b];
            best = StateOf(other) switch
            {
                Deletion => Math.Max(best, Coverage(source[other.SourceStart], true, target, bead.TargetStart, bead.TargetCount)),
                Insertion => Math.Max(best, Coverage(target[other.TargetStart], false, source, bead.SourceStart, bead.SourceCount)),
                _ => best,
            };
        }

        return best;
    }

    /// <summary>
    /// The confidence of the beads of a block with sentences on one side only (a truncated document's tail, a part one side
    /// lacks: the sectioning left the other side nothing to pair them with), in place, with the unmatched model
    /// (<see cref="UnmatchedConfidenceWeights"/>). The sentences of the other document around the block's place (as many as the
    /// block holds and <see cref="ConfidenceWindow"/> more, either way) stand in for its neighbours: a sentence whose
    /// translation lies there was likely cut off by a wrong truncation or section boundary. No other way through the block
    /// exists (the local margin is at its cap); the block's beads are all unmatched, before any matched one (edge).
    /// </summary>
    /// <param name="plans">The block's beads, all 1-0 or all 0-1.</param>
    /// <param name="units">The block's sentences (the side it has).</param>
    /// <param name="isSource">Whether that side is the source.</param>
    /// <param name="other">The whole other document.</param>
    /// <param name="at">Where the block sits in <paramref name="other"/> (the index of the other side's next sentence).</param>
    internal void OneSidedConfidence(List<BeadPlan> plans, SentenceFeatures[] units, bool isSource, SentenceFeatures[] other, int at)
    {
        int from = at - units.Length - ConfidenceWindow, to = at + units.Length + ConfidenceWindow;
        for (int k = 0; k < plans.Count; k++)
        {
            var unit = units[isSource ? plans[k].SourceStart : plans[k].TargetStart];
            double alternative = 0, coverage = 0;
            for (int b = Math.Max(0, from); b < Math.Min(other.Length, to); b++)
            {
                alternative = Math.Max(alternative, isSource ? SentenceFeatures.Similarity(unit, other[b]) : SentenceFeatures.Similarity(other[b], unit));
                coverage = Math.Max(coverage, Coverage(unit, isSource, other, b, 1));
            }

            double tokens = Math.Log(1 + unit.TokenCount);
            double line = unit.IsLine ? 1 : 0;
            int gapsNext = (k > 0 ? 1 : 0) + (k + 1 < plans.Count ? 1 : 0);
            double[] evidence = [1, alternative, tokens, gapsNext, 0, 0, alternative * tokens, 1, ConfidenceMarginCap, 0, 0, line, line,
                alternative < ConfidenceIsolatedSimilarity ? 1 : 0, coverage * tokens, 0, 1];
            plans[k] = plans[k] with
            {
                Confidence = Logistic(UnmatchedConfidenceWeights, evidence),
                Evidence = _options.KeepConfidenceEvidence ? evidence : null,
            };
        }
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

        var (heading, lexicalFactor, chargesJoins) = HeadingCost(Count(source, si, ds, s => s.IsHeading), Count(target, tj, dt, s => s.IsHeading), Count(source, si, ds, s => s.IsLine) + Count(target, tj, dt, s => s.IsLine), ds, dt);
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
                + (chargesJoins ? JoinCost(ds < 2 ? 0 : Count(source, si + 1, ds - 1, s => s.StartsParagraph), dt < 2 ? 0 : Count(target, tj + 1, dt - 1, s => s.StartsParagraph)) : 0);
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
}
