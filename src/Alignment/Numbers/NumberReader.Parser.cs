using Alignment.Loading;

namespace Alignment.Numbers;

public sealed partial class NumberReader
{
    // Per-call state of one Read: the tokens and the mentions found so far.
    private sealed partial class Parser
    {
        private const int YearMin = 1900;
        private const int YearMax = 2100;

        private readonly NumberLexicon _lexicon;
        private readonly string _text;
        private readonly TokenList _tokens;
        private readonly List<Draft> _drafts = new();

        public Parser(NumberReader reader, string text, TokenList tokens)
        {
            _lexicon = reader._lexicon;
            _text = text;
            _tokens = tokens;
        }

        public IReadOnlyList<NumberMention> Run()
        {
            int t = 0;
            while (t < _tokens.Count)
            {
                t = Step(t);
            }

            MarkParagraphNumber();
            MarkDayRanges();
            MarkEvenOdds();
            MarkShortYears();
            MarkRanges();
            var mentions = new NumberMention[_drafts.Count];
            for (int k = 0; k < mentions.Length; k++)
            {
                var d = _drafts[k];
                int start = d.Start >= 0 ? d.Start : _tokens[d.First].Start, end = d.End >= 0 ? d.End : _tokens[d.Last].End;
                mentions[k] = new NumberMention(start, end, _text[start..end], d.Value, d.Alternative, d.Kind, d.Unit, d.Scale)
                {
                    IsWords = d.IsWords,
                    Month = d.Month,
                    Day = d.Day,
                    Identifier = d.Identifier,
                    LooksDamaged = d.Damaged,
                    Range = d.Range,
                };
            }

            return Array.AsReadOnly(mentions);
        }

        // The longest phrase of the lexicon that starts at word token t, or null; next is the token after it.
        private PhraseEntry? Phrase(int t, out int next)
        {
            next = t + 1;
            PhraseEntry? found = null;
            int node = 0;
            for (int u = t; u < _tokens.Count && _tokens[u].Kind == TokenKind.Word; u++)
            {
                node = _lexicon.Step(node, _tokens[u].WordId);
                if (node < 0)
                {
                    break;
                }

                // Not "por cien" before "mil": "por cien mil habitantes" is a rate per 100,000, not a percent.
                if (_lexicon.EntryAt(node) is { } entry && !(entry.Roles == PhraseRoles.Percent && ScaleWordAt(u + 1)))
                {
                    found = entry;
                    next = u + 1;
                }

                // "half-yearly": a phrase goes on over a hyphen glued between its words.
                if (u + 2 < _tokens.Count && _tokens[u + 1].Kind == TokenKind.Punct && _text[_tokens[u + 1].Start] == '-'
                    && _tokens[u + 1].Start == _tokens[u].End && _tokens[u + 2].Start == _tokens[u + 1].End)
                {
                    u++;
                }
            }

            return found;
        }

        // Reads what starts at token t and returns the index of the first token not consumed.
        private int Step(int t)
        {
            var token = _tokens[t];
            switch (token.Kind)
            {
                case TokenKind.Fact when token.FactKind == NumberKind.Time && DayPartAfter(-1, t + 1, token.Value, out double clock, out int partEnd):
                    // "at 4:30 in the afternoon": the day part says which half of the clock.
                    Emit(t, partEnd - 1, clock, null, NumberKind.Time, null, 1, false);
                    return partEnd;
                case TokenKind.Fact:
                    Emit(t, t, token.Value, null, token.FactKind, null, 1, false);
                    _drafts[^1].Month = token.Month > 0 ? token.Month : null;
                    _drafts[^1].Day = token.Day > 0 ? token.Day : null;
                    _drafts[^1].Identifier = token.Identifier;
                    _drafts[^1].Damaged = token.Damaged;
                    return t + 1;
                case TokenKind.Number when DayDate(t, out int dateEnd):
                    return dateEnd;
                case TokenKind.Number when token.Ordinal:
                    Emit(t, t, token.Value, null, NumberKind.Ordinal, null, 1, false);
                    return PartOfYear(t + 1);
                case TokenKind.Number:
                    return Quantity(t, out int after) ? after : t + 1;
                case TokenKind.Symbol when token.Symbol!.IsCurrency:
                    return Quantity(t, out after) ? after : t + 1;
                case TokenKind.Symbol when token.Symbol!.IsNumberSign:
                    return LawNumber(t, t + 1);
                case TokenKind.Word:
                    return Word(t);
                default:
                    return t + 1;
            }
        }

