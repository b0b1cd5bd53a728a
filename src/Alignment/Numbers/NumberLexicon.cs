using System.Globalization;
using Alignment.Languages;
using Alignment.Loading;

namespace Alignment.Numbers;

/// <summary>What a phrase of a <see cref="NumberLexicon"/> can be; one phrase may play several roles (<c>y</c> joins number words and range bounds).</summary>
[Flags]
internal enum PhraseRoles : long
{
    None = 0,
    Number = 1 << 0,
    Hundred = 1 << 1,
    Scale = 1 << 2,
    ScaleAlone = 1 << 3,
    Article = 1 << 4,
    Connector = 1 << 5,
    Ordinal = 1 << 6,
    Fraction = 1 << 7,
    Multiplier = 1 << 8,
    Percent = 1 << 9,
    Currency = 1 << 10,
    CurrencyLink = 1 << 11,
    Month = 1 << 12,
    MonthLink = 1 << 13,
    Law = 1 << 14,
    RangeTo = 1 << 15,
    RangeBetween = 1 << 16,
    RangeAnd = 1 << 17,
    Ignore = 1 << 18,
    ArticleOne = 1 << 19,
    Half = 1 << 20,
    Denominator = 1 << 21,
    FractionLink = 1 << 22,
    Unit = 1 << 23,
    Sign = 1 << 24,
    PercentPoints = 1 << 25,
    Duration = 1 << 26,
    DecadeIntro = 1 << 27,
    DecadeYears = 1 << 28,
    DecadeWord = 1 << 29,
    TimeBefore = 1 << 30,
    DayPart = 1L << 31,
    TimeWord = 1L << 32,
    YearPart = 1L << 33,
    YearPartNeedsYear = 1L << 34,
    YearWord = 1L << 35,
    HourBefore = 1L << 36,
    ScaleOrdinal = 1L << 37,

    // A duration word that is one only after a count and written in lower case: "two millennia", not "Millennium Summit".
    DurationCounted = 1L << 38,

    // A word hyphened before digits that leaves them a number ("under-5", "post-2015"), not a name ("COVID-19", "G-20").
    NumberPrefix = 1L << 39,

    // An article that names a decade before a tens number that ends its clause, after a decade lead: "en los 90.", "durante los noventa,".
    DecadeArticle = 1L << 40,

    // A number prefix after which a plural is the group of that number ("the over-60s", "the under-fives"); "mid-60s" stays a decade.
    GroupPrefix = 1L << 41,

    // A month's abbreviation ("Sept.", "Oct", "dic."): a month whose period, when it has one, belongs to it.
    MonthAbbreviation = 1L << 42,
}

/// <summary>What the lexicon knows about one phrase (one or more words).</summary>
internal sealed class PhraseEntry
{
    public PhraseRoles Roles;
    public double Number;
    public double Hundred;
    public double Scale;
    public double Ordinal;
    public double ScaleOrdinal;
    public double Fraction;
    public double Multiplier;
    public int Month;
    public string? Currency;
    public double Half;
    public double Denominator;
    public double Duration;
    public string? DurationUnit;
    public double Decade;

    // "de la tarde", "in the afternoon": which half of the clock an hour before it is in.
    public DayPart DayPart;

    // "mediodía", "midnight": the time of day the word names, in hours from midnight.
    public double TimeOfDay;

    // "semestre", "quarter": the part of a year an ordinal before it places ("primer semestre" is half-year 1).
    public string? YearPart;

    // How many months that part of the year lasts (semestre 6).
    public double YearPartMonths;
}

/// <summary>The part of the day a phrase after an hour names (<c>de la tarde</c>, <c>in the morning</c>), which says how to read the hour.</summary>
internal enum DayPart
{
    None,

    // Hours 1 to 12 as they are, 12 being midnight: "las dos de la madrugada", "seven in the morning".
    Morning,

    // Hours 1 to 11 past noon, 12 being noon: "las cuatro de la tarde", "four in the afternoon", "eight in the evening".
    Afternoon,

    // Past noon from six to eleven, after midnight before six, 12 being midnight: "las diez de la noche", "two at night".
    Night,
}

/// <summary>What a clock-time marker after the digits says: <c>a.m.</c>, <c>p.m.</c> or a 24-hour word (<c>horas</c>, <c>hrs</c>).</summary>
internal enum TimeMarkerKind
{
    Morning,
    Afternoon,
    Hours,
}

