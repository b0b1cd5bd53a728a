using System.Text;

namespace Alignment;

/// <summary>
/// Text from documents, file names and queries made safe for a terminal line: control characters (ESC starts the
/// sequences that move the cursor, retitle the window or rewrite what was printed), line breaks, C1 controls and
/// bidirectional overrides are written as <c>\uXXXX</c>, so what the user sees is what the text holds, on one line.
/// </summary>
internal static class TerminalText
{
    /// <summary>Whether <paramref name="c"/> must not reach a terminal as it is (tab excepted).</summary>
    public static bool IsUnsafe(char c) =>
        (c < ' ' && c != '\t') || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069'
        || c is '\u2028' or '\u2029';

    /// <summary><paramref name="text"/> with every unsafe character written as <c>\uXXXX</c>; the same string when there is none.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = 0;
        while (first < text.Length && !IsUnsafe(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (IsUnsafe(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>At most <paramref name="max"/> characters of <paramref name="text"/>, escaped, in quotes, with "…" when cut.</summary>
    public static string Quote(ReadOnlySpan<char> text, int max = InputLimits.MaxQuoted) =>
        "'" + Escape(text[..Math.Min(text.Length, max)].ToString()) + (text.Length > max ? "…'" : "'");
}
