namespace Alignment.Loading;

/// <summary>One non-blank line of a text, trimmed: <c>[Start, End)</c> and the number of blank lines before it.</summary>
internal readonly record struct TextLine(int Start, int End, int BlanksBefore);

/// <summary>
/// The layout of a text's lines: the non-blank lines, the width the document was wrapped at, whether it
/// is double-spaced, and the cues at a line's ends (ends a sentence, starts in lower or upper case).
/// </summary>
internal static class LineLayout
{
    // Lines longer than this all count as "long" when estimating the wrap width.
    private const int MaxTrackedLength = 256;

    // Every non-blank line, trimmed, with the number of blank lines (line breaks) before it.
    public static List<TextLine> ReadLines(string text)
    {
        var lines = new List<TextLine>();
        int blanks = 0;
        int i = 0;
        while (i < text.Length)
        {
            int lineStart = i;
            i = TextNormalizer.LineEnd(text, i, text.Length);

            int a = lineStart, b = i;
            while (a < b && TextNormalizer.IsSpace(text[a]))
            {
                a++;
            }

            while (b > a && TextNormalizer.IsSpace(text[b - 1]))
            {
                b--;
            }

            if (b > a)
            {
                lines.Add(new TextLine(a, b, blanks));
                blanks = 0;
            }
            else if (lines.Count > 0)
            {
                blanks++;
            }

            if (i < text.Length)
            {
                // CRLF is one break; a form feed is one too (a page break is no paragraph break by itself).
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                i++;
            }
        }

        return lines;
    }

    // The 80th percentile of line lengths, capped: the width a wrapped document was wrapped at.
    public static int WrapWidth(List<TextLine> lines)
    {
        var histogram = new int[MaxTrackedLength + 1];
        foreach (var line in lines)
        {
            histogram[Math.Min(line.End - line.Start, MaxTrackedLength)]++;
        }

        int target = (int)(lines.Count * 0.8);
        int seen = 0;
        for (int length = 0; length <= MaxTrackedLength; length++)
        {
            seen += histogram[length];
            if (seen > target)
            {
                return Math.Max(length, 20);
            }
        }

        return MaxTrackedLength;
    }

    /// <summary>
    /// Whether the text is a wrapped one with a blank line after every line (a double-spaced extraction): single blank lines
    /// far more often than adjacent lines, and, the blank lines discounted, the evidence of a hard wrap (see
    /// <see cref="IsHardWrapped"/>). Web copy with a blank line between one-line paragraphs and headings (a UN committee's
    /// heading block "COMMITTEE ON THE RIGHTS OF THE CHILD" / "CONSIDERATION OF REPORTS …", each line apart) shows no wrap:
    /// its blank lines part units and are not discounted.
    /// </summary>
    public static bool IsDoubleSpaced(string text, List<TextLine> lines, int wrapWidth) =>
        HasBlankLineAfterEveryLine(lines, wrapWidth) && IsHardWrapped(text, lines, 1);

    // Wrapped lines separated by single blank lines far more often than not.
    private static bool HasBlankLineAfterEveryLine(List<TextLine> lines, int wrapWidth)
    {
        if (wrapWidth >= MaxTrackedLength)
        {
            return false;
        }

        int single = 0, adjacent = 0;
        for (int k = 1; k < lines.Count; k++)
        {
            if (lines[k].BlanksBefore == 0)
            {
                adjacent++;
            }
            else if (lines[k].BlanksBefore == 1)
            {
                single++;
            }
        }

        return single > 4 * (adjacent + 1);
    }

    /// <summary>Fewest line pairs that show a hard wrap (a line ending mid-sentence, the next going on in lower case).</summary>
    private const int MinWrapEvidence = 2;

    /// <summary>Share of the lines that must show a hard wrap for the text to count as hard-wrapped (1 in 20).</summary>
    private const int WrapEvidenceDivisor = 20;

