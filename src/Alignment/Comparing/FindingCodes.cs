namespace Alignment;

/// <summary>
/// The stable codes of <see cref="FindingKind"/>, as the JSON <c>code</c> field writes them: what scripts and
/// QA gates match on. Every kind has exactly one code, and a code never changes once published.
/// </summary>
public static class FindingCodes
{
    /// <summary><see cref="FindingKind.ValueMismatch"/>.</summary>
    public const string ValueMismatch = "value-mismatch";

    /// <summary><see cref="FindingKind.ScaleMismatch"/>.</summary>
    public const string ScaleMismatch = "scale-mismatch";

    /// <summary><see cref="FindingKind.UnitMismatch"/>.</summary>
    public const string UnitMismatch = "unit-mismatch";

    /// <summary><see cref="FindingKind.MissingInTarget"/>.</summary>
    public const string MissingInTarget = "missing-in-target";

    /// <summary><see cref="FindingKind.ExtraInTarget"/>.</summary>
    public const string ExtraInTarget = "extra-in-target";

    /// <summary><see cref="FindingKind.UnalignedNumber"/>.</summary>
    public const string UnalignedNumber = "unaligned-number";

    /// <summary><see cref="FindingKind.SignMismatch"/>.</summary>
    public const string SignMismatch = "sign-mismatch";

    /// <summary><see cref="FindingKind.MissingSection"/>: a section on one side only, none of its sentences matched (error).</summary>
    public const string MissingSection = "missing-section";

    /// <summary><see cref="FindingKind.Truncated"/>: one document stops early, the other's tail has no counterpart (error).</summary>
    public const string Truncated = "truncated";

    /// <summary><see cref="FindingKind.PartialOmission"/>: a clause, list item or parenthetical of a bead's source has no counterpart (warning).</summary>
    public const string PartialOmission = "partial-omission";

    /// <summary><see cref="FindingKind.CountSwap"/>: two numbers count each other's things (error).</summary>
    public const string CountSwap = "count-swap";

    /// <summary><see cref="FindingKind.DamagedNumber"/>: a number read from damaged text, both forms named (warning; info when the other side agrees).</summary>
    public const string DamagedNumber = "damaged-number";

    /// <summary><see cref="FindingKind.SeparatorConflict"/>: the sides agree only against one language's separators (warning).</summary>
    public const string SeparatorConflict = "separator-conflict";

    /// <summary><see cref="FindingKind.IdentifierMismatch"/>: an identifier differs in a part (error).</summary>
    public const string IdentifierMismatch = "identifier-mismatch";

    /// <summary><see cref="FindingKind.CountedThingMismatch"/>: the same number counts another thing on each side, no swap to explain it (warning).</summary>
    public const string CountedThingMismatch = "counted-thing-mismatch";

    /// <summary>The code of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string Of(FindingKind kind) => kind switch
    {
        FindingKind.ValueMismatch => ValueMismatch,
        FindingKind.ScaleMismatch => ScaleMismatch,
        FindingKind.UnitMismatch => UnitMismatch,
        FindingKind.MissingInTarget => MissingInTarget,
        FindingKind.ExtraInTarget => ExtraInTarget,
        FindingKind.UnalignedNumber => UnalignedNumber,
        FindingKind.SignMismatch => SignMismatch,
        FindingKind.MissingSection => MissingSection,
        FindingKind.Truncated => Truncated,
        FindingKind.PartialOmission => PartialOmission,
        FindingKind.CountSwap => CountSwap,
        FindingKind.DamagedNumber => DamagedNumber,
        FindingKind.SeparatorConflict => SeparatorConflict,
        FindingKind.IdentifierMismatch => IdentifierMismatch,
        FindingKind.CountedThingMismatch => CountedThingMismatch,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown finding kind"),
    };
}
