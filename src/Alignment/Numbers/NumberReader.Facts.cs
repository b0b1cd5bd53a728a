using System.Globalization;
using System.Text;
using Alignment.Loading;

namespace Alignment.Numbers;

// Facts: numbers whose meaning is more than a value, read from the raw characters before digit groups are:
// dates in digits (05/11/2020, 2020-11-05), clock times (16:45 horas, 4:45 p.m.), decades (1980s, '80s),
// phone numbers and identifiers with parts (04512-2018-0-1801-JR-PE-03), letters for digits (2O19, I2),
// footnote marks (provincia7., province.7) and Roman numerals (IV, XX).
public sealed partial class NumberReader
{
    /// <summary>The unit of a <see cref="NumberKind.Duration"/> counted in years.</summary>
    internal const string Years = "year";

    /// <summary>The unit of a <see cref="NumberKind.Duration"/> counted in months.</summary>
    internal const string Months = "month";

    /// <summary>The prefix of the canonical form of a phone number.</summary>
    internal const string PhonePrefix = "tel:";

    // How far before digit groups a phone word may stand ("teléfono de la línea gratuita: 555 0134").
    private const int PhoneWordReach = 40;

    // The years a date written year first ("2018.8.3", "2019/03/07") may start with: four digits outside them are no year.
    private const int YearFirstMin = 1900;
    private const int YearFirstMax = 2100;

    // Fewest digits of a phone number: a local number has seven, so "línea 100" stays a count.
    private const int PhoneMinDigits = 7;

    // Most digits of a phone number (ITU E.164).
    private const int PhoneMaxDigits = 15;

    // Fewest letters and digits of an identifier of three parts or more: "3-2-1" is no case file.
    private const int IdentifierMinChars = 6;

    // Letters OCR reads for digits, and the digits they stand for: O for 0, I and l for 1. Lower-case o
    // only inside digits ("2o19"), since "1o" is also an ordinal.
    private static char OcrDigit(char c) => c switch
    {
        'O' or 'o' => '0',
        'I' or 'l' => '1',
        _ => '\0',
    };