        private int Word(int t)
        {
            var entry = Phrase(t, out int next);
            if (entry is null)
            {
                return t + 1;
            }

            var roles = entry.Roles;
            if ((roles & PhraseRoles.Ignore) != 0)
            {
                return next;
            }

            if ((roles & PhraseRoles.Law) != 0)
            {
                return LawNumber(t, next);
            }

            if ((roles & PhraseRoles.TimeWord) != 0)
            {
                // "mediodía", "midnight": a time of day in one word.
                Emit(t, next - 1, entry.TimeOfDay, null, NumberKind.Time, null, 1, true);
                return next;
            }

            // "minus five percent", "menos 3": the sign word joins the number right after it.
            if ((roles & PhraseRoles.Sign) != 0 && next < _tokens.Count && StartsQuantity(next) && Quantity(next, out int signed))
            {
                var draft = _drafts[^1];
                draft.First = t;
                draft.Value = -draft.Value;
                draft.Alternative = -draft.Alternative;
                return signed;
            }

            if ((roles & PhraseRoles.Month) != 0 && Date(t, next, entry.Month, out int after))
            {
                return after;
            }

            if ((roles & (PhraseRoles.DecadeIntro | PhraseRoles.DecadeYears)) != 0 && Decade(t, next, out after))
            {
                return after;
            }

            if ((roles & PhraseRoles.DecadeArticle) != 0 && TensEndingClause(t, next) && Decade(t, next, out after))
            {
                return after;
            }

            if ((roles & PhraseRoles.DecadeWord) != 0)
            {
                Emit(t, next - 1, 1900 + entry.Decade, null, NumberKind.Decade, null, 1, true);
                return next;
            }

            if ((roles & (PhraseRoles.DecadeIntro | PhraseRoles.DecadeYears)) != 0 && _lexicon.WordEntry(_tokens[t].WordId) is { } single && single != entry)
            {
                // "la década de la violencia": the decade word alone, a period of ten years.
                entry = single;
                roles = single.Roles;
                next = t + 1;
            }

            if ((roles & PhraseRoles.Duration) != 0 && (roles & (PhraseRoles.Number | PhraseRoles.DurationCounted)) == 0)
            {
                Emit(t, next - 1, entry.Duration, null, NumberKind.Duration, entry.DurationUnit, 1, true);
                return next;
            }

            if ((roles & (PhraseRoles.Number | PhraseRoles.Hundred | PhraseRoles.Article | PhraseRoles.ScaleAlone | PhraseRoles.Half)) != 0
                && Quantity(t, out after))
            {
                return WordDayDate(after) ?? after;
            }

            if ((roles & PhraseRoles.Ordinal) != 0)
            {
                // "vigésimo quinto", "décimo octavo", "centésimo vigésimo": ordinal words compose like number words.
                double ordinal = entry.Ordinal;
                int last = next - 1;
                while (last + 1 < _tokens.Count && Phrase(last + 1, out int lower) is { } part && (part.Roles & PhraseRoles.Ordinal) != 0
                       && part.Ordinal < Place(ordinal) && ordinal % 10 == 0)
                {
                    ordinal += part.Ordinal;
                    last = lower - 1;
                }

                Emit(t, last, ordinal, null, NumberKind.Ordinal, null, 1, true);
                return WordDayDate(last + 1) ?? PartOfYear(last + 1);
            }
            else if ((roles & PhraseRoles.Fraction) != 0)
            {
                Emit(t, next - 1, entry.Fraction, null, NumberKind.Fraction, null, 1, true);
            }
            else if ((roles & PhraseRoles.Multiplier) != 0)
            {
                Emit(t, next - 1, entry.Multiplier, null, NumberKind.Multiplier, null, 1, true);
            }

            return next;
        }

        // "Ley 28950", "Decreto Legislativo N° 1232", "Article 129", "N° 1232", "017-2017-IN".
        private int LawNumber(int first, int next)
        {
            int u = next;
            if (u < _tokens.Count && _tokens[u].Kind == TokenKind.Symbol && _tokens[u].Symbol!.IsNumberSign)
            {
                u++;
            }

            if (u < _tokens.Count && _tokens[u].Kind == TokenKind.Fact && _tokens[u].FactKind == NumberKind.Identifier)
            {
                // "Decreto Supremo N° 005-2016-IN": the identifier, with the words that name it.
                Step(u);
                _drafts[^1].First = first;
                return u + 1;
            }

            if (u >= _tokens.Count || _tokens[u].Kind != TokenKind.Number || _tokens[u].Ordinal)
            {
                return next;
            }

            var number = _tokens[u];
            int last = u;
            while (last + 2 < _tokens.Count && IsJoiner(last + 1) && _tokens[last + 2].Kind == TokenKind.Number
                   && _tokens[last + 2].Start == _tokens[last + 1].End)
            {
                last += 2;
            }

            int comma = _text.IndexOf(',', number.Start, number.End - number.Start);
            if (comma > 0 && last == u && !IsArticleWord(first) && ThousandsGrouped(number.Start, number.End) is double whole)
            {
                // "Law No. 26,842" (an Argentine law in English): groups of three digits after the first are thousands; not
                // after an article word ("articles 101,102" lists them).
                Emit(first, u, whole, whole, NumberKind.LawNumber, null, 1, false);
                return u + 1;
            }

            if (comma > 0 && last == u)
            {
                // "Articles 22,24 and 26": a comma between article numbers lists them, it is no decimal point.
                EmitPart(first, u, number.Start, comma, NumberKind.LawNumber);
                int from = comma + 1;
                while (from < number.End)
                {
                    int to = _text.IndexOf(',', from, number.End - from);
                    to = to < 0 ? number.End : to;
                    EmitPart(u, u, from, to, NumberKind.LawNumber);
                    from = to + 1;
                }

                return u + 1;
            }

            Emit(first, last, number.Value, number.Alternative, NumberKind.LawNumber, null, 1, false);
            if (last > u)
            {
                // "Resolución 123-2019": a number with parts is compared whole.
                _drafts[^1].Kind = NumberKind.Identifier;
                _drafts[^1].Value = 0;
                _drafts[^1].Alternative = null;
                _drafts[^1].Identifier = CanonicalIdentifier(_text.AsSpan(number.Start, _tokens[last].End - number.Start));
            }

            return last + 1;
        }

