namespace Alignment.Loading;

/// <summary>
/// A UN document's job number, the print job's and not the text's (each language version has its own): Geneva's after its
/// prefix (<c>GE.16-22004</c>, <c>GE.08-14662 (E) 220808</c>, <c>GE.08-14665 (S) 140808 250808</c>), New York's with its
/// language letter (<c>16-22004 (S)</c>), either with its print dates after it, and its barcode (<c>*1622004*</c>). Never a
/// bare <c>2018-2021</c>, which is a period. Read by <see cref="PageFurniture"/> (a line of it is furniture) and by the number
/// reader (it is no number to compare).
/// </summary>
internal static class UnJobNumber
{
    /// <summary>
    /// Where the job number or barcode whose digits start at <paramref name="i"/> ends, with its language letter and print
    /// dates; -1 when none starts there. The prefix (<c>GE.</c>) or the barcode's opening star stands before <paramref name="i"/>.
    /// </summary>
    public static int End(ReadOnlySpan<char> text, int i)
    {
        int k = DigitsEnd(text, i);
        if (i > 0 && text[i - 1] == '*' && k - i is >= 6 and <= 9 && k < text.Length && text[k] == '*')
        {
            return k + 1;
        }

        bool geneva = i >= 3 && text[(i - 3)..i].Equals("GE.", StringComparison.OrdinalIgnoreCase);
        if (k - i != 2 || k >= text.Length || text[k] != '-' || DigitsEnd(text, k + 1) - (k + 1) is < 4 or > 6)
        {
            return -1;
        }

        k = DigitsEnd(text, k + 1);
        int letter = k < text.Length && text[k] == ' ' ? k + 1 : k;
        if (letter + 2 < text.Length && text[letter] == '(' && char.IsAsciiLetterUpper(text[letter + 1]) && text[letter + 2] == ')')
        {
            k = letter + 3;
        }
        else if (!geneva)
        {
            return -1;
        }

        // Print dates after it: "220808", "140808 250808".
        while (k + 7 <= text.Length && text[k] == ' ' && DigitsEnd(text, k + 1) == k + 7 && !LetterOrDigitAt(text, k + 7))
        {
            k += 7;
        }

        return LetterOrDigitAt(text, k) ? -1 : k;
    }

    /// <summary>
    /// Whether <paramref name="line"/> (trimmed) is a job number's second print date that wrapped onto a line of its own,
    /// right under the job number's line <paramref name="above"/>: six figures (<c>GE.11-41167 (S) 280211</c> / <c>080311</c>).
    /// </summary>
    public static bool IsPrintDateUnder(ReadOnlySpan<char> line, ReadOnlySpan<char> above) =>
        line.Length == PrintDateLength && !line.ContainsAnyExceptInRange('0', '9') && IsLine(above);

    // The figures of a print date (ddmmyy).
    private const int PrintDateLength = 6;

    /// <summary>Whether a trimmed line is a job number, its barcode, or both (<c>16-22004 (E) *1622004*</c>).</summary>
    public static bool IsLine(ReadOnlySpan<char> line)
    {
        int at = line.StartsWith("GE.", StringComparison.OrdinalIgnoreCase) ? 3 : line.StartsWith("*") ? 1 : 0;
        int end = End(line, at);
        if (end > 0 && end + 2 < line.Length && line[end] == ' ' && line[end + 1] == '*')
        {
            end = End(line, end + 2);
        }

        return end == line.Length;
    }

    private static int DigitsEnd(ReadOnlySpan<char> text, int k)
    {
        while (k < text.Length && char.IsAsciiDigit(text[k]))
        {
            k++;
        }

        return k;
    }

    private static bool LetterOrDigitAt(ReadOnlySpan<char> text, int at) => at < text.Length && char.IsLetterOrDigit(text[at]);
}
