namespace Alignment.Numbers;

public sealed partial class NumberReader
{
    // Ranges: "eight to 15 years", "entre 14 y 18", "2019-2020".
    private sealed partial class Parser
    {
        // "eight to 15 years", "de ocho a 15 años", "entre 14 y 18", "2019-2020": the bounds share the
        // upper bound's unit and scale ("1 to 2 million dollars" is 1 million dollars to 2 million).
        private void MarkRanges()
        {
            for (int k = 0; k + 1 < _drafts.Count; k++)
            {
                var lower = _drafts[k];
                var upper = _drafts[k + 1];
                if (upper.First != lower.Last + 2 || !MayBeBound(lower.Kind) || !MayBeBound(upper.Kind) || !IsRangeJoiner(lower))
                {
                    continue;
                }

                // "de 2 millones en 2019 a 5 millones en 2020", "in 2019 to 3.4 million soles": a year is no bound of an amount's
                // range; the amount goes with the year before it, the "a" / "to" with the amount after it.
                if ((lower.Kind == NumberKind.Year) != (upper.Kind == NumberKind.Year)
                    && (lower.Kind == NumberKind.Year ? upper : lower) is { } amount && (amount.Scale > 1 || amount.Unit is not null))
                {
                    continue;
                }

                // "financiación aprobada en 2007 – US$5.700 millones –": a bound that opens with its own currency sign after a
                // bare number is an aside between dashes, not the top of a range (a money range writes the sign before the first
                // bound or before both).
                if (lower.Unit is null && _tokens[upper.First].Kind == TokenKind.Symbol)
                {
                    continue;
                }

                lower.Range = RangeRole.Lower;
                upper.Range = RangeRole.Upper;
                if (lower.Unit is null && upper.Unit is not null)
                {
                    lower.Unit = upper.Unit;
                    lower.Kind = upper.Kind;
                }

                if (lower.Scale == 1 && upper.Scale > 1)
                {
                    lower.Scale = upper.Scale;
                    lower.Value *= upper.Scale;
                    lower.Alternative *= upper.Scale;
                }
            }
        }

        // "2019-20", "2018/19", "1999-00": a year and the next year's last two digits, a fiscal or school year, reads the second
        // as the year it is ("2019-2020"), not as a count of 20 that the other side, writing "2019-2020", does not have.
        private void MarkShortYears()
        {
            for (int k = 0; k + 1 < _drafts.Count; k++)
            {
                var lower = _drafts[k];
                var upper = _drafts[k + 1];
                if (lower.Kind != NumberKind.Year || upper.First != lower.Last + 2 || upper.First != upper.Last || upper.Kind != NumberKind.Cardinal
                    || upper.Unit is not null || _tokens[upper.First].Kind != TokenKind.Number || _tokens[upper.First].End - _tokens[upper.First].Start != 2)
                {
                    continue;
                }

                var joiner = _tokens[lower.Last + 1];
                if (joiner.Kind != TokenKind.Punct || _text[joiner.Start] is not ('-' or '/' or '\u2013')
                    || joiner.Start != _tokens[lower.Last].End || joiner.End != _tokens[upper.First].Start)
                {
                    continue;
                }

                int year = (int)lower.Value, shortYear = (int)upper.Value;
                int full = shortYear > year % 100 ? year - year % 100 + shortYear : shortYear == (year + 1) % 100 ? year + 1 : -1;
                if (full > 0)
                {
                    (upper.Kind, upper.Value, upper.Alternative) = (NumberKind.Year, full, null);
                }
            }
        }