/// <summary>A clock-time marker matched as written, case-insensitively (<c>p.m.</c>, <c>a. m.</c>, <c>horas</c>).</summary>
internal sealed record TimeMarker(string Text, TimeMarkerKind Kind);

/// <summary>A symbol matched as written: a currency sign, <c>%</c> or a number sign (<c>N°</c>).</summary>
/// <param name="Text">The symbol as written, matched case-sensitively.</param>
/// <param name="Code">A currency code, <c>%</c> or <c>number-sign</c>.</param>
internal sealed record NumberSymbol(string Text, string Code)
{
    public bool IsPercent => Code == "%";

    public bool IsNumberSign => Code == "number-sign";

    public bool IsCurrency => !IsPercent && !IsNumberSign;
}

/// <summary>A scale abbreviation after digits (<c>10k</c>, <c>1.2bn</c>), matched as written.</summary>
/// <param name="Text">The abbreviation, matched case-sensitively (<c>M</c> is a million, <c>m</c> a metre).</param>
/// <param name="Scale">Its scale: 1e3, 1e6, 1e9.</param>
/// <param name="MoneyOnly">Whether it is a scale only after an amount with a currency sign (<c>$3m</c>, <c>£1.2tn</c>: <c>400m</c> is metres).</param>
/// <param name="Currency">The currency the abbreviation names as well, or null (<c>MDD</c>, millones de dólares: US dollars).</param>
internal sealed record SuffixScale(string Text, double Scale, bool MoneyOnly = false, NumberSymbol? Currency = null);

/// <summary>
/// The number words, scale words, currencies, months and law words of one language, read from
/// <c>{code}.numbers.txt</c>, as a word table and a phrase trie walked over accent-folded spans.
/// Immutable and thread-safe once built.
/// </summary>
internal sealed class NumberLexicon
{
    public const int MaxWordLength = 48;

