namespace Alignment;

/// <summary>The kind of disagreement a <see cref="Finding"/> reports.</summary>
public enum FindingKind
{
    /// <summary>Both sides have the number but with different values (<c>15.5 millones</c> vs <c>1.5 million</c>).</summary>
    ValueMismatch,

    /// <summary>The same significand with a different scale (<c>2 billones</c> vs <c>2 billion</c>, <c>15 mil</c> vs <c>15 million</c>).</summary>
    ScaleMismatch,

    /// <summary>The same amount in different currencies or units (<c>soles</c> vs <c>dollars</c>, percent vs percentage points).</summary>
    UnitMismatch,

    /// <summary>A number of the source has no counterpart in the aligned target sentences.</summary>
    MissingInTarget,

    /// <summary>A number of the target has no counterpart in the aligned source sentences.</summary>
    ExtraInTarget,

    /// <summary>A number in a sentence the aligner left without counterpart (a 1-0 or 0-1 bead).</summary>
    UnalignedNumber,

    /// <summary>The same number with opposite signs (<c>-9,2 %</c> vs <c>9.2%</c>, <c>menos tres</c> vs <c>three</c>).</summary>
    SignMismatch,
}

/// <summary>How serious a <see cref="Finding"/> is.</summary>
public enum FindingSeverity
{
    /// <summary>Worth a look; often a change of wording (a year dropped, "one" rendered as "una").</summary>
    Info,

    /// <summary>Probably a translation problem: a count or amount missing on one side.</summary>
    Warning,

    /// <summary>The two sides state different numbers.</summary>
    Error,
}

/// <summary>A numeric disagreement between the two sides of a bead. Immutable.</summary>
/// <param name="Kind">What disagrees.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="BeadIndex">The <see cref="Bead.Index"/> of the bead.</param>
/// <param name="Message">A one-line message for a translator: <c>Spanish says 15.5 million soles, English says 1.5 million soles</c>.</param>
/// <param name="Source">The source mention (offsets into the source text), or <see langword="null"/> for an extra target number.</param>
/// <param name="Target">The target mention (offsets into the target text), or <see langword="null"/> for a missing one.</param>
/// <param name="Hint">What kind of slip it looks like (<c>inserted digit</c>, <c>swapped digits</c>), or <see langword="null"/>.</param>
public sealed record Finding(FindingKind Kind, FindingSeverity Severity, int BeadIndex, string Message, NumberMention? Source, NumberMention? Target, string? Hint)
{
    /// <inheritdoc />
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()}: bead {BeadIndex}: {Message}";
}
