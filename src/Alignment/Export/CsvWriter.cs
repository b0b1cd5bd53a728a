using System.Globalization;

namespace Alignment.Export;

/// <summary>
/// Writes beads as comma-separated values per RFC 4180: the <see cref="TsvWriter"/> columns, CRLF record ends,
/// a field in double quotes when it holds a comma, a quote, a line break or starts or ends with a space, quotes
/// inside doubled. Text is written as it is (no escapes), so pandas, Python's <c>csv</c> module and spreadsheets read
/// every segment back intact. Stateless and thread-safe.
/// </summary>
public static class CsvWriter
{
    /// <summary>The header record (the same column names as <see cref="TsvWriter.Header"/>).</summary>
    public const string Header = "bead,section,type,confidence,source_start,source_end,target_start,target_end,source,target,findings";

    /// <summary>Writes the beads of <paramref name="result"/>, with the number of findings of each bead.</summary>
    public static void Write(BitextResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header);
        writer.Write("\r\n");
        foreach (string[] row in BeadTable.Rows(result, Quote))
        {
            writer.Write(string.Join(',', row));
            writer.Write("\r\n");
        }
    }

    /// <summary>A field as RFC 4180 writes it: quoted (quotes doubled) when it needs to be, as it is otherwise.</summary>
    internal static string Quote(string field)
    {
        bool needs = field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' '));
        return needs ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