        // "a 50-50 chance", "a 50/50 split", "fifty-fifty": even odds, half each way, which a translation writes as a percentage ("una
        // probabilidad superior al 50%"): one mention of 50 percent, not two counts of 50 (the second of which met nothing).
        private void MarkEvenOdds()
        {
            for (int k = 0; k + 1 < _drafts.Count; k++)
            {
                var lower = _drafts[k];
                var upper = _drafts[k + 1];
                if (upper.First != lower.Last + 2 || !IsEvenHalf(lower) || !IsEvenHalf(upper))
                {
                    continue;
                }

                var joiner = _tokens[lower.Last + 1];
                if (joiner.Kind != TokenKind.Punct || _text[joiner.Start] is not ('-' or '/' or '\u2013')
                    || joiner.Start != _tokens[lower.Last].End || joiner.End != _tokens[upper.First].Start)
                {
                    continue;
                }

                (lower.Kind, lower.Unit, lower.Alternative, lower.Last) = (NumberKind.Percent, "%", null, upper.Last);
                _drafts.RemoveAt(k + 1);
            }
        }

        private bool IsEvenHalf(Draft d) =>
            d.Kind == NumberKind.Cardinal && d.Unit is null && d.Scale == 1 && d.Value == EvenOdds && d.First == d.Last;

        // The one figure that a pair written "N-N" reads as odds: 50-50 is even; "a 60-40 split" is a range or a pair as written.
        private const double EvenOdds = 50;

        // "June 13–24, 2022", "November 6 to 10", "del 13 al 24 de junio de 2022", "entre el 6 y el 10 de noviembre", "6–10
        // November 2023": a day beside a date of the same month is a date too, with that month and year (and a year after
        // the second day, "June 13–24, 2022", is both dates' year, not a number of its own). Read as a count, the bare day
        // met the other language's date and raised a false "English says 24, Spanish says 13".
        private void MarkDayRanges()
        {
            for (int k = 0; k + 1 < _drafts.Count; k++)
            {
                var lower = _drafts[k];
                var upper = _drafts[k + 1];
                if (!DayJoined(lower, upper))
                {
                    continue;
                }

                if (upper.Kind == NumberKind.Date && upper.Day is int upperDay && IsBareDay(lower) && lower.Value < upperDay && IsDayToken(upper.First, upperDay))
                {
                    // "del 13 al 24 de junio de 2022", "6–10 November 2023".
                    lower.Day = (int)lower.Value;
                    (lower.Kind, lower.Value, lower.Month, lower.Unit) = (NumberKind.Date, upper.Value, upper.Month, null);
                }
                else if (lower.Kind == NumberKind.Date && lower.Day is int lowerDay && IsBareDay(upper) && upper.Value > lowerDay && IsDayToken(lower.Last, lowerDay))
                {
                    // "November 6–10", "June 13–24, 2022": the year after the second day belongs to both.
                    upper.Day = (int)upper.Value;
                    (upper.Kind, upper.Value, upper.Month, upper.Unit) = (NumberKind.Date, lower.Value, lower.Month, null);
                    if (k + 2 < _drafts.Count && _drafts[k + 2] is { Kind: NumberKind.Year } year && year.First == upper.Last + 2 && IsCommaGap(upper.Last + 1)
                        && lower.Value == 0)
                    {
                        lower.Value = upper.Value = year.Value;
                        upper.Last = year.Last;
                        upper.End = -1;
                        _drafts.RemoveAt(k + 2);
                    }
                }
            }
        }

        // Whether the date's day is written at token t, the end of the date that touches the other bound: "June 13–24", "del 13
        // al 24 de junio", not "3 March and 20 delegations" (the month stands between the day and the count).
        // A day in words is one word that says it ("del dos al cinco de mayo": WordDayDate).
        private bool IsDayToken(int t, int day) => _tokens[t].Kind == TokenKind.Number
            ? _tokens[t].Value == day
            : _tokens[t].Kind == TokenKind.Word && Phrase(t, out int next) is { } entry && next == t + 1 && (entry.Number == day || entry.Ordinal == day);

