using System.Buffers;
using System.Globalization;
using Alignment.Loading;

namespace Alignment.Numbers;

// The tokenizer: splits a range of text into numbers, words, symbols, punctuation and gaps.
public sealed partial class NumberReader
{
    private enum TokenKind : byte
    {
        Number,
        Word,
        Symbol,
        Punct,
        Gap,
        Scale,
        Fact,
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
        public bool Damaged;
        public NumberKind FactKind;
        public int Month;
        public int Day;
        public string? Identifier;
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

    // A hyphen as web copy and typeset text write it: hyphen-minus, hyphen, non-breaking hyphen, minus sign.
    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2212';

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

            if ((IsDigit(c) || c is '+' or '(' or '\'' or '\u2019') && ReadFact(text, i, end, start, tokens, folded) is int factEnd and > 0)
            {
                i = factEnd;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                i = ReadAlphanumeric(text, i, end, tokens, folded, start);
                continue;
            }

            if (VulgarFraction(c) is double part)
            {
                AddVulgarFraction(text, i, part, tokens);
                i++;
                continue;
            }

            // "-1", "−9,2", "–3,2 %" (an en dash set as a minus, as typeset reports do): a minus glued to digits after a space or an
            // opening bracket; "2019-2020" is a range, and so is a contents line's "RECOMENDACIONES 87 -90" (IsRisingRangeDash). An
            // en dash is a minus only before a decimal or a percentage: it opens asides ("hoy y mañana –3 y 4 de septiembre– en
            // Quito") and ranges ("2019 –2020").
            if (c is '-' or '\u2212' or '\u2013' && i + 1 < end && IsDigit(text[i + 1]) && OpensNumber(text, i, start) && !(c != '\u2212' && IsRisingRangeDash(text, i, end, tokens))
                && !(c == '\u2013' && ((tokens.Count > 0 && tokens[^1].Kind == TokenKind.Number && OnlySpaces(text, tokens[^1].End, i)) || !RateAfter(text, i + 1, end))))
            {
                int count = tokens.Count, sign = i;
                i = ReadAlphanumeric(text, sign + 1, end, tokens, folded, start);
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

    // The value of a vulgar fraction character (½ 0.5, ¾ 0.75, ⅓), or null; superscript digits are numbers too, but marks.
    private static double? VulgarFraction(char c) =>
        c >= '\u00BC' && char.GetUnicodeCategory(c) == UnicodeCategory.OtherNumber && char.GetNumericValue(c) is > 0 and < 1 and var value ? value : null;

    // "2½ years": a vulgar fraction glued to a whole number adds to it; alone ("½ of the budget") it is a number itself.
    private static void AddVulgarFraction(string text, int i, double part, TokenList tokens)
    {
        if (tokens.Count > 0 && tokens[^1] is { Kind: TokenKind.Number, Ordinal: false } whole && whole.End == i
            && whole.Value % 1 == 0 && IsDigit(text[i - 1]))
        {
            ref var number = ref tokens[tokens.Count - 1];
            number.Value += part;
            number.Alternative = null;
            number.Plain = false;
            number.End = i + 1;
            return;
        }

        tokens.Add(new Token { Kind = TokenKind.Number, Start = i, End = i + 1, Value = part });
    }

    // A hyphen at i one space after a plain whole number and glued to a greater whole number that ends its line, but for a
    // page number after it: "RECOMENDACIONES 87 -90", "Introducción 1 -4 3", as a table of contents sets its ranges. The
    // number before must follow a word: in a row of figures ("2012 3 -20") the hyphen is a minus.
    private static bool IsRisingRangeDash(string text, int i, int end, TokenList tokens)
    {
        if (tokens.Count < 2 || i < 2 || text[i - 1] != ' ' || tokens[tokens.Count - 2].Kind == TokenKind.Number)
        {
            return false;
        }

        ref var previous = ref tokens[tokens.Count - 1];
        if (previous.Kind != TokenKind.Number || previous.End != i - 1 || !previous.Plain || previous.Negative || previous.Ordinal
            || previous.Value % 1 != 0 || previous.Value < 0)
        {
            return false;
        }

        long next = 0;
        int k = i + 1;
        for (; k < end && IsDigit(text[k]) && k - i <= 9; k++)
        {
            next = (next * 10) + (text[k] - '0');
        }

        if (next <= previous.Value || (k < end && !(text[k] is ' ' or '\t' or '\r' or '\n' or '\f')))
        {
            return false;
        }

        // Only spaces and a page number up to the line's end.
        while (k < end && (text[k] is ' ' or '\t' || IsDigit(text[k])))
        {
            k++;
        }

        return k >= end || text[k] is '\r' or '\n' or '\f';
    }

    // Whether the digits at k have a decimal part or a percent sign after them ("3,2", "12 %"): a rate, which a minus may open.
    private static bool RateAfter(string text, int k, int end)
    {
        k = DigitsEnd(text, k, end);
        if (k + 1 < end && text[k] is '.' or ',' && IsDigit(text[k + 1]))
        {
            return true;
        }

        while (k < end && text[k] is ' ' or '\u00A0' or '\u202F')
        {
            k++;
        }

        return k < end && text[k] == '%';
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

    // The symbol written at i, if any; "S/" opening a UN document symbol ("S/2016/53", a Security Council document) is no sol sign.
    private NumberSymbol? MatchSymbol(string text, int i, int end)
    {
        var rest = text.AsSpan(i, end - i);
        foreach (var symbol in _lexicon.Symbols)
        {
            if (rest.StartsWith(symbol.Text, StringComparison.Ordinal)
                && !(char.IsLetter(symbol.Text[^1]) && symbol.Text.Length < rest.Length && char.IsLetter(rest[symbol.Text.Length]))
                && !(char.IsLetter(symbol.Text[0]) && i > 0 && char.IsLetter(text[i - 1]))
                && !(symbol.Text[^1] == '/' && UnDocumentSymbol.Length(rest) > 0))
            {
                return symbol;
            }
        }

        return null;
    }

    // A run of letters and digits: a word, a number, an ordinal (1st, 3º) or OCR damage (continu6, o0).
    private int ReadAlphanumeric(string text, int i, int end, TokenList tokens, Span<char> folded, int start)
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
            return ReadWord(text, i, runEnd, end, start, tokens, folded);
        }

        // "COVID-19", "UTC−5" (a minus sign set for the hyphen): digits hyphened to a word belong to the name; not after a
        // number prefix ("under-5", "post-2015").
        bool named = i >= 2 && IsHyphen(text[i - 1]) && char.IsLetter(text[i - 2]) && !AfterNumberPrefix(text, i - 1, start, folded);
        if (!named && hasLetter && (TryPrefixedYear(text, i, runEnd, tokens) || TryOcrDigits(text, i, runEnd, tokens) || TryFootnoteMark(text, i, runEnd, end, tokens)))
        {
            return runEnd;
        }

        if (!hasLetter && !named && TryMarkAfterPeriod(text, i, runEnd, end, start, tokens, folded))
        {
            return runEnd;
        }

        if (!hasLetter && !named && TryBracketMark(text, i, runEnd, end, start, tokens))
        {
            return runEnd + 1;
        }

        if (!hasLetter && !named && TrySpacedMark(text, i, runEnd, end, start, tokens, folded))
        {
            return runEnd;
        }

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
                tokens.Add(OrdinalDigits(text, i, digitsEnd, runEnd));
                return runEnd;
            }

