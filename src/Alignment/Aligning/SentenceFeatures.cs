namespace Alignment.Aligning;

/// <summary>
/// What the aligner knows of one sentence: its length in characters, whether it is a heading and, per content
/// token, the keys under which it can meet a token of the other language (same number, same name, cognate,
/// lexicon entry) and how much the token tells (rare words more than "government"). A view of one row of a
/// <see cref="FeatureTable"/>: copying it copies two fields, nothing is allocated per sentence.
/// </summary>
internal readonly struct SentenceFeatures
{
    private readonly FeatureTable _table;
    private readonly int _index;

    public SentenceFeatures(FeatureTable table, int index)
    {
        _table = table;
        _index = index;
    }

    /// <summary>The table the sentence is a row of.</summary>
    public FeatureTable Table => _table;

    /// <summary>Length in characters of the normalized sentence.</summary>
    public int Length => _table.Lengths[_index];

    /// <summary>Whether the sentence is a section heading (it never shares a bead with body sentences).</summary>
    public bool IsHeading => _table.Headings[_index];

    /// <summary>How many content tokens the sentence has.</summary>
    public int TokenCount => _table.TokenStart[_index + 1] - _table.TokenStart[_index];

    /// <summary>The sum of the token weights (inverse document frequencies of their terms on their side).</summary>
    public float TotalWeight => _table.TotalWeights[_index];

    /// <summary>Every key of every token, sorted, once each (keys learned from the pair are in <see cref="LearnedDistinctKeys"/>).</summary>
    public ReadOnlySpan<int> DistinctKeys => _table.DistinctKeys.AsSpan(_table.DistinctStart[_index], _table.DistinctStart[_index + 1] - _table.DistinctStart[_index]);

    /// <summary>
    /// The keys learned from the pair (negative, so they sort before every other key), sorted, once each; empty on the first pass.
    /// The sentence's distinct keys in order are these, then <see cref="DistinctKeys"/>.
    /// </summary>
    public ReadOnlySpan<int> LearnedDistinctKeys =>
        _table.Learned is { } learned
            ? learned.DistinctKeys.AsSpan(learned.DistinctStart[_index], learned.DistinctStart[_index + 1] - learned.DistinctStart[_index])
            : [];

    /// <summary>The keys content token <paramref name="token"/> matches under (without learned keys).</summary>
    public ReadOnlySpan<int> KeysOf(int token) => _table.TokenKeys[_table.TokenStart[_index] + token];

    /// <summary>The analysed term of content token <paramref name="token"/> (used to learn a lexicon from the pair).</summary>
    public string Term(int token) => _table.Terms[_table.TokenStart[_index] + token];

    /// <summary>The weight of content token <paramref name="token"/>.</summary>
    public float Weight(int token) => _table.Weights[_table.TokenStart[_index] + token];

    /// <summary>Whether any token of this sentence has <paramref name="key"/>.</summary>
    public bool HasKey(int key) => (key < 0 ? LearnedDistinctKeys : DistinctKeys).BinarySearch(key) >= 0;

    /// <summary>Whether any of <paramref name="keys"/> is a key of this sentence.</summary>
    public bool HasAnyKey(ReadOnlySpan<int> keys)
    {
        foreach (int key in keys)
        {
            if (HasKey(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The summed weight of this sentence's tokens that have a key in <paramref name="other"/>: one merge of this
    /// sentence's (key, token) pairs, sorted by key, with the other's distinct keys; learned keys first, as they sort first.
    /// </summary>
    public float MatchedWeight(SentenceFeatures other)
    {
        int tokens = TokenCount;
        Span<bool> matched = tokens <= 256 ? stackalloc bool[tokens] : new bool[tokens];
        var table = _table;
        var weights = table.Weights.AsSpan(table.TokenStart[_index], tokens);
        float weight = 0;
        if (table.Learned is { } learned && other._table.Learned is { } theirs)
        {
            int from = learned.PairStart[_index];
            weight = Merge(learned.PairKeys.AsSpan(from, learned.PairStart[_index + 1] - from), learned.PairTokens.AsSpan(from),
                theirs.DistinctKeys.AsSpan(theirs.DistinctStart[other._index], theirs.DistinctStart[other._index + 1] - theirs.DistinctStart[other._index]),
                weights, matched, weight);
        }

        int start = table.PairStart[_index];
        return Merge(table.PairKeys.AsSpan(start, table.PairStart[_index + 1] - start), table.PairTokens.AsSpan(start),
            other.DistinctKeys, weights, matched, weight);
    }

    private static float Merge(ReadOnlySpan<int> mine, ReadOnlySpan<int> mineTokens, ReadOnlySpan<int> theirs, ReadOnlySpan<float> weights, Span<bool> matched, float weight)
    {
        int a = 0, b = 0;
        while (a < mine.Length && b < theirs.Length)
        {
            if (mine[a] < theirs[b])
            {
                a++;
            }
            else if (mine[a] > theirs[b])
            {
                b++;
            }
            else
            {
                int token = mineTokens[a++];
                if (!matched[token])
                {
                    matched[token] = true;
                    weight += weights[token];
                }
            }
        }

        return weight;
    }

    /// <summary>Similarity of two single sentences: the share of both sides' token weight that finds a partner, in [0, 1].</summary>
    public static double Similarity(SentenceFeatures a, SentenceFeatures b)
    {
        double total = a.TotalWeight + b.TotalWeight;
        return total == 0 ? AlignmentModel.EmptySimilarity : (a.MatchedWeight(b) + b.MatchedWeight(a)) / total;
    }
}
