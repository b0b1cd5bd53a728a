using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alignment.Numbers;

namespace Alignment.Tests.Numbers;

/// <summary>
/// The number, percent, ordinal and currency specs of Microsoft Recognizers-Text (MIT, see
/// <c>Data/recognizers/NOTICE.md</c>), read from <c>Data/recognizers/{Language}.{Model}.json</c>, and the
/// selection of the classes a government report can contain. The selection is a set of general rules on
/// each case and each expected number, written here, never a list of cases: <see cref="Exclusion"/> names
/// the class a rule leaves out, so the report of the evaluation says how many each rule took.
/// </summary>
internal static class RecognizersTextSpecs
{
    public static readonly string[] Languages = { "English", "Spanish" };

    public static readonly string[] Models = { "NumberModel", "PercentModel", "OrdinalModel", "CurrencyModel" };

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    // Rules on a whole input: the class it leaves out and why a report does not need it.
    private static readonly (string Class, Regex Pattern)[] InputRules =
    {
        ("identifiers: IP addresses, phone numbers, codes (192.168.1.2, +1-222-2222, 1&123, SCP-173)",
            new Regex(@"\d+\.\d+\.\d+\.\d+|\+\d|\d&\d|[A-Z]{2,}-\d", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)),
        ("a whole number and a fraction other than a half (five and a quarter, forty two and a third, one and a fourth)",
            new Regex(@"\b(and|y|con)\s+(a|an|one|two|three|un|una|dos|tres)\s+(third|quarter|fourth|fifth|thirtieth|tercio|cuarto|quinto)s?\b|\b(and|y|con)\s+(two|three|dos|tres)\s+(thirds|quarters|fifths|tercios|cuartos|quintos)", Options)),
    };

    // Rules on one expected number: the class it leaves out and why a report does not need it.
    private static readonly (string Class, Regex Pattern)[] TextRules =
    {
        ("scientific notation and powers (1e10, 1.1^23, 1.3x10^6): not written in reports", new Regex(@"\d[eE][+-]?\d|\^|x10", Options)),
        ("dozens (a dozen, tres docenas, 3 dzs): counts of goods, not report figures", new Regex(@"dozen|docena|\bdzs?\b|\bdozs?\b", Options)),
        ("lakh and crore, and the abbreviations MM and mil for million: South Asian and trade usage", new Regex(@"lakh|crore|\d\s*mil\b", Options)),
        ("million-prefixed currency codes (30 MUSD, MEUR 120): trade abbreviations", new Regex(@"\bm(usd|eur|gbp|aud)\b", Options)),
        ("decimals spoken in words (two hundred point zero three, siete con cincuenta, nought): speech, not print", new Regex(@"\bpoint\b|\bcoma\b|\bcon\b|nought|naught", Options)),
        ("ratios in words (one over three, uno sobre tres, two out of five, 1 in twenty-one): chatbot phrasing", new Regex(@"\bover\b|\bsobre\b|\bout of\b|\bin\b", Options)),
        ("fractions with digits and a slash (3/4, 2 1/4, -4/5): in reports a slash between digits is a date or a decree number", new Regex(@"\d\s*/\s*\d", Options)),
        ("vulgar fraction characters (⅔, ¾, ½)", new Regex(@"[\u00BC-\u00BE\u2150-\u215E]", Options)),
        ("fractions of a scale other than a half (a quarter million, two thirds of a million)",
            new Regex(@"(third|quarter|fourth|fifth|tercio|cuarto)s?\s+(of\s+a\s+|de\s+)?(thousand|million|billion|mill[oó]n|millones)", Options)),
        ("digits and words composed into one number (3 hundred and 21, 4 thousand 3 hundred): reports write either digits or words",
            new Regex(@"\d[^0-9]*[a-z][^0-9]*\d", Options)),
        ("a minus set apart from its number by a space (- 10 k): in reports that dash is a bullet or a dash", new Regex(@"^-\s", Options)),
        ("a scale word without a count (millón, billon): 'millones de personas' is no figure", new Regex(@"^\s*(mill[oó]n|bill[oó]n|million|billion|trillion)(es|s)?\s*$", Options)),
        ("amounts in two parts (3 dollars 50 cents, 15 dólares con 50, one dollar and one, 10 $ 30 cent)",
            new Regex(@"\b(dollars?|d[oó]lar(es)?|euros?|usd|kuai)\s+(and\s+|y\s+|con\s+)?\w|\$\s*\d+\s+(and|y|con)\s+\w|\d\s*\$\s*\d", Options)),
        ("a percent word before the number (percent of 10, per cent of twenty-two): chatbot phrasing", new Regex(@"^\s*(per\s*cents?|percents?)\s+of\b", Options)),
    };

