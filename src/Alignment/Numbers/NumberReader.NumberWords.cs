namespace Alignment.Numbers;

public sealed partial class NumberReader
{
    // Number words: "ciento cincuenta", "twenty-one", "dos mil millones", "half a million".
    private sealed partial class Parser
    {
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
    }
}