    // Reads a fact that starts at i, a digit or '+', '(' or an apostrophe, adding its token; returns the
    // offset after it, or -1 when no fact starts there.
    private int ReadFact(string text, int i, int end, int start, TokenList tokens, Span<char> folded)
    {
        char c = text[i];
        if (c is '+' or '(')
        {
            return ReadPhone(text, i, end, start, tokens, needWord: false);
        }

        if (c is '\'' or '\u2019')
        {
            // "the '80s"
            if (i + 3 < end && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && text[i + 3] == 's' && text[i + 2] == '0' && !LetterAt(text, i + 4, end))
            {
                AddFact(tokens, i, i + 4, NumberKind.Decade, 1900 + (text[i + 1] - '0') * 10);
                return i + 4;
            }

            return -1;
        }

        if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
        {
            return -1;
        }

        // A UN job number is the print job's, not the text's: each language version has its own.
        if (UnJobNumber.End(text.AsSpan(0, end), i) is int jobEnd and > 0)
        {
            return jobEnd;
        }

        int k = DigitsEnd(text, i, end);
        int n = k - i;
        if (n == 4 && k < end && text[k] == '-' && DigitsEnd(text, k + 1, end) == k + 3 && k + 3 < end && text[k + 3] == '-' && DigitsEnd(text, k + 4, end) == k + 6
            && !LetterOrDigitAt(text, k + 6, end))
        {
            // ISO 2020-11-05
            int year = Int(text, i, k), month = Int(text, k + 1, k + 3), day = Int(text, k + 4, k + 6);
            if (month is >= 1 and <= 12 && day is >= 1 and <= 31)
            {
                AddDate(tokens, i, k + 6, year, month, day);
                return k + 6;
            }
        }

        if (n == 4 && k + 1 < end && text[k] is '/' or '.' or '-' && Int(text, i, k) is >= YearFirstMin and <= YearFirstMax and var yearFirst)
        {
            // "2018.8.3", "2019/03/07", "2020-1-5": a year first is followed by the month, then the day, in every language (ISO 8601 order).
            char sep = text[k];
            int k2 = DigitsEnd(text, k + 1, end);
            if (k2 - k - 1 is 1 or 2 && k2 + 1 < end && text[k2] == sep)
            {
                int k3 = DigitsEnd(text, k2 + 1, end);
                bool after = k3 < end && (char.IsLetterOrDigit(text[k3]) || (text[k3] is '.' or ',' or '-' or '/' && k3 + 1 < end && IsDigit(text[k3 + 1])));
                int month = Int(text, k + 1, k2), day = k3 - k2 - 1 is 1 or 2 ? Int(text, k2 + 1, k3) : 0;
                if (!after && month is >= 1 and <= 12 && day is >= 1 and <= 31)
                {
                    AddDate(tokens, i, k3, yearFirst, month, day);
                    return k3;
                }
            }
        }

        if (n is 1 or 2 && k + 1 < end && text[k] is '/' or '.' or '-')
        {
            char sep = text[k];
            int k2 = DigitsEnd(text, k + 1, end);
            if (k2 - k - 1 is 1 or 2 && k2 + 1 < end && text[k2] == sep)
            {
                int k3 = DigitsEnd(text, k2 + 1, end);
                int yearDigits = k3 - k2 - 1;
                bool after = k3 < end && (char.IsLetterOrDigit(text[k3]) || (text[k3] is '.' or ',' or '-' or '/' && k3 + 1 < end && IsDigit(text[k3 + 1])));
                if (yearDigits is 2 or 4 && !after)
                {
                    int a = Int(text, i, k), b = Int(text, k + 1, k2), year = Int(text, k2 + 1, k3);
                    year = yearDigits == 2 ? (year < 50 ? 2000 + year : 1900 + year) : year;
                    // The language's order, unless it cannot be: 25/12 is day first whatever the order.
                    bool dayFirst = _lexicon.DayFirst ? b <= 12 || a > 12 : a > 12 && b <= 12;
                    int day = dayFirst ? a : b, month = dayFirst ? b : a;
                    if (month is >= 1 and <= 12 && day is >= 1 and <= 31)
                    {
                        AddDate(tokens, i, k3, year, month, day);
                        return k3;
                    }
                }
            }
        }

        if (n is 1 or 2 && ReadTime(text, i, k, end, tokens) is int timeEnd and > 0)
        {
            return timeEnd;
        }

        // "1980s", "1980's", "2000s"
        if (n == 4 && text[k - 1] == '0' && k < end)
        {
            int s = text[k] is '\'' or '\u2019' ? k + 1 : k;
            if (s < end && text[s] == 's' && !LetterAt(text, s + 1, end) && Int(text, i, k) is >= 1000 and <= 2090 and var decade)
            {
                AddFact(tokens, i, s + 1, NumberKind.Decade, decade);
                return s + 1;
            }
        }

        // "80s"; not an age group after a number prefix ("the over-60s").
        if (n == 2 && text[k - 1] == '0' && text[i] != '0' && k < end && text[k] == 's' && !LetterAt(text, k + 1, end)
            && !(i >= 2 && IsHyphen(text[i - 1]) && AfterNumberPrefix(text, i - 1, start, folded, PhraseRoles.GroupPrefix)))
        {
            AddFact(tokens, i, k + 1, NumberKind.Decade, 1900 + Int(text, i, k));
            return k + 1;
        }

        if (ReadPhone(text, i, end, start, tokens, needWord: true) is int phoneEnd and > 0)
        {
            return phoneEnd;
        }

        return ReadIdentifier(text, i, end, tokens);
    }