    /// <summary>
    /// Whether the text was hard-wrapped (the OCR'd or PDF-extracted report wrapped at a fixed width): some adjacent lines
    /// (blank lines discounted) break mid-sentence, the first ending on no sentence punctuation and the next going on in
    /// lower case. Web copy, letters and title pages have one line per paragraph or unit and show none of that.
    /// </summary>
    public static bool IsHardWrapped(string text, List<TextLine> lines, int discount)
    {
        int evidence = 0;
        for (int k = 1; k < lines.Count; k++)
        {
            if (lines[k].BlanksBefore - discount <= 0 && !EndsSentence(text, lines[k - 1]) && StartsLower(text, lines[k]))
            {
                evidence++;
            }
        }

        return evidence >= MinWrapEvidence && evidence * WrapEvidenceDivisor >= lines.Count;
    }

    /// <summary>A line longer than this was not wrapped by any printed page (the OCR'd seeds wrap at about 80 to 100).</summary>
    public const int MaxPrintedLineLength = 150;

    /// <summary>
    /// Whether the text has one line per paragraph or unit: it shows no hard wrap (see <see cref="IsHardWrapped"/>) and
    /// some line is longer than any printed page wraps at. A short text with neither cue is read as wrapped, as before.
    /// </summary>
    public static bool IsUnwrapped(string text, List<TextLine> lines, int discount)
    {
        if (IsHardWrapped(text, lines, discount))
        {
            return false;
        }

        foreach (var line in lines)
        {
            if (line.End - line.Start > MaxPrintedLineLength)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words after the line's last sentence end are a title (at least two, every word of more than three
    /// letters capitalised): "Human Development for Everyone", not "La organización narcoterrorista".
    /// </summary>
    public static bool EndsInTitle(string text, TextLine line)
    {
        int k = line.End;
        int words = 0;
        while (k > line.Start)
        {
            int end = k;
            while (k > line.Start && !TextNormalizer.IsSpace(text[k - 1]))
            {
                k--;
            }

            var word = text.AsSpan(k, end - k);
            if (word.Length > 0 && word[^1] is '.' or '!' or '?' or ':' && words > 0)
            {
                break;
            }

            int letters = 0;
            foreach (char c in word)
            {
                letters += char.IsLetter(c) ? 1 : 0;
            }

            if (letters > 3 && !char.IsUpper(word[0]))
            {
                return false;
            }

            words++;
            while (k > line.Start && TextNormalizer.IsSpace(text[k - 1]))
            {
                k--;
            }
        }

        return words >= 2;
    }

    /// <summary>Whether a line ends on punctuation that asks for more (comma, semicolon, hyphen, dash, slash, opening bracket).</summary>
    public static bool EndsWithJoiner(string text, TextLine line) =>
        text[line.End - 1] is ',' or ';' or '-' or '\u2010' or '\u2013' or '\u2014' or '/' or '(' or '[' or '&' or '+';

    /// <summary>Whether a line starts in upper case, with a digit or a phone number's plus sign, after any opening quotes, brackets or ¿ ¡.</summary>
    public static bool StartsUpperAfterOpening(string text, TextLine line) => StartsUpperAfter(text, line, brackets: true);

    /// <summary>Whether a line starts in upper case or with a digit after any opening quotes or ¿ ¡ (not after a bracket: "(CRC/C/65/Add.8),"
    /// under a line goes on with its sentence).</summary>
    public static bool StartsUpperAfterQuote(string text, TextLine line) => StartsUpperAfter(text, line, brackets: false);

    // The two above: a capital, digit or phone number's plus sign after any opening quotes and ¿ ¡, and brackets when asked.
    private static bool StartsUpperAfter(string text, TextLine line, bool brackets)
    {
        int k = line.Start + OpeningEnd(text.AsSpan(line.Start, line.End - line.Start), brackets);
        return char.IsUpper(text[k]) || char.IsDigit(text[k]) || StartsPhoneNumber(text, k, line.End);
    }

    /// <summary>How many opening quotes and ¿ ¡ (and brackets, when asked) open a non-empty line, its last character aside.</summary>
    public static int OpeningEnd(ReadOnlySpan<char> line, bool brackets)
    {
        int k = 0;
        while (k < line.Length - 1 && (line[k] is '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '\u00BF' or '\u00A1' || (brackets && line[k] is '(' or '[')))
        {
            k++;
        }

        return k;
    }

    /// <summary>The number of letters in a line.</summary>
    public static int CountLetters(string text, TextLine line)
    {
        int letters = 0;
        for (int k = line.Start; k < line.End; k++)
        {
            letters += char.IsLetter(text[k]) ? 1 : 0;
        }

        return letters;
    }

    /// <summary>The most characters of place name before a dateline's dash ("WASHINGTON, D.C. –": 16; "CIUDAD DE GUATEMALA –": 19).</summary>
    private const int MaxDatelinePlaceLength = 30;

    /// <summary>
    /// Whether a line opens with a news release's dateline: a place name in capitals (a word of three letters or more, then
    /// only capitals, spaces, commas and periods) and a dash (en, em or a spaced hyphen) within the first
    /// <see cref="MaxDatelinePlaceLength"/> characters, then the text ("GINEBRA – En respuesta …", "WASHINGTON, D.C. — The …").
    /// </summary>
    public static bool StartsDateline(string text, TextLine line)
    {
        int end = Math.Min(line.End, line.Start + MaxDatelinePlaceLength + 3);
        int letters = 0;
        for (int k = line.Start; k < end; k++)
        {
            char c = text[k];
            if (c is '\u2013' or '\u2014' || (c == '-' && k > line.Start && TextNormalizer.IsSpace(text[k - 1]) && k + 1 < line.End && TextNormalizer.IsSpace(text[k + 1])))
            {
                return letters >= 3 && k + 2 < line.End;
            }

            if (char.IsLower(c) || !(char.IsLetter(c) || TextNormalizer.IsSpace(c) || c is ',' or '.'))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return false;
    }

    /// <summary>
    /// Whether the line is a paragraph's number or outline mark and nothing else, as PDF extraction sets it apart from its
    /// paragraph: <c>1.</c>, <c>12.</c>, <c>II.</c>, <c>A.</c>, <c>(a)</c>, <c>(iv)</c>, <c>(3)</c>, <c>b)</c>. Not a bare
    /// number without its period ("46" is as often a page number).
    /// </summary>
    public static bool IsParagraphMark(ReadOnlySpan<char> line)
    {
        var s = line.Trim();
        if (s.Length is < 2 or > MaxParagraphMarkLength)
        {
            return false;
        }

        if (s[0] == '(' && s[^1] == ')')
        {
            var inner = s[1..^1];
            return inner.Length > 0 && (!inner.ContainsAnyExceptInRange('0', '9') || (inner.Length <= 4 && !inner.ContainsAnyExceptInRange('a', 'z')));
        }

        if (s[^1] == ')')
        {
            return s.Length == 2 && char.IsAsciiLetterLower(s[0]);
        }

        // "1.", "12.", "A.", "II.": an outline mark that is the whole line and ends on its period; figures at most three, not
        // led by a zero ("2019." is a year, "3.1" a section number).
        var digits = s[..^1];
        return s[^1] == '.' && HeadingShape.OutlineMarkEnd(s) == s.Length
            && (!char.IsAsciiDigit(s[0]) || (digits.Length <= 3 && s[0] != '0' && !digits.ContainsAnyExceptInRange('0', '9')));
    }

    // The longest paragraph mark IsParagraphMark reads: "(viii)", "XXXVIII.".
    private const int MaxParagraphMarkLength = 8;

    /// <summary>Whether the line is one web address and nothing else: no space, opening with <c>www.</c>, <c>http://</c> or <c>https://</c>.</summary>
    public static bool IsWebAddress(string text, TextLine line)
    {
        var span = text.AsSpan(line.Start, line.End - line.Start);
        return span.IndexOfAny(' ', '\t', '\u00A0') < 0 && span.Length > 4
            && (span.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || span.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || span.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
    }

    // "+32 22986570": an international phone number starts a line anew, as a figure does.
    private static bool StartsPhoneNumber(string text, int k, int end) => text[k] == '+' && k + 1 < end && char.IsAsciiDigit(text[k + 1]);

    public static bool EndsSentence(string text, TextLine line)
    {
        int k = line.End - 1;
        while (k > line.Start && text[k] is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB')
        {
            k--;
        }

        return text[k] is '.' or '!' or '?' or ':' or '\u2026';
    }

    /// <summary>
    /// Whether a line that does not end a sentence plainly goes on: it ends with a comma, semicolon, hyphen, dash, slash or
    /// opening bracket, or with a word in lower case ("of", "the", "de", "la", "and"), which a heading or dateline rarely does.
    /// A word that only looks lower case asks for nothing: the last of a letter-spaced word ("P r e s e n t e", see
    /// <see cref="EndsLetterSpaced"/>) or a small-caps word the extraction read with a final capital ("Letter of transmittaL").
    /// </summary>
    public static bool AsksForMore(string text, TextLine line)
    {
        char last = text[line.End - 1];
        if (EndsWithJoiner(text, line))
        {
            return true;
        }

        if (!char.IsLetter(last))
        {
            return false;
        }

        // The whole hyphenated word counts: "Ban Ki-moon" ends on a name, not on a lower-case word.
        int k = line.End - 1;
        while (k > line.Start && (char.IsLetter(text[k - 1]) || (text[k - 1] == '-' && k - 1 > line.Start && char.IsLetter(text[k - 2]))))
        {
            k--;
        }

        return char.IsLower(text[k]) && !EndsLetterSpaced(text, line) && !IsSmallCapsArtefact(text.AsSpan(k, line.End - k));
    }

    /// <summary>Longest lower-case word read as a function word at a line's end ("of", "the", "de", "la", "and", "del"):
    /// a title ends on a longer one ("Nota informativa", "Carta de remisión").</summary>
    public const int MaxFunctionWordLength = 3;

    /// <summary>
    /// Whether the line ends on a short lower-case word, most often a function word ("Concluding Observations of the"): the
    /// line goes on, even in a text with one line per unit, when the next line follows it with no blank line.
    /// </summary>
    public static bool EndsOnFunctionWord(string text, TextLine line)
    {
        int k = line.End;
        while (k > line.Start && char.IsLower(text[k - 1]) && line.End - k <= MaxFunctionWordLength)
        {
            k--;
        }

        int length = line.End - k;
        return length is > 0 and <= MaxFunctionWordLength && (k == line.Start || text[k - 1] == ' ');
    }

    /// <summary>
    /// Whether the line ends a clause of an enumeration: on a semicolon, or on a semicolon and a short conjunction
    /// ("…; and", "…; or", "…; y", "…; o", "…; e"), as a resolution's or a law's numbered clauses end.
    /// </summary>
    public static bool EndsClauseOfList(string text, TextLine line)
    {
        int k = line.End;
        if (text[k - 1] == ';')
        {
            return true;
        }

        while (k > line.Start && char.IsLower(text[k - 1]) && line.End - k <= MaxListConjunctionLength)
        {
            k--;
        }

        return k - 2 >= line.Start && text[k - 1] == ' ' && text[k - 2] == ';' && IsListConjunction(text.AsSpan(k, line.End - k));
    }

    /// <summary>Whether a word is the label of a UN document header's line whose value follows it: <c>Distr.</c>, <c>Distr.:</c>,
    /// <c>Original:</c> (any case).</summary>
    public static bool IsUnHeaderLabel(ReadOnlySpan<char> word) =>
        word.Equals("Distr.", StringComparison.OrdinalIgnoreCase) || word.Equals("Distr.:", StringComparison.OrdinalIgnoreCase)
        || word.Equals("Original:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the word is a conjunction that joins the last items of an enumeration, in English or Spanish: "and",
    /// "or", "y", "e", "o", "u", "ni" ("…; and (b) the", "…; y" at a clause's end).</summary>
    public static bool IsListConjunction(ReadOnlySpan<char> word) => word is "and" or "or" or "y" or "e" or "o" or "u" or "ni";

    // The longest conjunction IsListConjunction takes ("and").
    private const int MaxListConjunctionLength = 3;

    /// <summary>Fewest single letters in a row, one space apart, that make a letter-spaced word ("P r e s e n t e"): three
    /// one-letter words in a row ("y a e") are rare, four are not running text.</summary>
    public const int MinLetterSpacedLetters = 4;

    /// <summary>
    /// Whether the line ends with a letter-spaced word: at least <see cref="MinLetterSpacedLetters"/> single letters, each
    /// one space from the next ("P r e s e n t e", the "Presente" of a Spanish letter's address block).
    /// </summary>
    public static bool EndsLetterSpaced(string text, TextLine line)
    {
        int letters = 0;
        int k = line.End - 1;
        while (k >= line.Start && char.IsLetter(text[k]) && (k == line.Start || text[k - 1] == ' '))
        {
            letters++;
            if (letters >= MinLetterSpacedLetters)
            {
                return true;
            }

            k -= 2;
        }

        return false;
    }

    /// <summary>Fewest lower-case letters before the final capital of a small-caps artefact ("transmittaL"); fewer is an
    /// ordinary mixed-case word ("PhD").</summary>
    private const int MinSmallCapsLowerRun = 3;

    /// <summary>
    /// Whether a word is a small-caps word the extraction read in lower case but for its last letter ("transmittaL"): a run
    /// of at least <see cref="MinSmallCapsLowerRun"/> lower-case letters then one capital. Brand words end in lower case
    /// ("iPhone", "eBay") or in more than one capital ("macOS").
    /// </summary>
    public static bool IsSmallCapsArtefact(ReadOnlySpan<char> word)
    {
        if (word.Length < MinSmallCapsLowerRun + 1 || !char.IsUpper(word[^1]))
        {
            return false;
        }

        for (int k = word.Length - 1 - MinSmallCapsLowerRun; k < word.Length - 1; k++)
        {
            if (!char.IsLower(word[k]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool StartsLower(string text, TextLine line) => char.IsLower(text[line.Start]);

    /// <summary>
    /// Whether the line opens with a paragraph number and a capital: one to three digits, more levels after dots, then
    /// <c>.</c> or <c>)</c>, spaces and an upper-case letter ("2. La CIDH", "4.1. The", "15) El"). Not a year ("2019. La")
    /// nor a decimal ("2.5 million").
    /// </summary>
    public static bool StartsNumberedParagraph(string text, TextLine line)
    {
        int k = line.Start;
        while (true)
        {
            int digits = 0;
            while (k < line.End && char.IsAsciiDigit(text[k]) && digits <= 3)
            {
                k++;
                digits++;
            }

            if (digits is 0 or > 3 || k >= line.End || text[k] is not ('.' or ')'))
            {
                return false;
            }

            k++;
            if (text[k - 1] == ')' || k >= line.End || !char.IsAsciiDigit(text[k]))
            {
                break;
            }
        }

        int spaces = 0;
        while (k < line.End && text[k] is ' ' or '\t' or '\u00A0')
        {
            k++;
            spaces++;
        }

        return spaces > 0 && k < line.End && char.IsUpper(text[k]);
    }

    /// <summary>
    /// Whether a line opens with an outline mark (one to three figures, a Roman numeral or one capital letter, with its period)
    /// and a title's first word, a capital and a lower-case letter, after a space or glued to the mark: <c>B.Constitutional</c>,
    /// <c>II. General framework</c>, <c>3. Methods</c>.
    /// </summary>
    public static bool StartsOutlinedTitle(string text, TextLine line)
    {
        var span = text.AsSpan(line.Start, line.End - line.Start);
        int mark = HeadingShape.OutlineMarkEnd(span);
        if (mark < 2 || span[mark - 1] != '.' || (char.IsAsciiDigit(span[0]) && (mark > 4 || span[..(mark - 1)].Contains('.'))))
        {
            return false;
        }

        int k = mark;
        while (k < span.Length && span[k] is ' ' or '\t' or '\u00A0')
        {
            k++;
        }

        return k + 1 < span.Length && char.IsUpper(span[k]) && char.IsLower(span[k + 1]);
    }

    /// <summary>Whether a line starts in upper case, with a digit or with a phone number's plus sign ("+32 22986570").</summary>
    public static bool StartsUpper(string text, TextLine line) =>
        char.IsUpper(text[line.Start]) || char.IsDigit(text[line.Start]) || StartsPhoneNumber(text, line.Start, line.End);
}
