namespace Alignment.Sentences;

/// <summary>The shape of a list item's marker: "1." "2.)" "3)" "a." "b)" "(4)" "(c)".</summary>
internal enum ListMarkerKind
{
    None,
    NumberDot,
    NumberDotParen,
    NumberParen,
    LetterDot,
    LetterParen,
    NumberInParens,
    LetterInParens,
}

/// <summary>Reads the markers of numbered and lettered lists, which open a new unit when they continue or start a list.</summary>
internal static class ListMarker
{
    // A list marker at i ("1.", "2.)", "3)", "a.", "b)", "(4)", "(c)") followed by a space; value is the number, or the letter's
    // index from 0. A marker with a closing bracket may be glued to the capital that opens its item ("(a)The enactment …",
    // "b)La aprobación …", as UN documents' web and PDF copies give their lettered lists).
    public static ListMarkerKind Read(ReadOnlySpan<char> s, int i, out int value, out int end)
    {
        value = 0;
        end = i;
        bool opened = s[i] == '(' && i + 1 < s.Length;
        int k = opened ? i + 1 : i;
        bool letter = false;
        if (s[k] is >= 'a' and <= 'z')
        {
            value = s[k] - 'a';
            letter = true;
            k++;
        }
        else
        {
            int digitsStart = k;
            while (k < s.Length && k - digitsStart < 3 && char.IsAsciiDigit(s[k]))
            {
                value = (value * 10) + (s[k] - '0');
                k++;
            }

            if (k == digitsStart || (k < s.Length && char.IsAsciiDigit(s[k])))
            {
                return ListMarkerKind.None;
            }
        }

        ListMarkerKind kind;
        if (opened)
        {
            if (k >= s.Length || s[k] != ')')
            {
                return ListMarkerKind.None;
            }

            kind = letter ? ListMarkerKind.LetterInParens : ListMarkerKind.NumberInParens;
            k++;
        }
        else if (k + 1 < s.Length && s[k] == '.' && s[k + 1] == ')' && !letter)
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

        bool closedByBracket = s[k - 1] == ')';
        if (k < s.Length && !char.IsWhiteSpace(s[k]) && !(closedByBracket && char.IsUpper(s[k])))
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
