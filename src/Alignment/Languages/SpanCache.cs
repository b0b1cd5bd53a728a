namespace Alignment.Languages;

/// <summary>
/// A string-keyed map (ordinal) looked up by a span of the text, so looking up a word costs no string (net8.0 has no
/// alternate lookup on <see cref="Dictionary{TKey, TValue}"/>). Open addressing, linear probing, the runtime's randomized
/// string hash (a document's words fill it, and cannot be chosen to collide). Not thread-safe while it is written; once
/// filled, any number of threads may read it.
/// </summary>
internal sealed class SpanCache<T>
{
    private string?[] _keys = new string?[256];
    private int[] _hashes = new int[256];
    private T[] _values = new T[256];
    private int _count;

    /// <summary>The value of <paramref name="key"/>, if the map has it.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out T value)
    {
        int hash = string.GetHashCode(key);
        int mask = _keys.Length - 1;
        for (int slot = hash & mask; _keys[slot] is { } k; slot = (slot + 1) & mask)
        {
            if (_hashes[slot] == hash && key.SequenceEqual(k))
            {
                value = _values[slot];
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Forgets every entry, keeping the room.</summary>
    public void Clear()
    {
        Array.Clear(_keys);
        Array.Clear(_values);
        _count = 0;
    }

    /// <summary>The values of the map, in no particular order.</summary>
    public IEnumerable<T> Values()
    {
        for (int slot = 0; slot < _keys.Length; slot++)
        {
            if (_keys[slot] is not null)
            {
                yield return _values[slot];
            }
        }
    }

    /// <summary>Adds a key that is not in the map.</summary>
    public void Add(string key, T value)
    {
        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        Put(key, string.GetHashCode(key.AsSpan()), value);
        _count++;
    }

    private void Put(string key, int hash, T value)
    {
        int mask = _keys.Length - 1;
        int slot = hash & mask;
        while (_keys[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        _keys[slot] = key;
        _hashes[slot] = hash;
        _values[slot] = value;
    }

    private void Grow()
    {
        var (keys, hashes, values) = (_keys, _hashes, _values);
        _keys = new string?[keys.Length * 2];
        _hashes = new int[keys.Length * 2];
        _values = new T[keys.Length * 2];
        for (int k = 0; k < keys.Length; k++)
        {
            if (keys[k] is { } key)
            {
                Put(key, hashes[k], values[k]);
            }
        }
    }
}