        // A plain count that may be a day of the month: a whole number from 1 to 31 in digits, with no unit or scale; or in one
        // word where the day comes first, as Spanish writes dates ("del dos al cinco de mayo").
        private bool IsBareDay(Draft draft) =>
            draft.Kind == NumberKind.Cardinal && (!draft.IsWords || (_lexicon.DayFirst && draft.First == draft.Last)) && draft.Unit is null && draft.Scale == 1
            && draft.Value is >= 1 and <= 31 && draft.Value % 1 == 0;

        // Whether two drafts are joined as the bounds of a range or a pair of days: a dash, "to", "al", "and", "y" between
        // them, perhaps followed by one short lower-case word ("entre el 6 y el 10", "from the 6th to the 10th").
        private bool DayJoined(Draft lower, Draft upper)
        {
            int middle = lower.Last + 1;
            if (middle >= _tokens.Count || upper.First < middle + 1 || upper.First > middle + 2)
            {
                return false;
            }

            if (upper.First == middle + 2)
            {
                var between = _tokens[middle + 1];
                var article = _text.AsSpan(between.Start, between.End - between.Start).Trim();
                if (between.Kind is not (TokenKind.Word or TokenKind.Gap) || article.Length is 0 or > 3 || !IsLowerWord(article))
                {
                    return false;
                }
            }

            var token = _tokens[middle];
            if (token.Kind == TokenKind.Punct)
            {
                return _text[token.Start] is '-' or '\u2013' or '\u2014';
            }

            return Phrase(middle, out int next) is { } entry && next == middle + 1 && (entry.Roles & (PhraseRoles.RangeTo | PhraseRoles.RangeAnd)) != 0;
        }

        // "1. The Committee considered…", "2.La CIDH…", "15) El Estado…": a number that opens the text before a dot or a
        // parenthesis and a capital numbers the paragraph; it is a position (an ordinal), so a copy that lost the numbering
        // (web copies of UN documents often do) is no missing count.
        private void MarkParagraphNumber()
        {
            if (_drafts.Count == 0 || _drafts[0] is not { Kind: NumberKind.Cardinal, IsWords: false, Unit: null, Scale: 1 } first
                || first.Value is < 1 or > 999 || first.Value % 1 != 0)
            {
                return;
            }

            for (int t = 0; t < first.First; t++)
            {
                if (!_text.AsSpan(_tokens[t].Start, _tokens[t].End - _tokens[t].Start).IsWhiteSpace())
                {
                    return;
                }
            }

            int end = first.End >= 0 ? first.End : _tokens[first.Last].End;
            if (end >= _text.Length || _text[end] is not ('.' or ')'))
            {
                return;
            }

            int k = end + 1;
            while (k < _text.Length && char.IsWhiteSpace(_text[k]))
            {
                k++;
            }

            if (k < _text.Length && char.IsUpper(_text[k]))
            {
                first.Kind = NumberKind.Ordinal;
            }
        }

        private static bool IsLowerWord(ReadOnlySpan<char> word)
        {
            foreach (char c in word)
            {
                if (!char.IsLower(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool MayBeBound(NumberKind kind) =>
            kind is not (NumberKind.LawNumber or NumberKind.Date or NumberKind.Ordinal or NumberKind.Time or NumberKind.Decade or NumberKind.Identifier or NumberKind.FootnoteMark
                or NumberKind.Multiplier);

        private bool IsRangeJoiner(Draft lower)
        {
            int middle = lower.Last + 1;
            var token = _tokens[middle];
            if (token.Kind == TokenKind.Punct)
            {
                return _text[token.Start] is '-' or '\u2013' && _tokens[lower.Last].Kind == TokenKind.Number;
            }

            if (Phrase(middle, out int next) is not { } entry || next != middle + 1)
            {
                return false;
            }

            if ((entry.Roles & PhraseRoles.RangeTo) != 0)
            {
                return true;
            }

            return (entry.Roles & PhraseRoles.RangeAnd) != 0 && lower.First > 0
                   && Phrase(lower.First - 1, out int betweenEnd) is { } before && betweenEnd == lower.First && (before.Roles & PhraseRoles.RangeBetween) != 0;
        }
    }
}