            if (!lettersOnly)
            {
                AddGap(tokens, i, runEnd);
                return runEnd;
            }

            // "the over-60s", "under-5s": an age group after a number prefix is its number, a plural (of one or two digits: the
            // over-100s are "centenarios").
            if (suffix is "s" && digitsEnd - i <= 2 && i >= 2 && IsHyphen(text[i - 1]) && AfterNumberPrefix(text, i - 1, start, folded, PhraseRoles.GroupPrefix))
            {
                ReadDigits(text, i, digitsEnd, tokens, folded);
                return runEnd;
            }
        }

        if (!hasLetter && YearBeforeMark(text, i, runEnd, end) is int markEnd)
        {
            ReadDigits(text, i, runEnd, tokens, folded);
            AddFact(tokens, runEnd, markEnd, NumberKind.FootnoteMark, Int(text, runEnd + 1, markEnd), damaged: true);
            return markEnd;
        }

        return ReadDigits(text, i, end, tokens, folded);
    }

    // The number word a plural ("fives", "sixes", "fifties", folded) is the plural of, or null.
    private int? SingularNumberWord(ReadOnlySpan<char> plural)
    {
        Span<char> singular = stackalloc char[plural.Length];
        ReadOnlySpan<int> cuts = [1, 2];
        foreach (int cut in cuts)
        {
            if (plural.Length > cut && _lexicon.WordId(plural[..^cut]) is int id and >= 0 && IsNumberWord(id))
            {
                return id;
            }
        }

        // "fifties": -ies for -y.
        if (plural.Length > 4 && plural.EndsWith("ies"))
        {
            plural[..^3].CopyTo(singular);
            singular[plural.Length - 3] = 'y';
            if (_lexicon.WordId(singular[..(plural.Length - 2)]) is int id and >= 0 && IsNumberWord(id))
            {
                return id;
            }
        }

        return null;
    }

    private bool IsNumberWord(int id) => _lexicon.WordEntry(id) is { } entry && (entry.Roles & PhraseRoles.Number) != 0;

    // Whether the word that ends at the hyphen at `hyphen` is a number prefix (number-prefix in the data), or with `role`
    // GroupPrefix, one after which a plural is a group (group-prefix).
    private bool AfterNumberPrefix(string text, int hyphen, int start, Span<char> folded, PhraseRoles role = PhraseRoles.NumberPrefix) =>
        WordEndingBefore(text, hyphen, start, folded.Length, out int wordStart) is int wordEnd and >= 0
        && _lexicon.WordEntry(_lexicon.WordId(NumberLexicon.Fold(text.AsSpan(wordStart, wordEnd - wordStart), folded))) is { } entry
        && (entry.Roles & role) != 0;

    // The word that ends before offset `at`, past spaces and not before `floor`: its end, with its start in `start`; or -1 when
    // something other than a letter comes first, or the word is longer than `maxLength` or glued to a digit.
    private static int WordEndingBefore(string text, int at, int floor, int maxLength, out int start)
    {
        int end = at;
        while (end > floor && TextNormalizer.IsSpace(text[end - 1]))
        {
            end--;
        }

        start = end;
        while (start > floor && char.IsLetter(text[start - 1]) && end - start < maxLength)
        {
            start--;
        }

        return start < end && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) ? end : -1;
    }

    // A run of letters: a word of the lexicon, a scale abbreviation after digits ("2.33 k"), a number word
    // glued to a unit ("sixweek", "tresaños"), or a word that only separates.
    private int ReadWord(string text, int i, int runEnd, int end, int start, TokenList tokens, Span<char> folded)
    {
        int length = runEnd - i;
        if (length > folded.Length)
        {
            AddGap(tokens, i, runEnd);
            return runEnd;
        }

        // "US$ 3 MM": after an amount with a currency sign, a scale written in capitals is read before the word it folds to
        // ("mm", millimetres: "300 MM" without money stays a length).
        if (!text.AsSpan(i, length).ContainsAnyExceptInRange('A', 'Z') && AddSpacedSuffixScale(text, i, runEnd, end, tokens, onlyAfterMoney: true))
        {
            return runEnd;
        }

        var word = NumberLexicon.Fold(text.AsSpan(i, length), folded);

        // "the under-fives", "under-sixes", "over-fifties": after a number prefix, a number word's plural is the age group of
        // that number ("fifties" alone is a decade).
        if (word.Length > 1 && word[^1] == 's' && i >= 2 && IsHyphen(text[i - 1]) && SingularNumberWord(word) is int singular
            && AfterNumberPrefix(text, i - 1, start, folded, PhraseRoles.GroupPrefix))
        {
            tokens.Add(new Token { Kind = TokenKind.Word, Start = i, End = runEnd, WordId = singular });
            return runEnd;
        }

        int id = _lexicon.WordId(word);
        if (id >= 0)
        {
            // "Sept. 5, 2023", "5 dic. 2022": a month's abbreviation takes its period, so the day or year after it is next to it.
            int wordEnd = runEnd < end && text[runEnd] == '.' && _lexicon.WordEntry(id) is { } abbreviation
                && (abbreviation.Roles & PhraseRoles.MonthAbbreviation) != 0 ? runEnd + 1 : runEnd;
            tokens.Add(new Token { Kind = TokenKind.Word, Start = i, End = wordEnd, WordId = id });
            return wordEnd;
        }

        if (TryRoman(text, i, runEnd, tokens) || TrySingleRoman(text, i, runEnd, end, tokens, folded) || (JoinLineBreak(text, i, runEnd, end, folded, out int joinedId) is int joinedEnd and > 0 && AddJoined(tokens, i, joinedEnd, joinedId)))
        {
            return tokens[^1].End;
        }

        if (AddSpacedSuffixScale(text, i, runEnd, end, tokens, onlyAfterMoney: false))
        {
            return runEnd;
        }

        int split = length >= 4 && _lexicon.UnitEndings.Contains(word[^1]) && _lexicon.MayStartWithNumber(word) ? NumberBeforeUnit(word) : 0;
        if (split > 0)
        {
            tokens.Add(new Token { Kind = TokenKind.Word, Start = i, End = i + split, WordId = _lexicon.WordId(word[..split]) });
            AddGap(tokens, i + split, runEnd);
            return runEnd;
        }

        AddGap(tokens, i, runEnd);
        return runEnd;
    }

    // "Chapter V", "la Región X", "Annex I": a single capital I, V or X after a word of the document's divisions (roman-before in
    // the data) is a Roman numeral; elsewhere it is a letter ("Plan B", "el punto V.", "I said").
    private bool TrySingleRoman(string text, int i, int runEnd, int end, TokenList tokens, Span<char> folded)
    {
        if (runEnd - i != 1 || text[i] is not ('I' or 'V' or 'X') || tokens.Count == 0 || tokens[^1].Kind != TokenKind.Gap
            || (runEnd + 1 < end && text[runEnd] is '.' or ')' && char.IsLetter(text[runEnd + 1])))
        {
            return false;
        }

        int wordEnd = WordEndingBefore(text, i, tokens[^1].Start, folded.Length, out int wordStart);
        if (wordEnd < 0 || wordEnd == i || !_lexicon.RomanBefore.Contains(NumberLexicon.Fold(text.AsSpan(wordStart, wordEnd - wordStart), folded)))
        {
            return false;
        }

        tokens.Add(new Token { Kind = TokenKind.Number, Start = i, End = runEnd, Ordinal = true, Plain = true, Value = RomanDigit(text[i]) });
        return true;
    }

    // A word token for the two parts of a word split at a line end ("cuaren-" and "ta").
    private static bool AddJoined(TokenList tokens, int start, int end, int id)
    {
        tokens.Add(new Token { Kind = TokenKind.Word, Start = start, End = end, WordId = id });
        return true;
    }

    // "cuaren-" at a line end and "ta" on the next line: the offset after the second part and the id of the
    // joined word of the lexicon, or -1 when the parts make no number word.
    private int JoinLineBreak(string text, int i, int runEnd, int end, Span<char> folded, out int id)
    {
        id = -1;
        int k = runEnd;
        if (k >= end || text[k] is not ('-' or '\u00AD'))
        {
            return -1;
        }

        k++;
        bool broken = false;
        while (k < end && TextNormalizer.IsSpace(text[k]))
        {
            broken |= TextNormalizer.IsLineBreak(text[k]);
            k++;
        }

        int secondEnd = k;
        while (secondEnd < end && char.IsLetter(text[secondEnd]))
        {
            secondEnd++;
        }

        int first = runEnd - i, second = secondEnd - k;
        if (!broken || second == 0 || first + second > folded.Length)
        {
            return -1;
        }

        NumberLexicon.Fold(text.AsSpan(i, first), folded);
        NumberLexicon.Fold(text.AsSpan(k, second), folded[first..]);
        id = _lexicon.WordId(folded[..(first + second)]);
        if (id < 0 || _lexicon.WordEntry(id) is not { } entry || (entry.Roles & (PhraseRoles.Number | PhraseRoles.Ordinal | PhraseRoles.Scale)) == 0)
        {
            id = -1;
            return -1;
        }

        return secondEnd;
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

    // A suffix scale standing after a number, one space apart ("3 M", "US$ 3 MM"), when that number has a currency sign before
    // it or `onlyAfterMoney` is false. Not an outline letter glued to its heading after a table of contents' page number
    // ("1–583 B.Constitutional", "M.Sc.").
    private bool AddSpacedSuffixScale(string text, int i, int runEnd, int end, TokenList tokens, bool onlyAfterMoney)
    {
        int length = runEnd - i;
        if (tokens.Count == 0 || tokens[^1].Kind != TokenKind.Number || tokens[^1].Ordinal || !OnlySpaces(text, tokens[^1].End, i)
            || (length == 1 && runEnd + 1 < end && text[runEnd] == '.' && char.IsUpper(text[runEnd + 1])))
        {
            return false;
        }

        bool money = CurrencySignAt(text, tokens, tokens.Count - 2, tokens[^1].Start);
        if ((onlyAfterMoney && !money) || _lexicon.FindSuffixScale(text.AsSpan(i, length), money) is not { } scale)
        {
            return false;
        }

        tokens.Add(new Token { Kind = TokenKind.Scale, Start = i, End = runEnd, Value = scale.Scale, Symbol = scale.Currency });
        return true;
    }

    // Whether token k is a currency sign with nothing but spaces from it to `numberStart`: "$3m", "USD 3.2 mn".
    private static bool CurrencySignAt(string text, TokenList tokens, int k, int numberStart) =>
        k >= 0 && tokens[k] is { Kind: TokenKind.Symbol, Symbol.IsCurrency: true } sign && OnlySpaces(text, sign.End, numberStart);

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

        if (!digits && _lexicon.FindSuffixScale(letters, money: CurrencySignAt(text, tokens, tokens.Count - 1, token.Start)) is { } scale)
        {
            tokens.Add(token);
            tokens.Add(new Token { Kind = TokenKind.Scale, Start = numberEnd, End = runEnd, Value = scale.Scale, Symbol = scale.Currency });
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

    // An ordinal written in digits with its suffix ("1.º", "2nd"): the digits text[start..digitsEnd), the token to end.
    private static Token OrdinalDigits(string text, int start, int digitsEnd, int end) => new()
    {
        Kind = TokenKind.Number,
        Start = start,
        End = end,
        Ordinal = true,
        Plain = true,
        Value = double.Parse(text.AsSpan(start, digitsEnd - start), NumberStyles.None, CultureInfo.InvariantCulture),
    };
}
