namespace Alignment.Loading;

/// <summary>
/// A normalized view of a stretch of original text (single spaces, hyphenated line ends joined,
/// wraps undone), with a map from every normalized character back to its offset in the original.
/// </summary>
internal sealed class NormalizedText
{
    private readonly OffsetMap _map;

    public NormalizedText(string text, OffsetMap map)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(map);
        if (map.Length != text.Length)
        {
            throw new ArgumentException("One original offset per normalized character is required.", nameof(map));
        }

        Text = text;
        _map = map;
    }

    /// <summary>The normalized text.</summary>
    public string Text { get; }

    /// <summary>Offset in the original text of the normalized character at <paramref name="index"/>.</summary>
    public int OriginalOffset(int index) =>
        (uint)index < (uint)Text.Length ? _map.OffsetOf(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>
    /// Maps a non-empty normalized range <c>[start, end)</c> to the original range that covers it:
    /// from the original offset of its first character to just after its last character.
    /// </summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (start < 0 || end > Text.Length || start >= end)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is not a non-empty range of a text of length {Text.Length}.");
        }

        return (_map.OffsetOf(start), _map.OffsetOf(end - 1) + 1);
    }

    /// <summary>
    /// The original offset of each normalized character, kept as runs of characters whose offsets follow each other: a
    /// report's paragraph has a run per wrapped line, not an entry per character.
    /// </summary>
    internal sealed class OffsetMap
    {
        private readonly List<int> _runStarts = [];
        private readonly List<int> _runOffsets = [];
        private int _lastOffset = -2;

        /// <summary>How many characters are mapped.</summary>
        public int Length { get; private set; }

        /// <summary>Maps the next normalized character (the <see cref="Length"/>-th) to <paramref name="offset"/>.</summary>
        public void Add(int offset)
        {
            if (offset != _lastOffset + 1)
            {
                _runStarts.Add(Length);
                _runOffsets.Add(offset);
            }

            _lastOffset = offset;
            Length++;
        }

        /// <summary>The original offset of normalized character <paramref name="index"/> (0 ≤ index &lt; <see cref="Length"/>).</summary>
        public int OffsetOf(int index)
        {
            int run = _runStarts.BinarySearch(index);
            if (run < 0)
            {
                run = ~run - 1;
            }

            return _runOffsets[run] + (index - _runStarts[run]);
        }
    }
}