    // "16:45", "16:45 horas", "4:45 p.m.", "4 p.m.", "a las 16 horas": the digits text[i..k) are the hour. A period between
    // hour and minutes ("a las 14.15 horas", "10.00 a.m.", "a las 10.00", UN house style in both languages) makes a time only
    // before a.m./p.m. or after a time word; else "14.15" is a decimal.
    private int ReadTime(string text, int i, int k, int end, TokenList tokens)
    {
        int hour = Int(text, i, k), minute = 0, after = k;
        // Minutes after a colon, or after a period (then `dotted`).
        bool colon = k + 2 < end && text[k] is ':' or '.' && DigitsEnd(text, k + 1, end) == k + 3;
        bool dotted = colon && text[k] == '.';
        if (colon)
        {
            minute = Int(text, k + 1, k + 3);
            after = k + 3;
            if (minute > 59 || hour > 24 || LetterOrDigitAt(text, after, end))
            {
                return -1;
            }
        }

        int m = after;
        while (m < end && text[m] is ' ' or '\u00A0' or '\u202F')
        {
            m++;
        }

        var marker = MatchTimeMarker(text, m, end);
        bool before = IsTimeBefore(tokens, tokens.Count - 1);
        int rangeStart = marker is null ? -1 : RangeStartHour(text, tokens, marker.Kind);
        before |= rangeStart >= 0;
        // A dotted time needs a.m./p.m., or a time word before it and "horas" or nothing after it: "12.50 hours of training" is a
        // duration, "de las 12.40 hectáreas" an amount.
        if (dotted && marker?.Kind is not (TimeMarkerKind.Morning or TimeMarkerKind.Afternoon)
            && (!before || (marker is null && LetterAt(text, m, end))))
        {
            return -1;
        }

        // "a las 16 h 30": minutes after a one-letter hour marker, after a time word ("el viaje duró 11 h 30" is a duration).
        int markerEnd = marker is null ? m : m + marker.Text.Length;
        if (before && marker?.Kind == TimeMarkerKind.Hours && !colon && marker.Text.TrimEnd('.').Length == 1 && MinutesAfterMarker(text, markerEnd, end, out int minutesEnd) is int minutes)
        {
            minute = minutes;
            markerEnd = minutesEnd;
        }

        switch (marker?.Kind)
        {
            case TimeMarkerKind.Morning or TimeMarkerKind.Afternoon when hour is >= 1 and <= 12:
                double h = hour % 12 + (marker.Kind == TimeMarkerKind.Afternoon ? 12 : 0);
                StartRangeAt(text, tokens, rangeStart, h + minute / 60.0, twelveHour: true);
                AddFact(tokens, i, markerEnd, NumberKind.Time, h + minute / 60.0);
                return markerEnd;
            // "las 24 horas" is all day long, no time of day.
            case TimeMarkerKind.Hours when colon ? hour <= 24 : before && hour <= 23:
                StartRangeAt(text, tokens, rangeStart, hour + minute / 60.0, twelveHour: false);
                AddFact(tokens, i, markerEnd, NumberKind.Time, hour + minute / 60.0);
                return markerEnd;
            case null or TimeMarkerKind.Hours when colon && hour <= 24:
                AddFact(tokens, i, after, NumberKind.Time, hour + minute / 60.0);
                return after;
            default:
                return -1;
        }
    }

    private bool IsTimeBefore(TokenList tokens, int k) =>
        k >= 0 && tokens[k].Kind == TokenKind.Word && _lexicon.WordEntry(tokens[k].WordId) is { } word && (word.Roles & PhraseRoles.TimeBefore) != 0;

    // Two minutes' digits (00 to 59) after the spaces at `at`, with no letter or digit after them ("16 h 30", not "16 h 30 min"
    // nor "16 h 305"), or null.
    private static int? MinutesAfterMarker(string text, int at, int end, out int minutesEnd)
    {
        minutesEnd = at;
        int k = at;
        while (k < end && text[k] is ' ' or '\u00A0' or '\u202F')
        {
            k++;
        }

        if (k == at || DigitsEnd(text, k, end) != k + 2 || Int(text, k, k + 2) > 59)
        {
            return null;
        }

        int after = k + 2;
        while (after < end && text[after] is ' ' or '\u00A0' or '\u202F')
        {
            after++;
        }

        if (LetterOrDigitAt(text, k + 2, end) || LetterAt(text, after, end))
        {
            return null;
        }

        minutesEnd = k + 2;
        return Int(text, k, k + 2);
    }

