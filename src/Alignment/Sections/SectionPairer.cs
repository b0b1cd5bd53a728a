namespace Alignment.Sections;

/// <summary>
/// Pairs the sections of two reports by kind, keeping both orders: the longest order-preserving
/// matching of kinds (so Other sections pair in order, and a section kind present on one side only
/// comes back with a null partner). Stateless and thread-safe.
/// </summary>
internal static class SectionPairer
{
    /// <summary>Pairs <paramref name="source"/> with <paramref name="target"/>; every section of both appears exactly once, in order.</summary>
    public static IReadOnlyList<SectionPair> Pair(IReadOnlyList<Section> source, IReadOnlyList<Section> target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        int n = source.Count, m = target.Count;

        // Longest common subsequence of kinds; reports have a handful of sections, so n*m is small.
        var lcs = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
        {
            for (int j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = source[i].Kind == target[j].Kind
                    ? lcs[i + 1, j + 1] + 1
                    : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var pairs = new List<SectionPair>(Math.Max(n, m));
        int a = 0, b = 0;
        while (a < n || b < m)
        {
            if (a < n && b < m && source[a].Kind == target[b].Kind && lcs[a, b] == lcs[a + 1, b + 1] + 1)
            {
                pairs.Add(new SectionPair(source[a].Kind, source[a++], target[b++]));
            }
            else if (b >= m || (a < n && lcs[a + 1, b] >= lcs[a, b + 1]))
            {
                pairs.Add(new SectionPair(source[a].Kind, source[a++], null));
            }
            else
            {
                pairs.Add(new SectionPair(target[b].Kind, null, target[b++]));
            }
        }

        return pairs;
    }
}
