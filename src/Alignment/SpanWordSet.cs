namespace Alignment;

/// <summary>
/// A case-insensitive set of words or short phrases that can be queried with a <see cref="ReadOnlySpan{T}"/>, so the
/// splitter looks up the token before a period, and the loader a line's heading word, without allocating a string for it
/// (net8.0 has no alternate lookup on <see cref="HashSet{T}"/>). Immutable and thread-safe.
/// </summary>
internal sealed class SpanWordSet
{
    private readonly Dictionary<int, string[]> _buckets = new();

    public SpanWordSet(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var lists = new Dictionary<int, List<string>>();
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            int hash = string.GetHashCode(word.AsSpan(), StringComparison.OrdinalIgnoreCase);
            if (!lists.TryGetValue(hash, out var list))
            {
                lists[hash] = list = new List<string>(1);
            }

            list.Add(word);
            MaxLength = Math.Max(MaxLength, word.Length);
        }

        foreach (var (hash, list) in lists)
        {
            _buckets[hash] = list.ToArray();
        }
    }

    /// <summary>Length of the longest word, in UTF-16 code units; longer spans are never members.</summary>
    public int MaxLength { get; }

    /// <summary>Whether <paramref name="word"/> is in the set, ignoring case.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxLength)
        {
            return false;
        }

        if (!_buckets.TryGetValue(string.GetHashCode(word, StringComparison.OrdinalIgnoreCase), out var candidates))
        {
            return false;
        }

        foreach (var candidate in candidates)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
