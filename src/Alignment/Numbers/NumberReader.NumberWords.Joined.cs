namespace Alignment.Numbers;

public sealed partial class NumberReader
{
    // Joined number words: what may follow "y", "and" or a hyphen inside a compound ("treinta y cinco", "twenty-one",
    // "dos millones y medio", "twenty-first"), and what a joiner is.
    private sealed partial class Parser
    {
        // Adds the word joined at token u (a connector or hyphen) to the compound; returns the token to read next, or -1
        // where the number ends (before the joiner, or after a half or an ordinal, which close it).
        private int JoinedWord(ref Compound sum, int u, ref int last, ref bool ordinal)
        {
            // "treinta y cinco", "twenty-one", "one hundred and five": the joined word must fill a lower place.
            int joinedEnd = u + 1;
            bool hyphen = _tokens[u].Kind == TokenKind.Punct;
            if (!hyphen)
            {
                Phrase(u, out joinedEnd);
            }

            if (joinedEnd >= _tokens.Count || Phrase(joinedEnd, out int numberEnd) is not { } joined)
            {
                return -1;
            }

            double c = sum.Current > 0 ? sum.Current : sum.Total;
            if (CountValue(joined, numberEnd, true) is { } j && c > 0 && c % 10 == 0 && j < Place(c))
            {
                sum.Current += j;
                last = numberEnd - 1;
                return numberEnd;
            }

            if ((joined.Roles & PhraseRoles.Half) != 0 && !hyphen && (sum.Current > 0 || sum.LastScale > 1))
            {
                return JoinedHalf(ref sum, joined.Half, numberEnd, ref last);
            }

            // "five-million", "two-hundred": a scale or hundred word hyphened to a count takes it as written apart.
            if (hyphen && (joined.Roles & (PhraseRoles.Scale | PhraseRoles.Hundred)) != 0 && sum.Current > 0)
            {
                return NextWord(ref sum, joinedEnd, ref last);
            }

            // "twenty-first": a tens word hyphened to an ordinal is an ordinal.
            if (hyphen && (joined.Roles & PhraseRoles.Ordinal) != 0 && sum.Current > 0 && sum.Current % 10 == 0 && joined.Ordinal < Place(sum.Current))
            {
                sum.Current += joined.Ordinal;
                last = numberEnd - 1;
                ordinal = true;
            }

            return -1;
        }

        // "dos millones y medio", "one and a half": half of the last unit ends the number, unless a scale may still follow
        // ("two and a half million"); "un billón y medio millón": the half takes the scale word after it, if any.
        private int JoinedHalf(ref Compound sum, double half, int numberEnd, ref int last)
        {
            last = numberEnd - 1;
            if (sum.Current > 0)
            {
                sum.Current += half;
                return numberEnd;
            }

            if (numberEnd < _tokens.Count && Phrase(numberEnd, out int halfScaleEnd) is { } halfScale && (halfScale.Roles & PhraseRoles.Scale) != 0
                && halfScale.Scale < sum.LastScale)
            {
                sum.AddToLastSegment(half * halfScale.Scale);
                last = halfScaleEnd - 1;
                return -1;
            }

            sum.AddToLastSegment(half * sum.LastScale);
            return -1;
        }

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
    }
}
