using Alignment.Sentences;

namespace Alignment.Export;

/// <summary>
/// The text of one side of a bead the way a CAT tool segments the document it came from, so a translation memory
/// entry is an exact match for the segment the translator sees. OmegaT's plain-text filter (its default, "segment
/// on empty lines") and Okapi's read a plain-text file as paragraphs separated by an empty line, keep the single
/// line breaks inside a paragraph, and never let a segment cross an empty line; their sentence rules break after
/// the period and leave a list bullet at the head of the next segment. So a side's text is the original text of its
/// sentences, from the bullet that opens the first one, cut into pieces at empty lines.
/// </summary>
/// <remarks>
/// Measured with OmegaT 3.6 on the seed pair (the interop tests): the normalized text (bullets dropped, every line
/// break a space) left 34 of 166 segments of the English report unfilled; this text leaves none of them.
/// </remarks>
internal static class CatSegments
{
    /// <summary>
    /// The pieces of a source side: its original text (from the list bullet that opens it) cut at every empty line,
    /// each piece trimmed; one piece when no empty line crosses it, none for an empty side.
    /// </summary>
    public static IReadOnlyList<string> SourcePieces(string text, IReadOnlyList<SentenceSpan> sentences)
    {
        string original = Original(text, sentences);
        if (original.Length == 0)
        {
            return [];
        }

        var pieces = new List<string>();
        int start = 0;
        for (int i = 0; i < original.Length; i++)
        {
            int breakEnd = ParagraphBreakEnd(original, i);
            if (breakEnd > i)
            {
                Add(pieces, original[start..i]);
                start = breakEnd;
                i = breakEnd - 1;
            }
        }

        Add(pieces, original[start..]);
        return pieces;
    }

    /// <summary>
    /// The text of a target side: its original text from the opening bullet, with each empty line inside it made one
    /// space (a translation is written back as one piece of text, and an empty line in it would split the paragraph
    /// of the translated file); single line breaks stay, as the CAT tool segmenting that file would keep them.
    /// </summary>
    public static string TargetText(string text, IReadOnlyList<SentenceSpan> sentences)
    {
        var pieces = SourcePieces(text, sentences);
        return pieces.Count == 1 ? pieces[0] : string.Join(' ', pieces);
    }

    /// <summary>Where a side's text starts once the list bullet before its first sentence is taken in.</summary>
    internal static int MarkerStart(string text, int start)
    {
        int k = start - 1;
        while (k >= 0 && text[k] is ' ' or '\t' or '\u00A0')
        {
            k--;
        }

        if (k < 0)
        {
            return start;
        }

        bool lineHead = k == 0 || text[k - 1] is '\n' or '\r' or ' ' or '\t' or '\u00A0';
        bool bullet = SentencePunctuation.IsBullet(text[k]) || (IsLineStart(text, k) && text[k] is '-' or '\u2013' or '\u2014' or '\u00B7');
        return bullet && lineHead ? k : start;
    }

    // The sentences' original text: the gaps between them kept when they are only whitespace, one space otherwise
    // (text the loader left between two sentences, such as a dropped page number, is in no segment).
    private static string Original(string text, IReadOnlyList<SentenceSpan> sentences)
    {
        if (sentences.Count == 0)
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder();
        int from = MarkerStart(text, sentences[0].Start);
        builder.Append(text, from, sentences[0].End - from);
        for (int i = 1; i < sentences.Count; i++)
        {
            int gapStart = sentences[i - 1].End;
            int gapEnd = sentences[i].Start;
            bool blank = gapEnd >= gapStart && text.AsSpan(gapStart, gapEnd - gapStart).IsWhiteSpace();
            if (blank && gapEnd > gapStart)
            {
                builder.Append(text, gapStart, gapEnd - gapStart);
            }
            else
            {
                builder.Append(' ');
            }

            builder.Append(text, sentences[i].Start, sentences[i].End - sentences[i].Start);
        }

        return builder.ToString();
    }

    // An empty line at i: a line break (\n, \r\n or \r) followed at once by another; returns the end of the run of
    // whitespace it belongs to, or i when there is none. A line holding only spaces is not empty for OmegaT.
    private static int ParagraphBreakEnd(string s, int i)
    {
        int first = LineBreakEnd(s, i);
        if (first == i || LineBreakEnd(s, first) == first)
        {
            return i;
        }

        int end = first;
        while (end < s.Length && char.IsWhiteSpace(s[end]))
        {
            end++;
        }

        return end;
    }

    private static int LineBreakEnd(string s, int i)
    {
        if (i >= s.Length)
        {
            return i;
        }

        if (s[i] == '\r')
        {
            return i + 1 < s.Length && s[i + 1] == '\n' ? i + 2 : i + 1;
        }

        return s[i] == '\n' ? i + 1 : i;
    }

    private static bool IsLineStart(string text, int k)
    {
        int j = k - 1;
        while (j >= 0 && text[j] is ' ' or '\t')
        {
            j--;
        }

        return j < 0 || text[j] is '\n' or '\r';
    }

    private static void Add(List<string> pieces, string piece)
    {
        string trimmed = piece.Trim();
        if (trimmed.Length > 0)
        {
            pieces.Add(trimmed);
        }
    }
}
