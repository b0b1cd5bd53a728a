using System.Buffers;
using System.Globalization;
using Alignment.Languages;
using Alignment.Loading;

namespace Alignment.Numbers;

/// <summary>
/// Finds the numbers of a text the way one language writes them: digits with either decimal convention
/// (<c>1,054</c>, <c>1.054</c>, <c>1 054</c>, <c>15.5 millones</c>), number and scale words
/// (<c>veintiuno</c>, <c>twenty-one</c>, <c>un millón</c>, <c>mil millones</c>), currencies on either
/// side (<c>$414,480</c>, <c>414 480 $</c>, <c>millones de soles</c>), percentages, years and dates,
/// ranges, law and article numbers, ordinals, fractions and multipliers. A digit inside a word
/// (<c>continu6</c>, <c>cre0</c>) is OCR damage, not a number.
/// All language knowledge comes from the profile's <c>numbers</c> data file.
/// Immutable and thread-safe: build one per language and reuse it.
/// </summary>
internal sealed partial class NumberReader
{
    /// <summary>The unit of a number of percentage points (<c>5 puntos porcentuales</c>), which is no percentage.</summary>
    public const string PercentagePoints = "pp";

    /// <summary>The unit of an amount in cents (<c>50 centavos</c>, <c>50 cents</c>), of whatever currency.</summary>
    public const string Cents = "cent";

    private const int MaxGroups = 16;

    private static readonly ConcurrentLanguageCache<NumberReader> Readers = new(p => new NumberReader(p));

    private readonly NumberLexicon _lexicon;
    private readonly string _symbolStarts;

    /// <summary>Builds a reader from the <c>{code}.numbers.txt</c> data of <paramref name="profile"/>.</summary>
    public NumberReader(LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
        _lexicon = new NumberLexicon(profile);
        _symbolStarts = new string(_lexicon.Symbols.Select(s => s.Text[0]).Distinct().ToArray());
    }

    /// <summary>The shared reader of a language, built on first use.</summary>
    public static NumberReader For(LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Readers.Get(profile);
    }

    /// <summary>The language this reader reads.</summary>
    public LanguageProfile Profile { get; }

    /// <summary>Finds every number of the whole <paramref name="text"/>.</summary>
    public IReadOnlyList<NumberMention> Read(string text) => Read(text, 0, text?.Length ?? 0);

