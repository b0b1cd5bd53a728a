namespace Alignment.Loading;

/// <summary>
/// A normalized view of a stretch of original text (single spaces, hyphenated line ends joined,
/// wraps undone), with a map from every normalized character back to its offset in the original.
/// </summary>
internal sealed class NormalizedText
{
    private readonly int[] _originalOffsets;

    public NormalizedText(string text, int[] originalOffsets)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(originalOffsets);
        if (originalOffsets.Length < text.Length)
        {
            throw new ArgumentException("One original offset per normalized character is required (entries after the text's length are not read).", nameof(originalOffsets));
        }

        Text = text;
        _originalOffsets = originalOffsets;
    }

    /// <summary>The normalized text.</summary>
    public string Text { get; }

    /// <summary>Offset in the original text of the normalized character at <paramref name="index"/>.</summary>
    public int OriginalOffset(int index) => (uint)index < (uint)Text.Length ? _originalOffsets[index] : throw new ArgumentOutOfRangeException(nameof(index));

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

        return (_originalOffsets[start], _originalOffsets[end - 1] + 1);
    }
}