    // The token of the first bound of a range of hours that ends in the time being read: "de las 9 a las 17 horas",
    // "de 9.00 a 17.00 horas", "from 9 to 11 a.m." (a number of the clock, a range word, then "las" before the second bound
    // or the minutes written on the first; a 12-hour marker is enough by itself), or -1. "en las 6 a 12 horas siguientes"
    // counts hours.
    private int RangeStartHour(string text, TokenList tokens, TimeMarkerKind markerKind)
    {
        int k = tokens.Count - 1;
        bool las = IsTimeBefore(tokens, k);
        k -= las ? 1 : 0;
        if (k < 1 || tokens[k].Kind != TokenKind.Word || _lexicon.WordEntry(tokens[k].WordId) is not { } to || (to.Roles & PhraseRoles.RangeTo) == 0)
        {
            return -1;
        }

        k--;
        ref var bound = ref tokens[k];
        bool twelveHour = markerKind is TimeMarkerKind.Morning or TimeMarkerKind.Afternoon;
        if (bound.Kind != TokenKind.Number || bound.Negative || bound.Ordinal || ClockHour(text, bound.Start, bound.End) is not { } hour
            || hour >= (twelveHour ? 13 : 25) || hour < (twelveHour ? 1 : 0))
        {
            return -1;
        }

        bool minutesWritten = bound.End - bound.Start > 2 && (text[bound.End - 3] == ':' || _lexicon.DecimalSeparator != '.');
        return las || twelveHour || minutesWritten ? k : -1;
    }

    // The hour of "9", "17", "9.30" or "9:30" as written at [start, end), in hours, or null.
    private static double? ClockHour(string text, int start, int end)
    {
        int hourEnd = DigitsEnd(text, start, end);
        if (hourEnd - start is < 1 or > 2)
        {
            return null;
        }

        if (hourEnd == end)
        {
            return Int(text, start, hourEnd);
        }

        return end - hourEnd == 3 && text[hourEnd] is '.' or ':' && DigitsEnd(text, hourEnd + 1, end) == end && Int(text, hourEnd + 1, end) <= 59
            ? Int(text, start, hourEnd) + (Int(text, hourEnd + 1, end) / 60.0)
            : null;
    }

    // Makes the first bound of a range of hours (RangeStartHour) a time of day; with a 12-hour marker, in the same half of the
    // day as the second bound unless that puts it after the second ("from 9 to 5 p.m." is 9 a.m.).
    private static void StartRangeAt(string text, TokenList tokens, int k, double endHour, bool twelveHour)
    {
        if (k < 0)
        {
            return;
        }

        ref var bound = ref tokens[k];
        double hour = ClockHour(text, bound.Start, bound.End)!.Value;
        if (twelveHour)
        {
            hour = (hour % 12) + (endHour >= 12 ? 12 : 0);
            hour -= hour > endHour && hour >= 12 ? 12 : 0;
        }

        bound = new Token { Kind = TokenKind.Fact, Start = bound.Start, End = bound.End, FactKind = NumberKind.Time, Value = hour };
    }

    private TimeMarker? MatchTimeMarker(string text, int at, int end) => MatchTimeMarker(_lexicon, text, at, end);

    private static TimeMarker? MatchTimeMarker(NumberLexicon lexicon, string text, int at, int end)
    {
        if (at >= end || !lexicon.TimeMarkerStarts.Contains(char.ToLowerInvariant(text[at])))
        {
            return null;
        }

        foreach (var marker in lexicon.TimeMarkers)
        {
            int after = at + marker.Text.Length;
            if (after <= end && text.AsSpan(at, marker.Text.Length).Equals(marker.Text, StringComparison.OrdinalIgnoreCase)
                && (char.IsPunctuation(marker.Text[^1]) || !LetterOrDigitAt(text, after, end)))
            {
                return marker;
            }
        }

        return null;
    }

