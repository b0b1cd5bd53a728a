using Alignment.Numbers;

namespace Alignment.Comparing;

/// <summary>
/// Compares the numbers of two aligned segments (a translation unit of a TMX, a row of a CAT tool's bilingual table):
/// the same checks, severities and messages as the numbers of a bead of <see cref="BitextAligner"/>. Built once per
/// language pair; immutable and thread-safe.
/// </summary>
public sealed class SegmentNumberComparer
{
    private readonly NumberComparer _comparer;

    /// <summary>Builds the comparer of a language pair with number data (<c>es</c>, <c>en</c>).</summary>
    /// <param name="sourceLanguage">The language of the source segments (<see cref="Language.English"/>).</param>
    /// <param name="targetLanguage">The language of their translations (<see cref="Language.Spanish"/>).</param>
    /// <exception cref="ArgumentException">A language has no number data.</exception>
    public SegmentNumberComparer(Language sourceLanguage, Language targetLanguage)
        : this(sourceLanguage, targetLanguage, null)
    {
    }

    /// <summary>
    /// Builds the comparer of a language pair with number data, whose user dictionary also ties what a number counts to
    /// its translation (<c>62 victims</c> against <c>62 tratantes</c> is reported when the dictionary pairs the words).
    /// </summary>
    /// <param name="sourceLanguage">The language of the source segments (<see cref="Language.English"/>).</param>
    /// <param name="targetLanguage">The language of their translations (<see cref="Language.Spanish"/>).</param>
    /// <param name="dictionary">The user's dictionary, or <see langword="null"/> for the bundled lexicon only.</param>
    /// <exception cref="ArgumentException">A language has no number data.</exception>
    public SegmentNumberComparer(Language sourceLanguage, Language targetLanguage, BilingualDictionary? dictionary)
    {
        _comparer = new NumberComparer(NumberReader.For(sourceLanguage), NumberReader.For(targetLanguage), dictionary);
    }

    /// <summary>
    /// The disagreements between the numbers of a segment and its translation, in source order. An empty side is an
    /// omission (every number of the other side is reported as unaligned). Mentions and spans carry offsets into the
    /// segment they come from; <see cref="Finding.BeadIndex"/> is 0.
    /// </summary>
    public IReadOnlyList<Finding> Compare(string sourceSegment, string targetSegment)
    {
        ArgumentNullException.ThrowIfNull(sourceSegment);
        ArgumentNullException.ThrowIfNull(targetSegment);
        var bead = new Bead(0, SectionKind.Other, Side(sourceSegment), Side(targetSegment), 1.0);
        return ReadOnlyLists.Copy(_comparer.Compare([bead], sourceSegment, targetSegment));
    }

    private static SentenceSpan[] Side(string segment) =>
        segment.Length == 0 ? [] : [new SentenceSpan(0, 0, 0, segment.Length, segment, segment, IsHeading: false)];
}
