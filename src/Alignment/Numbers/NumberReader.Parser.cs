using Alignment.Loading;

namespace Alignment.Numbers;

internal sealed partial class NumberReader
{
    // Per-call state of one Read: the tokens and the mentions found so far.
    private sealed class Parser
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
                    Range = d.Range,
                };
            }

            return mentions;
        }

        // Reads what starts at token t and returns the index of the first token not consumed.
        private int Step(int t)
        {
            var token = _tokens[t];
            switch (token.Kind)
            {
                case TokenKind.Number when token.Ordinal:
                    Emit(t, t, token.Value, null, NumberKind.Ordinal, null, 1, false);
                    return t + 1;
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

            if ((roles & (PhraseRoles.Number | PhraseRoles.Hundred | PhraseRoles.Article | PhraseRoles.ScaleAlone | PhraseRoles.Half)) != 0
                && Quantity(t, out after))
            {
                return after;
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
                return last + 1;
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

        // "March 2021", "marzo de 2021".
        private bool Date(int first, int next, int month, out int after)
        {
            after = next;
            int u = next;
            if (u < _tokens.Count && _tokens[u].Kind == TokenKind.Word && Phrase(u, out int linkEnd) is { } link && (link.Roles & PhraseRoles.MonthLink) != 0)
            {
                u = linkEnd;
            }

            if (u >= _tokens.Count || !IsYear(_tokens[u]))
            {
                return false;
            }

            Emit(first, u, _tokens[u].Value, null, NumberKind.Date, null, 1, false);
            _drafts[^1].Month = month;
            after = u + 1;
            return true;
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

            double value;
            double? alternative = null;
            double scale = 1;
            bool isWords, yearLike = false, ordinal = false;
            int last;
            if (_tokens[t].Kind == TokenKind.Number)
            {
                value = _tokens[t].Value;
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

            if (!isWords && t < _tokens.Count && _tokens[t].Kind == TokenKind.Scale)
            {
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
                else if (unit is null && (word.Roles & PhraseRoles.Currency) != 0)
                {
                    unit = word.Currency;
                    last = wordEnd - 1;
                }
                else if (unit is null && scale > 1 && (word.Roles & PhraseRoles.CurrencyLink) != 0
                         && wordEnd < _tokens.Count && Phrase(wordEnd, out int currencyEnd) is { } currency && (currency.Roles & PhraseRoles.Currency) != 0)
                {
                    unit = currency.Currency;
                    last = currencyEnd - 1;
                }
            }

            var kind = unit switch
            {
                "%" or PercentagePoints => NumberKind.Percent,
                null => yearLike && scale == 1 ? NumberKind.Year : NumberKind.Cardinal,
                _ => NumberKind.Money,
            };
            Emit(first, last, value, alternative, kind, unit, scale, isWords);
            after = last + 1;
            return true;
        }

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

        // Number words from token t: "ciento cincuenta", "twenty-one", "treinta y cinco", "un millón",
        // "dos mil millones", "un billón trescientos cincuenta mil doscientos millones", "dos millones y medio",
        // "half a million", "twenty-first" (an ordinal). A scale word counts alone only when the data says so (mil).
        // Scales compose the long way: a scale multiplies everything since the last larger scale, so
        // "trescientos cincuenta mil doscientos millones" is (350 000 + 200) × 10^6.
        private bool Words(int t, out double value, out double scale, out int last, out bool ordinal)
        {
            Span<double> segmentScale = stackalloc double[8];
            Span<double> segmentValue = stackalloc double[8];
            int segments = 0;
            double current = 0, maxScale = 1, lastScale = 1;
            bool any = false, article = false;
            ordinal = false;
            last = t - 1;
            int u = t;
            while (u < _tokens.Count)
            {
                if (any && u + 1 < _tokens.Count && IsWordJoiner(u))
                {
                    // "treinta y cinco", "twenty-one", "one hundred and five": the joined word must fill a lower place.
                    int joinedEnd = u + 1;
                    bool hyphen = _tokens[u].Kind == TokenKind.Punct;
                    if (!hyphen)
                    {
                        Phrase(u, out joinedEnd);
                    }

                    double total = Sum(segmentValue[..segments]);
                    double c = current > 0 ? current : total;
                    if (joinedEnd < _tokens.Count && Phrase(joinedEnd, out int numberEnd) is { } joined)
                    {
                        if (CountValue(joined, numberEnd, true) is { } j && c > 0 && c % 10 == 0 && j < Place(c))
                        {
                            current += j;
                            last = numberEnd - 1;
                            u = numberEnd;
                            continue;
                        }

                        // "dos millones y medio", "one and a half": half of the last unit ends the number.
                        if ((joined.Roles & PhraseRoles.Half) != 0 && !hyphen && (current > 0 || lastScale > 1))
                        {
                            last = numberEnd - 1;
                            if (current > 0)
                            {
                                // "two and a half million": a scale may still follow.
                                current += joined.Half;
                                u = numberEnd;
                                continue;
                            }

                            // "un billón y medio millón": the half takes the scale word after it, if any.
                            if (numberEnd < _tokens.Count && Phrase(numberEnd, out int halfScaleEnd) is { } halfScale && (halfScale.Roles & PhraseRoles.Scale) != 0
                                && halfScale.Scale < lastScale)
                            {
                                segmentValue[segments - 1] += joined.Half * halfScale.Scale;
                                last = halfScaleEnd - 1;
                                break;
                            }

                            segmentValue[segments - 1] += joined.Half * lastScale;
                            break;
                        }

                        // "twenty-first": a tens word hyphened to an ordinal is an ordinal.
                        if (hyphen && (joined.Roles & PhraseRoles.Ordinal) != 0 && current > 0 && current % 10 == 0 && joined.Ordinal < Place(current))
                        {
                            current += joined.Ordinal;
                            last = numberEnd - 1;
                            ordinal = true;
                            break;
                        }
                    }

                    break;
                }

                int next = u + 1;
                var entry = _tokens[u].Kind == TokenKind.Word ? Phrase(u, out next) : null;
                if (entry is null)
                {
                    break;
                }

                var roles = entry.Roles;
                if (any && CountValue(entry, next, false) is { } v)
                {
                    bool fits = current > 0 ? v < Place(current) : segments > 0 && v < lastScale;
                    if (!fits)
                    {
                        break;
                    }

                    current += v;
                }
                else if ((roles & PhraseRoles.Number) != 0)
                {
                    current += entry.Number;
                }
                else if ((roles & PhraseRoles.Hundred) != 0 && (current > 0 || article))
                {
                    current = (current > 0 ? current : 1) * entry.Hundred;
                }
                else if ((roles & PhraseRoles.Scale) != 0 && (any || article || (roles & PhraseRoles.ScaleAlone) != 0))
                {
                    double s = entry.Scale;
                    // "mil mil" is no number; "un billón mil millones" is, since "mil" stands alone.
                    if (any && current == 0 && (s == lastScale || (s < lastScale && (roles & PhraseRoles.ScaleAlone) == 0)))
                    {
                        break;
                    }

                    // The scale takes what was said since the last larger scale: "(trescientos cincuenta mil doscientos) millones".
                    double taken = current > 0 ? current : segments > 0 && s > lastScale ? 0 : 1;
                    while (segments > 0 && segmentScale[segments - 1] < s)
                    {
                        taken += segmentValue[--segments];
                    }

                    if (segments == segmentScale.Length)
                    {
                        break;
                    }

                    segmentScale[segments] = s;
                    segmentValue[segments++] = taken * s;
                    maxScale = Math.Max(maxScale, s);
                    lastScale = s;
                    current = 0;
                    article = false;
                }
                else if ((roles & PhraseRoles.Half) != 0 && !any && !article && HalfBeforeScale(next, out int scaleAt))
                {
                    // "medio millón", "half a million".
                    current = entry.Half;
                    any = true;
                    u = scaleAt;
                    continue;
                }
                else if ((roles & PhraseRoles.Article) != 0 && !any && !article && ArticleCounts(next))
                {
                    article = true;
                    u = next;
                    continue;
                }
                else
                {
                    break;
                }

                any = true;
                last = next - 1;
                u = next;
            }

            value = Sum(segmentValue[..segments]) + current;
            scale = maxScale;
            return any;
        }

        private static double Sum(ReadOnlySpan<double> values)
        {
            double sum = 0;
            foreach (double v in values)
            {
                sum += v;
            }

            return sum;
        }

        // Whether a scale word follows a half word, perhaps after an article ("half a million").
        private bool HalfBeforeScale(int next, out int scaleAt)
        {
            scaleAt = next;
            if (next < _tokens.Count && Phrase(next, out int articleEnd) is { } article && (article.Roles & PhraseRoles.Article) != 0 && (article.Roles & PhraseRoles.Scale) == 0)
            {
                scaleAt = articleEnd;
            }

            return scaleAt < _tokens.Count && Phrase(scaleAt, out _) is { } scale && (scale.Roles & PhraseRoles.Scale) != 0;
        }

        // The value of a number word inside a compound; an article counts as one before a scale word
        // ("treinta y un mil", "ciento un mil"), and at the end of a compound where the data says so
        // ("treinta y un días", "ciento una personas").
        private double? CountValue(PhraseEntry entry, int next, bool joined) =>
            (entry.Roles & PhraseRoles.Number) != 0 ? entry.Number
            : (entry.Roles & PhraseRoles.Article) != 0 && (ArticleCounts(next) || (entry.Roles & PhraseRoles.ArticleOne) != 0) ? 1
            : null;

        // "un millón", "a hundred": an article counts as one only before a scale word, never before
        // another number word ("a three-day course" is three).
        private bool ArticleCounts(int next) =>
            next < _tokens.Count && Phrase(next, out _) is { } entry
            && (entry.Roles & (PhraseRoles.Scale | PhraseRoles.Hundred)) != 0 && (entry.Roles & PhraseRoles.Number) == 0;

        private bool IsWordJoiner(int u)
        {
            var token = _tokens[u];
            if (token.Kind == TokenKind.Punct)
            {
                // "twenty-one", and between number words also "fifty - two".
                bool glued = token.Start == _tokens[u - 1].End && _tokens[u + 1].Start == token.End;
                bool spaced = token.Start == _tokens[u - 1].End + 1 && _tokens[u + 1].Start == token.End + 1
                              && _tokens[u - 1].Kind == TokenKind.Word && _tokens[u + 1].Kind == TokenKind.Word;
                return _text[token.Start] == '-' && (glued || spaced);
            }

            return token.Kind == TokenKind.Word && Phrase(u, out _) is { } entry && (entry.Roles & PhraseRoles.Connector) != 0
                   && (entry.Roles & PhraseRoles.Number) == 0;
        }

        // The largest power of ten that divides c: 20 → 10, 100 → 100, 150 → 10.
        private static double Place(double c)
        {
            double p = 1;
            while (c % (p * 10) == 0 && p < 1e15)
            {
                p *= 10;
            }

            return p;
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

                if (_lexicon.EntryAt(node) is { } entry)
                {
                    found = entry;
                    next = u + 1;
                }
            }

            return found;
        }

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

        // "eight to 15 years", "de ocho a 15 años", "entre 14 y 18", "2019-2020": the bounds share the
        // upper bound's unit and scale ("1 to 2 million dollars" is 1 million dollars to 2 million).
        private void MarkRanges()
        {
            for (int k = 0; k + 1 < _drafts.Count; k++)
            {
                var lower = _drafts[k];
                var upper = _drafts[k + 1];
                if (upper.First != lower.Last + 2 || lower.Kind is NumberKind.LawNumber or NumberKind.Date or NumberKind.Ordinal
                    || upper.Kind is NumberKind.LawNumber or NumberKind.Date or NumberKind.Ordinal || !IsRangeJoiner(lower))
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
            public RangeRole Range;
            public int Start = -1;
            public int End = -1;
        }
    }
}
