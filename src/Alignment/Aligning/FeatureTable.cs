namespace Alignment.Aligning;

/// <summary>
/// The features of one side of a pair, stored flat (struct of arrays): per sentence its length, heading flag and
/// total weight; per content token its keys, term and weight; per sentence its (key, token) pairs sorted by key and
/// its distinct keys, each sentence a range of one array. A document's features are a few arrays, not a few objects
/// per sentence. Keys learned from the pair on a second pass sit in <see cref="Learned"/> beside the tables they
/// extend, which are shared, not copied. Immutable once built.
/// </summary>
internal sealed class FeatureTable
{
    private FeatureTable(int[] lengths, UnitShape[] shapes, int[] tokenStart, int[][] tokenKeys, string[] terms, float[] weights,
        float[] totalWeights, KeyPairs pairs, KeyPairs? learned)
    {
        Lengths = lengths;
        Shapes = shapes;
        TokenStart = tokenStart;
        TokenKeys = tokenKeys;
        Terms = terms;
        Weights = weights;
        TotalWeights = totalWeights;
        Pairs = pairs;
        Learned = learned;
    }

    /// <summary>How many sentences the table has.</summary>
    public int Count => Lengths.Length;

    /// <summary>Per sentence: length in characters.</summary>
    public int[] Lengths { get; }

    /// <summary>Per sentence: its shape (heading, line, paragraph start).</summary>
    public UnitShape[] Shapes { get; }

    /// <summary>Per sentence, and one more: where its tokens start in the token arrays.</summary>
    public int[] TokenStart { get; }

    /// <summary>Per token: its keys (arrays shared by every token of the same word).</summary>
    public int[][] TokenKeys { get; }

    /// <summary>Per token: its analysed term.</summary>
    public string[] Terms { get; }

    /// <summary>Per token: its weight.</summary>
    public float[] Weights { get; }

    /// <summary>Per sentence: the sum of its token weights, in token order.</summary>
    public float[] TotalWeights { get; }

    /// <summary>The sentences' (key, token) pairs and distinct keys.</summary>
    public KeyPairs Pairs { get; }

    /// <summary>The learned keys' (key, token) pairs and distinct keys, or <see langword="null"/> on the first pass.</summary>
    public KeyPairs? Learned { get; }

    /// <summary>Per sentence, and one more: where its pairs start in <see cref="PairKeys"/>.</summary>
    public int[] PairStart => Pairs.PairStart;

    /// <summary>The keys of the (key, token) pairs, sorted within each sentence.</summary>
    public int[] PairKeys => Pairs.PairKeys;

    /// <summary>The tokens (index within their sentence) of the (key, token) pairs.</summary>
    public int[] PairTokens => Pairs.PairTokens;

    /// <summary>Per sentence, and one more: where its distinct keys start in <see cref="DistinctKeys"/>.</summary>
    public int[] DistinctStart => Pairs.DistinctStart;

    /// <summary>Every sentence's keys, sorted, once each.</summary>
    public int[] DistinctKeys => Pairs.DistinctKeys;

    /// <summary>One view per sentence.</summary>
    public SentenceFeatures[] Sentences()
    {
        var sentences = new SentenceFeatures[Count];
        for (int s = 0; s < sentences.Length; s++)
        {
            sentences[s] = new SentenceFeatures(this, s);
        }

        return sentences;
    }

    /// <summary>
    /// The table with token weights ln(1 + N / df), N the sentences and df those containing the term (Sparck Jones 1972):
    /// "government" in every sentence tells little about which sentence is the partner, a rare name or number a lot.
    /// </summary>
    public static FeatureTable Build(int[] lengths, UnitShape[] shapes, int[] tokenStart, int[][] tokenKeys, string[] terms) =>
        Build(lengths, shapes, tokenStart, tokenKeys, terms, TermWeights.Of(tokenStart, terms));

    /// <summary>As <see cref="Build(int[], UnitShape[], int[], int[][], string[])"/>, with the weights already computed (they do not depend on the keys).</summary>
    public static FeatureTable Build(int[] lengths, UnitShape[] shapes, int[] tokenStart, int[][] tokenKeys, string[] terms, TermWeights weights)
    {
        var pairs = KeyPairs.FromTokenKeys(lengths.Length, tokenStart, tokenKeys);
        return new FeatureTable(lengths, shapes, tokenStart, tokenKeys, terms, weights.Weights, weights.Totals, pairs, null);
    }

