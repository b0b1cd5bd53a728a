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
        // Keys are small integers (learned ones negative): counts and look-ups are arrays over the block's key range.
        int min = int.MaxValue, max = int.MinValue;
        Range(source, ref min, ref max);
        Range(target, ref min, ref max);
        if (min > max)
        {
            return [];
        }

        int range = max - min + 1;
        var pool = System.Buffers.ArrayPool<int>.Shared;
        int[] sourceFrequency = pool.Rent(range), targetFrequency = pool.Rent(range), rareTargets = pool.Rent(AnchorMaxKeyFrequency * range);
        int[] seen = pool.Rent(target.Length), filled = pool.Rent(range);
        var candidates = new List<int>();
        try
        {
            Array.Clear(sourceFrequency, 0, range);
            Array.Clear(targetFrequency, 0, range);
            Array.Clear(seen, 0, target.Length);
            Array.Clear(filled, 0, range);
            Count(source, sourceFrequency, min);
            Count(target, targetFrequency, min);

            for (int j = 0; j < target.Length; j++)
            {
                // Learned keys sort before the others: a sentence's distinct keys are the learned ones, then the rest.
                AddRare(target[j].LearnedDistinctKeys, j);
                AddRare(target[j].DistinctKeys, j);
            }

            // Best candidate per source sentence, then only the best source per target sentence (mutual).
            var bestSource = new int[target.Length];
            var bestScore = new double[target.Length];
            Array.Fill(bestSource, -1);
            for (int i = 0; i < source.Length; i++)
            {
                candidates.Clear();
                AddCandidates(source[i].LearnedDistinctKeys, i);
                AddCandidates(source[i].DistinctKeys, i);

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
                    && (bestSource[bestJ] < 0 || bestScore[bestJ] < best))
                {
                    bestSource[bestJ] = i;
                    bestScore[bestJ] = best;
                }
            }

            // A source sentence is the best of one target sentence at most: sorting by it is a total order.
            var pairs = new List<(int I, int J)>();
            for (int j = 0; j < target.Length; j++)
            {
                if (bestSource[j] >= 0)
                {
                    pairs.Add((bestSource[j], j));
                }
            }

            pairs.Sort((a, b) => a.I.CompareTo(b.I));
            return LongestIncreasingChain(pairs);
        }
        finally
        {
            pool.Return(sourceFrequency);
            pool.Return(targetFrequency);
            pool.Return(rareTargets);
            pool.Return(seen);
            pool.Return(filled);
        }

        bool IsRare(int key) =>
            targetFrequency[key - min] <= AnchorMaxKeyFrequency && sourceFrequency[key - min] is > 0 and <= AnchorMaxKeyFrequency;

        void AddRare(ReadOnlySpan<int> keys, int j)
        {
            foreach (int key in keys)
            {
                if (IsRare(key))
                {
                    // Filled in target order: a rare key has AnchorMaxKeyFrequency target sentences at most.
                    rareTargets[(AnchorMaxKeyFrequency * (key - min)) + filled[key - min]++] = j;
                }
            }
        }

        void AddCandidates(ReadOnlySpan<int> keys, int i)
        {
            foreach (int key in keys)
            {
                if (key < min || key > max || !IsRare(key))
                {
                    continue;
                }

                int slot = AnchorMaxKeyFrequency * (key - min);
                for (int k = 0; k < filled[key - min]; k++)
                {
                    int j = rareTargets[slot + k];
                    if (seen[j] != i + 1)
                    {
                        seen[j] = i + 1;
                        candidates.Add(j);
                    }
                }
            }
        }
    }

    private static void Range(SentenceFeatures[] sentences, ref int min, ref int max)
    {
        foreach (var sentence in sentences)
        {
            foreach (int key in sentence.LearnedDistinctKeys)
            {
                min = Math.Min(min, key);
                max = Math.Max(max, key);
            }

            var keys = sentence.DistinctKeys;
            if (keys.Length > 0)
            {
                min = Math.Min(min, keys[0]);
                max = Math.Max(max, keys[^1]);
            }
        }
    }

    private static void Count(SentenceFeatures[] sentences, int[] frequency, int min)
    {
        foreach (var sentence in sentences)
        {
            foreach (int key in sentence.LearnedDistinctKeys)
            {
                frequency[key - min]++;
            }

            foreach (int key in sentence.DistinctKeys)
            {
                frequency[key - min]++;
            }
        }
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
