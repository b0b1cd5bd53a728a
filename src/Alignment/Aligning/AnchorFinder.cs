using static Alignment.Aligning.AlignmentModel;

namespace Alignment.Aligning;

/// <summary>
/// Finds sure 1-1 pairs before any alignment (Moore 2002; Bleualign): a source sentence and the target sentence that
/// shares the most of its rare keys (numbers, names, cognates, lexicon entries found at most
/// <see cref="AlignmentModel.AnchorMaxKeyFrequency"/> times on each side), kept when clearly better than the next
/// candidate, mutual, and in order with the others (the longest increasing chain). Linear in the pair's length.
/// </summary>
internal static class AnchorFinder
{
    /// <summary>The anchors, as (source index, target index) with both increasing.</summary>
    public static List<(int I, int J)> Find(SentenceFeatures[] source, SentenceFeatures[] target)
    {
        var sourceFrequency = Frequencies(source);
        var targetFrequency = Frequencies(target);
        var index = new Dictionary<int, List<int>>();
        for (int j = 0; j < target.Length; j++)
        {
            // Learned keys sort before the others: a sentence's distinct keys are the learned ones, then the rest.
            AddRare(target[j].LearnedDistinctKeys, j);
            AddRare(target[j].DistinctKeys, j);
        }

        // Best candidate per source sentence, then only the best source per target sentence (mutual).
        var bestForTarget = new Dictionary<int, (int I, double Score)>();
        var candidates = new HashSet<int>();
        for (int i = 0; i < source.Length; i++)
        {
            candidates.Clear();
            AddCandidates(source[i].LearnedDistinctKeys);
            AddCandidates(source[i].DistinctKeys);

            double best = 0, second = 0;
            int bestJ = -1;
            foreach (int j in candidates)
            {
                if (source[i].IsHeading != target[j].IsHeading)
                {
                    continue;
                }

                double similarity = SentenceFeatures.Similarity(source[i], target[j]);
                if (similarity > best)
                {
                    (second, best, bestJ) = (best, similarity, j);
                }
                else if (similarity > second)
                {
                    second = similarity;
                }
            }

            if (bestJ >= 0 && best >= AnchorMinSimilarity && best - second >= AnchorMargin
                && (!bestForTarget.TryGetValue(bestJ, out var previous) || previous.Score < best))
            {
                bestForTarget[bestJ] = (i, best);
            }
        }

        var pairs = bestForTarget.Select(kv => (kv.Value.I, J: kv.Key)).OrderBy(p => p.I).ToList();
        return LongestIncreasingChain(pairs);

        void AddRare(ReadOnlySpan<int> keys, int j)
        {
            foreach (int key in keys)
            {
                if (targetFrequency[key] <= AnchorMaxKeyFrequency && sourceFrequency.GetValueOrDefault(key) is > 0 and <= AnchorMaxKeyFrequency)
                {
                    if (!index.TryGetValue(key, out var list))
                    {
                        index[key] = list = [];
                    }

                    list.Add(j);
                }
            }
        }

        void AddCandidates(ReadOnlySpan<int> keys)
        {
            foreach (int key in keys)
            {
                if (index.TryGetValue(key, out var list))
                {
                    candidates.UnionWith(list);
                }
            }
        }
    }

    private static Dictionary<int, int> Frequencies(SentenceFeatures[] sentences)
    {
        var frequency = new Dictionary<int, int>();
        foreach (var sentence in sentences)
        {
            foreach (int key in sentence.LearnedDistinctKeys)
            {
                frequency[key] = frequency.GetValueOrDefault(key) + 1;
            }

            foreach (int key in sentence.DistinctKeys)
            {
                frequency[key] = frequency.GetValueOrDefault(key) + 1;
            }
        }

        return frequency;
    }

    /// <summary>The longest chain of pairs increasing in both indexes (pairs come sorted by I, one per I), by patience sorting.</summary>
    private static List<(int I, int J)> LongestIncreasingChain(List<(int I, int J)> pairs)
    {
        var tails = new List<int>();
        var previous = new int[pairs.Count];
        for (int k = 0; k < pairs.Count; k++)
        {
            int low = 0, high = tails.Count;
            while (low < high)
            {
                int mid = (low + high) / 2;
                if (pairs[tails[mid]].J < pairs[k].J)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            previous[k] = low > 0 ? tails[low - 1] : -1;
            if (low == tails.Count)
            {
                tails.Add(k);
            }
            else
            {
                tails[low] = k;
            }
        }

        var chain = new List<(int I, int J)>();
        for (int k = tails.Count > 0 ? tails[^1] : -1; k >= 0; k = previous[k])
        {
            chain.Add(pairs[k]);
        }

        chain.Reverse();
        return chain;
    }
}
