using System.Globalization;
using Alignment.Numbers;

namespace Alignment.Comparing;

/// <summary>The messages of number findings, in plain English for translators, in one place.</summary>
internal static class NumberMessages
{
    private static readonly string[] MonthNames =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>"Spanish says 15.5 million soles, English says 1.5 million soles".</summary>
    public static string Says(string sourceName, NumberMention source, string targetName, NumberMention target) =>
        $"{sourceName} says {Render(source)}, {targetName} says {Render(target)}";

    /// <summary>"Spanish says 214 ("214"); English has no such number".</summary>
    public static string Lone(string name, NumberMention mention, string otherName) =>
        $"{name} says {Render(mention)} (\"{OneLine(mention.Text)}\"); {otherName} has no such number";

    /// <summary>"Spanish sentence with no English counterpart says 2020".</summary>
    public static string Unaligned(string name, string otherName, NumberMention mention) =>
        $"{name} sentence with no {otherName} counterpart says {Render(mention)} (\"{OneLine(mention.Text)}\")";

    /// <summary>"Spanish "3.200 millones" reads 3,200 million by Spanish separators (or 3.2 million); English says 3.2 million".</summary>
    public static string Separators(string sourceName, NumberMention source, string targetName, NumberMention target) =>
        $"{sourceName} \"{OneLine(source.Text)}\" reads {Primary(source)} by {sourceName} separators; {targetName} \"{OneLine(target.Text)}\" reads {Primary(target)} by {targetName} separators";

    /// <summary>"Spanish counts 18 víctimas and 62 tratantes, English counts 62 victims and 18 traffickers".</summary>
    public static string Swap(string sourceName, NumberMention s1, string w1, NumberMention s2, string w2, string targetName, NumberMention t1, string v1, NumberMention t2, string v2) =>
        $"{sourceName} counts {Render(s1)} {w1} and {Render(s2)} {w2}, {targetName} counts {Render(t1)} {v1} and {Render(t2)} {v2}";

    /// <summary>"English counts 62 victims, Spanish counts 62 tratantes": one number, two things.</summary>
    public static string WrongThing(string sourceName, NumberMention s, string w, string targetName, NumberMention t, string v) =>
        $"{sourceName} counts {Render(s)} {w}, {targetName} counts {Render(t)} {v}";

    /// <summary>"Spanish "2O19" looks like damaged text for 2019; English says 2018", or the footnote-mark form.</summary>
    public static string Damaged(string name, NumberMention mention, string otherName, NumberMention? counterpart)
    {
        if (mention.Kind == NumberKind.FootnoteMark)
        {
            return $"{name} \"{OneLine(mention.Text)}\" looks like a footnote mark {Format(mention.Value)} glued to the text; not compared";
        }

        string other = counterpart is null ? $"{otherName} has no such number" : $"{otherName} says {Render(counterpart)}";
        return $"{name} \"{OneLine(mention.Text)}\" looks like damaged text for {Render(mention)}; {other}";
    }

    /// <summary>"Spanish "251" looks like 25 with a footnote mark 1 glued to it; English says 25".</summary>
    public static string GluedMark(string name, NumberMention marked, NumberMention other, int mark, string otherName) =>
        $"{name} \"{OneLine(marked.Text)}\" looks like {Render(other)} with a footnote mark {mark} glued to it; {otherName} says {Render(other)}";

    /// <summary>The parts where two identifiers differ: "differs in part: 2016 vs 2018".</summary>
    public static string IdentifierParts(NumberMention s, NumberMention t)
    {
        string[] a = (s.Identifier ?? "").Split('-'), b = (t.Identifier ?? "").Split('-');
        if (a.Length != b.Length)
        {
            return "different identifier";
        }

        var parts = new List<string>();
        for (int k = 0; k < a.Length; k++)
        {
            if (a[k] != b[k])
            {
                parts.Add($"{a[k]} vs {b[k]}");
            }
        }

        return "differs in part: " + string.Join(", ", parts);
    }

    private static string Primary(NumberMention m) => Render(m with { AlternativeValue = null });

    /// <summary>A mention in canonical English: <c>15.5 million soles</c>, <c>$414,480</c>, <c>85 percent</c>, <c>March 2021</c>.</summary>
    public static string Render(NumberMention m)
    {
        switch (m.Kind)
        {
            case NumberKind.Date when m.Month is { } month && m.Day is { } day:
                return m.Value == 0 ? $"{MonthNames[month - 1]} {day}" : $"{MonthNames[month - 1]} {day}, {Year(m.Value)}";
            case NumberKind.Date when m.Month is { } month:
                return $"{MonthNames[month - 1]} {Year(m.Value)}";
            case NumberKind.Time:
                int minutes = (int)Math.Round(m.Value * 60);
                return $"{minutes / 60:00}:{minutes % 60:00}";
            case NumberKind.Decade:
                return $"the {Year(m.Value)}s";
            case NumberKind.Duration:
                return $"{Format(m.Value)} {m.Unit}s";
            case NumberKind.Identifier:
            case NumberKind.FootnoteMark:
                return $"\"{OneLine(m.Text)}\"";
            case NumberKind.Year:
                return Year(m.Value);
            case NumberKind.LawNumber:
                return $"\"{OneLine(m.Text)}\"";
            case NumberKind.Ordinal when m.Unit is not null:
                return $"{m.Unit} {Format(m.Value)}";
            case NumberKind.Ordinal:
                return $"ordinal {Format(m.Value)}";
            case NumberKind.Fraction:
                return $"fraction {Format(m.Value)}";
            case NumberKind.Multiplier:
                return $"{Format(m.Value)} times";
        }

        string amount = Format(m.Significand) + ScaleName(m.Scale);
        if (m.AlternativeValue is { } alt)
        {
            amount += $" (or {Format(alt / m.Scale)}{ScaleName(m.Scale)})";
        }

        return m.Unit switch
        {
            "%" => amount + " percent",
            NumberReader.PercentagePoints => amount + " percentage points",
            NumberReader.Cents => amount + " cents",
            null => amount,
            _ => CurrencyNames.Write(amount, m.Unit),
        };
    }

    private static string ScaleName(double scale) => scale switch
    {
        1e3 => " thousand",
        1e6 => " million",
        1e9 => " billion",
        1e12 => " trillion",
        _ => "",
    };

    private static string Format(double value) => value.ToString("#,##0.######", CultureInfo.InvariantCulture);

    private static string Year(double value) => value.ToString("0", CultureInfo.InvariantCulture);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
