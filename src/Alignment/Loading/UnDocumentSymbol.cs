namespace Alignment.Loading;

/// <summary>
/// A UN-style document symbol ("A/HRC/10/82", "S/2016/53", "CAT/C/ECU/CO/7"): read by the page furniture (a symbol alone at a
/// page's top is its running head), the sentence splitter (a symbol's periods end no sentence; a symbol glued after a word
/// starts a new unit) and, through them, everything downstream.
/// </summary>
internal static class UnDocumentSymbol
{
    /// <summary>Longest run of capitals before the first slash of a document symbol ("CRC/", "A/HRC/", "E/CN.4/").</summary>
    private const int MaxPrefix = 8;

    /// <summary>The longest document symbol read ("CEDAW/C/COL/CO/7-8/Add.1" is 24 characters).</summary>
    private const int MaxLength = 40;

    /// <summary>Where a UN-style document symbol's first part and its slash end at the start of <paramref name="s"/> ("A/",
    /// "CRC/", "S/"): one to <see cref="MaxPrefix"/> capitals, then a slash; 0 when <paramref name="s"/> opens no symbol.</summary>
    public static int PrefixEnd(ReadOnlySpan<char> s)
    {
        int k = 0;
        while (k < s.Length && k < MaxPrefix && char.IsAsciiLetterUpper(s[k]))
        {
            k++;
        }

        return k > 0 && k < s.Length && s[k] == '/' ? k + 1 : 0;
    }

    /// <summary>
    /// The length of the whole UN document symbol that opens <paramref name="s"/>, or 0: its first part (<see cref="PrefixEnd"/>),
    /// then parts of letters, digits, dots and hyphens, two slashes at least and a digit somewhere ("S/2016/53", "A/HRC/10/82",
    /// "CAT/C/ECU/CO/7"; a product's version, "watchOS/10", "openSUSE/15.5", has one slash), up to a space, a closing bracket,
    /// a comma, a semicolon or the end.
    /// </summary>
    public static int Length(ReadOnlySpan<char> s)
    {
        int k = PrefixEnd(s);
        if (k == 0)
        {
            return 0;
        }

        bool digit = false;
        int slashes = 1;
        while (k < s.Length && k < MaxLength && (char.IsAsciiLetter(s[k]) || char.IsAsciiDigit(s[k]) || s[k] is '/' or '.' or '-'))
        {
            digit |= char.IsAsciiDigit(s[k]);
            slashes += s[k] == '/' ? 1 : 0;
            k++;
        }

        while (s[k - 1] is '.' or '-')
        {
            k--;
        }

        return digit && slashes >= 2 && (k == s.Length || s[k] is ' ' or ')' or ',' or ';') ? k : 0;
    }
}
