namespace Alignment.Numbers;

public sealed partial class NumberReader
{
    // Number words: the walk over a compound ("ciento cincuenta", "twenty-one", "dos mil millones", "half a million"),
    // one word at a time; joined words are in NumberWords.Joined, the scale arithmetic in NumberWords.Compound.
    private sealed partial class Parser
    {
        // Number words from token t: "ciento cincuenta", "twenty-one", "treinta y cinco", "un millón",
        // "dos mil millones", "un billón trescientos cincuenta mil doscientos millones", "dos millones y medio",
        // "half a million", "twenty-first" (an ordinal). A scale word counts alone only when the data says so (mil).
        private bool Words(int t, out double value, out double scale, out int last, out bool ordinal)
        {
            var sum = new Compound();
            ordinal = false;
            last = t - 1;
            int u = t;
            while (u < _tokens.Count)
            {
                if (sum.Any && ScaleOrdinalAt(ref sum, u, ref last))
                {
                    ordinal = true;
                    break;
                }

                u = sum.Any && u + 1 < _tokens.Count && IsWordJoiner(u)
                    ? JoinedWord(ref sum, u, ref last, ref ordinal)
                    : NextWord(ref sum, u, ref last);
                if (u < 0)
                {
                    break;
                }
            }

            value = sum.Value;
            scale = sum.MaxScale;
            return sum.Any;
        }

        // Adds the word at token u to the compound; returns the token to read next, or -1 where the number ends before u.
        // Last moves past the words that count; an article or half word waiting for its scale does not move it.
        private int NextWord(ref Compound sum, int u, ref int last)
        {
            int next = u + 1;
            var entry = _tokens[u].Kind == TokenKind.Word ? Phrase(u, out next) : null;
            if (entry is null)
            {
                return -1;
            }

            var roles = entry.Roles;
            if (sum.Any && CountValue(entry, next, false) is { } v)
            {
                // "ciento cincuenta", "mil doscientos": a word after a number fills a lower place.
                bool fits = sum.Current > 0 ? v < Place(sum.Current) : sum.Segments > 0 && v < sum.LastScale;
                if (!fits)
                {
                    return -1;
                }

                sum.Current += v;
            }
            else if ((roles & PhraseRoles.Number) != 0)
            {
                sum.Current += entry.Number;
            }
            else if ((roles & PhraseRoles.Hundred) != 0 && (sum.Current > 0 || sum.Article))
            {
                sum.Current = (sum.Current > 0 ? sum.Current : 1) * entry.Hundred;
            }
            else if ((roles & PhraseRoles.Scale) != 0 && (sum.Any || sum.Article || (roles & PhraseRoles.ScaleAlone) != 0))
            {
                if (!sum.TakeScale(entry.Scale, (roles & PhraseRoles.ScaleAlone) != 0))
                {
                    return -1;
                }
            }
            else if ((roles & PhraseRoles.Half) != 0 && !sum.Any && !sum.Article && HalfBeforeScale(next, out int scaleAt))
            {
                // "medio millón", "half a million".
                sum.Current = entry.Half;
                sum.Any = true;
                return scaleAt;
            }
            else if ((roles & PhraseRoles.Article) != 0 && !sum.Any && !sum.Article && ArticleCounts(next))
            {
                // "un millón", "a hundred": the article counts one once its scale word comes.
                sum.Article = true;
                return next;
            }
            else
            {
                return -1;
            }

            sum.Any = true;
            last = next - 1;
            return next;
        }

        // "seven billionth", "two hundredth": after a count, a scale ordinal at token u multiplies it and ends the number as an
        // ordinal ("two millionths of a second", "a millionth of" are fractions, not read here).
        private bool ScaleOrdinalAt(ref Compound sum, int u, ref int last)
        {
            if (_tokens[u].Kind != TokenKind.Word || Phrase(u, out int next) is not { } entry || (entry.Roles & PhraseRoles.ScaleOrdinal) == 0
                || FractionLinkAt(next) || !TakeScaleOrdinal(ref sum, entry.ScaleOrdinal))
            {
                return false;
            }

            last = next - 1;
            return true;
        }

        // Multiplies the count by a scale ordinal's scale ("two hundredth", "seven billionth"); false when it cannot take it.
        private static bool TakeScaleOrdinal(ref Compound sum, double scale)
        {
            if (scale >= 1000)
            {
                return sum.TakeScale(scale, false);
            }

            if (sum.Current == 0)
            {
                return false;
            }

            sum.Current *= scale;
            return true;
        }

        // Whether the word at token t links a fraction to what it divides ("of", "de").
        private bool FractionLinkAt(int t) =>
            t < _tokens.Count && _tokens[t].Kind == TokenKind.Word && Phrase(t, out _) is { } link && (link.Roles & PhraseRoles.FractionLink) != 0;

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
    }
}
