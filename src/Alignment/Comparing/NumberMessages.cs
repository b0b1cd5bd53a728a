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

    /// <summary>A mention in canonical English: <c>15.5 million soles</c>, <c>$414,480</c>, <c>85 percent</c>, <c>March 2021</c>.</summary>
    public static string Render(NumberMention m)
    {
        switch (m.Kind)
        {
            case NumberKind.Date when m.Month is { } month:
                return $"{MonthNames[month - 1]} {Year(m.Value)}";
            case NumberKind.Year:
                return Year(m.Value);
            case NumberKind.LawNumber:
                return $"\"{OneLine(m.Text)}\"";
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
