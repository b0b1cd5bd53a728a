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

    /// <summary>Whether the sentence is a section heading (it pairs 1-1, or in a 2-1 or 1-2 bead only among lines).</summary>
    public bool IsHeading => (_table.Shapes[_index] & UnitShape.Heading) != 0;

    /// <summary>Whether the sentence is a line that does not end as a sentence ends (<see cref="UnitShape.Line"/>).</summary>
    public bool IsLine => (_table.Shapes[_index] & UnitShape.Line) != 0;

    /// <summary>Whether the unit is a note (<see cref="UnitShape.Note"/>).</summary>
    public bool IsNote => (_table.Shapes[_index] & UnitShape.Note) != 0;

    /// <summary>Whether the sentence opens its paragraph (<see cref="UnitShape.StartsParagraph"/>).</summary>
    public bool StartsParagraph => (_table.Shapes[_index] & UnitShape.StartsParagraph) != 0;

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
    /// The summed weight of <paramref name="a"/>'s tokens that have a key in <paramref name="b"/>, and of <paramref name="b"/>'s
    /// tokens that have a key in <paramref name="a"/>: one merge of the two sentences' (key, token) pairs, sorted by key; the
    /// learned keys first (when both sides have them), as they sort first. Each side's weights are added in its own key
    /// order, a token once.
    /// </summary>
    public static (float A, float B) MatchedWeights(SentenceFeatures a, SentenceFeatures b)
    {
        // Which tokens are matched already: one bit each, a single word for a sentence of up to 64 tokens.
        int aTokens = a.TokenCount, bTokens = b.TokenCount;
        int aWords = (aTokens + 63) >> 6, bWords = (bTokens + 63) >> 6;
        Span<ulong> aMatched = aWords <= 16 ? stackalloc ulong[aWords] : new ulong[aWords];
        Span<ulong> bMatched = bWords <= 16 ? stackalloc ulong[bWords] : new ulong[bWords];
        var aWeights = a._table.Weights.AsSpan(a._table.TokenStart[a._index], aTokens);
        var bWeights = b._table.Weights.AsSpan(b._table.TokenStart[b._index], bTokens);
        float aWeight = 0, bWeight = 0;
        if (a._table.Learned is { } aLearned && b._table.Learned is { } bLearned)
        {
            Merge(aLearned, a._index, bLearned, b._index, aWeights, bWeights, aMatched, bMatched, ref aWeight, ref bWeight);
        }

        Merge(a._table.Pairs, a._index, b._table.Pairs, b._index, aWeights, bWeights, aMatched, bMatched, ref aWeight, ref bWeight);
        return (aWeight, bWeight);
    }

    private static void Merge(FeatureTable.KeyPairs aPairs, int aIndex, FeatureTable.KeyPairs bPairs, int bIndex,
        ReadOnlySpan<float> aWeights, ReadOnlySpan<float> bWeights, Span<ulong> aMatched, Span<ulong> bMatched, ref float aWeight, ref float bWeight)
    {
        int aFrom = aPairs.PairStart[aIndex], bFrom = bPairs.PairStart[bIndex];
        var aKeys = aPairs.PairKeys.AsSpan(aFrom, aPairs.PairStart[aIndex + 1] - aFrom);
        var aTokens = aPairs.PairTokens.AsSpan(aFrom, aKeys.Length);
        var bKeys = bPairs.PairKeys.AsSpan(bFrom, bPairs.PairStart[bIndex + 1] - bFrom);
        var bTokens = bPairs.PairTokens.AsSpan(bFrom, bKeys.Length);
        int i = 0, j = 0;
        while (i < aKeys.Length && j < bKeys.Length)
        {
            int key = aKeys[i];
            if (key < bKeys[j])
            {
                i++;
            }
            else if (key > bKeys[j])
            {
                j++;
            }
            else
            {
                // Every token of either side under this key is matched.
                for (; i < aKeys.Length && aKeys[i] == key; i++)
                {
                    if (FirstMatch(aMatched, aTokens[i]))
                    {
                        aWeight += aWeights[aTokens[i]];
                    }
                }

                for (; j < bKeys.Length && bKeys[j] == key; j++)
                {
                    if (FirstMatch(bMatched, bTokens[j]))
                    {
                        bWeight += bWeights[bTokens[j]];
                    }
                }
            }
        }
    }

    /// <summary>
    /// Sets bit t of <paramref name="aMatched"/> ((TokenCount + 63) / 64 words, cleared) for each token t of <paramref name="a"/>
    /// that has a key in <paramref name="b"/> (learned keys aside): as <see cref="HasAnyKey"/> of its <see cref="KeysOf"/>, for
    /// every token in one merge of the two sentences' sorted keys.
    /// </summary>
    public static void MatchedTokens(SentenceFeatures a, SentenceFeatures b, Span<ulong> aMatched)
    {
        // The merge of MatchedWeights over the two sentences' own keys; b's side and both weights are not wanted.
        int bWords = (b.TokenCount + 63) >> 6;
        Span<ulong> bMatched = bWords <= 16 ? stackalloc ulong[bWords] : new ulong[bWords];
        float aWeight = 0, bWeight = 0;
        Merge(a._table.Pairs, a._index, b._table.Pairs, b._index, a._table.Weights.AsSpan(a._table.TokenStart[a._index], a.TokenCount),
            b._table.Weights.AsSpan(b._table.TokenStart[b._index], b.TokenCount), aMatched, bMatched, ref aWeight, ref bWeight);
    }

    /// <summary>How many of <paramref name="a"/>'s tokens have a key in <paramref name="b"/> (learned keys aside): <see cref="MatchedTokens(SentenceFeatures, SentenceFeatures, Span{ulong})"/> counted.</summary>
    public static int MatchedTokenCount(SentenceFeatures a, SentenceFeatures b)
    {
        int words = (a.TokenCount + 63) >> 6;
        Span<ulong> matched = words <= 16 ? stackalloc ulong[words] : new ulong[words];
        MatchedTokens(a, b, matched);
        int count = 0;
        foreach (ulong word in matched)
        {
            count += System.Numerics.BitOperations.PopCount(word);
        }

        return count;
    }

    // Marks token t matched; whether it was not before.
    private static bool FirstMatch(Span<ulong> matched, int t)
    {
        ref ulong word = ref matched[t >> 6];
        ulong bit = 1UL << t;
        if ((word & bit) != 0)
        {
            return false;
        }

        word |= bit;
        return true;
    }

    /// <summary>Similarity of two single sentences: the share of both sides' token weight that finds a partner, in [0, 1].</summary>
    public static double Similarity(SentenceFeatures a, SentenceFeatures b)
    {
        double total = a.TotalWeight + b.TotalWeight;
        if (total == 0)
        {
            return AlignmentModel.EmptySimilarity;
        }

        var (matchedA, matchedB) = MatchedWeights(a, b);
        return (matchedA + matchedB) / total;
    }
}