    // "+51 1 555 0134", "(01) 555-0134", and after a phone word "555-0134" or "0800 12345".
    private int ReadPhone(string text, int i, int end, int start, TokenList tokens, bool needWord)
    {
        if (text[i] == '(' && DigitsEnd(text, i + 1, end) - i - 1 is < 1 or > 4)
        {
            return -1;
        }

        if (text[i] == '(' && (DigitsEnd(text, i + 1, end) >= end || text[DigitsEnd(text, i + 1, end)] != ')'))
        {
            return -1;
        }

        Span<char> digits = stackalloc char[PhoneMaxDigits + 1];
        int count = 0, k = i, last = i;
        if (text[k] == '+')
        {
            k++;
        }

        bool open = false, thousands = true;
        int group = 0, groups = 0, firstGroup = 0;
        bool dotted = false;
        while (k < end)
        {
            char c = text[k];
            if (IsDigit(c))
            {
                group++;
                if (count > PhoneMaxDigits)
                {
                    return -1;
                }

                digits[count++] = c;
                last = ++k;
                continue;
            }

            bool separator = c is ' ' or '-' or '.' or '\u00A0' || (c == '(' && !open) || (c == ')' && open);
            if (!separator || k + 1 >= end || !(IsDigit(text[k + 1]) || (c == ')' && text[k + 1] == ' ' && k + 2 < end && IsDigit(text[k + 2])) || (c is ' ' && text[k + 1] == '(')))
            {
                break;
            }

            open = c == '(' || (open && c != ')');
            dotted |= c == '.';
            if (group > 0)
            {
                firstGroup = groups == 0 ? group : firstGroup;
                thousands &= c is ' ' or '.' or '\u00A0' && (groups == 0 ? group <= 3 : group == 3);
                groups++;
                group = 0;
            }

            k++;
        }

        // "1 054 000" after a phone word is a count of calls, grouped in thousands.
        thousands &= group == 3 && groups > 0;
        if (count < PhoneMinDigits || count > PhoneMaxDigits || (needWord && thousands) || LetterAt(text, last, end) || (last < end && text[last] is ',' or '.' && last + 1 < end && IsDigit(text[last + 1])))
        {
            return -1;
        }

        // The phone words are looked for last: most digit runs are too short to be a phone number. A first group of two digits or
        // more that opens with a zero ("0800-12345", "01 8000 112 440") is no amount: a phone number without a phone word, unless
        // the run goes on as an identifier ("005-2016-IN"), ends in a year ("expediente 0012-2019", "Decreto 007-2021") or has a
        // period between its groups ("08.30-12.30", opening hours).
        bool yearLast = groups == 1 && group == 4 && digits[count - 4] is '1' or '2' && digits[count - 3] is '9' or '0';
        bool leadingZero = text[i] == '0' && firstGroup >= 2 && !dotted && !yearLast
            && !(last + 1 < end && text[last] is '-' or '/' && char.IsLetterOrDigit(text[last + 1]));
        if ((!needWord && text[i] == '(' && text.IndexOf(')', i, last - i) < 0) || (needWord && !leadingZero && !PhoneWordBefore(text, i, start)))
        {
            return -1;
        }

        AddFact(tokens, i, last, NumberKind.Identifier, 0, PhonePrefix + new string(digits[..count]));
        return last;
    }

