namespace Alignment.Aligning;

/// <summary>
/// What the aligner knows of one sentence: its length in characters and, per content token, the keys
/// under which it can meet a token of the other language (same number, same name, cognate, lexicon entry).
/// </summary>
internal sealed class SentenceFeatures
{
    public SentenceFeatures(int length, int[][] tokenKeys, string[] terms)
    {
        Length = length;
        TokenKeys = tokenKeys;
        Terms = terms;
        var keys = new HashSet<int>();
        foreach (var token in tokenKeys)
        {
            keys.UnionWith(token);
        }

        KeySet = keys;
    }

    /// <summary>Length in characters of the normalized sentence.</summary>
    public int Length { get; }

    /// <summary>For each content token, the keys it matches under.</summary>
    public int[][] TokenKeys { get; }

    /// <summary>The content tokens' analysed terms (used to learn a lexicon from the pair).</summary>
    public string[] Terms { get; }

    /// <summary>Every key of every token.</summary>
    public HashSet<int> KeySet { get; }

    /// <summary>How many of this sentence's tokens have a key in <paramref name="other"/>.</summary>
    public int MatchedTokens(SentenceFeatures other)
    {
        int matched = 0;
        foreach (var token in TokenKeys)
        {
            foreach (int key in token)
            {
                if (other.KeySet.Contains(key))
                {
                    matched++;
                    break;
                }
            }
        }

        return matched;
    }
}
