namespace Alignment;

/// <summary>
/// One sentence (or heading, or list item) of a report. <see cref="Start"/> and <see cref="End"/> are
/// UTF-16 offsets into <see cref="ReportDocument.Text"/>, end exclusive, so <see cref="Text"/> is
/// exactly <c>document.Text[Start..End]</c>; <see cref="NormalizedText"/> is the same sentence with
/// single spaces, line-end hyphenation joined and wraps undone.
/// </summary>
/// <param name="Index">Position of the sentence in the document, from 0.</param>
/// <param name="SectionIndex">Index of the <see cref="Section"/> the sentence belongs to.</param>
/// <param name="Start">Start offset in the original text.</param>
/// <param name="End">End offset in the original text (exclusive).</param>
/// <param name="Text">The original text of the sentence, line breaks and all.</param>
/// <param name="NormalizedText">The normalized text of the sentence.</param>
/// <param name="IsHeading">Whether this unit is a section heading rather than a sentence.</param>
public sealed record SentenceSpan(int Index, int SectionIndex, int Start, int End, string Text, string NormalizedText, bool IsHeading)
{
    /// <summary>Whether the unit opens a paragraph (a heading, a line of its own, a paragraph's first sentence); the aligner
    /// prices a bead that joins two paragraphs of one side. False when unknown.</summary>
    internal bool StartsParagraph { get; init; }
}