    /// <summary>
    /// Token weights ln(1 + N / df) and each sentence's total, summed in token order: they depend on the terms only, not on
    /// the keys, so they can be computed before the keys are numbered.
    /// </summary>
    internal sealed record TermWeights(float[] Weights, float[] Totals)
    {
        /// <summary>
        /// The weights of the tokens of <paramref name="terms"/>, sentence s having tokens [tokenStart[s], tokenStart[s + 1]).
        /// <paramref name="ids"/>, when given, is the table the term ids are numbered in: cleared first, its room kept from call
        /// to call (a new one per call grew through ten sizes: 180 KB of the 2.9 MB a seed pair's alignment allocated).
        /// </summary>
        public static TermWeights Of(int[] tokenStart, string[] terms, Dictionary<string, int>? ids = null)
        {
            int n = tokenStart.Length - 1, tokens = terms.Length;

            // Term ids, and in how many sentences each term occurs.
            ids ??= new Dictionary<string, int>(StringComparer.Ordinal);
            ids.Clear();
            var termIds = new int[tokens];
            var frequency = new List<int>();
            var lastSentence = new List<int>();
            for (int s = 0; s < n; s++)
            {
                for (int k = tokenStart[s]; k < tokenStart[s + 1]; k++)
                {
                    if (!ids.TryGetValue(terms[k], out int id))
                    {
                        id = ids.Count;
                        ids[terms[k]] = id;
                        frequency.Add(0);
                        lastSentence.Add(-1);
                    }

                    termIds[k] = id;
                    if (lastSentence[id] != s)
                    {
                        lastSentence[id] = s;
                        frequency[id]++;
                    }
                }
            }

            var termWeights = new float[frequency.Count];
            for (int id = 0; id < termWeights.Length; id++)
            {
                termWeights[id] = (float)Math.Log(1.0 + (double)n / frequency[id]);
            }

            var weights = new float[tokens];
            var totals = new float[n];
            for (int s = 0; s < n; s++)
            {
                float total = 0;
                for (int k = tokenStart[s]; k < tokenStart[s + 1]; k++)
                {
                    weights[k] = termWeights[termIds[k]];
                    total += weights[k];
                }

                totals[s] = total;
            }

            return new TermWeights(weights, totals);
        }
    }

    /// <summary>
    /// The same table with more keys on the tokens of some terms (<paramref name="learnedKeys"/>: term → negative keys),
    /// kept beside the shared arrays. <see langword="this"/> when no token has a learned key.
    /// </summary>
    public FeatureTable WithLearned(IReadOnlyDictionary<string, int[]> learnedKeys)
    {
        // Each token's learned keys, looked up once per token (none for most).
        var tokenLearned = new int[]?[Terms.Length];
        bool any = false;
        for (int k = 0; k < Terms.Length; k++)
        {
            tokenLearned[k] = learnedKeys.GetValueOrDefault(Terms[k]);
            any |= tokenLearned[k] is not null;
        }

        if (!any)
        {
            return this;
        }

        var learned = KeyPairs.FromTokenKeys(Count, TokenStart, tokenLearned);
        return new FeatureTable(Lengths, Shapes, TokenStart, TokenKeys, Terms, Weights, TotalWeights, Pairs, learned);
    }

    /// <summary>Per sentence: its (key, token) pairs sorted by key then token, and its distinct keys; flat, one range per sentence.</summary>
    internal sealed class KeyPairs
    {
        private KeyPairs(int[] pairStart, int[] pairKeys, int[] pairTokens, int[] distinctStart, int[] distinctKeys)
        {
            PairStart = pairStart;
            PairKeys = pairKeys;
            PairTokens = pairTokens;
            DistinctStart = distinctStart;
            DistinctKeys = distinctKeys;
        }

        public int[] PairStart { get; }

        public int[] PairKeys { get; }

        public int[] PairTokens { get; }

        public int[] DistinctStart { get; }

        public int[] DistinctKeys { get; }

        /// <summary>
        /// Each sentence's (key, token) pairs from <paramref name="tokenKeys"/> (the keys of each token, null for none; sentence s
        /// has tokens [tokenStart[s], tokenStart[s + 1])), sorted by key then token, and its distinct keys.
        /// </summary>
        public static KeyPairs FromTokenKeys(int n, int[] tokenStart, int[]?[] tokenKeys)
        {
            // First the counts, so that every array is allocated once at its size.
            var pairStart = new int[n + 1];
            for (int s = 0; s < n; s++)
            {
                int keys = 0;
                for (int k = tokenStart[s]; k < tokenStart[s + 1]; k++)
                {
                    keys += tokenKeys[k]?.Length ?? 0;
                }

                pairStart[s + 1] = pairStart[s] + keys;
            }

            // (key, token) packed in one long sorts as the pair does, negative (learned) keys first; the buffer is only
            // needed while sorting, so it comes from the shared pool.
            var packed = System.Buffers.ArrayPool<long>.Shared.Rent(Math.Max(1, pairStart[n]));
            for (int s = 0; s < n; s++)
            {
                int at = pairStart[s];
                for (int k = tokenStart[s]; k < tokenStart[s + 1]; k++)
                {
                    foreach (int key in tokenKeys[k] ?? [])
                    {
                        packed[at++] = ((long)key << 32) | (uint)(k - tokenStart[s]);
                    }
                }

                LongSort.Sort(packed.AsSpan(pairStart[s], pairStart[s + 1] - pairStart[s]));
            }

            int count = pairStart[n];
            var pairKeys = new int[count];
            var pairTokens = new int[count];
            var distinctStart = new int[n + 1];
            int distinct = 0;
            for (int s = 0; s < n; s++)
            {
                for (int p = pairStart[s]; p < pairStart[s + 1]; p++)
                {
                    pairKeys[p] = (int)(packed[p] >> 32);
                    pairTokens[p] = (int)(packed[p] & 0xFFFF_FFFF);
                    if (p == pairStart[s] || pairKeys[p] != pairKeys[p - 1])
                    {
                        distinct++;
                    }
                }

                distinctStart[s + 1] = distinct;
            }

            var distinctKeys = new int[distinct];
            for (int s = 0, d = 0; s < n; s++)
            {
                for (int p = pairStart[s]; p < pairStart[s + 1]; p++)
                {
                    if (p == pairStart[s] || pairKeys[p] != pairKeys[p - 1])
                    {
                        distinctKeys[d++] = pairKeys[p];
                    }
                }
            }

            System.Buffers.ArrayPool<long>.Shared.Return(packed);
            return new KeyPairs(pairStart, pairKeys, pairTokens, distinctStart, distinctKeys);
        }
    }
}
