namespace Alignment.Sentences;

/// <summary>The shape of a list item's marker: "1." "2.)" "3)" "a." "b)".</summary>
internal enum ListMarkerKind
{
    None,
    NumberDot,
    NumberDotParen,
    NumberParen,
    LetterDot,
    LetterParen,
}

/// <summary>Reads the markers of numbered and lettered lists, which open a new unit when they continue or start a list.</summary>
internal static class ListMarker
{
    // A list marker at i ("1.", "2.)", "3)", "a.", "b)") followed by a space; value is the number, or the letter's index from 0.
    public static ListMarkerKind Read(ReadOnlySpan<char> s, int i, out int value, out int end)
    {
        value = 0;
        end = i;
        int k = i;
        bool letter = false;
        if (s[k] is >= 'a' and <= 'z')
        {
            value = s[k] - 'a';
            letter = true;
            k++;
        }
        else
        {
            while (k < s.Length && k - i < 3 && char.IsAsciiDigit(s[k]))
            {
                value = (value * 10) + (s[k] - '0');
                k++;
            }

            if (k == i || (k < s.Length && char.IsAsciiDigit(s[k])))
            {
                return ListMarkerKind.None;
            }
        }

        ListMarkerKind kind;
        if (k + 1 < s.Length && s[k] == '.' && s[k + 1] == ')' && !letter)
        {
            kind = ListMarkerKind.NumberDotParen;
            k += 2;
        }
        else if (k < s.Length && s[k] == '.')
        {
            kind = letter ? ListMarkerKind.LetterDot : ListMarkerKind.NumberDot;
            k++;
        }
        else if (k < s.Length && s[k] == ')')
        {
            kind = letter ? ListMarkerKind.LetterParen : ListMarkerKind.NumberParen;
            k++;
        }
        else
        {
            return ListMarkerKind.None;
        }

        if (k < s.Length && !char.IsWhiteSpace(s[k]))
        {
            return ListMarkerKind.None;
        }

        end = k;
        return kind;
    }

    // "Goals: 1. Fund shelters 2. ...": a list may open after a colon.
    public static bool AfterColon(ReadOnlySpan<char> s, int i)
    {
        int k = i - 1;
        while (k >= 0 && char.IsWhiteSpace(s[k]))
        {
            k--;
        }

        return k >= 0 && s[k] == ':';
    }
}
