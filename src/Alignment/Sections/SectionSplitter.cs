using Alignment.Languages;
using Alignment.Loading;

namespace Alignment.Sections;

/// <summary>Finds the sections of a report from its paragraphs. Immutable and thread-safe.</summary>
internal sealed class SectionSplitter
{
    private readonly LanguageProfile _profile;

    public SectionSplitter(LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _profile = profile;
    }

    /// <summary>The language this splitter is for.</summary>
    public LanguageProfile Profile => _profile;

    /// <summary>
    /// Splits the text into sections that cover every paragraph, in order. A section's heading, if any,
    /// is <c>[HeadingStart, HeadingEnd)</c>; its body runs from <c>HeadingEnd</c> to <c>End</c>.
    /// </summary>
    public IReadOnlyList<Section> Split(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        if (paragraphs.Count == 0)
        {
            return [];
        }

        int start = paragraphs[0].Start;
        return [new Section(0, SectionKind.Other, null, start, start, start, paragraphs[^1].End)];
    }
}
