using System.Globalization;

namespace Alignment;

/// <summary>
/// The shape of a bead: how many source sentences it holds and how many target sentences, written
/// <c>1-1</c>, <c>2-1</c>, <c>1-0</c> (an omission), <c>0-1</c> (an addition). Immutable.
/// </summary>
public readonly record struct BeadType
{
    /// <summary>Creates the type of a bead of <paramref name="sourceCount"/> source and <paramref name="targetCount"/> target sentences.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public BeadType(int sourceCount, int targetCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sourceCount);
        ArgumentOutOfRangeException.ThrowIfNegative(targetCount);
        SourceCount = sourceCount;
        TargetCount = targetCount;
    }

    /// <summary>One sentence on each side, <c>1-1</c>.</summary>
    public static BeadType OneToOne { get; } = new(1, 1);

    /// <summary>A source sentence with no counterpart, <c>1-0</c>.</summary>
    public static BeadType Omission { get; } = new(1, 0);

    /// <summary>A target sentence with no counterpart, <c>0-1</c>.</summary>
    public static BeadType Addition { get; } = new(0, 1);

    /// <summary>The number of source sentences.</summary>
    public int SourceCount { get; }

    /// <summary>The number of target sentences.</summary>
    public int TargetCount { get; }

    /// <summary>Reads <c>source-target</c> (<c>2-1</c>), the form <see cref="ToString"/> writes.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not two counts joined by a hyphen.</exception>
    public static BeadType Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var type) ? type : throw new FormatException($"'{text}' is not a bead type such as 1-1 or 2-1.");
    }

    /// <summary>Reads <c>source-target</c> (<c>2-1</c>); false when <paramref name="text"/> is anything else.</summary>
    public static bool TryParse(string? text, out BeadType type)
    {
        type = default;
        int hyphen = text?.IndexOf('-') ?? -1;
        if (hyphen <= 0
            || !int.TryParse(text.AsSpan(0, hyphen), NumberStyles.None, CultureInfo.InvariantCulture, out int source)
            || !int.TryParse(text.AsSpan(hyphen + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int target))
        {
            return false;
        }

        type = new BeadType(source, target);
        return true;
    }

    /// <summary>The type as the outputs write it: <c>source-target</c>, such as <c>2-1</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{SourceCount}-{TargetCount}");
}
