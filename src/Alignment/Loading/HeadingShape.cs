namespace Alignment.Loading;

/// <summary>
/// The shape of a heading line by layout alone (length, capitals, section number), with no language:
/// paragraph building keeps such lines apart and section splitting starts sections at them.
/// </summary>
internal static class HeadingShape
{
    // The most words of a heading: the TIP, NGO and press headings of the seeds and the genre set's dev split have at most 11.
    private const int MaxHeadingWords = 12;

    // The most words of a heading with an outline mark ("A.", "2.1", "IV."): UN and IACHR chapters number long headings
    // ("A. Mandate and Competence of the Office of the Special Rapporteur for Freedom of Expression", 14 words, genre dev).
    private const int MaxMarkedOutlineHeadingWords = 16;

    /// <summary>
    /// Whether a trimmed line looks like a heading by its layout alone: at most 100 characters and
    /// 12 words (16 after an outline mark such as <c>A.</c> or <c>2.1</c>), not ending like a sentence or a clause (<c>. , ;</c>), and either in capitals
    /// (<c>PROTECCION</c>) or starting with a capital after an optional section number
    /// (<c>2.1 Situation in numbers</c>) with no figures in it (so table rows and datelines are not headings).
    /// </summary>
    public static bool IsHeadingLike(ReadOnlySpan<char> line)
    {
        line = TrimSpaces(line);
        if (line.Length == 0 || line.Length > 100)
        {
            return false;
        }

        char last = line[^1];
        if (last is '.' or ',' or ';' or '-' or '\u2014' or '\u2013')
        {
            return false;
        }

        int letters = 0, upper = 0, lower = 0, digits = 0, words = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
                else if (char.IsLower(c))
                {
                    lower++;
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }

            bool wordChar = !TextNormalizer.IsSpace(c);
            if (wordChar && !inWord)
            {
                words++;
            }

            inWord = wordChar;
        }

        if (letters < 3 || words > (HasOutlineMark(line) ? MaxMarkedOutlineHeadingWords : MaxHeadingWords) || line.Contains('%') || line.Contains("http", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // A sentence inside the line ("Peru. The government ...") is running text; a title's abbreviation ("Mr. President
        // Elect:", "Dr. Ruiz") is not a sentence end.
        for (int k = 1; k + 1 < line.Length; k++)
        {
            if (line[k] == '.' && line[k + 1] == ' ' && char.IsLower(line[k - 1]) && !IsShortTitleAbbreviation(line, k))
            {
                return false;
            }
        }

        if (lower == 0 && upper >= 4 && digits <= 2)
        {
            return true;
        }

        var rest = SkipSectionNumber(line);
        if (rest.Length == 0 || !char.IsUpper(rest[0]))
        {
            return false;
        }

        int restDigits = 0;
        foreach (char c in rest)
        {
            if (char.IsDigit(c))
            {
                restDigits++;
            }
        }

        // "Peru (Tier 2)" keeps its figure inside parentheses; "Lima 31 26.5%" does not.
        return restDigits == 0 || (restDigits <= 2 && rest.Contains('('));
    }

    /// <summary>
    /// Whether a trimmed line is a label of parts set apart by a spaced vertical bar, as running heads, breadcrumbs and
    /// table captions are ("operational summary | FISCAl 2009", "resUmen de Las OPeraCiOnes | EJERCICIO DE 2009" in the
    /// World Bank's annual report, whose small capitals the extraction read in any case): at most 100 characters and
    /// <see cref="MaxHeadingWords"/> words, some letters, not ending like a sentence or clause. Its case says nothing (small
    /// capitals come out in lower case), so a label that starts in lower case is no continuation of the line above.
    /// </summary>
    public static bool IsLabelLine(ReadOnlySpan<char> line)
    {
        line = TrimSpaces(line);
        if (line.Length == 0 || line.Length > 100 || line.IndexOf(" | ", StringComparison.Ordinal) < 0
            || line[^1] is '.' or ',' or ';' or ':' or '!' or '?' or '|')
        {
            return false;
        }

        int letters = 0;
        foreach (char c in line)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 3 && CountWords(line) <= MaxHeadingWords;
    }

    /// <summary>The number of words (runs of non-space characters) in a line.</summary>
    public static int CountWords(ReadOnlySpan<char> span)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in span)
        {
            bool wordChar = !TextNormalizer.IsSpace(c);
            if (wordChar && !inWord)
            {
                words++;
            }

            inWord = wordChar;
        }

        return words;
    }

    // "Mr" "Dr" "Sr" before the period at k: a capital and one lower-case letter, starting a word.
    private static bool IsShortTitleAbbreviation(ReadOnlySpan<char> line, int k) =>
        k >= 2 && char.IsUpper(line[k - 2]) && (k == 2 || TextNormalizer.IsSpace(line[k - 3]));

    // Whether the line opens with an outline mark and a space: a section number (2. 2.1), one capital letter with a period
    // or parenthesis (A. B)), or a Roman numeral with a period (IV.).
    private static bool HasOutlineMark(ReadOnlySpan<char> line)
    {
        int k = OutlineMarkEnd(line);
        return k > 0 && k < line.Length && TextNormalizer.IsSpace(line[k]);
    }

    /// <summary>
    /// Where the outline mark that opens the line ends, or 0: a section number (<c>2.</c>, <c>2.1</c>: digits and dots), or one
    /// capital letter or a Roman numeral with its period or parenthesis (<c>A.</c>, <c>B)</c>, <c>IV.</c>).
    /// </summary>
    public static int OutlineMarkEnd(ReadOnlySpan<char> line)
    {
        int k = 0;
        while (k < line.Length && (char.IsAsciiDigit(line[k]) || line[k] == '.'))
        {
            k++;
        }

        if (k > 0)
        {
            return k;
        }

        while (k < line.Length && line[k] is 'I' or 'V' or 'X' or 'L')
        {
            k++;
        }

        if (k == 0 && line.Length > 0 && char.IsAsciiLetterUpper(line[0]))
        {
            k = 1;
        }

        return k == 0 || k >= line.Length || line[k] is not ('.' or ')') ? 0 : k + 1;
    }

    /// <summary>Skips a leading section number such as <c>2.</c>, <c>2.1</c> or <c>IV.</c> and the spaces after it.</summary>
    public static ReadOnlySpan<char> SkipSectionNumber(ReadOnlySpan<char> line)
    {
        int k = 0;
        while (k < line.Length && (char.IsDigit(line[k]) || line[k] == '.'))
        {
            k++;
        }

        if (k == 0 || k >= line.Length || !TextNormalizer.IsSpace(line[k]))
        {
            return line;
        }

        return TrimSpaces(line[k..]);
    }

    private static ReadOnlySpan<char> TrimSpaces(ReadOnlySpan<char> s)
    {
        int a = 0, b = s.Length;
        while (a < b && TextNormalizer.IsSpace(s[a]))
        {
            a++;
        }

        while (b > a && TextNormalizer.IsSpace(s[b - 1]))
        {
            b--;
        }

        return s[a..b];
    }

    // "3.1", "IV." or a page number: a line with no words.
    public static bool IsSectionNumberOnly(ReadOnlySpan<char> span)
    {
        if (span.Length > 8)
        {
            return false;
        }

        foreach (char c in span)
        {
            if (!char.IsDigit(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }
}
