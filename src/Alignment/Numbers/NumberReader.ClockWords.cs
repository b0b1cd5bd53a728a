namespace Alignment.Numbers;

public sealed partial class NumberReader
{
    // Calendar values in words: an hour with its part of the day ("a las cuatro de la tarde", "at four in the afternoon",
    // "four p.m.")
    // and the part of a year an ordinal places ("primer semestre", "first half of 2020", "third quarter").
    private sealed partial class Parser
    {
        // How far after a year part a year or year word may stand for the part to be one of a year ("first half of the fiscal year").
        private const int YearContextReach = 4;

        // Whether a part of the day starts at token t after an hour of 1 to 12 that starts at token first, after a word that
        // introduces a time ("a las", "at"): the hour of the clock it then is, in hours from midnight. "Rescataron a cuatro de
        // la tarde anterior" counts people: no time word before it. A clock time in digits (first -1) needs none.
        private bool DayPartAfter(int first, int t, double hour, out double clock, out int end)
        {
            clock = 0;
            end = t;
            if (hour < 1 || hour >= 13 || t >= _tokens.Count || _tokens[t].Kind != TokenKind.Word || (first >= 0 && !TimeWordBefore(first))
                || Phrase(t, out end) is not { } part || (part.Roles & PhraseRoles.DayPart) == 0)
            {
                return false;
            }

            double h = hour % 12;
            clock = part.DayPart switch
            {
                DayPart.Afternoon => h + 12,
                DayPart.Night => hour >= 6 && hour < 12 ? h + 12 : h,
                _ => h,
            };
            return true;
        }

        // Whether a 12-hour marker (a.m., p.m.) follows the hour of 1 to 12 that ends at token last: the clock it then is,
        // the offset where the marker ends and the first token after it.
        private bool MarkerAfter(int last, double hour, out double clock, out int markerEnd, out int next)
        {
            clock = 0;
            markerEnd = 0;
            next = last + 1;
            if (hour < 1 || hour >= 13 || hour % 1 != 0)
            {
                return false;
            }

            int at = _tokens[last].End;
            while (at < _text.Length && _text[at] is ' ' or '\u00A0' or '\u202F')
            {
                at++;
            }

            if (MatchTimeMarker(_lexicon, _text, at, _text.Length) is not { Kind: TimeMarkerKind.Morning or TimeMarkerKind.Afternoon } marker)
            {
                return false;
            }

            clock = hour % 12 + (marker.Kind == TimeMarkerKind.Afternoon ? 12 : 0);
            markerEnd = at + marker.Text.Length;
            while (next < _tokens.Count && _tokens[next].Start < markerEnd)
            {
                next++;
            }

            return true;
        }

        private bool TimeWordBefore(int first) =>
            first > 0 && _tokens[first - 1].Kind == TokenKind.Word && _lexicon.WordEntry(_tokens[first - 1].WordId) is { } word
            && (word.Roles & (PhraseRoles.TimeBefore | PhraseRoles.HourBefore)) != 0;

        // After an ordinal that ends before token t: a part of the year ("primer semestre", "first half of 2020") makes the
        // ordinal a place in the year, its unit the part, and the part word a duration of its months, as "semestre" alone
        // is ("the first six months" translates "el primer semestre"); returns the token to read next.
        private int PartOfYear(int t)
        {
            if (t >= _tokens.Count || _tokens[t].Kind != TokenKind.Word || Phrase(t, out int end) is not { } part || (part.Roles & PhraseRoles.YearPart) == 0
                || ((part.Roles & PhraseRoles.YearPartNeedsYear) != 0 && !YearFollows(end)))
            {
                return t;
            }

            _drafts[^1].Unit = part.YearPart;
            Emit(t, end - 1, part.YearPartMonths, null, NumberKind.Duration, Months, 1, true);
            return end;
        }

        // Whether a year ("of 2020") or a year word ("of the year", "del año") follows within a few tokens of token t.
        private bool YearFollows(int t)
        {
            for (int u = t; u < _tokens.Count && u < t + YearContextReach; u++)
            {
                var token = _tokens[u];
                if (IsYear(token) || (token.Kind == TokenKind.Word && _lexicon.WordEntry(token.WordId) is { } word && (word.Roles & PhraseRoles.YearWord) != 0))
                {
                    return true;
                }

                if (token.Kind is not (TokenKind.Word or TokenKind.Gap))
                {
                    return false;
                }
            }

            return false;
        }
    }
}
