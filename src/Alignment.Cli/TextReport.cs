using Alignment;
using Alignment.Export;

namespace Alignment.Cli;

/// <summary>Plain-text renderings for a terminal.</summary>
internal static class TextReport
{
    public static void WriteStructure(ReportStructure structure, bool sentences, TextWriter output)
    {
        var doc = structure.Document;
        output.WriteLine($"{doc.Name}: {doc.Language}, {doc.Text.Length} chars, {structure.Sections.Count} sections, {structure.Sentences.Count} sentences");
        var bodies = structure.BodySentencesBySection();
        foreach (var section in structure.Sections)
        {
            var body = bodies[section.Index].ToList();
            output.WriteLine($"[{section.Index}] {BitextJsonWriter.Name(section.Kind),-15} {section.Start,6}-{section.End,-6} {section.Heading ?? "(no heading)"}  ({body.Count} sentences)");
            if (sentences)
            {
                foreach (var s in body)
                {
                    output.WriteLine($"    {s.Start,6}-{s.End,-6} {s.NormalizedText}");
                }
            }
        }
    }

    public static void WriteAlignment(BitextResult result, TextWriter output)
    {
        foreach (var bead in result.Beads)
        {
            output.WriteLine($"#{bead.Index} {BitextJsonWriter.Name(bead.Section)} {bead.Type} {bead.Confidence:0.00}");
            foreach (var s in bead.Source)
            {
                output.WriteLine($"  < {s.NormalizedText}");
            }

            foreach (var t in bead.Target)
            {
                output.WriteLine($"  > {t.NormalizedText}");
            }
        }

        output.WriteLine($"{result.Beads.Count} beads, {result.Unmatched.Count()} unmatched, {result.LowConfidence().Count()} low-confidence, {result.Findings.Count} findings");
    }

    public static void WriteFindings(BitextResult result, TextWriter output)
    {
        foreach (var f in result.Findings)
        {
            output.WriteLine($"{f.Severity.ToString().ToLowerInvariant(),-7} bead {f.BeadIndex} ({BitextJsonWriter.Name(result.Beads[f.BeadIndex].Section)}): {f.Message}{(f.Hint is null ? "" : $" ({f.Hint})")}");
        }

        int Count(FindingSeverity severity) => result.Findings.Count(f => f.Severity == severity);
        output.WriteLine($"{result.Findings.Count} findings (error: {Count(FindingSeverity.Error)}, warning: {Count(FindingSeverity.Warning)}, info: {Count(FindingSeverity.Info)}) in {result.Beads.Count} beads");
    }
}
