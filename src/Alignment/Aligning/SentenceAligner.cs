namespace Alignment.Aligning;

/// <summary>One bead of a raw alignment: counts of consecutive sentences from each side, and a confidence.</summary>
internal readonly record struct BeadPlan(int SourceStart, int SourceCount, int TargetStart, int TargetCount, double Confidence);

/// <summary>
/// Dynamic-programming sentence aligner over beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3. A bead's cost
/// adds its prior, the Gale–Church length cost and a lexical term from the tokens the two sides share.
/// The search runs in a band around the diagonal that doubles when the best path touches its edge, so
/// cost grows linearly with length. Immutable and thread-safe.
/// </summary>
internal sealed class SentenceAligner
{
    private static readonly (int S, int T, double Prior)[] BeadTypes =
    [
        (1, 1, -Math.Log(0.89)),
        (1, 0, -Math.Log(0.005)),
        (0, 1, -Math.Log(0.005)),
        (2, 1, -Math.Log(0.0445)),
        (1, 2, -Math.Log(0.0445)),
        (2, 2, -Math.Log(0.011)),
        (3, 1, -Math.Log(0.002)),
        (1, 3, -Math.Log(0.002)),
    ];

    private const int MaxBeadSide = 3;

    private readonly AlignerOptions _options;

    public SentenceAligner(AlignerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Aligns two sentence sequences; the beads cover both in order.</summary>
    public List<BeadPlan> Align(SentenceFeatures[] source, SentenceFeatures[] target, LengthModel lengths)
    {
        int n = source.Length, m = target.Length;
        if (n == 0 || m == 0)
        {
            var only = new List<BeadPlan>();
            for (int i = 0; i < n; i++)
            {
                only.Add(new BeadPlan(i, 1, 0, 0, 0.5));
            }

            for (int j = 0; j < m; j++)
            {
                only.Add(new BeadPlan(n, 0, j, 1, 0.5));
            }

            return only;
        }

        int width = Math.Max(_options.InitialBand, Math.Abs(n - m) + 4);
        while (true)
        {
            var (path, touchedEdge) = Search(source, target, lengths, width);
            int maxWidth = Math.Max(n, m) + 1;
            if (!touchedEdge || width >= maxWidth)
            {
                return path;
            }

            width = Math.Min(width * 2, maxWidth);
        }
    }

    private (List<BeadPlan> Path, bool TouchedEdge) Search(SentenceFeatures[] source, SentenceFeatures[] target, LengthModel lengths, int width)
    {
        int n = source.Length, m = target.Length;
        double slope = (double)m / n;
        int bandSize = 2 * width + 1;

        // Row i covers target positions [Low(i), Low(i) + bandSize).
        var cost = new double[(n + 1) * bandSize];
        var back = new byte[(n + 1) * bandSize];
        Array.Fill(cost, double.PositiveInfinity);
        cost[Index(0, 0)] = 0;

        // Prefix sums of lengths make multi-sentence bead lengths O(1).
        var sourceLength = Prefix(source);
        var targetLength = Prefix(target);
        var matches = new PairMatches(source, target, slope, width + MaxBeadSide);

        for (int i = 0; i <= n; i++)
        {
            int low = Low(i);
            int high = Math.Min(m, low + bandSize - 1);
            for (int j = Math.Max(0, low); j <= high; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                double best = double.PositiveInfinity;
                byte bestType = 0;
                for (byte t = 0; t < BeadTypes.Length; t++)
                {
                    var (ds, dt, prior) = BeadTypes[t];
                    int pi = i - ds, pj = j - dt;
                    if (pi < 0 || pj < 0)
                    {
                        continue;
                    }

                    int pIndex = TryIndex(pi, pj);
                    if (pIndex < 0 || double.IsPositiveInfinity(cost[pIndex]))
                    {
                        continue;
                    }

                    double c = cost[pIndex] + prior + BeadCost(matches, sourceLength, targetLength, lengths, pi, ds, pj, dt, out _);
                    if (c < best)
                    {
                        best = c;
                        bestType = t;
                    }
                }

                int index = Index(i, j);
                cost[index] = best;
                back[index] = bestType;
            }
        }

        // Trace back, noting whether the path runs along the band's edge.
        var path = new List<BeadPlan>();
        bool touched = false;
        int ci = n, cj = m;
        while (ci > 0 || cj > 0)
        {
            int index = Index(ci, cj);
            var (ds, dt, _) = BeadTypes[back[index]];
            int low = Low(ci);
            if ((cj - low <= 1 && low > 0) || (low + bandSize - 1 - cj <= 1 && low + bandSize - 1 < m))
            {
                touched = true;
            }

            double bead = BeadCost(matches, sourceLength, targetLength, lengths, ci - ds, ds, cj - dt, dt, out double similarity);
            path.Add(new BeadPlan(ci - ds, ds, cj - dt, dt, Confidence(ds, dt, similarity, bead)));
            ci -= ds;
            cj -= dt;
        }

        path.Reverse();
        return (path, touched);

        int Low(int i) => (int)Math.Round(i * slope) - width;

        int Index(int i, int j) => i * bandSize + (j - Low(i));

        int TryIndex(int i, int j)
        {
            int offset = j - Low(i);
            return offset < 0 || offset >= bandSize ? -1 : i * bandSize + offset;
        }
    }

    private double BeadCost(PairMatches matches, int[] sourceLength, int[] targetLength, LengthModel lengths,
        int si, int ds, int tj, int dt, out double similarity)
    {
        if (ds == 0 || dt == 0)
        {
            similarity = 0;

            // An unmatched sentence costs more the longer it is: long omissions are rarer than stray fragments.
            int length = ds == 0 ? targetLength[tj + dt] - targetLength[tj] : sourceLength[si + ds] - sourceLength[si];
            return _options.LexicalWeight * _options.UnmatchedSimilarity + Math.Min(3.0, length / 100.0);
        }

        int ls = sourceLength[si + ds] - sourceLength[si];
        int lt = targetLength[tj + dt] - targetLength[tj];
        double lengthCost = lengths.Cost(ls, lt);

        similarity = matches.Similarity(si, ds, tj, dt);
        return lengthCost * _options.LengthWeight + _options.LexicalWeight * (1.0 - similarity) * (ds + dt) / 2.0;
    }

    private static double Confidence(int ds, int dt, double similarity, double beadCost)
    {
        if (ds == 0 || dt == 0)
        {
            return 0.5;
        }

        // Calibrated on the seed pair: shared-token ratio dominates, an implausible length pulls down.
        double z = 8.0 * (similarity - 0.2) - 0.15 * beadCost;
        return Math.Round(1.0 / (1.0 + Math.Exp(-z)), 3);
    }

    private static int[] Prefix(SentenceFeatures[] sentences)
    {
        var prefix = new int[sentences.Length + 1];
        for (int k = 0; k < sentences.Length; k++)
        {
            prefix[k + 1] = prefix[k] + sentences[k].Length;
        }

        return prefix;
    }

    /// <summary>
    /// Token matches between single sentences near the diagonal, computed once per pair: a multi-sentence
    /// bead's similarity is then a sum of looked-up counts instead of fresh set intersections.
    /// </summary>
    private sealed class PairMatches
    {
        private readonly SentenceFeatures[] _source;
        private readonly SentenceFeatures[] _target;
        private readonly double _slope;
        private readonly int _width;
        private readonly int _size;
        private readonly short[] _sourceMatched;
        private readonly short[] _targetMatched;

        public PairMatches(SentenceFeatures[] source, SentenceFeatures[] target, double slope, int width)
        {
            _source = source;
            _target = target;
            _slope = slope;
            _width = width;
            _size = 2 * width + 1;
            _sourceMatched = new short[source.Length * _size];
            _targetMatched = new short[source.Length * _size];
            Array.Fill(_sourceMatched, (short)-1);
        }

        /// <summary>Share of the tokens on both sides that find a partner on the other side, in [0, 1].</summary>
        public double Similarity(int si, int ds, int tj, int dt)
        {
            // In a many-to-many bead each sentence must find its match mostly in one partner: summing
            // over partners would reward merging two 1-1 beads through shared names, years and numbers.
            bool many = ds > 1 && dt > 1;
            int matched = 0, total = 0;
            for (int a = si; a < si + ds; a++)
            {
                int sum = 0;
                for (int b = tj; b < tj + dt; b++)
                {
                    sum = Combine(sum, Get(a, b).Source, many);
                }

                total += _source[a].TokenKeys.Length;
                matched += Math.Min(sum, _source[a].TokenKeys.Length);
            }

            for (int b = tj; b < tj + dt; b++)
            {
                int sum = 0;
                for (int a = si; a < si + ds; a++)
                {
                    sum = Combine(sum, Get(a, b).Target, many);
                }

                total += _target[b].TokenKeys.Length;
                matched += Math.Min(sum, _target[b].TokenKeys.Length);
            }

            return total == 0 ? 0.3 : (double)matched / total;
        }

        private static int Combine(int accumulated, int next, bool many) => many ? Math.Max(accumulated, next) : accumulated + next;

        private (int Source, int Target) Get(int a, int b)
        {
            int offset = b - ((int)Math.Round(a * _slope) - _width);
            if (offset < 0 || offset >= _size)
            {
                return (_source[a].MatchedTokens(_target[b]), _target[b].MatchedTokens(_source[a]));
            }

            int index = a * _size + offset;
            if (_sourceMatched[index] < 0)
            {
                _sourceMatched[index] = (short)Math.Min(short.MaxValue, _source[a].MatchedTokens(_target[b]));
                _targetMatched[index] = (short)Math.Min(short.MaxValue, _target[b].MatchedTokens(_source[a]));
            }

            return (_sourceMatched[index], _targetMatched[index]);
        }
    }
}
