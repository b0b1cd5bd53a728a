using System.Globalization;

namespace Alignment.Export;

/// <summary>
/// The columns of the tabular exports (<see cref="TsvWriter"/>, <see cref="CsvWriter"/>) and each bead's row: one
/// place for what a row holds, while each writer decides how a field is separated and escaped.
/// </summary>
internal static class BeadTable
{
    /// <summary>The column names, in order.</summary>
    public static readonly string[] Columns =
        ["bead", "section", "type", "confidence", "source_start", "source_end", "target_start", "target_end", "source", "target", "findings"];

    /// <summary>
    /// One row a bead: its fields in <see cref="Columns"/> order, the two text fields passed through
    /// <paramref name="text"/> (the writer's escaping), with the number of findings of the bead last.
    /// </summary>
    public static IEnumerable<string[]> Rows(BitextResult result, Func<string, string> text)
    {
        var findings = result.Findings.GroupBy(f => f.BeadIndex).ToDictionary(g => g.Key, g => g.Count());
        foreach (var bead in result.Beads)
        {
            yield return
            [
                bead.Index.ToString(CultureInfo.InvariantCulture),
                WireNames.Of(bead.Section),
                bead.Type.ToString(),
                bead.Confidence.ToString("0.000", CultureInfo.InvariantCulture),
                Offset(bead.Source, first: true),
                Offset(bead.Source, first: false),
                Offset(bead.Target, first: true),
                Offset(bead.Target, first: false),
                text(string.Join(' ', bead.Source.Select(s => s.NormalizedText))),
                text(string.Join(' ', bead.Target.Select(s => s.NormalizedText))),
                findings.GetValueOrDefault(bead.Index).ToString(CultureInfo.InvariantCulture),
            ];
        }
    }

    private static string Offset(IReadOnlyList<SentenceSpan> sentences, bool first) =>
        sentences.Count == 0 ? "" : (first ? sentences[0].Start : sentences[^1].End).ToString(CultureInfo.InvariantCulture);
}
