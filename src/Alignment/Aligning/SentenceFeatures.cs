namespace Alignment.Aligning;

/// <summary>
/// What the aligner knows of one sentence: its length in characters, whether it is a heading and, per content
/// token, the keys under which it can meet a token of the other language (same number, same name, cognate,
/// lexicon entry) and how much the token tells (rare words more than "government").
/// </summary>
internal sealed class SentenceFeatures
{
    public SentenceFeatures(int length, int[][] tokenKeys, string[] terms, bool isHeading = false, float[]? weights = null)
    {
        Length = length;
        TokenKeys = tokenKeys;
        Terms = terms;
        IsHeading = isHeading;
        Weights = weights ?? Ones(tokenKeys.Length);
        var byKey = new List<(int Key, int Token)>();
        for (int k = 0; k < tokenKeys.Length; k++)
        {
            foreach (int key in tokenKeys[k])
            {
                byKey.Add((key, k));
            }
        }

        byKey.Sort();
        _tokenKeys = byKey.Select(p => p.Key).ToArray();
        DistinctKeys = _tokenKeys.Distinct().ToArray();
        _keyTokens = byKey.Select(p => p.Token).ToArray();
        float total = 0;
        foreach (float w in Weights)
        {
            total += w;
        }

        TotalWeight = total;
    }

    /// <summary>Length in characters of the normalized sentence.</summary>
    public int Length { get; }

    /// <summary>Whether the sentence is a section heading (it never shares a bead with body sentences).</summary>
    public bool IsHeading { get; }

    /// <summary>For each content token, the keys it matches under.</summary>
    public int[][] TokenKeys { get; }

    /// <summary>The content tokens' analysed terms (used to learn a lexicon from the pair).</summary>
    public string[] Terms { get; }

    /// <summary>For each content token, its weight (inverse document frequency of its term on its side).</summary>
    public float[] Weights { get; }

    /// <summary>The sum of <see cref="Weights"/>.</summary>
    public float TotalWeight { get; }

    /// <summary>Every key of every token, sorted, once each.</summary>
    public int[] DistinctKeys { get; }

    // Every (key, token) pair, sorted by key: matching two sentences is then one merge of sorted arrays.
    private readonly int[] _tokenKeys;
    private readonly int[] _keyTokens;

    /// <summary>Whether any token of this sentence has <paramref name="key"/>.</summary>
    public bool HasKey(int key) => Array.BinarySearch(DistinctKeys, key) >= 0;

    /// <summary>The same sentence with other token weights.</summary>
    public SentenceFeatures WithWeights(float[] weights) => new(Length, TokenKeys, Terms, IsHeading, weights);

    /// <summary>The same sentence with other token keys.</summary>
    public SentenceFeatures WithKeys(int[][] tokenKeys) => new(Length, tokenKeys, Terms, IsHeading, Weights);

    /// <summary>The summed weight of this sentence's tokens that have a key in <paramref name="other"/>.</summary>
    public float MatchedWeight(SentenceFeatures other)
    {
        int tokens = TokenKeys.Length;
        Span<bool> matched = tokens <= 256 ? stackalloc bool[tokens] : new bool[tokens];
        var mine = _tokenKeys;
        var theirs = other.DistinctKeys;
        float weight = 0;
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
                int token = _keyTokens[a++];
                if (!matched[token])
                {
                    matched[token] = true;
                    weight += Weights[token];
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

    private static float[] Ones(int count)
    {
        var ones = new float[count];
        Array.Fill(ones, 1f);
        return ones;
    }
}