    // Fractions only in the number and percent specs: in the ordinal spec "hundredth" is a position.
    private static readonly (string Class, Regex Pattern) FractionRule =
        ("fractions whose denominator in words is above five or plural halves (five eighths, one hundred fifth, veintiunavos, un centésimo, cinco medios)",
            new Regex(@"(six|seven|eigh|nin|ten|twelf|teen|tie|hundred|thousand|million|billion|trillion)ths?\b|(hundred|thousand|million)[- ]+(and\s+)?(first|second|third|fourth|fifth)s?\b|\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]?(first|second|third|fourth|fifth)s?\b|firsts\b|avos?\b|avas?\b|[eé]sim[oa]s?\b|\boctavos?\b|\bmedios\b", Options));

    // Ordinals written as scale words, in the ordinal spec.
    private static readonly (string Class, Regex Pattern) OrdinalScaleRule =
        ("ordinal words that stand for a scale (a hundred trillionth, tres billonésimo, quinientos millonésimo)",
            new Regex(@"(hundred|thousand|million|billion|trillion)th\b|(mil|millon|billon)[eé]sim[oa]s?\b|ducent|tricent|cuadringent|quingent|sexcent|septingent|octingent|noningent", Options));

    // A count the spec reads alone before a scale ordinal.
    private static readonly (string Class, Regex Pattern) ScaleOrdinalAfter =
        ("a count before a scale ordinal read as the count alone (two millionth, dos millonésimo): ambiguous between a fraction "
            + "and a position; the reader reads one ordinal, as in 'its seven billionth member'",
            new Regex(@"^\s+((hundred|thousand|million|billion|trillion)th|(mil|millon|billon)[eé]sim[oa])\b", Options));

    /// <summary>One expected number of a case: its text, offsets (end exclusive) and value.</summary>
    public sealed record Expected(string Text, int Start, int End, double? Value, string? Excluded);

    /// <summary>One case of a spec file, with the class that leaves it out, if any.</summary>
    public sealed record Case(string Language, string Model, string Input, IReadOnlyList<Expected> Results, string? Excluded);

    public static IReadOnlyList<Case> Load(string language, string model)
    {
        using var stream = File.OpenRead(TestFiles.Data(Path.Combine("recognizers", $"{language}.{model}.json")));
        using var json = JsonDocument.Parse(stream);
        var cases = new List<Case>();
        foreach (var item in json.RootElement.EnumerateArray())
        {
            string input = item.GetProperty("Input").GetString()!;
            var results = new List<Expected>();
            foreach (var result in item.GetProperty("Results").EnumerateArray())
            {
                results.Add(ReadExpected(input, language, model, result));
            }

            string? excluded = ExcludedCase(item, model);
            foreach (var (name, pattern) in InputRules)
            {
                excluded ??= pattern.IsMatch(input) ? name : null;
            }

            cases.Add(new Case(language, model, input, results, excluded));
        }

        return cases;
    }

    private static string? ExcludedCase(JsonElement item, string model)
    {
        if (item.TryGetProperty("NotSupportedByDesign", out _)
            || (item.TryGetProperty("NotSupported", out var platforms) && platforms.GetString()!.Contains("dotnet", StringComparison.OrdinalIgnoreCase)))
        {
            return "cases the reference .NET recognizer itself does not support";
        }

        return null;
    }

    private static Expected ReadExpected(string input, string language, string model, JsonElement result)
    {
        string text = result.GetProperty("Text").GetString()!;
        int start = result.TryGetProperty("Start", out var s) ? s.GetInt32() : -1;
        if (start < 0 || start + text.Length > input.Length || !input.AsSpan(start, text.Length).Equals(text, StringComparison.OrdinalIgnoreCase))
        {
            start = input.IndexOf(text, StringComparison.OrdinalIgnoreCase);
        }

        double? value = null;
        if (result.TryGetProperty("Resolution", out var resolution) && resolution.ValueKind == JsonValueKind.Object
            && resolution.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String)
        {
            string written = v.GetString()!.TrimEnd('%');
            if (language == "Spanish")
            {
                written = written.Replace(',', '.');
            }

            if (double.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed))
            {
                value = parsed;
            }
        }

        string? excluded = value is null ? "relative and unresolved positions (last, next, penúltimo, 'a percentage'): no value to compare" : null;
        foreach (var (name, pattern) in TextRules)
        {
            excluded ??= pattern.IsMatch(text) ? name : null;
        }