    private static readonly Lazy<char[]> FoldTable = new(() =>
    {
        var table = new char[0x250];
        for (int c = 0; c < table.Length; c++)
        {
            table[c] = TextNormalizer.FoldChar((char)c);
        }

        return table;
    });

    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);
    private readonly SpanCache<int> _words = new();
    private readonly Dictionary<long, int> _children = new();
    private readonly List<PhraseEntry?> _entries = new() { null };
    private readonly HashSet<long> _numberStarts;

    public NumberLexicon(LanguageProfile profile)
        : this(profile?.ReadLines(LanguageDataKind.Numbers) ?? throw new ArgumentNullException(nameof(profile)))
    {
    }

    /// <summary>Builds the lexicon from the lines of a numbers file; a malformed line throws <see cref="LanguageDataException"/> naming it.</summary>
    public NumberLexicon(IReadOnlyList<DataLine> lines)
    {
        var symbols = new List<NumberSymbol>();
        var suffixes = new List<string>();
        var suffixScales = new List<SuffixScale>();
        var markers = new List<TimeMarker>();
        var phoneWords = new List<string>();
        var wordLists = WordListCategories.ToDictionary(category => category, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var yearPrefixes = new List<string>();
        foreach (var dataLine in lines)
        {
            var parts = dataLine.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length < 2)
            {
                throw dataLine.Error("expected 'category phrase [value]'");
            }

            string category = parts[0];
            switch (category)
            {
                case "decimal" when parts.Length == 2 && parts[1].Length == 1:
                    DecimalSeparator = parts[1][0];
                    continue;
                case "symbol" when parts.Length == 3:
                    symbols.Add(new NumberSymbol(parts[1], parts[2]));
                    continue;
                case "ordinal-suffix" when parts.Length == 2:
                    suffixes.Add(TextNormalizer.FoldAccents(parts[1]));
                    continue;
                case "suffix-scale" when parts.Length == 3 || (parts.Length == 4 && (parts[3] == "money" || IsCurrencyCode(parts[3]))):
                    var currency = parts.Length == 4 && parts[3] != "money" ? new NumberSymbol(parts[1], parts[3]) : null;
                    suffixScales.Add(new SuffixScale(parts[1], ParseValue(parts[2], dataLine), parts.Length == 4 && currency is null, currency));
                    continue;
                case "date-order" when parts.Length == 2 && parts[1] is "dmy" or "mdy":
                    DayFirst = parts[1] == "dmy";
                    continue;
                case "time-marker" when parts.Length >= 3 && Enum.TryParse<TimeMarkerKind>(parts[^1], ignoreCase: true, out var markerKind):
                    markers.Add(new TimeMarker(string.Join(' ', parts[1..^1]), markerKind));
                    continue;
                case "phone-word" when parts.Length >= 2:
                    phoneWords.Add(string.Join(' ', parts[1..]));
                    continue;
                case "year-prefix" when parts.Length == 2:
                    yearPrefixes.Add(parts[1]);
                    continue;
                case var list when parts.Length == 2 && wordLists.TryGetValue(list, out var words):
                    words.Add(TextNormalizer.FoldAccents(parts[1]));
                    continue;
                case "duration" when parts.Length >= 4 && parts[^1] is NumberReader.Years or NumberReader.Months:
                    var duration = Add(parts.AsSpan(1, parts.Length - 3));
                    duration.Roles |= PhraseRoles.Duration;
                    duration.Duration = ParseValue(parts[^2], dataLine);
                    duration.DurationUnit = parts[^1];
                    continue;
                case "duration-counted" when parts.Length >= 4 && parts[^1] is NumberReader.Years or NumberReader.Months:
                    var counted = Add(parts.AsSpan(1, parts.Length - 3));
                    counted.Roles |= PhraseRoles.Duration | PhraseRoles.DurationCounted;
                    counted.Duration = ParseValue(parts[^2], dataLine);
                    counted.DurationUnit = parts[^1];
                    continue;
                case "day-part" when parts.Length >= 3 && Enum.TryParse<DayPart>(parts[^1], ignoreCase: true, out var dayPart) && dayPart != DayPart.None:
                    var part = Add(parts.AsSpan(1, parts.Length - 2));
                    part.Roles |= PhraseRoles.DayPart;
                    part.DayPart = dayPart;
                    continue;
                case "time-word" when parts.Length >= 3:
                    var timeWord = Add(parts.AsSpan(1, parts.Length - 2));
                    timeWord.Roles |= PhraseRoles.TimeWord;
                    timeWord.TimeOfDay = ParseValue(parts[^1], dataLine);
                    continue;
                case "year-part" when parts.Length >= 4:
                    bool needsYear = parts[^1] == "year";
                    int monthsAt = parts.Length - (needsYear ? 2 : 1);
                    if (monthsAt < 3)
                    {
                        throw dataLine.Error("expected 'year-part PHRASE UNIT MONTHS [year]'");
                    }

                    var yearPart = Add(parts.AsSpan(1, monthsAt - 2));
                    yearPart.Roles |= PhraseRoles.YearPart | (needsYear ? PhraseRoles.YearPartNeedsYear : 0);
                    yearPart.YearPart = parts[monthsAt - 1];
                    yearPart.YearPartMonths = ParseValue(parts[monthsAt], dataLine);
                    continue;
                case "decimal" or "symbol" or "ordinal-suffix" or "suffix-scale" or "date-order" or "time-marker" or "phone-word" or "pair-word" or "roman-before" or "decade-lead" or "year-prefix" or "duration" or "duration-counted"
                    or "day-part" or "time-word" or "year-part":
                    throw dataLine.Error($"wrong number of fields for '{category}'");
            }

            if (!PhraseCategories.Contains(category))
            {
                throw dataLine.Error($"unknown category '{category}'");
            }

            bool valued = category is "number" or "hundred" or "scale" or "ordinal" or "scale-ordinal" or "fraction" or "multiplier" or "currency" or "month" or "month-abbreviation" or "half" or "denominator" or "decade-word";
            int phraseEnd = parts.Length;
            bool alone = false, one = false;
            if (category == "scale" && parts[^1] == "alone")
            {
                alone = true;
                phraseEnd--;
            }

            if (category == "article" && parts.Length > 2 && parts[^1] == "one")
            {
                one = true;
                phraseEnd--;
            }

            string valueText = valued ? parts[phraseEnd - 1] : "";
            if (valued)
            {
                phraseEnd--;
            }

            if (phraseEnd < 2)
            {
                throw dataLine.Error(valued ? "expected a phrase and then its value" : "expected a phrase");
            }

            if (category == "currency" && !IsCurrencyCode(valueText))
            {
                throw dataLine.Error($"'{valueText}' is not a currency code (three capital letters, ISO 4217, or 'cent')");
            }

            var entry = Add(parts.AsSpan(1, phraseEnd - 1));
            double value = category == "currency" ? 0 : valued ? ParseValue(valueText, dataLine) : 0;
            switch (category)
            {
                case "number": entry.Roles |= PhraseRoles.Number; entry.Number = value; break;
                case "hundred": entry.Roles |= PhraseRoles.Hundred; entry.Hundred = value; break;
                case "scale": entry.Roles |= PhraseRoles.Scale | (alone ? PhraseRoles.ScaleAlone : 0); entry.Scale = value; break;
                case "ordinal": entry.Roles |= PhraseRoles.Ordinal; entry.Ordinal = value; break;
                case "scale-ordinal": entry.Roles |= PhraseRoles.ScaleOrdinal; entry.ScaleOrdinal = value; break;
                case "fraction": entry.Roles |= PhraseRoles.Fraction; entry.Fraction = value; break;
                case "multiplier": entry.Roles |= PhraseRoles.Multiplier; entry.Multiplier = value; break;
                case "currency": entry.Roles |= PhraseRoles.Currency; entry.Currency = valueText; break;
                case "month": entry.Roles |= PhraseRoles.Month; entry.Month = (int)value; break;
                case "month-abbreviation": entry.Roles |= PhraseRoles.Month | PhraseRoles.MonthAbbreviation; entry.Month = (int)value; break;
                case "article": entry.Roles |= PhraseRoles.Article | (one ? PhraseRoles.ArticleOne : 0); break;
                case "half": entry.Roles |= PhraseRoles.Half; entry.Half = value; break;
                case "denominator": entry.Roles |= PhraseRoles.Denominator; entry.Denominator = value; break;
                case "fraction-link": entry.Roles |= PhraseRoles.FractionLink; break;
                case "unit": entry.Roles |= PhraseRoles.Unit; break;
                case "sign": entry.Roles |= PhraseRoles.Sign; break;
                case "percent-points": entry.Roles |= PhraseRoles.PercentPoints; break;
                case "connector": entry.Roles |= PhraseRoles.Connector; break;
                case "percent": entry.Roles |= PhraseRoles.Percent; break;
                case "currency-link": entry.Roles |= PhraseRoles.CurrencyLink; break;
                case "month-link": entry.Roles |= PhraseRoles.MonthLink; break;
                case "law": entry.Roles |= PhraseRoles.Law; break;
                case "range-to": entry.Roles |= PhraseRoles.RangeTo; break;
                case "range-between": entry.Roles |= PhraseRoles.RangeBetween; break;
                case "range-and": entry.Roles |= PhraseRoles.RangeAnd; break;
                case "ignore": entry.Roles |= PhraseRoles.Ignore; break;
                case "decade-intro": entry.Roles |= PhraseRoles.DecadeIntro; break;
                case "decade-years": entry.Roles |= PhraseRoles.DecadeYears; break;
                case "decade-word": entry.Roles |= PhraseRoles.DecadeWord; entry.Decade = value; break;
                case "time-before": entry.Roles |= PhraseRoles.TimeBefore; break;
                case "year-word": entry.Roles |= PhraseRoles.YearWord; break;
                case "hour-before": entry.Roles |= PhraseRoles.HourBefore; break;
                case "number-prefix": entry.Roles |= PhraseRoles.NumberPrefix; break;
                case "group-prefix": entry.Roles |= PhraseRoles.NumberPrefix | PhraseRoles.GroupPrefix; break;
                case "decade-article": entry.Roles |= PhraseRoles.DecadeArticle; break;
            }
        }

        // Longest first, so "S/." wins over "S/" and "US$" over "$".
        Symbols = symbols.OrderByDescending(s => s.Text.Length).ToArray();
        OrdinalSuffixes = suffixes.ToArray();
        SuffixScales = suffixScales.OrderByDescending(s => s.Text.Length).ToArray();
        TimeMarkers = markers.OrderByDescending(m => m.Text.Length).ToArray();
        TimeMarkerStarts = new string(markers.Select(m => char.ToLowerInvariant(m.Text[0])).Distinct().ToArray());
        PhoneWords = phoneWords.ToArray();
        PairWords = wordLists["pair-word"];
        RomanBefore = new SpanWordSet(wordLists["roman-before"]);
        DecadeLeads = new SpanWordSet(wordLists["decade-lead"]);
        DayLeads = new SpanWordSet(wordLists["day-lead"]);
        YearPrefixes = yearPrefixes.ToArray();
        _numberStarts = _wordIds.Keys.Where(w => w.Length >= 3 && WordEntry(w)?.Roles.HasFlag(PhraseRoles.Number) == true).Select(w => Start3(w)).ToHashSet();
        UnitEndings = new string(_wordIds.Keys.Where(w => WordEntry(w)?.Roles.HasFlag(PhraseRoles.Unit) == true).Select(w => w[^1]).Distinct().ToArray());
        foreach (var (word, id) in _wordIds)
        {
            _words.Add(word, id);
        }
    }

    /// <summary>The categories of single-word lists in a numbers file, each word kept accent-folded: <c>pair-word</c>,
    /// <c>roman-before</c>, <c>decade-lead</c>, <c>day-lead</c>.</summary>
    private static readonly string[] WordListCategories = ["pair-word", "roman-before", "decade-lead", "day-lead"];

    /// <summary>The categories of phrase lines in a numbers file (the other lines are <c>decimal</c>, <c>symbol</c>, <c>ordinal-suffix</c>, <c>suffix-scale</c>).</summary>
    private static readonly HashSet<string> PhraseCategories =
    [
        "number", "hundred", "scale", "ordinal", "scale-ordinal", "fraction", "multiplier", "currency", "month", "article", "half", "denominator",
        "fraction-link", "unit", "sign", "percent-points", "connector", "percent", "currency-link", "month-link", "law",
        "range-to", "range-between", "range-and", "ignore", "decade-intro", "decade-years", "decade-word", "time-before", "year-word", "hour-before",
        "number-prefix", "group-prefix", "decade-article", "month-abbreviation",
    ];

    private static double ParseValue(string text, DataLine line) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw line.Error($"'{text}' is not a number");

    private static bool IsCurrencyCode(string text) => text == NumberReader.Cents || text.Length == 3 && text.All(char.IsAsciiLetterUpper);

    /// <summary>The decimal separator a bare <c>1.054</c> or <c>1,054</c> is first read with.</summary>
    public char DecimalSeparator { get; } = '.';

    public IReadOnlyList<NumberSymbol> Symbols { get; }

    /// <summary>Whether <c>05/11/2020</c> is read day first (<c>date-order dmy</c>, Spanish) or month first (<c>mdy</c>, US English).</summary>
    public bool DayFirst { get; }

    /// <summary>Clock-time markers after digits, longest first (<c>p. m.</c> before <c>p.m.</c>), matched case-insensitively.</summary>
    public IReadOnlyList<TimeMarker> TimeMarkers { get; }

    /// <summary>The first letters of the time markers, lower-cased: a cheap test before matching them.</summary>
    public string TimeMarkerStarts { get; }

    /// <summary>Words that make bare digit groups after them a phone number (<c>teléfono</c>, <c>hotline</c>), matched case-insensitively.</summary>
    public IReadOnlyList<string> PhoneWords { get; }

    /// <summary>Words that speak of two things without a number (<c>both</c>, <c>ambos</c>, <c>ambas</c>), accent-folded and lower-cased.</summary>
    public IReadOnlySet<string> PairWords { get; }

    /// <summary>Words after which a single capital I, V or X is a Roman numeral (<c>Chapter V</c>, <c>Región X</c>), accent-folded and lower-cased.</summary>
    public SpanWordSet RomanBefore { get; }

    /// <summary>Words before a decade article that make "los 90" a decade (<c>en los 90</c>, <c>a finales de los 90</c>), accent-folded, matched case-insensitively.</summary>
    public SpanWordSet DecadeLeads { get; }

    /// <summary>Words before a day written in words that make it, with a month after it, a date without a year (<c>el dos de
    /// mayo</c>, <c>del dos al cinco de mayo</c>, <c>the second of May</c>), accent-folded, matched case-insensitively.</summary>
    public SpanWordSet DayLeads { get; }

    /// <summary>Letters glued before two or four digits that make them a year (<c>FY19</c>, <c>FY2019</c>: fiscal year 2019), matched as written.</summary>
    public IReadOnlyList<string> YearPrefixes { get; }

    public IReadOnlyList<string> OrdinalSuffixes { get; }

    /// <summary>Scale abbreviations after digits, longest first.</summary>
    public IReadOnlyList<SuffixScale> SuffixScales { get; }

    /// <summary>The last letters of the unit words: a word ending otherwise cannot be a number word glued to a unit.</summary>
    public string UnitEndings { get; }

    /// <summary>Whether a folded word begins like a number word of three letters or more (a cheap test before splitting "sixweek").</summary>
    public bool MayStartWithNumber(ReadOnlySpan<char> folded) => folded.Length >= 3 && _numberStarts.Contains(Start3(folded));

    private static long Start3(ReadOnlySpan<char> word) => ((long)word[0] << 32) | ((long)word[1] << 16) | word[2];

    /// <summary>The entry of a one-word phrase, or null.</summary>
    public PhraseEntry? WordEntry(int wordId) => Step(0, wordId) is int node and >= 0 ? _entries[node] : null;

    /// <summary>The suffix scale written exactly as <paramref name="text"/>, or null; one that is a scale only after money when <paramref name="money"/> says the amount has a currency sign.</summary>
    public SuffixScale? FindSuffixScale(ReadOnlySpan<char> text, bool money)
    {
        foreach (var suffix in SuffixScales)
        {
            if (text.SequenceEqual(suffix.Text) && (money || !suffix.MoneyOnly))
            {
                return suffix;
            }
        }

        return null;
    }

    private PhraseEntry? WordEntry(string word) => _wordIds.TryGetValue(word, out int id) ? WordEntry(id) : null;

    /// <summary>The id of an accent-folded, lower-case word, or -1 when no phrase uses it.</summary>
    public int WordId(ReadOnlySpan<char> folded) => _words.TryGetValue(folded, out int id) ? id : -1;

    /// <summary>Lower-cases and strips accents like <see cref="TextNormalizer.FoldAccents(ReadOnlySpan{char}, Span{char})"/>,
    /// from a table for Latin letters, since folding through Unicode normalization allocates per character.</summary>
    public static ReadOnlySpan<char> Fold(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int n = Math.Min(word.Length, buffer.Length);
        var table = FoldTable.Value;
        for (int k = 0; k < n; k++)
        {
            char c = word[k];
            buffer[k] = c < table.Length ? table[c] : TextNormalizer.FoldChar(c);
        }

        return buffer[..n];
    }

    /// <summary>The trie node reached from <paramref name="node"/> (0 is the root) by a word, or -1.</summary>
    public int Step(int node, int wordId) =>
        wordId >= 0 && _children.TryGetValue(((long)node << 32) | (uint)wordId, out int next) ? next : -1;

    /// <summary>The entry of the phrase that ends at <paramref name="node"/>, if a phrase ends there.</summary>
    public PhraseEntry? EntryAt(int node) => _entries[node];

    public bool IsOrdinalSuffix(ReadOnlySpan<char> folded)
    {
        foreach (var suffix in OrdinalSuffixes)
        {
            if (folded.SequenceEqual(suffix))
            {
                return true;
            }
        }

        return false;
    }

    private PhraseEntry Add(ReadOnlySpan<string> words)
    {
        int node = 0;
        foreach (var raw in words)
        {
            // "half-yearly": the words of a hyphened phrase are its parts, as the tokenizer reads them.
            foreach (var part in raw.Length > 1 && raw.Contains('-') ? raw.Split('-', StringSplitOptions.RemoveEmptyEntries) : [raw])
            {
                node = AddWord(node, part);
            }
        }

        return _entries[node] ??= new PhraseEntry();
    }

    private int AddWord(int node, string raw)
    {
        string word = TextNormalizer.FoldAccents(raw);
        if (!_wordIds.TryGetValue(word, out int id))
        {
            id = _wordIds.Count;
            _wordIds.Add(word, id);
        }

        long key = ((long)node << 32) | (uint)id;
        if (!_children.TryGetValue(key, out int child))
        {
            child = _entries.Count;
            _entries.Add(null);
            _children.Add(key, child);
        }

        return child;
    }
}
