namespace Alignment.Export;

/// <summary>
/// Writes beads as tab-separated values for spreadsheets: a header row, then one bead a line; tabs,
/// line breaks and backslashes inside text are escaped as <c>\t</c>, <c>\n</c>, <c>\r</c>, <c>\\</c>.
/// Stateless and thread-safe.
/// </summary>
public static class TsvWriter
{
    /// <summary>The header row.</summary>
    public const string Header = "bead\tsection\ttype\tconfidence\tsource_start\tsource_end\ttarget_start\ttarget_end\tsource\ttarget\tfindings";

    /// <summary>Writes the beads of <paramref name="result"/>, with the number of findings of each bead.</summary>
    public static void Write(BitextResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header);
        writer.Write('\n');
        foreach (string[] row in BeadTable.Rows(result, Escape))
        {
            writer.Write(string.Join('\t', row));
            writer.Write('\n');
        }
    }

    /// <summary>Escapes a cell: backslash, tab, line feed and carriage return become two-character escapes.</summary>
    internal static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("\\\t\n\r") < 0)
        {
            return text;
        }

        return text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
    }
}