        if (excluded is null && model is "NumberModel" or "PercentModel" or "CurrencyModel")
        {
            excluded = FractionRule.Pattern.IsMatch(text) ? FractionRule.Class : null;
        }

        if (excluded is null && model == "OrdinalModel")
        {
            excluded = OrdinalScaleRule.Pattern.IsMatch(text) ? OrdinalScaleRule.Class : null;
        }

        // "two millionth": the spec reads the count alone; the reader takes a count before a scale ordinal as one ordinal.
        if (excluded is null && start >= 0 && ScaleOrdinalAfter.Pattern.IsMatch(input.AsSpan(start + text.Length).ToString()))
        {
            excluded = ScaleOrdinalAfter.Class;
        }

        // Spanish un/una alone are articles before they are numbers; the comparer never reports a lone one.
        if (excluded is null && text.Trim().ToLowerInvariant() is "un" or "una")
        {
            excluded = "a lone article read as one (un, una): the comparer never reports a lone one";
        }

        if (excluded is null && model == "OrdinalModel" && value > 100 && text.Any(char.IsLetter) && !text.Any(char.IsDigit))
        {
            excluded = "ordinals in words above one hundred (one hundred twenty fifth, milésimo quingentésimo vigésimo tercero)";
        }

        return new Expected(text, start, start < 0 ? -1 : start + text.Length, value, excluded);
    }

    /// <summary>What the reader made of one spec language and model.</summary>
    public sealed record Score(string Language, string Model, int Selected, int Found, int Wrong, int Read, int Correct, int Spurious,
        IReadOnlyDictionary<string, int> Excluded, IReadOnlyList<string> Misses, IReadOnlyList<string> Errors)
    {
        public double Recall => Selected == 0 ? 1 : (double)Found / Selected;

        public double Precision => Read == 0 ? 1 : (double)Correct / Read;
    }

    public static Score Evaluate(string language, string model)
    {
        var reader = language == "Spanish" ? NumberReaderTests.Spanish : NumberReaderTests.English;
        int selected = 0, found = 0, wrong = 0, read = 0, correct = 0, spurious = 0;
        var excluded = new Dictionary<string, int>();
        var misses = new List<string>();
        var errors = new List<string>();
        foreach (var c in Load(language, model))
        {
            if (c.Excluded is not null)
            {
                excluded[c.Excluded] = excluded.GetValueOrDefault(c.Excluded) + c.Results.Count;
                continue;
            }

            var mentions = reader.Read(c.Input);
            foreach (var r in c.Results.Where(r => r.Excluded is not null))
            {
                excluded[r.Excluded!] = excluded.GetValueOrDefault(r.Excluded!) + 1;
            }

            var kept = c.Results.Where(r => r.Excluded is null).ToList();
            foreach (var r in kept)
            {
                selected++;
                var over = mentions.Where(m => Overlaps(m, r)).ToList();
                if (over.Any(m => Right(m, r, model)))
                {
                    found++;
                }
                else
                {
                    misses.Add($"{c.Input} → expected {r.Text}={r.Value}, read [{string.Join("; ", over.Select(m => $"{m.Text}={m.Value} {m.Kind}"))}]");
                }
            }

            foreach (var m in mentions)
            {
                var over = c.Results.Where(r => Overlaps(m, r)).ToList();
                if (over.Count == 0)
                {
                    spurious++;
                    continue;
                }

                if (over.Any(r => r.Excluded is not null))
                {
                    continue;
                }

                read++;
                if (over.Any(r => r.Value is { } v && m.Reads(v)))
                {
                    correct++;
                }
                else
                {
                    wrong++;
                    errors.Add($"{c.Input} → read {m.Text}={m.Value} {m.Kind}, expected {string.Join("; ", over.Select(r => $"{r.Text}={r.Value}"))}");
                }
            }
        }

        return new Score(language, model, selected, found, wrong, read, correct, spurious, excluded, misses, errors);
    }

    private static bool Overlaps(NumberMention m, Expected r) => r.Start >= 0 && m.Start < r.End && r.Start < m.End;

    // The right value, and for the percent and ordinal models the right kind.
    private static bool Right(NumberMention m, Expected r, string model) =>
        r.Value is { } v && m.Reads(v) && model switch
        {
            "PercentModel" => m.Kind == NumberKind.Percent && m.Unit == "%",
            "OrdinalModel" => m.Kind == NumberKind.Ordinal,
            _ => true,
        };
}