        private void EmitPart(int first, int last, int start, int end, NumberKind kind)
        {
            if (end > start && double.TryParse(_text.AsSpan(start, end - start), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out double value))
            {
                Emit(first, last, value, null, kind, null, 1, false);
                _drafts[^1].Start = first == last ? start : -1;
                _drafts[^1].End = end;
            }
        }

        private bool IsJoiner(int t)
        {
            var token = _tokens[t];
            return token.Kind == TokenKind.Punct && token.Start == _tokens[t - 1].End && _text[token.Start] is '-' or '/' or '\u2013';
        }

        // "March 2021", "marzo de 2021", and where the month comes first (US English) "November 5, 2020", "November 5". A
        // language that puts the day first reads a month first only with a year after the day, as press releases of the
        // Americas write it ("Julio 19, 2019", "Sep 18 2023"): "marzo 5" alone stays two numbers.
        private bool Date(int first, int next, int month, out int after)
        {
            after = next;
            int u = next;
            if (u < _tokens.Count && (IsDay(_tokens[u]) || IsOrdinalDay(_tokens[u])))
            {
                int day = (int)_tokens[u].Value, y = u + 1;
                bool comma = y + 1 < _tokens.Count && IsCommaGap(y);
                if (comma)
                {
                    y++;
                }

                bool year = y < _tokens.Count && IsYear(_tokens[y]);
                if (!_lexicon.DayFirst || year)
                {
                    EmitDate(first, year ? y : u, year ? (int)_tokens[y].Value : 0, month, day);
                    after = (year ? y : u) + 1;
                    return true;
                }
            }

            if (u < _tokens.Count && _tokens[u].Kind == TokenKind.Word && Phrase(u, out int linkEnd) is { } link && (link.Roles & PhraseRoles.MonthLink) != 0)
            {
                u = linkEnd;
            }

            if (u >= _tokens.Count || !IsYear(_tokens[u]))
            {
                return false;
            }

            EmitDate(first, u, (int)_tokens[u].Value, month, null);
            after = u + 1;
            return true;
        }

        // "3 de marzo de 2023", "5 November 2020", "5th of November", "el 5 de noviembre": a day before its month.
        // A month written in lower case right after the day ("the 3 may be") needs a link word between them or its year after it.
        private bool DayDate(int t, out int after)
        {
            after = t + 1;
            bool ordinalDay = IsOrdinalDay(_tokens[t]);
            if (!IsDay(_tokens[t]) && !ordinalDay)
            {
                return false;
            }

            int u = t + 1;
            bool linked = false;
            if (u < _tokens.Count && _tokens[u].Kind == TokenKind.Word && Phrase(u, out int linkEnd) is { } link && (link.Roles & PhraseRoles.MonthLink) != 0
                && (link.Roles & PhraseRoles.Month) == 0)
            {
                u = linkEnd;
                linked = true;
            }

            if (u >= _tokens.Count || _tokens[u].Kind != TokenKind.Word || Phrase(u, out int monthEnd) is not { } month || (month.Roles & PhraseRoles.Month) == 0)
            {
                return false;
            }

            bool monthCapitalised = char.IsUpper(_text[_tokens[u].Start]);

            int y = monthEnd;
            if (y < _tokens.Count && _tokens[y].Kind == TokenKind.Word && Phrase(y, out int yearLink) is { } link2 && (link2.Roles & PhraseRoles.MonthLink) != 0)
            {
                y = yearLink;
            }
            else if (y + 1 < _tokens.Count && IsCommaGap(y))
            {
                y++;
            }

            bool year = y < _tokens.Count && IsYear(_tokens[y]);
            if (!linked && !monthCapitalised && !(year && y == monthEnd))
            {
                // "the 3 may be": a month in lower case right after the day needs a link word, or its year right after it
                // ("16 marzo 2022", a web copy's dateline without "de").
                return false;
            }

            if (ordinalDay && !linked && !year)
            {
                // "1.º de enero", "the 5th of November", "5th November 2020" are days; "the 2nd March for Justice" is a march.
                return false;
            }

            int last = year ? y : monthEnd - 1;
            EmitDate(t, last, year ? (int)_tokens[y].Value : 0, month.Month, (int)_tokens[t].Value);
            after = last + 1;
            return true;
        }