    // Only within the range read: a phone word of the sentence before ("llame al +1 (202) 370-5000.") must not make the
    // next sentence's digit groups ("ISBN: 978-92-1-121435-2") a phone number.
    private bool PhoneWordBefore(string text, int i, int start)
    {
        int from = Math.Max(start, i - PhoneWordReach);
        var window = text.AsSpan(from, i - from);
        foreach (string word in _lexicon.PhoneWords)
        {
            if (window.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "04512-2018-0-1801-JR-PE-03", "005-2016-IN": three parts or more joined by '-' or '/', read whole.
    private int ReadIdentifier(string text, int i, int end, TokenList tokens)
    {
        int k = i, parts = 0, chars = 0, numbered = 0;
        while (true)
        {
            int partEnd = k;
            bool digits = false;
            while (partEnd < end && char.IsAsciiLetterOrDigit(text[partEnd]))
            {
                digits |= IsDigit(text[partEnd]);
                partEnd++;
            }

            numbered += digits ? 1 : 0;

            if (partEnd == k)
            {
                return -1;
            }

            parts++;
            chars += partEnd - k;
            k = partEnd;
            if (k + 1 < end && text[k] is '-' or '/' && char.IsAsciiLetterOrDigit(text[k + 1]))
            {
                k++;
                continue;
            }

            break;
        }

        // "12-cent-a-share" is a count hyphened to words: an identifier has two numbered parts or more.
        if (parts < 3 || numbered < 2 || chars < IdentifierMinChars || (k < end && char.IsLetterOrDigit(text[k])))
        {
            return -1;
        }

        AddFact(tokens, i, k, NumberKind.Identifier, 0, CanonicalIdentifier(text.AsSpan(i, k - i)));
        return k;
    }

    /// <summary>The parts of an identifier upper-cased, digit parts without leading zeros, joined by '-': "005-2016-in" is "5-2016-IN".</summary>
    internal static string CanonicalIdentifier(ReadOnlySpan<char> written)
    {
        var builder = new StringBuilder(written.Length);
        int k = 0;
        while (k < written.Length)
        {
            int partEnd = k;
            while (partEnd < written.Length && char.IsLetterOrDigit(written[partEnd]))
            {
                partEnd++;
            }

            var part = written[k..partEnd];
            if (part.Length > 0)
            {
                if (builder.Length > 0)
                {
                    builder.Append('-');
                }

                bool digits = true;
                foreach (char c in part)
                {
                    digits &= IsDigit(c);
                }

                if (digits)
                {
                    var trimmed = part.TrimStart('0');
                    builder.Append(trimmed.Length == 0 ? "0" : trimmed);
                }
                else
                {
                    foreach (char c in part)
                    {
                        builder.Append(char.ToUpperInvariant(c));
                    }
                }
            }

            k = partEnd + 1;
        }

        return builder.ToString();
    }

    // "2O19", "I2", "l5": letters OCR reads for digits among at least one real digit; the token reads the
    // likely number and is marked damaged. Returns false when the run is something else.
    private static bool TryOcrDigits(string text, int i, int runEnd, TokenList tokens)
    {
        int length = runEnd - i;
        if (length is < 2 or > 6)
        {
            return false;
        }

        Span<char> digits = stackalloc char[6];
        bool real = false;
        for (int k = 0; k < length; k++)
        {
            char c = text[i + k];
            if (IsDigit(c))
            {
                real = true;
                digits[k] = c;
                continue;
            }

            char d = OcrDigit(c);
            if (d == '\0' || (c == 'o' && (k == 0 || k == length - 1)))
            {
                return false;
            }

            digits[k] = d;
        }

        if (!real || digits[0] == '0')
        {
            return false;
        }

        tokens.Add(new Token
        {
            Kind = TokenKind.Number,
            Start = i,
            End = runEnd,
            Plain = true,
            Damaged = true,
            Value = double.Parse(digits[..length], NumberStyles.None, CultureInfo.InvariantCulture),
        });
        return true;
    }

    // "provincia7." : a word of three letters or more with one or two digits glued after it, before punctuation
    // or the end of a line; "province.7", "capital,3": one or two digits glued after a word's period or comma. A footnote mark, no number.
    private bool TryFootnoteMark(string text, int i, int runEnd, int end, TokenList tokens)
    {
        int lettersEnd = i;
        while (lettersEnd < runEnd && char.IsLower(text[lettersEnd]) || (lettersEnd == i && char.IsUpper(text[lettersEnd])))
        {
            lettersEnd++;
        }

        if (lettersEnd - i < 3 || runEnd - lettersEnd is < 1 or > 2 || DigitsEnd(text, lettersEnd, runEnd) != runEnd || !MarkEnds(text, runEnd, end))
        {
            return false;
        }

        AddFact(tokens, i, runEnd, NumberKind.FootnoteMark, Int(text, lettersEnd, runEnd), damaged: true);
        return true;
    }

    private bool TryMarkAfterPeriod(string text, int i, int runEnd, int end, int start, TokenList tokens, Span<char> folded)
    {
        if (i - 4 < start || text[i - 1] is not ('.' or ',' or ';') || !char.IsLower(text[i - 2]) || runEnd - i is < 1 or > 2 || DigitsEnd(text, i, runEnd) != runEnd
            || !(runEnd == end || char.IsWhiteSpace(text[runEnd]) || text[runEnd] is ',' or ';' or ')'))
        {
            return false;
        }

        int wordStart = i - 2;
        while (wordStart > start && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        // "art.7": an abbreviation of the lexicon before the period is no sentence end. A unit or duration word is a whole word that
        // ends sentences ("niños menores de 5 años.3 Las estimaciones…", an Oxfam summary's footnote 3).
        int length = i - 1 - wordStart;
        if (length < 3 || length > folded.Length
            || (_lexicon.WordId(NumberLexicon.Fold(text.AsSpan(wordStart, length), folded)) is int id and >= 0
                && !(_lexicon.Step(0, id) is int node and >= 0 && _lexicon.EntryAt(node) is { } entry && (entry.Roles & (PhraseRoles.Unit | PhraseRoles.Duration)) != 0)))
        {
            return false;
        }

        AddFact(tokens, i - 1, runEnd, NumberKind.FootnoteMark, Int(text, i, runEnd), damaged: true);
        return true;
    }

    // "FY19", "FY2019": a year prefix of the lexicon glued to two or four digits is that year (two digits are 20xx below 50,
    // 19xx from 50). Only the run itself: "FY2019-20" is the year 2019 and then the next year's short form, read as it comes.
    private bool TryPrefixedYear(string text, int i, int runEnd, TokenList tokens)
    {
        foreach (string prefix in _lexicon.YearPrefixes)
        {
            int digits = runEnd - i - prefix.Length;
            if (digits is 2 or 4 && text.AsSpan(i, runEnd - i).StartsWith(prefix, StringComparison.Ordinal)
                && DigitsEnd(text, i + prefix.Length, runEnd) == runEnd)
            {
                int year = Int(text, i + prefix.Length, runEnd);
                year = digits == 2 ? (year < TwoDigitYearPivot ? 2000 + year : 1900 + year) : year;
                AddFact(tokens, i, runEnd, NumberKind.Year, year);
                return true;
            }
        }

        return false;
    }

    // Two-digit years below it are 20xx, from it 19xx ("FY19" is 2019, "FY98" 1998), as the dates of 25/12/21 read.
    private const int TwoDigitYearPivot = 50;

    // "the Organization[1].", "[12]": one to three digits in square brackets, a web page's footnote or note reference.
    private static bool TryBracketMark(string text, int i, int runEnd, int end, int start, TokenList tokens)
    {
        if (i - 1 < start || text[i - 1] != '[' || runEnd >= end || text[runEnd] != ']' || runEnd - i is < 1 or > BracketMarkDigits
            || DigitsEnd(text, i, runEnd) != runEnd)
        {
            return false;
        }

        AddFact(tokens, i - 1, runEnd + 1, NumberKind.FootnoteMark, Int(text, i, runEnd), damaged: true);
        return true;
    }

    // Most digits of a footnote reference in square brackets ("[1]", "[123]"); more is a year or an amount.
    private const int BracketMarkDigits = 3;

    // A superscript footnote mark that PDF extraction set apart with spaces, at a sentence's end: "en todo el mundo. 1"
    // (after the final period, nothing after it on the line) or "a los grupos paramilitares 2 ." (between the last word
    // and a final period set off by a space). A number ending a sentence is written against its period ("ascendió a 2.").
    // The word before must be no word of the number lexicon, so "artículo 2 ." and "art. 2" stay numbers.
    private bool TrySpacedMark(string text, int i, int runEnd, int end, int start, TokenList tokens, Span<char> folded)
    {
        if (runEnd - i is < 1 or > 2 || text[i] == '0')
        {
            return false;
        }

        int before = i;
        while (before > start && text[before - 1] is ' ' or '\t' or '\u00A0')
        {
            before--;
        }

        int after = runEnd;
        while (after < end && text[after] is ' ' or '\t' or '\u00A0')
        {
            after++;
        }

        if (before == i || before == start)
        {
            return false;
        }

        bool lineEndsAfter = after >= end || TextNormalizer.IsLineBreak(text[after]);
        int wordEnd;
        if (text[before - 1] is '.' or '!' or '?' && lineEndsAfter)
        {
            // "en todo el mundo. 1"
            wordEnd = before - 1;
        }
        else if (char.IsLetter(text[before - 1]) && after > runEnd && after < end && text[after] == '.'
                 && (after + 1 >= end || char.IsWhiteSpace(text[after + 1])))
        {
            // "grupos paramilitares 2 ."
            wordEnd = before;
        }
        else
        {
            return false;
        }

        int wordStart = wordEnd;
        while (wordStart > start && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        int length = wordEnd - wordStart;
        if (length < 3 || length > folded.Length || !char.IsLower(text[wordEnd - 1])
            || _lexicon.WordId(NumberLexicon.Fold(text.AsSpan(wordStart, length), folded)) >= 0)
        {
            return false;
        }

        AddFact(tokens, i, runEnd, NumberKind.FootnoteMark, Int(text, i, runEnd), damaged: true);
        return true;
    }

    // "… since its promulgation on 26 June 2017.1" / "… in 2017.12 The Committee": a year, the period that ends its sentence and a
    // footnote mark of one or two digits glued after it, then the end of the text or the next sentence. A decimal never ends a
    // sentence without its own period, and a year's worth of units is written with a group separator (2,017.1). The end of the mark, or null.
    private static int? YearBeforeMark(string text, int i, int runEnd, int end)
    {
        if (runEnd - i != 4 || runEnd + 1 >= end || text[runEnd] != '.' || !Sentences.SentencePunctuation.IsMarkedYear(Int(text, i, runEnd))
            || (i > 0 && (IsDigit(text[i - 1]) || text[i - 1] is '.' or ',')))
        {
            return null;
        }

        int markEnd = DigitsEnd(text, runEnd + 1, end);
        if (markEnd - runEnd - 1 is < 1 or > 2 || text[runEnd + 1] == '0')
        {
            return null;
        }

        int next = markEnd;
        while (next < end && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        // At the end of the text, only a year a date or preposition leads up to ("26 June 2017.1", "de 2017.1", "in 2017.1"):
        // "Total expenditure 1850.75" ends on an amount.
        return next >= end ? (YearLedUp(text, i) ? markEnd : null)
            : next > markEnd && (char.IsUpper(text[next]) || text[next] is '"' or '“' or '(') ? markEnd : null;
    }

    // Whether the word before the digits at i is a capitalised one (a month, "June") or a short lower-case one ("de", "in", "since").
    private static bool YearLedUp(string text, int i)
    {
        int end = i;
        while (end > 0 && text[end - 1] is ' ' or '\u00A0')
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return end > start && (char.IsUpper(text[start]) || end - start <= MaxYearPrepositionLength);
    }

    // The longest lower-case word YearLedUp takes before a year ("desde", "since").
    private const int MaxYearPrepositionLength = 5;

    private static bool MarkEnds(string text, int at, int end) =>
        at >= end || TextNormalizer.IsLineBreak(text[at]) || (text[at] is '.' or ',' or ';' or ':' or ')' && (at + 1 >= end || !IsDigit(text[at + 1])));

    // "IV", "XX", "III": a Roman numeral of two letters or more up to 89, as an ordinal (el IV Plan Nacional, siglo XX).
    private static bool TryRoman(string text, int i, int runEnd, TokenList tokens)
    {
        int length = runEnd - i;
        if (length is < 2 or > 7)
        {
            return false;
        }

        int value = 0;
        for (int k = 0; k < length; k++)
        {
            int digit = RomanDigit(text[i + k]);
            if (digit == 0)
            {
                return false;
            }

            int next = k + 1 < length ? RomanDigit(text[i + k + 1]) : 0;
            value += digit < next ? -digit : digit;
        }

        if (value is < 1 or > 89 || !Roman(value).AsSpan().SequenceEqual(text.AsSpan(i, length)))
        {
            return false;
        }

        tokens.Add(new Token { Kind = TokenKind.Number, Start = i, End = runEnd, Ordinal = true, Plain = true, Value = value });
        return true;
    }

    private static int RomanDigit(char c) => c switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        _ => 0,
    };

    private static string Roman(int value)
    {
        ReadOnlySpan<int> values = [50, 40, 10, 9, 5, 4, 1];
        string[] letters = ["L", "XL", "X", "IX", "V", "IV", "I"];
        var builder = new StringBuilder();
        for (int k = 0; k < values.Length; k++)
        {
            while (value >= values[k])
            {
                builder.Append(letters[k]);
                value -= values[k];
            }
        }

        return builder.ToString();
    }

    private static void AddFact(TokenList tokens, int start, int end, NumberKind kind, double value, string? identifier = null, bool damaged = false) =>
        tokens.Add(new Token { Kind = TokenKind.Fact, Start = start, End = end, FactKind = kind, Value = value, Identifier = identifier, Damaged = damaged });

    private static void AddDate(TokenList tokens, int start, int end, int year, int month, int day) =>
        tokens.Add(new Token { Kind = TokenKind.Fact, Start = start, End = end, FactKind = NumberKind.Date, Value = year, Month = month, Day = day });

    private static int DigitsEnd(string text, int k, int end)
    {
        while (k < end && IsDigit(text[k]))
        {
            k++;
        }

        return k;
    }

    private static int Int(string text, int from, int to) => int.Parse(text.AsSpan(from, to - from), NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool LetterAt(string text, int at, int end) => at < end && char.IsLetter(text[at]);

    private static bool LetterOrDigitAt(string text, int at, int end) => at < end && char.IsLetterOrDigit(text[at]);
}
