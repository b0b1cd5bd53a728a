using System.Globalization;

namespace Alignment.Comparing;

/// <summary>The messages of omission findings (missing sections, truncation, partial omissions), in one place.</summary>
internal static class OmissionMessages
{
    /// <summary>Excerpts in messages and spans are cut to this many characters.</summary>
    public const int MaxExcerpt = 160;

    /// <summary>"the Spanish target stops early: the English source from offset 12,255 to its end (3 sections: ...) has no counterpart".</summary>
    public static string Truncated(Side shortSide, Side longSide, int offset, int sentences, int characters, IReadOnlyList<string> sections) =>
        $"the {shortSide} stops early: the {longSide} from offset {N(offset)} to its end ({N(sentences)} sentences, {N(characters)} characters"
        + (sections.Count == 0 ? "" : $"; {(sections.Count == 1 ? "section" : "sections")} {string.Join(", ", sections)}")
        + ") has no counterpart";

    /// <summary>"the English source's prevention section "PREVENTION" (24 sentences) has no counterpart in the Spanish target".</summary>
    public static string MissingSection(Side present, Side absent, string section, int sentences) =>
        $"the {present}'s {section} ({N(sentences)} {(sentences == 1 ? "sentence" : "sentences")}) has no counterpart in the {absent}";

    /// <summary>"the Spanish target leaves out part of the English source sentence: "...""</summary>
    public static string PartialOmission(Side present, Side other, string part) =>
        $"the {other} leaves out part of the {present}: \"{Excerpt(part)}\"";

    /// <summary>A section's name for a message: its kind and heading (<c>prevention section "PREVENTION"</c>).</summary>
    public static string SectionName(Section section) =>
        $"{section.Kind.ToString().ToLowerInvariant()} section" + (section.Heading is null ? "" : $" \"{Excerpt(section.Heading)}\"");

    /// <summary>The text cut to <see cref="MaxExcerpt"/> characters, on one line, with an ellipsis when cut.</summary>
    public static string Excerpt(string text)
    {
        string line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= MaxExcerpt ? line : string.Concat(line.AsSpan(0, MaxExcerpt - 1).TrimEnd(), "…");
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>One document of the pair, named by language and role: <c>English source</c>, <c>Spanish target</c>.</summary>
    internal readonly record struct Side(string Language, string Role)
    {
        public override string ToString() => $"{Language} {Role}";
    }
}
