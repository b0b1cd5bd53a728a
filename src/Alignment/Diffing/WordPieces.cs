using DiffPlex;

namespace Alignment.Diffing;

/// <summary>
/// Splits a sentence for the word diff into words, white-space runs and single punctuation marks, keeping a
/// number such as <c>1.054,5</c> whole so that a changed figure shows as one replaced piece. The pieces
/// concatenate back to the input.
/// </summary>
internal sealed class WordPieces : IChunker
{
    public static readonly WordPieces Instance = new();

    public IReadOnlyList<string> Chunk(string text) => Split(text);

    public static List<string> Split(string text)
    {
        var pieces = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerMark(text, i)))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            pieces.Add(text[start..i]);
        }

        return pieces;
    }

    /// <summary>The numbers written in <paramref name="text"/>: digit runs with inner separators (<c>1.054,5</c>, <c>15</c>).</summary>
    public static List<string> Numbers(string text)
    {
        var numbers = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || ((text[i] is '.' or ',') && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
            {
                i++;
            }

            numbers.Add(text[start..i]);
        }

        return numbers;
    }

    // An apostrophe, hyphen or separator between letters or digits stays inside the word: "1.054,5", "anti-trata".
    private static bool IsInnerMark(string text, int i) =>
        text[i] is '.' or ',' or '-' or '\'' or '’'
        && i > 0 && i + 1 < text.Length
        && char.IsLetterOrDigit(text[i + 1])
        && (text[i] is not ('.' or ',') || (char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])));
}