        // "el dos de mayo de 2020", "el primero de enero", "the second of May": a day of the month written in words (the
        // number just read, a whole number from 1 to 31, in lower case; a cardinal only where the day comes first, as Spanish
        // writes dates: "two of May's victims" is a count) after a day-lead word ("el", "del", a weekday, "the") and before a
        // link word and a month, with its year if one follows, is that day's date. "doce de marzo y ocho de abril" and "tres
        // de mayo de 2021" (counts of each month), names ("el Dos de Mayo", "The Second of May uprising", "Avenida Nueve de
        // Julio": Spanish writes its months in lower case) and "dos mayo" stay counts.
        // Returns the index after the date, or null (the number stays as read).
        private int? WordDayDate(int next)
        {
            var draft = _drafts[^1];
            if (!(draft.Kind == NumberKind.Ordinal || (draft.Kind == NumberKind.Cardinal && _lexicon.DayFirst)) || !draft.IsWords || draft.Unit is not null || draft.Scale != 1 || draft.Range != RangeRole.None
                || draft.Value is < 1 or > 31 || draft.Value % 1 != 0 || draft.Last != next - 1
                || next >= _tokens.Count || _tokens[next].Kind != TokenKind.Word || Phrase(next, out int linkEnd) is not { } link
                || (link.Roles & PhraseRoles.MonthLink) == 0 || (link.Roles & PhraseRoles.Month) != 0
                || linkEnd >= _tokens.Count || _tokens[linkEnd].Kind != TokenKind.Word || Phrase(linkEnd, out int monthEnd) is not { } month
                || (month.Roles & PhraseRoles.Month) == 0)
            {
                return null;
            }

            // The year after the month and its link word; not after a comma ("el dos de mayo, 2000 personas marcharon").
            int y = monthEnd;
            if (y < _tokens.Count && _tokens[y].Kind == TokenKind.Word && Phrase(y, out int yearLink) is { } link2 && (link2.Roles & PhraseRoles.MonthLink) != 0)
            {
                y = yearLink;
            }

            bool year = y < _tokens.Count && IsYear(_tokens[y]);
            bool led = WordEndingBefore(_text, _tokens[draft.First].Start, 0, NumberLexicon.MaxWordLength, out int leadStart) is int leadEnd and >= 0
                && WordIn(_lexicon.DayLeads, leadStart, leadEnd);
            if (!led || char.IsUpper(_text[_tokens[draft.First].Start]) || (!year && _lexicon.DayFirst && char.IsUpper(_text[_tokens[linkEnd].Start])))
            {
                return null;
            }

            int last = year ? y : monthEnd - 1;
            _drafts.RemoveAt(_drafts.Count - 1);
            EmitDate(draft.First, last, year ? (int)_tokens[y].Value : 0, month.Month, (int)draft.Value);
            return last + 1;
        }

        private void EmitDate(int first, int last, int year, int month, int? day)
        {
            Emit(first, last, year, null, NumberKind.Date, null, 1, false);
            _drafts[^1].Month = month;
            _drafts[^1].Day = day;
        }

        private static bool IsDay(in Token token) =>
            token.Kind == TokenKind.Number && token.Plain && !token.Ordinal && !token.Negative && token.End - token.Start <= 4 && token.Value is >= 1 and <= 31 && token.Value % 1 == 0;

        // "1.º", "1º", "5th", "21st": an ordinal in digits of a day of the month, which before or after a month is that day.
        private static bool IsOrdinalDay(in Token token) =>
            token.Kind == TokenKind.Number && token.Plain && token.Ordinal && !token.Negative && token.Value is >= 1 and <= 31 && token.Value % 1 == 0;

        private bool IsCommaGap(int u) => _tokens[u].Kind == TokenKind.Gap && _text.AsSpan(_tokens[u].Start, _tokens[u].End - _tokens[u].Start).Trim() is ",";

        // "la década de 1980", "la década de los ochenta", "los años 80", "los años ochenta".
        private bool Decade(int first, int next, out int after)
        {
            after = next;
            if (next >= _tokens.Count)
            {
                return false;
            }

            var token = _tokens[next];
            double decade;
            int last = next;
            if (token.Kind == TokenKind.Number && token.Plain && !token.Ordinal && token.Value % 10 == 0
                && (token.End - token.Start == 4 && token.Value is >= 1000 and <= 2090 || token.End - token.Start == 2 && token.Value >= 10))
            {
                decade = token.Value < 100 ? 1900 + token.Value : token.Value;
            }
            else if (token.Kind == TokenKind.Fact && token.FactKind == NumberKind.Decade)
            {
                decade = token.Value;
            }
            else if (token.Kind == TokenKind.Word && Phrase(next, out int wordEnd) is { } word && (word.Roles & PhraseRoles.DecadeWord) != 0)
            {
                decade = 1900 + word.Decade;
                last = wordEnd - 1;
            }
            else if (token.Kind == TokenKind.Word && Words(next, out double tens, out double scale, out int wordsLast, out bool ordinal) && !ordinal && scale == 1
                     && tens is >= 20 and <= 90 && tens % 10 == 0)
            {
                decade = 1900 + tens;
                last = wordsLast;
            }
            else
            {
                return false;
            }

            Emit(first, last, decade, null, NumberKind.Decade, null, 1, token.Kind == TokenKind.Word);
            after = last + 1;
            return true;
        }