    /// <summary>
    /// Finds every number in <c>text[start..end)</c>, in order, with offsets into <paramref name="text"/>
    /// (UTF-16 code units). Never throws on odd text; an empty range gives an empty list.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range lies outside <paramref name="text"/>.</exception>
    public IReadOnlyList<NumberMention> Read(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || end > text.Length || start > end)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is not a range of a text of length {text.Length}.");
        }

        using var tokens = new TokenList((end - start) / 8 + 4);
        Tokenize(text, start, end, tokens);
        if (tokens.Count == 0)
        {
            return Array.Empty<NumberMention>();
        }

        var parser = new Parser(this, text, tokens);
        return parser.Run();
    }

    // ---- Tokens --------------------------------------------------------------------------------

    private enum TokenKind : byte
    {
        Number,
        Word,
        Symbol,
        Punct,
        Gap,
        Scale,
    }

    private struct Token
    {
        public TokenKind Kind;
        public int Start;
        public int End;
        public int WordId;
        public NumberSymbol? Symbol;
        public double Value;
        public double? Alternative;
        public bool Plain;
        public bool Ordinal;
        public bool Negative;
    }

    // The tokens of one Read, in an array rented from the shared pool: reading a whole report then
    // allocates little more than its mentions.
    private sealed class TokenList : IDisposable
    {
        private Token[] _items;

        public TokenList(int capacity) => _items = ArrayPool<Token>.Shared.Rent(Math.Min(capacity, 1 << 16));

        public int Count { get; private set; }

        public ref Token this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count)
                {
                    throw new ArgumentOutOfRangeException(nameof(index));
                }

                return ref _items[index];
            }
        }

        public void Add(in Token token)
        {
            if (Count == _items.Length)
            {
                var larger = ArrayPool<Token>.Shared.Rent(_items.Length * 2);
                Array.Copy(_items, larger, Count);
                ArrayPool<Token>.Shared.Return(_items);
                _items = larger;
            }

            _items[Count++] = token;
        }

        public void Dispose()
        {
            ArrayPool<Token>.Shared.Return(_items);
            _items = Array.Empty<Token>();
            Count = 0;
        }
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    // Spaces that group thousands: "1 054", also no-break, narrow no-break and thin spaces, and a
    // line break, since a wrapped PDF line splits "1\n000 000".
    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\n';

    private void Tokenize(string text, int start, int end, TokenList tokens)
    {
        Span<char> folded = stackalloc char[NumberLexicon.MaxWordLength];
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (TextNormalizer.IsSpace(c))
            {
                i++;
                continue;
            }

            if (_symbolStarts.Contains(c) && MatchSymbol(text, i, end) is { } symbol)
            {
                tokens.Add(new Token { Kind = TokenKind.Symbol, Start = i, End = i + symbol.Text.Length, Symbol = symbol });
                i += symbol.Text.Length;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                i = ReadAlphanumeric(text, i, end, tokens, folded);
                continue;
            }

            // "-1", "−9,2": a minus glued to digits after a space or an opening bracket; "2019-2020" is a range.
            if (c is '-' or '\u2212' && i + 1 < end && IsDigit(text[i + 1]) && OpensNumber(text, i, start))
            {
                int count = tokens.Count, sign = i;
                i = ReadAlphanumeric(text, sign + 1, end, tokens, folded);
                if (tokens.Count > count && tokens[count].Kind == TokenKind.Number && !tokens[count].Ordinal && tokens[count].Start == sign + 1)
                {
                    ref var number = ref tokens[count];
                    number.Start = sign;
                    number.Negative = true;
                }

                continue;
            }

            // ".5 percent", ",08 por ciento": a decimal separator before digits, with no integer part.
            if ((c == '.' || c == _lexicon.DecimalSeparator) && i + 1 < end && IsDigit(text[i + 1]) && OpensNumber(text, i, start))
            {
                i = ReadFraction(text, i, end, tokens, folded);
                continue;
            }

            if (c is '-' or '/' or '\u2013')
            {
                tokens.Add(new Token { Kind = TokenKind.Punct, Start = i, End = i + 1 });
            }
            else
            {
                AddGap(tokens, i, i + 1);
            }

            i++;
        }

    }

    // Whether a sign or separator at i starts a number: nothing, a space or an opening bracket before it.
    private static bool OpensNumber(string text, int i, int start) =>
        i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u00BF' or '\u00A1' or '"' or '\u201C';

    // ".5", ",08": digits after a leading separator, read as a decimal below one.
    private int ReadFraction(string text, int i, int end, TokenList tokens, Span<char> folded)
    {
        int k = i + 1;
        while (k < end && IsDigit(text[k]))
        {
            k++;
        }

        Span<char> buffer = stackalloc char[Math.Min(k - i + 1, 64)];
        buffer[0] = '0';
        buffer[1] = '.';
        int length = Math.Min(k - i - 1, buffer.Length - 2);
        text.AsSpan(i + 1, length).CopyTo(buffer[2..]);
        var token = new Token
        {
            Kind = TokenKind.Number,
            Start = i,
            End = k,
            Value = double.Parse(buffer[..(length + 2)], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
        };
        return AddWithGlued(text, token, end, tokens, folded);
    }

    // Words that are no number word, OCR damage and punctuation other than joiners only separate
    // what they stand between: a run of them is one token, so ordinary prose costs little memory.
    private static void AddGap(TokenList tokens, int start, int end)
    {
        if (tokens.Count > 0 && tokens[^1].Kind == TokenKind.Gap)
        {
            var previous = tokens[^1];
            previous.End = end;
            tokens[^1] = previous;
        }
        else
        {
            tokens.Add(new Token { Kind = TokenKind.Gap, Start = start, End = end });
        }
    }

    private NumberSymbol? MatchSymbol(string text, int i, int end)
    {
        var rest = text.AsSpan(i, end - i);
        foreach (var symbol in _lexicon.Symbols)
        {
            if (rest.StartsWith(symbol.Text, StringComparison.Ordinal)
                && !(char.IsLetter(symbol.Text[^1]) && symbol.Text.Length < rest.Length && char.IsLetter(rest[symbol.Text.Length]))
                && !(char.IsLetter(symbol.Text[0]) && i > 0 && char.IsLetter(text[i - 1])))
            {
                return symbol;
            }
        }

        return null;
    }

    // A run of letters and digits: a word, a number, an ordinal (1st, 3º) or OCR damage (continu6, o0).
    private int ReadAlphanumeric(string text, int i, int end, TokenList tokens, Span<char> folded)
    {
        int runEnd = i;
        bool hasDigit = false, hasLetter = false;
        while (runEnd < end && char.IsLetterOrDigit(text[runEnd]))
        {
            if (IsDigit(text[runEnd]))
            {
                hasDigit = true;
            }
            else
            {
                hasLetter = true;
            }

            runEnd++;
        }

        if (!hasDigit)
        {
            ReadWord(text, i, runEnd, tokens, folded);
            return runEnd;
        }

        // "COVID-19": digits hyphened to a word belong to the name.
        bool named = i >= 2 && text[i - 1] == '-' && char.IsLetter(text[i - 2]);
        if (!IsDigit(text[i]) || named)
        {
            AddGap(tokens, i, runEnd);
            return runEnd;
        }

        if (hasLetter)
        {
            int digitsEnd = i;
            while (IsDigit(text[digitsEnd]))
            {
                digitsEnd++;
            }

            var suffix = text.AsSpan(digitsEnd, runEnd - digitsEnd);
            bool lettersOnly = true;
            foreach (char s in suffix)
            {
                lettersOnly &= !IsDigit(s);
            }

            if (lettersOnly && suffix.Length <= folded.Length && _lexicon.IsOrdinalSuffix(NumberLexicon.Fold(suffix, folded)))
            {
                tokens.Add(new Token
                {
                    Kind = TokenKind.Number,
                    Start = i,
                    End = runEnd,
                    Ordinal = true,
                    Plain = true,
                    Value = double.Parse(text.AsSpan(i, digitsEnd - i), NumberStyles.None, CultureInfo.InvariantCulture),
                });
                return runEnd;
            }

            if (!lettersOnly)
            {
                AddGap(tokens, i, runEnd);
                return runEnd;
            }
        }

        return ReadDigits(text, i, end, tokens, folded);
    }

    // A run of letters: a word of the lexicon, a scale abbreviation after digits ("2.33 k"), a number word
    // glued to a unit ("sixweek", "tresaños"), or a word that only separates.
    private void ReadWord(string text, int i, int runEnd, TokenList tokens, Span<char> folded)
    {
        int length = runEnd - i;
        if (length > folded.Length)
        {
            AddGap(tokens, i, runEnd);
            return;
        }

        var word = NumberLexicon.Fold(text.AsSpan(i, length), folded);
        int id = _lexicon.WordId(word);
        if (id >= 0)
        {
            tokens.Add(new Token { Kind = TokenKind.Word, Start = i, End = runEnd, WordId = id });
            return;
        }

        if (tokens.Count > 0 && tokens[^1].Kind == TokenKind.Number && !tokens[^1].Ordinal && OnlySpaces(text, tokens[^1].End, i)
            && _lexicon.FindSuffixScale(text.AsSpan(i, length)) is { } scale)
        {
            tokens.Add(new Token { Kind = TokenKind.Scale, Start = i, End = runEnd, Value = scale.Scale });
            return;
        }

        int split = length >= 4 && _lexicon.UnitEndings.Contains(word[^1]) && _lexicon.MayStartWithNumber(word) ? NumberBeforeUnit(word) : 0;
        if (split > 0)
        {
            tokens.Add(new Token { Kind = TokenKind.Word, Start = i, End = i + split, WordId = _lexicon.WordId(word[..split]) });
            AddGap(tokens, i + split, runEnd);
            return;
        }

        AddGap(tokens, i, runEnd);
    }

    // The length of a number word that starts a folded word whose rest is a unit word ("six|week"), or 0.
    private int NumberBeforeUnit(ReadOnlySpan<char> word)
    {
        for (int split = word.Length - 2; split >= 2; split--)
        {
            int unitId = _lexicon.WordId(word[split..]);
            if (unitId < 0 || _lexicon.WordEntry(unitId) is not { } unit || (unit.Roles & PhraseRoles.Unit) == 0)
            {
                continue;
            }

            int numberId = _lexicon.WordId(word[..split]);
            if (numberId >= 0 && _lexicon.WordEntry(numberId) is { } number && (number.Roles & PhraseRoles.Number) != 0)
            {
                return split;
            }
        }

        return 0;
    }

    private static bool OnlySpaces(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!TextNormalizer.IsSpace(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    // A number token and the letters glued after it: a scale ("1.5million", "10k", "1.2bn") is read with
    // it, a unit ("2,5km", "29km") leaves the number alone, anything else ("2019a") makes the whole run a word.
    private int AddWithGlued(string text, Token token, int end, TokenList tokens, Span<char> folded)
    {
        int numberEnd = token.End;
        if (numberEnd >= end || !char.IsLetter(text[numberEnd]))
        {
            tokens.Add(token);
            return numberEnd;
        }

        int runEnd = numberEnd;
        bool digits = false;
        while (runEnd < end && char.IsLetterOrDigit(text[runEnd]))
        {
            digits |= IsDigit(text[runEnd]);
            runEnd++;
        }

        var letters = text.AsSpan(numberEnd, runEnd - numberEnd);
        if (!digits && MatchSymbol(text, numberEnd, end) is { } symbol && symbol.Text.Length == letters.Length)
        {
            // "115USD": a currency code glued after the digits.
            tokens.Add(token);
            tokens.Add(new Token { Kind = TokenKind.Symbol, Start = numberEnd, End = runEnd, Symbol = symbol });
            return runEnd;
        }

        if (!digits && _lexicon.FindSuffixScale(letters) is { } scale)
        {
            tokens.Add(token);
            tokens.Add(new Token { Kind = TokenKind.Scale, Start = numberEnd, End = runEnd, Value = scale.Scale });
            return runEnd;
        }

        int id = !digits && letters.Length <= folded.Length ? _lexicon.WordId(NumberLexicon.Fold(letters, folded)) : -1;
        var entry = id >= 0 ? _lexicon.WordEntry(id) : null;
        if (entry is not null && (entry.Roles & (PhraseRoles.Scale | PhraseRoles.Unit | PhraseRoles.Percent | PhraseRoles.Currency)) != 0)
        {
            tokens.Add(token);
            if ((entry.Roles & PhraseRoles.Unit) == 0)
            {
                tokens.Add(new Token { Kind = TokenKind.Word, Start = numberEnd, End = runEnd, WordId = id });
            }
            else
            {
                AddGap(tokens, numberEnd, runEnd);
            }

            return runEnd;
        }

        AddGap(tokens, token.Start, runEnd);
        return runEnd;
    }

    // Digits with group and decimal separators. Keeps the longest prefix that is a well-formed number,
    // and both readings when one separator is followed by exactly three digits ("1.054", "1,054").
    private int ReadDigits(string text, int i, int end, TokenList tokens, Span<char> folded)
    {
        Span<int> groupStart = stackalloc int[MaxGroups];
        Span<int> groupEnd = stackalloc int[MaxGroups];
        Span<char> separator = stackalloc char[MaxGroups]; // separator[g] stands before group g; ' ' for any space
        int k = i;
        while (k < end && IsDigit(text[k]))
        {
            k++;
        }

        bool glued = false;
        groupStart[0] = i;
        groupEnd[0] = k;
        int groups = 1;
        while (groups < MaxGroups && k < end && !glued)
        {
            char c = text[k];
            int digits = 0;
            while (k + 1 + digits < end && IsDigit(text[k + 1 + digits]))
            {
                digits++;
            }

            bool follows = k + 1 + digits < end && char.IsLetterOrDigit(text[k + 1 + digits]);
            if ((c == '.' || c == ',') && digits > 0 && (!follows || GluedLetters(text, k + 1 + digits, end)))
            {
                // "1.5million", "2,5km": letters after the last group end the number, not the group.
                separator[groups] = c;
                glued = follows;
            }
            else if (IsGroupSpace(c) && digits == 3 && !follows && groupEnd[0] - groupStart[0] <= 3 && AllSpaces(separator[1..groups]))
            {
                separator[groups] = ' ';
            }
            else
            {
                break;
            }

            groupStart[groups] = k + 1;
            groupEnd[groups] = k + 1 + digits;
            k = groupEnd[groups];
            groups++;
        }

        int n = groups - 1;
        if (IsList(groupStart, groupEnd, separator, n))
        {
            // "22,24,26,31": a list, not a number; "22,240,260,310" groups thousands.
            for (int g = 0; g <= n; g++)
            {
                if (g > 0)
                {
                    AddGap(tokens, groupEnd[g - 1], groupStart[g]);
                }

                tokens.Add(new Token
                {
                    Kind = TokenKind.Number,
                    Start = groupStart[g],
                    End = groupEnd[g],
                    Plain = true,
                    Value = double.Parse(text.AsSpan(groupStart[g], groupEnd[g] - groupStart[g]), NumberStyles.None, CultureInfo.InvariantCulture),
                });
            }

            return groupEnd[n];
        }

        // "1.º", "2.ª", "3°": an ordinal suffix of the data, after the digits or after a period.
        int suffixEnd = groups == 1 ? OrdinalSuffixEnd(text, groupEnd[0], end) : -1;
        if (suffixEnd > 0 && groupEnd[0] - i <= 3)
        {
            tokens.Add(new Token
            {
                Kind = TokenKind.Number,
                Start = i,
                End = suffixEnd,
                Ordinal = true,
                Plain = true,
                Value = double.Parse(text.AsSpan(i, groupEnd[0] - i), NumberStyles.None, CultureInfo.InvariantCulture),
            });
            return suffixEnd;
        }

        int decimalAt;
        bool ambiguous;
        bool leadZero = groupEnd[0] - groupStart[0] == 1 && text[i] == '0';
        while (!Interpret(groupStart, groupEnd, separator, n, leadZero, out decimalAt, out ambiguous))
        {
            n--;
        }

        double grouped = Compose(text, groupStart, groupEnd, n, -1);
        var token = new Token { Kind = TokenKind.Number, Start = i, End = groupEnd[n], Plain = n == 0 };
        if (ambiguous)
        {
            double asDecimal = Compose(text, groupStart, groupEnd, n, n);
            bool decimalFirst = separator[n] == _lexicon.DecimalSeparator;
            token.Value = decimalFirst ? asDecimal : grouped;
            token.Alternative = decimalFirst ? grouped : asDecimal;
        }
        else
        {
            token.Value = decimalAt > 0 ? Compose(text, groupStart, groupEnd, n, decimalAt) : grouped;
        }

        if (n < groups - 1)
        {
            tokens.Add(token);
            return token.End;
        }

        return AddWithGlued(text, token, end, tokens, folded);
    }

    private static bool GluedLetters(string text, int at, int end)
    {
        while (at < end && char.IsLetterOrDigit(text[at]))
        {
            if (IsDigit(text[at]))
            {
                return false;
            }

            at++;
        }

        return true;
    }

    // Three or more groups split by the same separator that cannot group thousands: a list of numbers.
    private static bool IsList(Span<int> groupStart, Span<int> groupEnd, Span<char> separator, int n)
    {
        if (n < 2 || separator[1] is not (',' or ';'))
        {
            return false;
        }

        bool threes = true;
        for (int g = 1; g <= n; g++)
        {
            if (separator[g] != separator[1])
            {
                return false;
            }

            threes &= groupEnd[g] - groupStart[g] == 3;
        }

        return !threes;
    }

    // The end of an ordinal suffix of the data at position at ("3°", "1.º", "1.er"), or -1. Letters glued
    // straight to the digits ("1st") never get here: they are read with their word.
    private int OrdinalSuffixEnd(string text, int at, int end)
    {
        if (at < end && text[at] == '.')
        {
            at++;
        }

        foreach (var suffix in _lexicon.OrdinalSuffixes)
        {
            int after = at + suffix.Length;
            if (after <= end && text.AsSpan(at, suffix.Length).SequenceEqual(suffix) && (after == end || !char.IsLetterOrDigit(text[after])))
            {
                return after;
            }
        }

        return -1;
    }

    private static bool AllSpaces(ReadOnlySpan<char> separators)
    {
        foreach (char s in separators)
        {
            if (s != ' ')
            {
                return false;
            }
        }

        return true;
    }

    // Whether groups 0..n form a number: all separators group thousands, or the last one is a decimal
    // point after thousands grouped with something else.
    private static bool Interpret(Span<int> groupStart, Span<int> groupEnd, Span<char> separator, int n, bool leadZero, out int decimalAt, out bool ambiguous)
    {
        decimalAt = -1;
        ambiguous = false;
        if (n == 0)
        {
            return true;
        }

        bool leadOk = groupEnd[0] - groupStart[0] <= 3;
        bool threes = leadOk;
        for (int g = 1; g < n; g++)
        {
            threes &= groupEnd[g] - groupStart[g] == 3;
        }

        bool lastThree = groupEnd[n] - groupStart[n] == 3;
        bool sameBefore = true;
        for (int g = 2; g < n; g++)
        {
            sameBefore &= separator[g] == separator[1];
        }

        char last = separator[n];
        bool allGrouping = threes && lastThree && sameBefore && (n == 1 || separator[1] == last);
        bool lastDecimal = last != ' ' && (n == 1 || (threes && sameBefore && separator[1] != last));
        if (n == 1 && last != ' ' && leadZero)
        {
            allGrouping = false; // "0.125" is never thousands
        }

        if (allGrouping && lastDecimal)
        {
            ambiguous = true;
            return true;
        }

        if (lastDecimal)
        {
            decimalAt = n;
        }

        return allGrouping || lastDecimal;
    }

    private static double Compose(string text, Span<int> groupStart, Span<int> groupEnd, int n, int decimalAt)
    {
        int total = 1;
        for (int g = 0; g <= n; g++)
        {
            total += groupEnd[g] - groupStart[g];
        }

        // A run of hundreds of digits (a scanned table, a serial number) is rare but must not fail.
        Span<char> buffer = total <= 128 ? stackalloc char[128] : new char[total];
        int length = 0;
        for (int g = 0; g <= n; g++)
        {
            if (g == decimalAt)
            {
                buffer[length++] = '.';
            }

            var digits = text.AsSpan(groupStart[g], groupEnd[g] - groupStart[g]);
            digits.CopyTo(buffer[length..]);
            length += digits.Length;
        }

        return double.Parse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }
}
