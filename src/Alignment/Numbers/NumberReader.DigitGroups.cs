using System.Globalization;

namespace Alignment.Numbers;

// Digit groups: "1.054", "1,054.5", "1 054 000": which separators group thousands and which one is the decimal point.
public sealed partial class NumberReader
{
    // Digits with group and decimal separators. Keeps the longest prefix that is a well-formed number,
    // and both readings when one separator is followed by exactly three digits ("1.054", "1,054").
    private int ReadDigits(string text, int i, int end, TokenList tokens, Span<char> folded)
    {
        Span<int> groupStart = stackalloc int[MaxGroups];
        Span<int> groupEnd = stackalloc int[MaxGroups];
        Span<char> separator = stackalloc char[MaxGroups]; // separator[g] stands before group g; ' ' for any space
        int k = i;
        while (k < end && IsDigit(text[k]))
        {
            k++;
        }

        bool glued = false;
        groupStart[0] = i;
        groupEnd[0] = k;
        int groups = 1;
        while (groups < MaxGroups && k < end && !glued)
        {
            char c = text[k];
            int digits = 0;
            while (k + 1 + digits < end && IsDigit(text[k + 1 + digits]))
            {
                digits++;
            }

            bool follows = k + 1 + digits < end && char.IsLetterOrDigit(text[k + 1 + digits]);
            if ((c == '.' || c == ',') && digits > 0 && (!follows || GluedLetters(text, k + 1 + digits, end)))
            {
                // "1.5million", "2,5km": letters after the last group end the number, not the group.
                separator[groups] = c;
                glued = follows;
            }
            else if (IsGroupSpace(c) && digits == 3 && !follows && groupEnd[0] - groupStart[0] <= 3 && AllSpaces(separator[1..groups]))
            {
                separator[groups] = ' ';
            }
            else
            {
                break;
            }

            groupStart[groups] = k + 1;
            groupEnd[groups] = k + 1 + digits;
            k = groupEnd[groups];
            groups++;
        }

        int n = groups - 1;
        if (IsList(groupStart, groupEnd, separator, n))
        {
            // "22,24,26,31": a list, not a number; "22,240,260,310" groups thousands.
            for (int g = 0; g <= n; g++)
            {
                if (g > 0)
                {
                    AddGap(tokens, groupEnd[g - 1], groupStart[g]);
                }

                tokens.Add(new Token
                {
                    Kind = TokenKind.Number,
                    Start = groupStart[g],
                    End = groupEnd[g],
                    Plain = true,
                    Value = double.Parse(text.AsSpan(groupStart[g], groupEnd[g] - groupStart[g]), NumberStyles.None, CultureInfo.InvariantCulture),
                });
            }

            return groupEnd[n];
        }

        // "1.º", "2.ª", "3°": an ordinal suffix of the data, after the digits or after a period.
        int suffixEnd = groups == 1 ? OrdinalSuffixEnd(text, groupEnd[0], end) : -1;
        if (suffixEnd > 0 && groupEnd[0] - i <= 3)
        {
            tokens.Add(OrdinalDigits(text, i, groupEnd[0], suffixEnd));
            return suffixEnd;
        }

        int decimalAt;
        bool ambiguous;
        bool leadZero = groupEnd[0] - groupStart[0] == 1 && text[i] == '0';
        while (!Interpret(groupStart, groupEnd, separator, n, leadZero, out decimalAt, out ambiguous))
        {
            n--;
        }

        double grouped = Compose(text, groupStart, groupEnd, n, -1);
        var token = new Token { Kind = TokenKind.Number, Start = i, End = groupEnd[n], Plain = n == 0 };
        if (ambiguous)
        {
            double asDecimal = Compose(text, groupStart, groupEnd, n, n);
            bool decimalFirst = separator[n] == _lexicon.DecimalSeparator;
            token.Value = decimalFirst ? asDecimal : grouped;
            token.Alternative = decimalFirst ? grouped : asDecimal;
        }
        else
        {
            token.Value = decimalAt > 0 ? Compose(text, groupStart, groupEnd, n, decimalAt) : grouped;
        }

        if (n < groups - 1)
        {
            tokens.Add(token);
            return token.End;
        }

        return AddWithGlued(text, token, end, tokens, folded);
    }