        // Whether token k is a tens number of 20 to 90 ("90", "noventa") that ends its clause (a period, comma, semicolon, colon,
        // closing bracket or the text's end after it) and whose article `article` follows a decade lead (decade-lead in the data:
        // "en los 90.", "durante los noventa,", "a finales de los 80;"): then the article names a decade, not a count ("los 90
        // días", "De los 90, 45 eran mujeres", "entre los 20 y los 30 años", "los 40 °C").
        private bool TensEndingClause(int article, int k)
        {
            if (k >= _tokens.Count)
            {
                return false;
            }

            var token = _tokens[k];
            bool tens = token.Kind == TokenKind.Number
                ? token.Plain && !token.Ordinal && token.End - token.Start == 2 && token.Value is >= 20 and <= 90 && token.Value % 10 == 0
                : token.Kind == TokenKind.Word && Phrase(k, out int wordEnd) is { } word && wordEnd == k + 1 && (word.Roles & PhraseRoles.Number) != 0
                  && word.Number is >= 20 and <= 90 && word.Number % 10 == 0;
            if (!tens)
            {
                return false;
            }

            int at = token.End;
            while (at < _text.Length && TextNormalizer.IsSpace(_text[at]))
            {
                at++;
            }

            if (at < _text.Length && _text[at] is not ('.' or ',' or ';' or ':' or ')'))
            {
                return false;
            }

            // The lead: the word before the article, or "de" after a lead ("a finales de los 90").
            int leadEnd = WordEndingBefore(_text, _tokens[article].Start, 0, NumberLexicon.MaxWordLength, out int leadStart);
            if (leadEnd < 0)
            {
                return false;
            }

            return WordIn(_lexicon.DecadeLeads, leadStart, leadEnd)
                || (_text.AsSpan(leadStart, leadEnd - leadStart).Equals("de", StringComparison.OrdinalIgnoreCase)
                    && WordEndingBefore(_text, leadStart, 0, NumberLexicon.MaxWordLength, out int outerStart) is int outerEnd and >= 0
                    && WordIn(_lexicon.DecadeLeads, outerStart, outerEnd));
        }

        // Whether the word of the text in [start, end), accent-folded, is in one of the lexicon's word lists (DecadeLeads,
        // DayLeads); WordEndingBefore bounds it to MaxWordLength.
        private bool WordIn(SpanWordSet words, int start, int end)
        {
            Span<char> folded = stackalloc char[NumberLexicon.MaxWordLength];
            return end - start <= folded.Length && words.Contains(NumberLexicon.Fold(_text.AsSpan(start, end - start), folded));
        }

        private static bool IsYear(in Token token) =>
            token.Kind == TokenKind.Number && token.Plain && !token.Ordinal && token.End - token.Start == 4
            && token.Value is >= YearMin and <= YearMax;

