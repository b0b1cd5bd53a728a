using Alignment;
using Alignment.Export;

namespace Alignment.Cli;

/// <summary>Plain-text renderings for a terminal: text from the documents is escaped (<see cref="TerminalText"/>), one line per line.</summary>
internal static class TextReport
{
    public static void WriteStructure(ReportStructure structure, bool sentences, TextWriter output)
    {
        var doc = structure.Document;
        var bodies = structure.BodySentencesBySection();

        // The per-section counts leave each section's heading out; the total says both, so they add up.
        int headings = structure.Sentences.Count(s => s.IsHeading);
        output.WriteLine($"{TerminalText.Escape(doc.Name)}: {doc.Language}, {Plural.Of(doc.Text.Length, "char")}, {Plural.Of(structure.Sections.Count, "section")}, "
            + $"{Plural.Of(structure.Sentences.Count - headings, "sentence")} and {Plural.Of(headings, "heading")}");
        foreach (var section in structure.Sections)
        {
            var body = bodies[section.Index].ToList();
            output.WriteLine($"[{section.Index}] {WireNames.Of(section.Kind),-15} {section.Start,6}-{section.End,-6} {TerminalText.Escape(section.Heading ?? "(no heading)")}  ({Plural.Of(body.Count, "sentence")})");
            if (sentences)
            {
                foreach (var s in body)
                {
                    output.WriteLine($"    {s.Start,6}-{s.End,-6} {TerminalText.Escape(s.NormalizedText)}");
                }
            }
        }
    }

    public static void WriteAlignment(BitextResult result, TextWriter output)
    {
        foreach (var bead in result.Beads)
        {
            output.WriteLine($"#{bead.Index} {WireNames.Of(bead.Section)} {bead.Type} {bead.Confidence:0.00}");
            foreach (var s in bead.Source)
            {
                output.WriteLine($"  < {TerminalText.Escape(s.NormalizedText)}");
            }

            foreach (var t in bead.Target)
            {
                output.WriteLine($"  > {TerminalText.Escape(t.NormalizedText)}");
            }
        }

        // The findings as check lists them, after the beads they point to.
        if (result.Findings.Count > 0)
        {
            output.WriteLine();
            WriteFindingLines(result, output);
        }

        output.WriteLine($"{Plural.Of(result.Beads.Count, "bead")}, {result.Unmatched.Count()} unmatched, {result.LowConfidence().Count()} low-confidence, "
            + Plural.Of(result.Findings.Count, "finding"));
    }

    public static void WriteFindings(BitextResult result, TextWriter output)
    {
        WriteFindingLines(result, output);
        int Count(FindingSeverity severity) => result.Findings.Count(f => f.Severity == severity);
        output.WriteLine($"{Plural.Of(result.Findings.Count, "finding")} (error: {Count(FindingSeverity.Error)}, warning: {Count(FindingSeverity.Warning)}, "
            + $"info: {Count(FindingSeverity.Info)}) in {Plural.Of(result.Beads.Count, "bead")}");
    }

    private static void WriteFindingLines(BitextResult result, TextWriter output)
    {
        foreach (var f in result.Findings)
        {
            output.WriteLine($"{WireNames.Of(f.Severity),-7} bead {f.BeadIndex} ({WireNames.Of(result.Beads[f.BeadIndex].Section)}): {TerminalText.Escape(f.Message)}{(f.Hint is null ? "" : $" ({f.Hint})")}");
        }
    }
}
