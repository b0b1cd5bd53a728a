namespace Alignment;

/// <summary>What a <see cref="NumberMention"/> counts or names.</summary>
public enum NumberKind
{
    /// <summary>A plain count or amount: <c>214</c>, <c>ocho</c>, <c>1,054</c>.</summary>
    Cardinal,

    /// <summary>A position: <c>third</c>, <c>tercer</c>, <c>1st</c>; with a <see cref="NumberMention.Unit"/>, the place of a part of the year (<c>primer semestre</c>, <c>third quarter</c>).</summary>
    Ordinal,

    /// <summary>A percentage: <c>85 percent</c>, <c>85 %</c>, <c>por ciento</c>.</summary>
    Percent,

    /// <summary>An amount of money: <c>$414,480</c>, <c>15.5 millones de soles</c>.</summary>
    Money,

    /// <summary>A four-digit year standing alone: <c>2020</c>.</summary>
    Year,

    /// <summary>
    /// A calendar date: a month with its year (<c>March 2021</c>), a day too (<c>3 de marzo de 2023</c>, <c>05/11/2020</c>,
    /// <c>2020-11-05</c>), or a day and month without a year (<c>November 5</c>); <see cref="NumberMention.Value"/> is the
    /// year, 0 when none is written, <see cref="NumberMention.Month"/> and <see cref="NumberMention.Day"/> the rest.
    /// </summary>
    Date,

    /// <summary>The number of a law, article or decree: <c>Ley 28950</c>, <c>Article 129</c>, <c>Decreto Legislativo N° 1232</c>.</summary>
    LawNumber,

    /// <summary>A part of a whole: <c>half</c>, <c>la mitad</c> (value 0.5).</summary>
    Fraction,

    /// <summary>A factor: <c>doubled</c>, <c>más del doble</c> (value 2).</summary>
    Multiplier,

    /// <summary>A time of day: <c>16:45 horas</c>, <c>4:45 p.m.</c>, <c>a las 9 horas</c>, <c>a las cuatro de la tarde</c>, <c>noon</c>; the value is in hours from midnight (16.75).</summary>
    Time,

    /// <summary>A decade: <c>the 1980s</c>, <c>los años ochenta</c>, <c>la década de 1980</c>; the value is its first year (1980).</summary>
    Decade,

    /// <summary>
    /// A length of time named by a period word: <c>three decades</c>, <c>trienal</c>, <c>semestre</c>; the value counts
    /// <see cref="NumberMention.Unit"/>, which is <c>year</c> or <c>month</c> (<c>three decades</c> is 30 years).
    /// </summary>
    Duration,

    /// <summary>
    /// An identifier compared whole, never as a count: a case file (<c>04512-2018-0-1801-JR-PE-03</c>), a decree or
    /// resolution number with parts (<c>005-2016-IN</c>), a phone number (<c>(01) 555-0134</c>); see
    /// <see cref="NumberMention.Identifier"/>. The value is 0.
    /// </summary>
    Identifier,

    /// <summary>A footnote mark glued to a word (<c>provincia7.</c>) or after a period (<c>province.7</c>): no number of the text, never compared.</summary>
    FootnoteMark,
}

/// <summary>Which end of a range (<c>eight to 15 years</c>, <c>entre 14 y 18</c>) a mention is.</summary>
public enum RangeRole
{
    /// <summary>Not part of a range.</summary>
    None,

    /// <summary>The first bound of a range.</summary>
    Lower,

    /// <summary>The second bound of a range.</summary>
    Upper,
}

/// <summary>
/// One number as written in a text. <see cref="Start"/> and <see cref="End"/> are UTF-16 offsets into
/// the text that was read, end exclusive, so <see cref="Text"/> is <c>text[Start..End]</c>, currency
/// and scale words included (<c>15.5 millones de soles</c>). Immutable.
/// </summary>
/// <param name="Start">Start offset of the mention.</param>
/// <param name="End">End offset of the mention (exclusive).</param>
/// <param name="Text">The mention as written.</param>
/// <param name="Value">The value, scale included (<c>15.5 millones</c> is 15,500,000), read with the language's own decimal separator; negative after a minus (<c>-9,2</c>, <c>minus five</c>).</param>
/// <param name="AlternativeValue">
/// The other reading when the digits are ambiguous, or <see langword="null"/>: <c>1.054</c> is 1054 in
/// Spanish but may be 1.054, <c>1,054</c> is 1054 in English but may be 1.054. The comparer accepts either.
/// For a <see cref="NumberKind.Duration"/> counted in periods, the count as written (<c>tres trimestres</c>: 9 months, or 3).
/// </param>
/// <param name="Kind">What the number counts or names.</param>
/// <param name="Unit">
/// The unit: an ISO 4217 currency code (<c>USD</c>, <c>PEN</c>, <c>EUR</c>, <c>GBP</c>) or <c>cent</c> for money,
/// <c>%</c> for a percentage, <c>pp</c> for percentage points, <c>year</c> or <c>month</c> for a duration, the part of the
/// year an ordinal places (<c>half-year</c> for <c>primer semestre</c> or <c>first half of 2020</c>, <c>quarter</c>), otherwise <see langword="null"/>.
/// </param>
/// <param name="Scale">The scale word as written: 1, 1e3 (thousand, mil), 1e6 (million), 1e9 (billion, mil millones), 1e12 (billón).</param>
public sealed record NumberMention(int Start, int End, string Text, double Value, double? AlternativeValue, NumberKind Kind, string? Unit, double Scale)
{
    /// <summary>Whether the number is written in words (<c>ocho</c>, <c>twenty-one</c>, <c>un millón</c>) rather than digits.</summary>
    public bool IsWords { get; init; }

    /// <summary>The month (1 to 12) of a <see cref="NumberKind.Date"/>, otherwise <see langword="null"/>.</summary>
    public int? Month { get; init; }

    /// <summary>The day of the month of a <see cref="NumberKind.Date"/> that names one, otherwise <see langword="null"/>.</summary>
    public int? Day { get; init; }

    /// <summary>
    /// The canonical form of an <see cref="NumberKind.Identifier"/>: its parts upper-cased, leading zeros of digit parts
    /// dropped, joined by <c>-</c> (<c>5-2016-IN</c>); for a phone number <c>tel:</c> and its digits. Otherwise <see langword="null"/>.
    /// </summary>
    public string? Identifier { get; init; }

    /// <summary>
    /// Whether the number was read from damaged text: letters for digits (<c>2O19</c>, <c>I2</c>) or a footnote mark
    /// glued to a word; <see cref="Text"/> keeps the damaged form, <see cref="Value"/> the likely reading.
    /// </summary>
    public bool LooksDamaged { get; init; }

    /// <summary>Which end of a range the mention is, if any.</summary>
    public RangeRole Range { get; init; }

    /// <summary>The number before its scale word: 15.5 for <c>15.5 millones</c>.</summary>
    public double Significand => Value / Scale;

    /// <summary>Whether <paramref name="value"/> is one of this mention's readings, within a relative 1e-9.</summary>
    internal bool Reads(double value) => Same(Value, value) || (AlternativeValue is { } alt && Same(alt, value));

    /// <summary>Whether the two mentions share a reading (<c>1.054</c> and <c>1,054</c> do).</summary>
    internal bool SharesValueWith(NumberMention other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Reads(other.Value) || (other.AlternativeValue is { } alt && Reads(alt));
    }

    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
}
