namespace Alignment.Languages;

/// <summary>
/// An open-addressing table from words to ids that is looked up with a span, without making a string of the word (the
/// language detector made one per word it read: 101 of the 222 KB that loading the English seed allocated). Immutable
/// once built, so thread-safe.
/// </summary>
internal sealed class SpanTable
{
    private readonly string?[] _keys;
    private readonly int[] _ids;

    /// <summary>A table of <paramref name="words"/> and their ids.</summary>
    public SpanTable(IReadOnlyDictionary<string, int> words)
    {
        int size = 16;
        while (size < words.Count * 3)
        {
            size <<= 1;
        }

        _keys = new string?[size];
        _ids = new int[size];
        foreach (var (word, id) in words)
        {
            int slot = Hash(word) & (size - 1);
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & (size - 1);
            }

            _keys[slot] = word;
            _ids[slot] = id;
        }
    }

    /// <summary>The id of <paramref name="word"/>, or -1 when it is not in the table.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        int mask = _keys.Length - 1;
        int slot = Hash(word) & mask;
        while (_keys[slot] is { } key)
        {
            if (word.SequenceEqual(key))
            {
                return _ids[slot];
            }

            slot = (slot + 1) & mask;
        }

        return -1;
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
