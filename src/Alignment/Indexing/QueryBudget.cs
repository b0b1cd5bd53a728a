using System.Globalization;

namespace Alignment.Indexing;

/// <summary>
/// Bounds what a concordance query may ask of Lucene, read from the query's text before Lucene's parser sees it:
/// its length, terms, parenthesis nesting, and the shape of each wildcard, fuzzy and regular-expression term
/// (repetition counts, positions, and the positions that could make determinizing the automaton blow up). Lucene's
/// parsers recurse per character and Lucene.Net 4.8's <c>RegexpQuery</c> has no state limit, so the checks here are
/// the only guard: <c>/[a-z]{1,50000}/</c> overflowed the stack, <c>/.*a.{25}/</c> took 5.4 GB. One pass, no
/// recursion (a stack of frames for regular-expression groups). Stateless and thread-safe.
/// </summary>
internal static class QueryBudget
{
    /// <summary>Why the query is refused, in one line that quotes at most <see cref="InputLimits.MaxQuoted"/> characters of it, or <see langword="null"/> when it is within the budget.</summary>
    public static string? Refusal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > InputLimits.MaxQueryChars)
        {
            return $"the query is {text.Length:N0} characters long; the limit is {InputLimits.MaxQueryChars:N0}";
        }

        int depth = 0, terms = 0, patterns = 0;
        int at = 0;
        while (at < text.Length)
        {
            char c = text[at];
            if (char.IsWhiteSpace(c))
            {
                at++;
                continue;
            }

            string? problem = null;
            switch (c)
            {
                case '(':
                    if (++depth > InputLimits.MaxQueryNesting)
                    {
                        return $"parentheses nest more than {InputLimits.MaxQueryNesting} deep";
                    }

                    at++;
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    at++;
                    break;
                case '"':
                {
                    int end = ClosingMark(text, at + 1, '"');
                    terms += Math.Max(1, CountWords(text.AsSpan(at + 1, end - at - 1)));
                    at = Math.Min(text.Length, end + 1);
                    break;
                }

                case '/':
                {
                    int end = ClosingMark(text, at + 1, '/');
                    var body = text.AsSpan(at + 1, end - at - 1);
                    terms++;
                    patterns++;
                    problem = body.Length > InputLimits.MaxPatternChars
                        ? $"the regular expression {Quote(text.AsSpan(at, end - at))} is {body.Length:N0} characters long; the limit is {InputLimits.MaxPatternChars}"
                        : RegexRefusal(body) is { } why ? $"the regular expression {Quote(text.AsSpan(at, Math.Min(text.Length, end + 1) - at))} {why}" : null;
                    at = Math.Min(text.Length, end + 1);
                    break;
                }

                case '[' or '{':
                    patterns++; // a range: it enumerates the term dictionary like a wildcard
                    at++;
                    break;
                case ']' or '}' or '+' or '-' or '!' or ':' or '^' or '~' or '&' or '|':
                    at++;
                    break;
                default:
                {
                    int end = TermEnd(text, at);
                    var term = text.AsSpan(at, end - at);
                    terms++;
                    bool fuzzy = end < text.Length && text[end] == '~';
                    bool wildcard = HasUnescapedWildcard(term);
                    if (fuzzy || wildcard)
                    {
                        patterns++;
                        problem = term.Length > InputLimits.MaxPatternChars
                            ? $"the term {Quote(term)} is {term.Length:N0} characters long; a wildcard or fuzzy term may have {InputLimits.MaxPatternChars}"
                            : wildcard && WildcardRefusal(term) is { } why ? $"the wildcard {Quote(term)} {why}" : null;
                    }

                    at = end;
                    break;
                }
            }

            if (problem is not null)
            {
                return problem;
            }

            if (terms > InputLimits.MaxQueryTerms)
            {
                return $"the query has more than {InputLimits.MaxQueryTerms} terms";
            }

            if (patterns > InputLimits.MaxQueryPatterns)
            {
                return $"the query has more than {InputLimits.MaxQueryPatterns} wildcard, fuzzy, range or regular-expression terms";
            }
        }

        return null;
    }

    /// <summary>At most <see cref="InputLimits.MaxQuoted"/> characters of <paramref name="text"/> in quotes, control characters escaped, "…" when cut.</summary>
    public static string Quote(ReadOnlySpan<char> text) => TerminalText.Quote(text);

    // The index of the unescaped closing mark after start, or the text's length when there is none.
    private static int ClosingMark(string text, int start, char mark)
    {
        for (int i = start; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == mark)
            {
                return i;
            }
        }

        return text.Length;
    }

    // Where a bare term ends: at white space or a character Lucene's lexer takes as syntax (escapes skipped).
    private static int TermEnd(string text, int start)
    {
        int i = start;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '(' or ')' or '"' or '/' or '[' or ']' or '{' or '}' or '~' or '^' or ':' or '!')
            {
                break;
            }

            i++;
        }

        return Math.Min(i, text.Length);
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    private static bool HasUnescapedWildcard(ReadOnlySpan<char> term)
    {
        for (int i = 0; i < term.Length; i++)
        {
            if (term[i] == '\\')
            {
                i++;
            }
            else if (term[i] is '*' or '?')
            {
                return true;
            }
        }

        return false;
    }

    // A wildcard determinizes like '.*' for '*' and '.' for '?': only '?' after a '*' can multiply states.
    private static string? WildcardRefusal(ReadOnlySpan<char> term)
    {
        bool star = false;
        int after = 0;
        for (int i = 0; i < term.Length; i++)
        {
            switch (term[i])
            {
                case '\\':
                    i++;
                    break;
                case '*':
                    star = true;
                    break;
                case '?':
                    after += star ? 1 : 0;
                    break;
            }
        }

        return after > InputLimits.MaxPositionsAfterVariable
            ? $"has {after} '?' after a '*'; the limit is {InputLimits.MaxPositionsAfterVariable}"
            : null;
    }

    /// <summary>One part of a regular expression as the budget sees it.</summary>
    /// <param name="Positions">Characters it spells out with repetitions expanded.</param>
    /// <param name="Wide">Of those, positions that match more than one character (<c>.</c>, classes, alternatives).</param>
    /// <param name="After">Wide positions that come after a part of varying length, inside this part.</param>
    /// <param name="Varying">Whether it can match texts of different lengths.</param>
    private readonly record struct Part(long Positions, long Wide, long After, bool Varying);

    /// <summary>An open group (or the whole expression): the branch being read, and what its finished branches add up to.</summary>
    private sealed class Frame
    {
        public Part Branch;
        public Part? Pending;
        public int Branches;
        public long SumPositions;
        public long MaxWide;
        public long MaxAfter;
        public bool AnyVarying;
        public long? FirstLength;
        public bool LengthsDiffer;

        public void Commit()
        {
            if (Pending is { } part)
            {
                Branch = new Part(
                    Branch.Positions + part.Positions,
                    Branch.Wide + part.Wide,
                    Branch.After + (Branch.Varying ? part.Wide : part.After),
                    Branch.Varying || part.Varying);
                Pending = null;
            }
        }

        public void EndBranch()
        {
            Commit();
            Branches++;
            SumPositions += Branch.Positions;
            MaxAfter = Math.Max(MaxAfter, Branch.After);
            AnyVarying |= Branch.Varying;
            LengthsDiffer |= FirstLength is { } first && first != Branch.Positions;
            FirstLength ??= Branch.Positions;
            MaxWide = Math.Max(MaxWide, Branch.Wide);
            Branch = default;
        }

        // The group as one part: alternatives count as wide, as wide as the longest branch.
        public Part Close(long longestBranch) => Branches > 1
            ? new Part(SumPositions, longestBranch, MaxAfter, AnyVarying || LengthsDiffer)
            : new Part(SumPositions, MaxWide, MaxAfter, AnyVarying);
    }

    /// <summary>Why a regular expression (Lucene syntax, no complement, intersection or intervals) is over the budget, or null.</summary>
    private static string? RegexRefusal(ReadOnlySpan<char> regex)
    {
        var frames = new Stack<(Frame Frame, long Longest)>();
        var frame = new Frame();
        long longest = 0;
        for (int i = 0; i < regex.Length; i++)
        {
            char c = regex[i];
            switch (c)
            {
                case '(':
                    frame.Commit();
                    frames.Push((frame, longest));
                    if (frames.Count > InputLimits.MaxQueryNesting)
                    {
                        return $"nests groups more than {InputLimits.MaxQueryNesting} deep";
                    }

                    frame = new Frame();
                    longest = 0;
                    break;
                case ')':
                {
                    if (frames.Count == 0)
                    {
                        return "has a ')' that closes no group";
                    }

                    longest = Math.Max(longest, frame.Branch.Positions + (frame.Pending?.Positions ?? 0));
                    frame.EndBranch();
                    var group = frame.Close(longest);
                    (frame, longest) = frames.Pop();
                    frame.Pending = group;
                    break;
                }

                case '|':
                    longest = Math.Max(longest, frame.Branch.Positions + (frame.Pending?.Positions ?? 0));
                    frame.EndBranch();
                    break;
                case '*' or '+' or '?':
                    if (frame.Pending is { } loop)
                    {
                        frame.Pending = loop with { Varying = true };
                    }

                    break;
                case '{':
                {
                    int close = regex[i..].IndexOf('}');
                    if (close < 0)
                    {
                        return "has a '{' without a closing '}'";
                    }

                    if (!TryRepeat(regex.Slice(i + 1, close - 1), out long min, out long max, out bool open, out string? why))
                    {
                        return why;
                    }

                    if (frame.Pending is { } repeated)
                    {
                        frame.Pending = new Part(
                            repeated.Positions * max,
                            repeated.Wide * max,
                            (repeated.After * max) + (repeated.Varying ? repeated.Wide * (max - 1) : 0),
                            repeated.Varying || open || min != max);
                    }

                    i += close;
                    break;
                }

                case '[':
                {
                    int close = ClassEnd(regex, i + 1);
                    if (close < 0)
                    {
                        return "has a '[' without a closing ']'";
                    }

                    frame.Commit();
                    frame.Pending = new Part(1, 1, 0, false);
                    i = close;
                    break;
                }

                case '"':
                {
                    int close = regex[(i + 1)..].IndexOf('"');
                    int length = close < 0 ? regex.Length - i - 1 : close;
                    frame.Commit();
                    frame.Pending = new Part(Math.Max(1, length), 0, 0, false);
                    i += length + 1;
                    break;
                }

                default:
                    frame.Commit();
                    frame.Pending = new Part(1, c == '.' ? 1 : 0, 0, false);
                    i += c == '\\' ? 1 : 0;
                    break;
            }

            var pending = frame.Pending ?? default;
            long positions = frame.Branch.Positions + pending.Positions;
            long after = frame.Branch.After + (frame.Branch.Varying ? pending.Wide : pending.After);
            if (positions > InputLimits.MaxPatternPositions || frame.SumPositions > InputLimits.MaxPatternPositions)
            {
                return $"spells out more than {InputLimits.MaxPatternPositions} characters once its repetitions are expanded";
            }

            if (after > InputLimits.MaxPositionsAfterVariable || frame.MaxAfter > InputLimits.MaxPositionsAfterVariable)
            {
                return $"has more than {InputLimits.MaxPositionsAfterVariable} wildcard positions after a part of varying length (its automaton could grow exponentially)";
            }
        }

        if (frames.Count > 0)
        {
            return "has a '(' that is never closed";
        }

        frame.EndBranch();
        if ((frame.AnyVarying || frame.LengthsDiffer) && frame.MaxWide > InputLimits.MaxWidePositionsWithVariable)
        {
            return $"has more than {InputLimits.MaxWidePositionsWithVariable} wildcard positions and a part of varying length (its automaton could grow exponentially)";
        }

        return frame.SumPositions > InputLimits.MaxPatternPositions
            ? $"spells out more than {InputLimits.MaxPatternPositions} characters once its repetitions are expanded"
            : frame.MaxAfter > InputLimits.MaxPositionsAfterVariable
                ? $"has more than {InputLimits.MaxPositionsAfterVariable} wildcard positions after a part of varying length (its automaton could grow exponentially)"
                : null;
    }

    // The index of the ']' closing a class that starts at start, or -1.
    private static int ClassEnd(ReadOnlySpan<char> regex, int start)
    {
        for (int i = start; i < regex.Length; i++)
        {
            if (regex[i] == '\\')
            {
                i++;
            }
            else if (regex[i] == ']')
            {
                return i;
            }
        }

        return -1;
    }

    // "n", "n," or "n,m" with counts up to the repeat limit; "n," is open (n copies, then a loop).
    private static bool TryRepeat(ReadOnlySpan<char> counts, out long min, out long max, out bool open, out string? why)
    {
        min = max = 0;
        int comma = counts.IndexOf(',');
        open = comma >= 0 && comma == counts.Length - 1;
        var first = comma < 0 ? counts : counts[..comma];
        var second = comma < 0 || open ? first : counts[(comma + 1)..];
        if (first.Length == 0 || first.ContainsAnyExceptInRange('0', '9') || second.Length == 0 || second.ContainsAnyExceptInRange('0', '9'))
        {
            why = $"has a malformed repetition {Quote(counts)}";
            return false;
        }

        if (!TryCount(first, out min) || !TryCount(second, out max))
        {
            why = $"repeats {Quote(counts)} times; the limit is {InputLimits.MaxRegexRepeat}";
            return false;
        }

        why = min > max ? $"has a repetition {Quote(counts)} whose minimum exceeds its maximum" : null;
        max = Math.Max(max, 1);
        return why is null;
    }

    private static bool TryCount(ReadOnlySpan<char> digits, out long value)
    {
        value = 0;
        if (digits.Length > 6)
        {
            return false;
        }

        value = long.Parse(digits, CultureInfo.InvariantCulture);
        return value <= InputLimits.MaxRegexRepeat;
    }
}
