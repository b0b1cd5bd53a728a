using System.Globalization;
using System.Text;
using Alignment.Numbers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alignment.Tests.Numbers;

/// <summary>Any value written the Spanish way, the English way or in words reads back as itself.</summary>
public class NumberReaderProperties
{
    private static readonly string[] GroupSpaces = { " ", "\u00A0", "\u202F", "\u2009" };

    private static readonly string[] EnglishSmall =
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    };

    private static readonly string[] EnglishTens = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

    private static readonly string[] SpanishSmall =
    {
        "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
        "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós",
        "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
    };

    private static readonly string[] SpanishTens = { "", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa" };

    private static readonly string[] SpanishHundreds =
    {
        "", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos",
    };

    /// <summary>An integer part up to 2^31 and zero to three decimals.</summary>
    public record Written(long Integer, string Decimals, int Space)
    {
        public double Value => double.Parse(Decimals.Length == 0 ? $"{Integer}" : $"{Integer}.{Decimals}", CultureInfo.InvariantCulture);
    }

    private static Arbitrary<Written> Values() =>
        (from integer in Gen.OneOf(Gen.Choose(0, 9999), Gen.Choose(0, int.MaxValue))
         from places in Gen.Choose(0, 3)
         from digits in Gen.Choose(0, 999)
         from space in Gen.Choose(0, GroupSpaces.Length - 1)
         select new Written(integer, places == 0 ? "" : digits.ToString("000", CultureInfo.InvariantCulture)[..places], space))
        .ToArbitrary();

    private static string Group(long integer, string separator)
    {
        string digits = integer.ToString(CultureInfo.InvariantCulture);
        var builder = new StringBuilder();
        for (int k = 0; k < digits.Length; k++)
        {
            if (k > 0 && (digits.Length - k) % 3 == 0)
            {
                builder.Append(separator);
            }

            builder.Append(digits[k]);
        }

        return builder.ToString();
    }

    private static bool ReadsBack(NumberReader reader, string context, string written, double value)
    {
        string text = context.Replace("{}", written, StringComparison.Ordinal);
        var mentions = reader.Read(text);
        return mentions.Count == 1 && mentions[0].Text == written && Math.Abs(mentions[0].Value - value) <= 1e-9 * Math.Max(1, value);
    }

    [Property(MaxTest = 300)]
    public Property Reads_back_any_value_written_the_Spanish_way() =>
        Prop.ForAll(Values(), w =>
            ReadsBack(NumberReaderTests.Spanish, "Se registraron {} casos.", Group(w.Integer, ".") + (w.Decimals.Length > 0 ? "," + w.Decimals : ""), w.Value));

    [Property(MaxTest = 300)]
    public Property Reads_back_any_value_written_the_English_way() =>
        Prop.ForAll(Values(), w =>
            ReadsBack(NumberReaderTests.English, "There were {} cases.", Group(w.Integer, ",") + (w.Decimals.Length > 0 ? "." + w.Decimals : ""), w.Value));

    [Property(MaxTest = 300)]
    public Property Reads_back_any_value_grouped_with_spaces() =>
        Prop.ForAll(Values(), w =>
            ReadsBack(NumberReaderTests.Spanish, "Se registraron {} casos.", Group(w.Integer, GroupSpaces[w.Space]) + (w.Decimals.Length > 0 ? "," + w.Decimals : ""), w.Value)
            && ReadsBack(NumberReaderTests.English, "There were {} cases.", Group(w.Integer, GroupSpaces[w.Space]) + (w.Decimals.Length > 0 ? "." + w.Decimals : ""), w.Value));

    [Property(MaxTest = 500)]
    public Property Reads_back_any_number_below_a_million_in_Spanish_words() =>
        Prop.ForAll(Gen.Choose(0, 999_999).ToArbitrary(), n => ReadsBack(NumberReaderTests.Spanish, "Se registraron {} casos.", SpanishWords(n), n));

    [Property(MaxTest = 500)]
    public Property Reads_back_any_number_below_a_million_in_English_words() =>
        Prop.ForAll(Gen.Choose(0, 999_999).ToArbitrary(), n => ReadsBack(NumberReaderTests.English, "There were {} cases.", EnglishWords(n), n));

    [Property(MaxTest = 200)]
    public Property Reads_back_millions_written_with_a_scale_word() =>
        Prop.ForAll(Gen.Choose(1, 9999).ToArbitrary(), n =>
            ReadsBack(NumberReaderTests.Spanish, "Se asignaron {} para el plan.", $"{n / 10.0:0.#} millones de soles".Replace(",", ".", StringComparison.Ordinal), n / 10.0 * 1e6)
            && ReadsBack(NumberReaderTests.English, "They allocated {} to the plan.", string.Create(CultureInfo.InvariantCulture, $"{n / 10.0:0.#} million soles"), n / 10.0 * 1e6));

    private static readonly string[] EnglishUnitOrdinals = { "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth" };

    private static readonly string[] EnglishTeenOrdinals =
    {
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    };

    private static readonly string[] EnglishTensOrdinals = { "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth" };

    private static readonly string[] SpanishUnitOrdinals = { "", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno" };

    private static readonly string[] SpanishTensOrdinals = { "", "décimo", "vigésimo", "trigésimo", "cuadragésimo", "quincuagésimo", "sexagésimo", "septuagésimo", "octogésimo", "nonagésimo" };

    /// <summary>"treinta y un días", "ciento una personas": a Spanish count ending in one agrees with its noun.</summary>
    [Property(MaxTest = 300)]
    public Property Reads_back_Spanish_counts_that_end_in_un_or_una() =>
        Prop.ForAll(Gen.Choose(1, 999).Select(k => k * 10 + 1).Where(n => n % 100 != 11).ToArbitrary(), Gen.Elements("un", "una").ToArbitrary(), (n, form) =>
        {
            string words = SpanishWords(n);
            words = words.EndsWith("veintiuno", StringComparison.Ordinal) ? words[..^"veintiuno".Length] + (form == "un" ? "veintiún" : "veintiuna") : words[..^3] + form;
            return ReadsBack(NumberReaderTests.Spanish, form == "un" ? "Se registraron {} casos." : "Se registraron {} personas.", words, n);
        });

    /// <summary>"dos millones y medio", "two and a half million", "two million and a half".</summary>
    [Property(MaxTest = 200)]
    public Property Reads_back_a_count_and_a_half_of_millions() =>
        Prop.ForAll(Gen.Choose(1, 999).ToArbitrary(), n =>
            ReadsBack(NumberReaderTests.Spanish, "Se atendió a {} de personas.", (n == 1 ? "un millón" : SpanishCount(n) + " millones") + " y medio", n * 1e6 + 5e5)
            && ReadsBack(NumberReaderTests.English, "They served {} people.", EnglishWords(n) + " and a half million", n * 1e6 + 5e5)
            && ReadsBack(NumberReaderTests.English, "They served {} people.", EnglishWords(n) + " million and a half", n * 1e6 + 5e5));

    /// <summary>"tres billones cuatrocientos cincuenta y cinco mil doscientos millones": the long scale, composed.</summary>
    [Property(MaxTest = 300)]
    public Property Reads_back_Spanish_billones_followed_by_millions() =>
        Prop.ForAll(Gen.Choose(1, 999).ToArbitrary(), Gen.Choose(1, 999_999).ToArbitrary(), (a, b) =>
            ReadsBack(NumberReaderTests.Spanish, "Se asignaron {} a la región.",
                (a == 1 ? "un billón " : SpanishCount(a) + " billones ") + (b == 1 ? "un millón" : SpanishCount(b) + " millones"), a * 1e12 + b * 1e6));

    /// <summary>"-1.054,5", "-1,054.5", "minus twelve", "menos doce": a sign reads back as a negative value.</summary>
    [Property(MaxTest = 300)]
    public Property Reads_back_negative_values() =>
        Prop.ForAll(Values(), Gen.Choose(1, 999_999).ToArbitrary(), (w, n) =>
            (w.Value == 0 || (ReadsBack(NumberReaderTests.Spanish, "Un saldo de {} al cierre.", "-" + Group(w.Integer, ".") + (w.Decimals.Length > 0 ? "," + w.Decimals : ""), -w.Value)
                              && ReadsBack(NumberReaderTests.English, "A balance of {} at the close.", "-" + Group(w.Integer, ",") + (w.Decimals.Length > 0 ? "." + w.Decimals : ""), -w.Value)))
            && ReadsBack(NumberReaderTests.English, "A balance of {} at the close.", "minus " + EnglishWords(n), -n)
            && ReadsBack(NumberReaderTests.Spanish, "Un saldo de {} al cierre.", "menos " + SpanishWords(n), -n));

    /// <summary>"twenty-first", "ninetieth", "vigésimo quinto", "undécimo": ordinals in words up to 99.</summary>
    [Property(MaxTest = 200)]
    public Property Reads_back_ordinals_in_words() =>
        Prop.ForAll(Gen.Choose(1, 99).ToArbitrary(), n =>
        {
            bool ReadsOrdinal(NumberReader reader, string written)
            {
                var mentions = reader.Read($"the {written} session");
                return mentions.Count == 1 && mentions[0].Text == written && mentions[0].Kind == NumberKind.Ordinal && mentions[0].Value == n;
            }

            string english = n < 10 ? EnglishUnitOrdinals[n] : n < 20 ? EnglishTeenOrdinals[n - 10] : n % 10 == 0 ? EnglishTensOrdinals[n / 10] : EnglishTens[n / 10] + "-" + EnglishUnitOrdinals[n % 10];
            string spanish = n switch
            {
                11 => "undécimo",
                12 => "duodécimo",
                _ => n < 10 ? SpanishUnitOrdinals[n] : SpanishTensOrdinals[n / 10] + (n % 10 > 0 ? " " + SpanishUnitOrdinals[n % 10] : ""),
            };
            return ReadsOrdinal(NumberReaderTests.English, english) && ReadsOrdinal(NumberReaderTests.Spanish, spanish);
        });

    // A count before a scale word: "uno" and "veintiuno" drop their last letter ("un millón", "veintiún millones").
    private static string SpanishCount(int n)
    {
        string count = SpanishWords(n);
        return count.EndsWith("veintiuno", StringComparison.Ordinal) ? count[..^"veintiuno".Length] + "veintiún"
            : count.EndsWith("uno", StringComparison.Ordinal) ? count[..^1]
            : count;
    }

    private static readonly string[] Pieces =
    {
        "0", "1", "15", "414", "2021", "1.054", "1,054", ".", ",", " ", "\u00A0", "\n", "$", "US$", "S/.", "%", "-", "/", "N°", "No.",
        "a", "y", "de", "to", "and", "entre", "between", "un", "mil", "millones", "million", "billón", "ocho", "twenty", "one",
        "hundred", "soles", "dólares", "por ciento", "percent", "marzo", "March", "Ley", "Article", "tercer", "1st", "continu6", "o0", "(", ")",
        "−", "k", "M", "bn", "km", "medio", "half", "y medio", "tercio", "quarters", "third", "of", "minus", "menos", "puntos porcentuales",
        "percentage points", "six", "week", "tres", "años", "vigésimo", "quinto", "twenty-first", "USD", "€", "£", "centavos", "22,24,26",
    };

    [Property(MaxTest = 1000)]
    public Property Reads_any_jumble_of_number_pieces_without_throwing_and_in_order() =>
        Prop.ForAll(Gen.ListOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary(), text =>
        {
            foreach (var reader in new[] { NumberReaderTests.Spanish, NumberReaderTests.English })
            {
                var mentions = reader.Read(text);
                int previousEnd = 0;
                foreach (var m in mentions)
                {
                    if (m.Start < previousEnd || m.End <= m.Start || m.End > text.Length || text[m.Start..m.End] != m.Text)
                    {
                        return false;
                    }

                    previousEnd = m.End;
                }
            }

            return true;
        });

    internal static string EnglishWords(int n)
    {
        if (n == 0)
        {
            return "zero";
        }

        int thousands = n / 1000, rest = n % 1000;
        var parts = new List<string>();
        if (thousands > 0)
        {
            parts.Add(EnglishBelowThousand(thousands) + " thousand");
        }

        if (rest > 0)
        {
            parts.Add(EnglishBelowThousand(rest));
        }

        return string.Join(" ", parts);
    }

    private static string EnglishBelowThousand(int n)
    {
        int hundreds = n / 100, rest = n % 100;
        string below = rest < 20 ? EnglishSmall[rest] : EnglishTens[rest / 10] + (rest % 10 > 0 ? "-" + EnglishSmall[rest % 10] : "");
        if (hundreds == 0)
        {
            return below;
        }

        return EnglishSmall[hundreds] + " hundred" + (rest > 0 ? " and " + below : "");
    }

    internal static string SpanishWords(int n)
    {
        if (n == 0)
        {
            return "cero";
        }

        int thousands = n / 1000, rest = n % 1000;
        var parts = new List<string>();
        if (thousands == 1)
        {
            parts.Add("mil");
        }
        else if (thousands > 1)
        {
            // "veintiún mil", "treinta y un mil": "uno" drops its last letter before "mil".
            string count = SpanishBelowThousand(thousands);
            if (count.EndsWith("veintiuno", StringComparison.Ordinal))
            {
                count = count[..^"veintiuno".Length] + "veintiún";
            }
            else if (count.EndsWith("uno", StringComparison.Ordinal))
            {
                count = count[..^1];
            }

            parts.Add(count + " mil");
        }

        if (rest > 0)
        {
            parts.Add(SpanishBelowThousand(rest));
        }

        return string.Join(" ", parts);
    }

    private static string SpanishBelowThousand(int n)
    {
        if (n == 100)
        {
            return "cien";
        }

        int hundreds = n / 100, rest = n % 100;
        string below = rest < 30 ? SpanishSmall[rest] : SpanishTens[rest / 10] + (rest % 10 > 0 ? " y " + SpanishSmall[rest % 10] : "");
        if (hundreds == 0)
        {
            return below;
        }

        return SpanishHundreds[hundreds] + (rest > 0 ? " " + below : "");
    }
}