        // A count or amount from token t: [currency] (digits | number words) [currency] [scale] [percent | currency],
        // or a fraction: (number words | article) denominator ("two-thirds", "un tercio", "a quarter of").
        private bool Quantity(int t, out int after)
        {
            after = t + 1;
            int first = t;
            string? unit = null;
            if (_tokens[t].Kind == TokenKind.Symbol)
            {
                unit = _tokens[t].Symbol!.Code;
                t++;
                if (t >= _tokens.Count || !(_tokens[t].Kind == TokenKind.Number && !_tokens[t].Ordinal || StartsWords(t)))
                {
                    return false;
                }
            }
            else if (unit is null && Fraction(t, 1, t, out after))
            {
                return true;
            }

            if (unit is null && DigitFraction(t, out after))
            {
                return true;
            }

            double value;
            double? alternative = null;
            double scale = 1;
            bool isWords, yearLike = false, ordinal = false, damaged = false;
            int last;
            if (_tokens[t].Kind == TokenKind.Number)
            {
                value = _tokens[t].Value;
                damaged = _tokens[t].Damaged;
                alternative = _tokens[t].Alternative;
                yearLike = IsYear(_tokens[t]);
                isWords = false;
                if (_tokens[t].Negative)
                {
                    value = -value;
                    alternative = -alternative;
                }

                last = t;
                t++;
            }
            else if (Words(t, out value, out scale, out last, out ordinal))
            {
                isWords = true;
                if (ordinal)
                {
                    Emit(first, last, value, null, NumberKind.Ordinal, null, 1, true);
                    after = last + 1;
                    return true;
                }

                if (unit is null && Fraction(first, value, last + 1, out after))
                {
                    return true;
                }

                t = last + 1;
            }
            else
            {
                return false;
            }

            // "1.11 $ millones": the sign may stand between the digits and the scale word; "1 $10" is ten dollars.
            if (unit is null && t < _tokens.Count && _tokens[t].Kind == TokenKind.Symbol && _tokens[t].Symbol!.IsCurrency && !GluedToDigits(t))
            {
                unit = _tokens[t].Symbol!.Code;
                last = t++;
            }

            // "a $5-million project": a scale word hyphened to the digits.
            if (!isWords && GluedHyphenBefore(t, PhraseRoles.Scale))
            {
                t++;
            }

            if (!isWords && t < _tokens.Count && _tokens[t].Kind == TokenKind.Scale)
            {
                // "5 MDD" (millones de dólares): a scale abbreviation that names its currency.
                unit ??= _tokens[t].Symbol?.Code;
                scale = _tokens[t].Value;
                value *= scale;
                alternative *= scale;
                last = t++;
            }
            else if (!isWords && t < _tokens.Count && Phrase(t, out int scaleEnd) is { } scaleEntry && (scaleEntry.Roles & (PhraseRoles.Scale | PhraseRoles.Hundred)) != 0)
            {
                scale = (scaleEntry.Roles & PhraseRoles.Scale) != 0 ? scaleEntry.Scale : scaleEntry.Hundred;
                value *= scale;
                alternative *= scale;
                last = scaleEnd - 1;
                t = scaleEnd;
            }

            // "3 hundred and one": words below a hundred may follow digits times a hundred.
            if (!isWords && scale == 100 && t + 1 < _tokens.Count && _tokens[t].Kind == TokenKind.Word && IsWordJoiner(t)
                && Phrase(t, out int restAt) is not null && restAt < _tokens.Count && Words(restAt, out double rest, out _, out int restLast, out bool restOrdinal)
                && rest < 100 && !restOrdinal)
            {
                value += rest;
                alternative += rest;
                last = restLast;
                t = restLast + 1;
            }

            // "2 millones y medio", "3 million and a half".
            if (!isWords && scale > 1 && t + 1 < _tokens.Count && IsWordJoiner(t) && _tokens[t].Kind == TokenKind.Word
                && Phrase(t, out int halfAt) is not null && Phrase(halfAt, out int halfEnd) is { } half && (half.Roles & PhraseRoles.Half) != 0)
            {
                value += half.Half * scale;
                alternative += half.Half * scale;
                last = halfEnd - 1;
                t = halfEnd;
            }

            // "tres años y medio", "two hours and a half": a half after the time or measure word the count counts.
            if (scale == 1 && t + 2 < _tokens.Count && _tokens[t].Kind == TokenKind.Word && Phrase(t, out int unitEnd) is { } measure
                && (measure.Roles & PhraseRoles.Unit) != 0 && (measure.Roles & PhraseRoles.Number) == 0 && unitEnd + 1 < _tokens.Count
                && _tokens[unitEnd].Kind == TokenKind.Word && IsWordJoiner(unitEnd)
                && Phrase(unitEnd, out int measureHalfAt) is not null && measureHalfAt < _tokens.Count
                && Phrase(measureHalfAt, out int measureHalfEnd) is { } measureHalf && (measureHalf.Roles & PhraseRoles.Half) != 0
                && !(measureHalfEnd == measureHalfAt + 1 && (measureHalf.Roles & PhraseRoles.Fraction) != 0)
                && (measureHalfEnd >= _tokens.Count || _tokens[measureHalfEnd].Kind != TokenKind.Word
                    || Phrase(measureHalfEnd, out _) is not { } afterHalf || (afterHalf.Roles & (PhraseRoles.Unit | PhraseRoles.Number)) == 0))
            {
                // Not "y media hora" (a half hour after the years) nor "and half the staff" (a one-word half that is also a
                // fraction by itself, "half", quantifies the noun after it; "medio", "a half" do not).
                value += measureHalf.Half;
                alternative += measureHalf.Half;
                last = measureHalfEnd - 1;
                t = measureHalfEnd;
            }

            // "a five-million-dollar project", "a 5-dollar fee": a currency name hyphened to the amount.
            if (unit is null && GluedHyphenBefore(t, PhraseRoles.Currency))
            {
                t++;
            }

            if (t < _tokens.Count && _tokens[t].Kind == TokenKind.Symbol && (_tokens[t].Symbol!.IsPercent || unit is null && _tokens[t].Symbol!.IsCurrency && !GluedToDigits(t)))
            {
                unit ??= _tokens[t].Symbol!.Code;
                last = t++;
            }
            else if (t < _tokens.Count && Phrase(t, out int wordEnd) is { } word)
            {
                if ((word.Roles & PhraseRoles.PercentPoints) != 0)
                {
                    unit = PercentagePoints;
                    last = wordEnd - 1;
                }
                else if ((word.Roles & PhraseRoles.Percent) != 0)
                {
                    unit ??= "%";
                    last = wordEnd - 1;
                }
                else if ((word.Roles & PhraseRoles.Currency) != 0 && MayNameCurrency(unit, first, word.Currency))
                {
                    unit = word.Currency;
                    last = wordEnd - 1;
                }
                else if (scale > 1 && (word.Roles & PhraseRoles.CurrencyLink) != 0
                         && wordEnd < _tokens.Count && Phrase(wordEnd, out int currencyEnd) is { } currency && (currency.Roles & PhraseRoles.Currency) != 0
                         && MayNameCurrency(unit, first, currency.Currency))
                {
                    unit = currency.Currency;
                    last = currencyEnd - 1;
                }
            }

            if (unit is null && isWords && scale == 1 && MarkerAfter(last, value, out double markedClock, out int markerEnd, out int markerAt))
            {
                // "four p.m.", "cuatro p. m.": an hour in words before a 12-hour marker.
                Emit(first, last, markedClock, null, NumberKind.Time, null, 1, true);
                _drafts[^1].End = markerEnd;
                after = markerAt;
                return true;
            }

            if (unit is null && scale == 1 && !yearLike && DayPartAfter(first, t, value, out double clock, out int partEnd))
            {
                // "a las cuatro de la tarde", "at 4 in the afternoon": an hour of the clock.
                Emit(first, partEnd - 1, clock, null, NumberKind.Time, null, 1, isWords);
                after = partEnd;
                return true;
            }

            if (unit is null && scale == 1 && t < _tokens.Count && Phrase(t, out int durationEnd) is { } period && (period.Roles & PhraseRoles.Duration) != 0
                && ((period.Roles & PhraseRoles.DurationCounted) == 0 || (!yearLike && !char.IsUpper(_text[_tokens[t].Start]))))
            {
                // A period word that also begins names counts only in lower case after a count that is no year: "two millennia",
                // "dos milenios", not "the eight Millennium Development Goals" nor "the 2000 Millennium Summit".
                // "tres décadas", "two semesters": the count of periods as years or months, and the count as written as the
                // other reading, since "tres trimestres" may stand for "three quarters" as well as for "nine months".
                Emit(first, durationEnd - 1, value * period.Duration, period.Duration == 1 ? null : value, NumberKind.Duration, period.DurationUnit, 1, isWords);
                _drafts[^1].Damaged = damaged;
                after = durationEnd;
                return true;
            }

            var kind = unit switch
            {
                "%" or PercentagePoints => NumberKind.Percent,
                null => yearLike && scale == 1 ? NumberKind.Year : NumberKind.Cardinal,
                _ => NumberKind.Money,
            };
            Emit(first, last, value, alternative, kind, unit, scale, isWords);
            _drafts[^1].Damaged = damaged;
            after = last + 1;
            return true;
        }

