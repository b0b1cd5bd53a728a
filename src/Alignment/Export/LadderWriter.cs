using System.Globalization;

namespace Alignment.Export;

/// <summary>
/// Writes an alignment as hunalign's ladder: one rung a line, <c>sourceIndex TAB targetIndex TAB score</c>.
/// A rung <c>(i, j)</c> says the first <c>i</c> source and first <c>j</c> target sentences are aligned with
/// each other; a bead lies between two consecutive rungs. There is one rung where each bead starts, carrying that
/// bead's confidence, and a closing rung at the ends of both documents carrying the last bead's confidence
/// (hunalign closes the ladder the same way). Stateless and thread-safe.
/// </summary>
public static class LadderWriter
{
    /// <summary>Writes the rungs of <paramref name="result"/>.</summary>
    public static void Write(BitextResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        int source = 0, target = 0;
        double last = 0;
        foreach (var bead in result.Beads)
        {
            Rung(writer, source, target, bead.Confidence);
            source += bead.Source.Count;
            target += bead.Target.Count;
            last = bead.Confidence;
        }

        Rung(writer, source, target, last);
    }

    private static void Rung(TextWriter writer, int source, int target, double score)
    {
        writer.Write(source.ToString(CultureInfo.InvariantCulture));
        writer.Write('\t');
        writer.Write(target.ToString(CultureInfo.InvariantCulture));
        writer.Write('\t');
        writer.Write(score.ToString("0.000", CultureInfo.InvariantCulture));
        writer.Write('\n');
    }
}