    private static bool GluedLetters(string text, int at, int end)
    {
        while (at < end && char.IsLetterOrDigit(text[at]))
        {
            if (IsDigit(text[at]))
            {
                return false;
            }

            at++;
        }

        return true;
    }

    // Three or more groups split by the same separator that cannot group thousands: a list of numbers.
    private static bool IsList(Span<int> groupStart, Span<int> groupEnd, Span<char> separator, int n)
    {
        if (n < 2 || separator[1] is not (',' or ';'))
        {
            return false;
        }

        bool threes = true;
        for (int g = 1; g <= n; g++)
        {
            if (separator[g] != separator[1])
            {
                return false;
            }

            threes &= groupEnd[g] - groupStart[g] == 3;
        }

        return !threes;
    }

    // The end of an ordinal suffix of the data at position at ("3°", "1.º", "1.er"), or -1. Letters glued
    // straight to the digits ("1st") never get here: they are read with their word.
    private int OrdinalSuffixEnd(string text, int at, int end)
    {
        if (at < end && text[at] == '.')
        {
            at++;
        }

        foreach (var suffix in _lexicon.OrdinalSuffixes)
        {
            int after = at + suffix.Length;
            if (after <= end && text.AsSpan(at, suffix.Length).SequenceEqual(suffix) && (after == end || !char.IsLetterOrDigit(text[after])))
            {
                return after;
            }
        }

        return -1;
    }

    private static bool AllSpaces(ReadOnlySpan<char> separators)
    {
        foreach (char s in separators)
        {
            if (s != ' ')
            {
                return false;
            }
        }

        return true;
    }

    // Whether groups 0..n form a number: all separators group thousands, or the last one is a decimal
    // point after thousands grouped with something else.
    private static bool Interpret(Span<int> groupStart, Span<int> groupEnd, Span<char> separator, int n, bool leadZero, out int decimalAt, out bool ambiguous)
    {
        decimalAt = -1;
        ambiguous = false;
        if (n == 0)
        {
            return true;
        }

        bool leadOk = groupEnd[0] - groupStart[0] <= 3;
        bool threes = leadOk;
        for (int g = 1; g < n; g++)
        {
            threes &= groupEnd[g] - groupStart[g] == 3;
        }

        bool lastThree = groupEnd[n] - groupStart[n] == 3;
        bool sameBefore = true;
        for (int g = 2; g < n; g++)
        {
            sameBefore &= separator[g] == separator[1];
        }

        char last = separator[n];
        bool allGrouping = threes && lastThree && sameBefore && (n == 1 || separator[1] == last);
        bool lastDecimal = last != ' ' && (n == 1 || (threes && sameBefore && separator[1] != last));
        if (n == 1 && last != ' ' && leadZero)
        {
            allGrouping = false; // "0.125" is never thousands
        }

        if (allGrouping && lastDecimal)
        {
            ambiguous = true;
            return true;
        }

        if (lastDecimal)
        {
            decimalAt = n;
        }

        return allGrouping || lastDecimal;
    }

    private static double Compose(string text, Span<int> groupStart, Span<int> groupEnd, int n, int decimalAt)
    {
        int total = 1;
        for (int g = 0; g <= n; g++)
        {
            total += groupEnd[g] - groupStart[g];
        }

        // A run of hundreds of digits (a scanned table, a serial number) is rare but must not fail.
        Span<char> buffer = total <= 128 ? stackalloc char[128] : new char[total];
        int length = 0;
        for (int g = 0; g <= n; g++)
        {
            if (g == decimalAt)
            {
                buffer[length++] = '.';
            }

            var digits = text.AsSpan(groupStart[g], groupEnd[g] - groupStart[g]);
            digits.CopyTo(buffer[length..]);
            length += digits.Length;
        }

        return double.Parse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }
}