        // Whether a currency name after the amount sets its currency: when it has none yet, or when it was a bare dollar sign, which
        // pesos use too, and the name is a peso's ("$250.000 pesos mexicanos"); any other name leaves the dollars ("$2 billion of
        // yen bonds").
        private bool MayNameCurrency(string? unit, int first, string? code) =>
            unit is null || (_tokens[first].Kind == TokenKind.Symbol && _tokens[first].Symbol!.Text == "$" && CurrencyNames.WrittenWithDollarSign(code));

        // Whether token k is a hyphen joining an amount (digits or number words) to a word after it that has one of the roles
        // ("5-million", "five-million-dollar"), as IsWordJoiner joins "twenty-one".
        private bool GluedHyphenBefore(int k, PhraseRoles roles) =>
            k > 0 && k + 1 < _tokens.Count && _tokens[k].Kind == TokenKind.Punct && IsWordJoiner(k)
            && (_tokens[k + 1].Kind == TokenKind.Scale && (roles & PhraseRoles.Scale) != 0
                || _tokens[k + 1].Kind == TokenKind.Word && Phrase(k + 1, out _) is { } entry && (entry.Roles & roles) != 0);

        // Whether token k is an article word ("article", "artículos", "art."): the words that list numbers with commas.
        private bool IsArticleWord(int k) =>
            _tokens[k].Kind == TokenKind.Word && _text.AsSpan(_tokens[k].Start, _tokens[k].End - _tokens[k].Start).StartsWith("art", StringComparison.OrdinalIgnoreCase);

        // The whole number "26,842" or "1,234,567" spells (a first group of one to three digits, then groups of three after
        // commas), or null: "22,24" and "153,4" are lists.
        private double? ThousandsGrouped(int start, int end)
        {
            double value = 0;
            int group = 0, groups = 0;
            for (int k = start; k < end; k++)
            {
                char c = _text[k];
                if (c == ',')
                {
                    if (group is < 1 or > 3 || (groups > 0 && group != 3))
                    {
                        return null;
                    }

                    groups++;
                    group = 0;
                }
                else if (c is >= '0' and <= '9')
                {
                    value = (value * 10) + (c - '0');
                    group++;
                }
                else
                {
                    return null;
                }
            }

            return groups > 0 && group == 3 ? value : null;
        }

        // Whether a one-word scale ("mil", "million", "M") stands at token k.
        private bool ScaleWordAt(int k) =>
            k < _tokens.Count && (_tokens[k].Kind == TokenKind.Scale
                || (_tokens[k].Kind == TokenKind.Word && _lexicon.WordEntry(_tokens[k].WordId) is { } entry && (entry.Roles & PhraseRoles.Scale) != 0));

        // Whether the symbol token t is glued to the digits after it ("$10" in "1 $10").
        private bool GluedToDigits(int t) =>
            t + 1 < _tokens.Count && _tokens[t + 1].Kind == TokenKind.Number && _tokens[t + 1].Start == _tokens[t].End;

