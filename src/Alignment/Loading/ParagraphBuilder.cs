namespace Alignment.Loading;

/// <summary>Rebuilds paragraphs from the lines of a report.</summary>
internal static class ParagraphBuilder
{
    /// <summary>Returns the paragraphs of <paramref name="text"/> in order; each is trimmed and non-empty.</summary>
    public static IReadOnlyList<Paragraph> Build(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = new List<Paragraph>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && TextNormalizer.IsSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            int start = i;
            int lastNonSpace = i;
            while (i < text.Length && !IsBlankLineAt(text, i))
            {
                if (!TextNormalizer.IsSpace(text[i]))
                {
                    lastNonSpace = i;
                }

                i++;
            }

            paragraphs.Add(new Paragraph(start, lastNonSpace + 1));
        }

        return paragraphs;
    }

    // A line break followed by only spaces and another line break.
    private static bool IsBlankLineAt(string text, int i)
    {
        if (text[i] != '\n' && text[i] != '\r' && text[i] != '\f')
        {
            return false;
        }

        int k = i + 1;
        if (text[i] == '\r' && k < text.Length && text[k] == '\n')
        {
            k++;
        }

        while (k < text.Length && text[k] is ' ' or '\t' or '\u00A0')
        {
            k++;
        }

        return k < text.Length && TextNormalizer.IsLineBreak(text[k]);
    }
}
