using Alignment.Languages;
using Alignment.Loading;
using Alignment.Sections;

namespace Alignment.Tests.Sections;

/// <summary>Loads a seed and describes its sections in one line each, for table-driven tests.</summary>
internal static class SeedSections
{
    public static IReadOnlyList<Section> Split(ReportDocument document) =>
        new SectionSplitter(document.Language.RequiredProfile).Split(document.Text, ParagraphBuilder.Build(document.Text));

    public static IReadOnlyList<Section> Split(string path) => Split(ReportDocument.LoadOrThrow(path));

    /// <summary>"Kind | heading | first words of the body", white space collapsed.</summary>
    public static string Describe(string text, Section section, int words = 4)
    {
        string heading = section.Heading is null ? "-" : Collapse(section.Heading);
        string body = section.End > section.HeadingEnd ? TextNormalizer.Normalize(text, section.HeadingEnd, section.End).Text : "";
        string opening = string.Join(' ', body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(words));
        return $"{section.Kind} | {heading} | {opening}";
    }

    public static string Collapse(string text) => TextNormalizer.Normalize(text).Text;
}