        // A fraction whose count (an article counts one) ends before token d: "dos tercios", "a third of",
        // "two-thirds", "una cuarta parte". A denominator that is also an ordinal ("third", "cuarto") is a
        // fraction only before a fraction link ("of", "de") or where no word follows.
        private bool Fraction(int first, double count, int d, out int after)
        {
            after = d;
            if (d < _tokens.Count && d == first && _tokens[d].Kind == TokenKind.Word)
            {
                if (Phrase(d, out int articleEnd) is not { } article || (article.Roles & PhraseRoles.Article) == 0 || (article.Roles & PhraseRoles.Number) != 0)
                {
                    return false;
                }

                d = articleEnd;
            }

            if (d + 1 < _tokens.Count && d > first && _tokens[d].Kind == TokenKind.Punct && _text[_tokens[d].Start] == '-' && IsWordJoiner(d))
            {
                d++;
            }

            if (d >= _tokens.Count || Phrase(d, out int end) is not { } denominator || (denominator.Roles & PhraseRoles.Denominator) == 0)
            {
                return false;
            }

            // "the first three quarters of the year": after an ordinal the count counts periods, not parts.
            if (first > 0 && _tokens[first - 1].Kind == TokenKind.Word && Phrase(first - 1, out int afterOrdinal) is { } before
                && afterOrdinal == first && (before.Roles & PhraseRoles.Ordinal) != 0)
            {
                return false;
            }

            var link = end < _tokens.Count && _tokens[end].Kind == TokenKind.Word ? Phrase(end, out _) : null;
            bool percent = link is not null && (link.Roles & PhraseRoles.Percent) != 0;
            if ((denominator.Roles & PhraseRoles.Ordinal) != 0 && WordFollows(_tokens[end - 1].End) && !percent
                && (link is null || (link.Roles & PhraseRoles.FractionLink) == 0))
            {
                return false;
            }

            if (percent)
            {
                // "tres quintos por ciento": a fraction of one percent.
                Phrase(end, out int percentEnd);
                Emit(first, percentEnd - 1, count / denominator.Denominator, null, NumberKind.Percent, "%", 1, true);
                after = percentEnd;
                return true;
            }

            Emit(first, end - 1, count / denominator.Denominator, null, NumberKind.Fraction, null, 1, true);
            after = end;
            return true;
        }

        // "½ of the budget" (a vulgar fraction alone); "3/4 of the wells", "a 2/3 majority", "las 3/4 partes": a proper fraction in
        // digits with a denominator of two to ten, glued around its slash; not inside a longer run of slashes or hyphens (a date, a
        // case number: "1/4/2021", "3/4-2020").
        private bool DigitFraction(int t, out int after)
        {
            after = t + 1;
            if (_tokens[t].Kind == TokenKind.Number && _tokens[t].End == _tokens[t].Start + 1 && VulgarFraction(_text[_tokens[t].Start]) is double part)
            {
                // "½ of the budget".
                Emit(t, t, part, null, NumberKind.Fraction, null, 1, false);
                return true;
            }

            if (t + 2 >= _tokens.Count || _tokens[t].Kind != TokenKind.Number || _tokens[t + 2].Kind != TokenKind.Number
                || _tokens[t + 1].Kind != TokenKind.Punct || _text[_tokens[t + 1].Start] != '/'
                || _tokens[t + 1].Start != _tokens[t].End || _tokens[t + 2].Start != _tokens[t + 1].End
                || !_tokens[t].Plain || !_tokens[t + 2].Plain || _tokens[t].Negative || _tokens[t].Ordinal || _tokens[t + 2].Ordinal
                || (t > 0 && _tokens[t - 1].Kind == TokenKind.Punct && _tokens[t - 1].End == _tokens[t].Start)
                || (t + 3 < _tokens.Count && _tokens[t + 3].Kind == TokenKind.Punct && _tokens[t + 3].Start == _tokens[t + 2].End))
            {
                return false;
            }

            double numerator = _tokens[t].Value, denominator = _tokens[t + 2].Value;
            if (denominator is < 2 or > 10 || numerator < 1 || numerator >= denominator)
            {
                return false;
            }

            Emit(t, t + 2, numerator / denominator, null, NumberKind.Fraction, null, 1, false);
            after = t + 3;
            return true;
        }

        // Whether a word starts after the spaces at offset at ("a third country", not "a third.").
        private bool WordFollows(int at)
        {
            while (at < _text.Length && TextNormalizer.IsSpace(_text[at]))
            {
                at++;
            }

            return at < _text.Length && char.IsLetter(_text[at]);
        }

        private bool StartsWords(int t) =>
            _tokens[t].Kind == TokenKind.Word && Phrase(t, out _) is { } entry
            && (entry.Roles & (PhraseRoles.Number | PhraseRoles.Hundred | PhraseRoles.Article | PhraseRoles.ScaleAlone | PhraseRoles.Half)) != 0;

        private bool StartsQuantity(int t) =>
            (_tokens[t].Kind == TokenKind.Number && !_tokens[t].Ordinal && !_tokens[t].Negative) || StartsWords(t);

        private void Emit(int first, int last, double value, double? alternative, NumberKind kind, string? unit, double scale, bool isWords) =>
            _drafts.Add(new Draft
            {
                First = first,
                Last = last,
                Value = value,
                Alternative = alternative,
                Kind = kind,
                Unit = unit,
                Scale = scale,
                IsWords = isWords,
            });

        private sealed class Draft
        {
            public int First;
            public int Last;
            public double Value;
            public double? Alternative;
            public NumberKind Kind;
            public string? Unit;
            public double Scale;
            public bool IsWords;
            public int? Month;
            public int? Day;
            public string? Identifier;
            public bool Damaged;
            public RangeRole Range;
            public int Start = -1;
            public int End = -1;
        }
    }
}
