using Alignment.Languages;

namespace Alignment.Numbers;

/// <summary>
/// How findings name an amount of a currency (<c>$414,480</c>, <c>15.5 million soles</c>), read from the data file
/// <c>currency-names.txt</c>; a currency it does not list is written as its code after the amount. The file also says which
/// currencies a bare <c>$</c> may stand for. Immutable and thread-safe.
/// </summary>
internal static class CurrencyNames
{
    /// <summary>The data file.</summary>
    public const string FileName = "currency-names.txt";

    private static readonly Lazy<CurrencyData> Data = new(() => Read(LanguageDataFile.Read(FileName)));

    /// <summary>Writes <paramref name="amount"/> (already formatted, scale word included) with its currency's name.</summary>
    public static string Write(string amount, string code) =>
        Data.Value.Names.TryGetValue(code, out var name)
            ? name.Before ? name.Text + amount : amount + " " + name.Text
            : amount + " " + code;

    /// <summary>Whether the currency is also written with a bare <c>$</c> (pesos, Canadian dollars), besides US dollars.</summary>
    public static bool WrittenWithDollarSign(string? code) => code is not null && (code == "USD" || Data.Value.DollarSign.Contains(code));

    /// <summary>The file's contents: how findings name each currency, and the currencies also written with a bare <c>$</c>.</summary>
    internal sealed record CurrencyData(IReadOnlyDictionary<string, (bool Before, string Text)> Names, IReadOnlySet<string> DollarSign);

    /// <summary>Reads the file's lines: <c>CODE before|after TEXT</c> or <c>CODE sign $</c>; anything else is an error naming the line.</summary>
    internal static CurrencyData Read(IReadOnlyList<DataLine> lines)
    {
        var names = new Dictionary<string, (bool Before, string Text)>(StringComparer.Ordinal);
        var dollarSign = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var parts = line.Text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 3 || parts[0].Length != 3 || !parts[0].All(char.IsAsciiLetterUpper) || parts[1] is not ("before" or "after" or "sign")
                || (parts[1] == "sign" && parts[2] != "$"))
            {
                throw line.Error("expected 'CODE before|after TEXT' or 'CODE sign $' with a three-letter ISO 4217 code");
            }

            if (parts[1] == "sign" ? !dollarSign.Add(parts[0]) : !names.TryAdd(parts[0], (parts[1] == "before", parts[2])))
            {
                throw line.Error($"'{parts[0]}' given twice");
            }
        }

        return new CurrencyData(names, dollarSign);
    }
}
