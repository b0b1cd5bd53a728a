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

    /// <summary>A section with body text on one side has no counterpart on the other: none of its sentences found a partner.</summary>
    MissingSection,

    /// <summary>One document stops early: the tail of the other (from the offsets given to its end) has no counterpart.</summary>
    Truncated,

    /// <summary>Part of a bead's source (a clause, list item or parenthetical) has no counterpart in the bead's target.</summary>
    PartialOmission,

    /// <summary>
    /// Two numbers appear on both sides but count each other's things (<c>62 victims, 18 traffickers</c> vs <c>18 víctimas, 62 tratantes</c>);
    /// one number that counts another thing alone is a <see cref="CountedThingMismatch"/>.
    /// </summary>
    CountSwap,

    /// <summary>A number read from damaged text (<c>2O19</c>, <c>I2</c>, a footnote mark glued to a word): the finding names both forms.</summary>
    DamagedNumber,

    /// <summary>
    /// The two sides agree only if one of them is read against its language's separators: Spanish <c>3.200 millones</c> is
    /// 3,200 million, not the English 3.2 million.
    /// </summary>
    SeparatorConflict,

    /// <summary>An identifier (case file, decree with parts, phone number) differs in any part (<c>005-2016-IN</c> vs <c>005-2018-IN</c>).</summary>
    IdentifierMismatch,

    /// <summary>
    /// The same number counts another thing on each side, with no other number to have swapped with (<c>62 victims</c> vs
    /// <c>62 tratantes</c>, <c>12 victims</c> vs <c>12 traffickers</c>).
    /// </summary>
    CountedThingMismatch,
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

/// <summary>
/// A stretch of one document a <see cref="Finding"/> points at. <see cref="Start"/> and <see cref="End"/> are
/// UTF-16 offsets into the document's text, end exclusive; an empty span marks a position (where missing text
/// would be). Immutable.
/// </summary>
/// <param name="Start">Start offset.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Text">The text of the span (normalized: single spaces), empty for a position.</param>
public sealed record DocumentSpan(int Start, int End, string Text);

/// <summary>
/// A disagreement between the two sides of a bead (a number, or text one side lacks). Immutable.
/// <see cref="Code"/> is the stable name to match on (<see cref="FindingCodes"/>).
/// </summary>
/// <param name="Kind">What disagrees.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="BeadIndex">The <see cref="Bead.Index"/> of the bead.</param>
/// <param name="Message">A one-line message for a translator: <c>Spanish says 15.5 million soles, English says 1.5 million soles</c>.</param>
/// <param name="Source">The source mention (offsets into the source text), or <see langword="null"/> for an extra target number.</param>
/// <param name="Target">The target mention (offsets into the target text), or <see langword="null"/> for a missing one.</param>
/// <param name="Hint">What kind of slip it looks like (<c>inserted digit</c>, <c>swapped digits</c>), or <see langword="null"/>.</param>
public sealed record Finding(FindingKind Kind, FindingSeverity Severity, int BeadIndex, string Message, NumberMention? Source, NumberMention? Target, string? Hint)
{
    private readonly DocumentSpan? _sourceSpan;
    private readonly DocumentSpan? _targetSpan;

    /// <summary>The stable machine-readable code of <see cref="Kind"/> (<c>value-mismatch</c>, <c>missing-section</c>): one of <see cref="FindingCodes"/>.</summary>
    public string Code => FindingCodes.Of(Kind);

    /// <summary>
    /// Where the finding lies in the source: the mention for a numeric finding, the text left out for an
    /// omission; <see langword="null"/> when the source has nothing to point at.
    /// </summary>
    public DocumentSpan? SourceSpan
    {
        get => _sourceSpan ?? SpanOf(Source);
        init => _sourceSpan = value;
    }

    /// <summary>Where the finding lies in the target (an empty span: where missing text would be), or <see langword="null"/>.</summary>
    public DocumentSpan? TargetSpan
    {
        get => _targetSpan ?? SpanOf(Target);
        init => _targetSpan = value;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()}: bead {BeadIndex}: {Message}";

    private static DocumentSpan? SpanOf(NumberMention? mention) => mention is null ? null : new DocumentSpan(mention.Start, mention.End, mention.Text);
}
