namespace Alignment;

/// <summary>What a section of a report is about.</summary>
public enum SectionKind
{
    /// <summary>The title line, e.g. "Peru (Tier 2)" / "Perú (Nivel 2)".</summary>
    Title,

    /// <summary>The opening summary of the government's efforts.</summary>
    Summary,

    /// <summary>The (prioritized) recommendations.</summary>
    Recommendations,

    /// <summary>Prosecution / law enforcement.</summary>
    Prosecution,

    /// <summary>Protection of victims.</summary>
    Protection,

    /// <summary>Prevention.</summary>
    Prevention,

    /// <summary>The trafficking profile.</summary>
    Profile,

    /// <summary>Any other section.</summary>
    Other,
}

/// <summary>
/// A section of a report: its kind, its heading and where it lies in the original text.
/// Offsets are UTF-16 code units into <see cref="ReportDocument.Text"/>, end exclusive.
/// </summary>
/// <param name="Index">Position of the section in the document, from 0.</param>
/// <param name="Kind">What the section is about.</param>
/// <param name="Heading">The heading, normalized (single spaces), or <see langword="null"/> for a section that has none; <c>[HeadingStart, HeadingEnd)</c> is where it is written.</param>
/// <param name="HeadingStart">Start of the heading; equals <paramref name="Start"/> when there is no heading.</param>
/// <param name="HeadingEnd">End of the heading; equals <paramref name="Start"/> when there is no heading.</param>
/// <param name="Start">Start of the section (its heading included).</param>
/// <param name="End">End of the section.</param>
public sealed record Section(int Index, SectionKind Kind, string? Heading, int HeadingStart, int HeadingEnd, int Start, int End);
