using System.Globalization;

namespace Alignment.Export;

/// <summary>
/// Writes beads the way Vecalign prints them and the Text+Berg gold is written: one bead a line,
/// <c>[source ids]:[target ids]:cost</c>, e.g. <c>[0]:[0, 1]:0.120000</c>. Ids are the 0-based sentence indexes
/// (<see cref="SentenceSpan.Index"/>; line numbers for pre-split input), the cost is <c>1 - confidence</c>
/// (lower is better, as in Vecalign). Vecalign's and Bertalign's scorers read the lines as they are.
/// Stateless and thread-safe.
/// </summary>
public static class BeadListWriter
{
    /// <summary>Writes every bead of <paramref name="result"/>, omissions and additions included.</summary>
    public static void Write(BitextResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var bead in result.Beads)
        {
            writer.Write(Ids(bead.Source));
            writer.Write(':');
            writer.Write(Ids(bead.Target));
            writer.Write(':');
            writer.Write((1.0 - bead.Confidence).ToString("0.000000", CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }

    private static string Ids(IReadOnlyList<SentenceSpan> sentences) =>
        "[" + string.Join(", ", sentences.Select(s => s.Index.ToString(CultureInfo.InvariantCulture))) + "]";
}
