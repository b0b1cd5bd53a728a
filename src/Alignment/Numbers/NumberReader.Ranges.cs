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

        private static bool MayBeBound(NumberKind kind) =>
            kind is not (NumberKind.LawNumber or NumberKind.Date or NumberKind.Ordinal or NumberKind.Time or NumberKind.Decade or NumberKind.Identifier or NumberKind.FootnoteMark);

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
