using Alignment.Numbers;

namespace Alignment.Tests.Numbers;

/// <summary>The forms of issue 11: what real reports write and the landed reader read wrong or missed.</summary>
public class NumberReaderReportFormsTests
{
    private static readonly NumberReader Spanish = NumberReaderTests.Spanish;
    private static readonly NumberReader English = NumberReaderTests.English;

    private static NumberReader Reader(string language) => language == "es" ? Spanish : English;

    private static NumberMention Single(string language, string text)
    {
        var mentions = Reader(language).Read(text);
        mentions.Should().ContainSingle($"'{text}' has one number, read {string.Join(" | ", mentions.Select(m => $"{m.Text}={m.Value}"))}");
        var m = mentions[0];
        text[m.Start..m.End].Should().Be(m.Text);
        return m;
    }

    [Theory]
    [InlineData("durante treinta y un días", 31)]
    [InlineData("treinta y una personas", 31)]
    [InlineData("hubo ciento un casos", 101)]
    [InlineData("doscientas una víctimas", 201)]
    [InlineData("veintiún fiscales", 21)]
    [InlineData("treinta y un mil soles", 31_000)]
    public void Reads_a_Spanish_compound_that_ends_in_un_or_una(string text, double value)
    {
        Single("es", text).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("es", "dos millones y medio de personas", 2_500_000)]
    [InlineData("es", "un millón y medio de soles", 1_500_000)]
    [InlineData("es", "medio millón de personas", 500_000)]
    [InlineData("es", "tres y medio por ciento", 3.5)]
    [InlineData("en", "one and a half years", 1.5)]
    [InlineData("en", "half a million people", 500_000)]
    [InlineData("en", "two and a half million people", 2_500_000)]
    [InlineData("en", "two million and a half", 2_500_000)]
    public void Reads_halves(string language, string text, double value)
    {
        Single(language, text).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("en", "a loan of US$1.2bn to", 1.2e9, "USD")]
    [InlineData("en", "about 1.5million people", 1.5e6, null)]
    [InlineData("en", "a 2.5km road", 2.5, null)]
    [InlineData("es", "una vía de 2,5km", 2.5, null)]
    [InlineData("en", "a 29km road", 29, null)]
    [InlineData("en", "we gave 10k to", 10_000, null)]
    [InlineData("en", "I can give you 10M.", 10_000_000, null)]
    [InlineData("en", "then 1.2b in", 1.2e9, null)]
    [InlineData("en", "then 2.33 k in", 2330, null)]
    [InlineData("es", "unos 15.5millones de soles", 15.5e6, "PEN")]
    public void Reads_decimals_with_letters_glued_after_them(string language, string text, double value, string? unit)
    {
        var m = Single(language, text);
        m.Value.Should().BeApproximately(value, 1e-6 * value);
        m.Unit.Should().Be(unit);
    }

    [Fact]
    public void Reads_every_other_day_as_every_two_and_every_other_country_as_no_number()
    {
        // Global Witness (genre set, dev): "a defender was killed every other day" beside "cada dos días" gave "Spanish says 2;
        // English has no such number".
        Single("en", "On average, a defender was killed every other day in the region.").Value.Should().Be(2);
        Single("es", "se asesinó a una persona defensora cada dos días en la región.").Value.Should().Be(2);
        NumberReader.For(Language.English).Read("Every other country has ratified the convention.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("A.Main demographic, economic, social and cultural indicators 1–58 3 B.Constitutional, political and legal structure")]
    [InlineData("Resources 2.5 M.Sc. programmes")]
    public void Reads_no_scale_in_an_outline_letter_glued_to_its_heading(string text)
    {
        // Spain's core document (HRI/CORE/ESP/2010): a table of contents' page number before "B.Constitutional" read as
        // "583 billion". A scale letter with a period and a letter glued after it is an outline mark or an abbreviation.
        NumberReader.For(Language.English).Read(text).Should().NotContain(m => m.Scale >= 1e6);
        Single("en", "a loan of $5 B. It was").Value.Should().Be(5e9);
    }

    [Fact]
    public void Reads_a_currency_code_glued_before_the_digits()
    {
        var m = Single("en", "a grant of USD115.5 million for");
        m.Value.Should().Be(115_500_000);
        m.Unit.Should().Be("USD");
    }

    [Theory]
    [InlineData("en", "prices rose .5 percent", 0.5)]
    [InlineData("es", "subió ,08 por ciento", 0.08)]
    [InlineData("en", "a rate of .08", 0.08)]
    public void Reads_a_leading_decimal_separator(string language, string text, double value)
    {
        Single(language, text).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("en", "a balance of -1 in", -1, null)]
    [InlineData("en", "just need minus five percent", -5, "%")]
    [InlineData("es", "una variación de -9,2 %", -9.2, "%")]
    [InlineData("es", "una temperatura de menos 3 grados", -3, null)]
    [InlineData("en", "growth of −2.5%", -2.5, "%")]
    public void Reads_signs(string language, string text, double value, string? unit)
    {
        var m = Single(language, text);
        m.Value.Should().Be(value);
        m.Unit.Should().Be(unit);
    }

    [Theory]
    [InlineData("es", "al menos 5 casos", 5)]
    [InlineData("es", "por lo menos cinco casos", 5)]
    [InlineData("en", "the 2019-2020 period", 2019)]
    public void Keeps_the_sign_off_where_the_word_or_dash_is_no_minus(string language, string text, double first)
    {
        Reader(language).Read(text)[0].Value.Should().Be(first);
    }

    // A UN document's Spanish table of contents sets its paragraph ranges "87 -90" (the English copy "87 - 90"): the hyphen
    // glued to the greater number is the range's dash; after a smaller one ("12 -5", a column of changes) it stays a minus.
    [Theory]
    [InlineData("es", "CONCLUSIONES Y/O RECOMENDACIONES 87 -90", 87, 90)]
    [InlineData("es", "INTRODUCCIÓN 1 -4", 1, 4)]
    [InlineData("en", "a change of 12 -5 points", 12, -5)]
    [InlineData("en", "from 87 -90.5 degrees", 87, -90.5)]
    public void Reads_a_hyphen_glued_to_a_greater_whole_number_as_a_range(string language, string text, double first, double second)
    {
        Reader(language).Read(text).Select(m => m.Value).Should().Equal(first, second);
    }

    // A row of figures ("2012 3 -20": a year, then changes) or a pair with words after it keeps its minus; so does a pair
    // with no word before it.
    [Theory]
    [InlineData("en", "Reported cases, change on the year: 2012 3 -20", -20)]
    [InlineData("en", "3 -20", -20)]
    [InlineData("es", "párrafos 5 -16 y siguientes", -16)]
    public void Keeps_the_minus_of_a_rising_pair_outside_a_contents_line(string language, string text, double last)
    {
        Reader(language).Read(text).Last().Value.Should().Be(last);
    }

    [Fact]
    public void Composes_scales_the_long_way_after_billon()
    {
        Single("es", "un billón trescientos cincuenta mil doscientos millones de soles").Value.Should().Be(1.3502e12);
    }

    [Theory]
    [InlineData("en", "under Articles 22,24 and 26 of the law")]
    [InlineData("es", "según los artículos 22,24 y 26 de la ley")]
    public void Reads_a_list_of_article_numbers_as_a_list(string language, string text)
    {
        Reader(language).Read(text).Select(m => m.Value).Should().Equal(22, 24, 26);
    }

    [Fact]
    public void Reads_a_comma_list_of_numbers_as_a_list()
    {
        English.Read("Exercises nrs. 22,24,26,31.").Select(m => m.Value).Should().Equal(22, 24, 26, 31);
    }

    [Theory]
    [InlineData("en", "a sixweek course", 6)]
    [InlineData("en", "an eightweek course", 8)]
    [InlineData("en", "a twoyear plan", 2)]
    [InlineData("es", "un plan de tresaños", 3)]
    public void Reads_a_number_word_glued_to_its_unit(string language, string text, double value)
    {
        Single(language, text).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("1.11 $ millones", 1_110_000, 1e6)]
    [InlineData("1.11 $ miles", 1110, 1e3)]
    public void Reads_a_scale_word_after_the_currency_sign(string written, double value, double scale)
    {
        var m = Single("es", $"({written}) asignados");
        m.Value.Should().BeApproximately(value, 1e-6);
        m.Scale.Should().Be(scale);
        m.Unit.Should().Be("USD");
    }

    [Theory]
    [InlineData("en", "a third of the victims", 1d / 3)]
    [InlineData("es", "un tercio de las víctimas", 1d / 3)]
    [InlineData("en", "a quarter of the cases", 0.25)]
    [InlineData("es", "una cuarta parte de los casos", 0.25)]
    [InlineData("en", "two-thirds of the cases", 2d / 3)]
    [InlineData("es", "dos tercios de los casos", 2d / 3)]
    [InlineData("en", "three quarters of the cases", 0.75)]
    [InlineData("es", "tres cuartos de los casos", 0.75)]
    public void Reads_fractions(string language, string text, double value)
    {
        var m = Single(language, text);
        m.Kind.Should().Be(NumberKind.Fraction);
        m.Value.Should().Be(value);
    }

    [Fact]
    public void Reads_the_first_three_quarters_of_the_year_as_periods_not_a_fraction()
    {
        var mentions = English.Read("214 detentions in the first three quarters of the year");
        mentions.Select(m => (m.Value, m.Kind)).Should().Equal((214d, NumberKind.Cardinal), (1d, NumberKind.Ordinal), (3d, NumberKind.Cardinal));
    }

    [Fact]
    public void Reads_a_third_before_a_noun_as_an_ordinal()
    {
        var m = Single("en", "a third country");
        m.Kind.Should().Be(NumberKind.Ordinal);
        m.Value.Should().Be(3);
    }

    [Theory]
    [InlineData("en", "the eleventh session", 11)]
    [InlineData("en", "the twentieth session", 20)]
    [InlineData("en", "the twenty-first session", 21)]
    [InlineData("es", "el vigésimo quinto aniversario", 25)]
    [InlineData("es", "el undécimo informe", 11)]
    [InlineData("es", "el decimoctavo informe", 18)]
    [InlineData("es", "el 2do informe", 2)]
    [InlineData("es", "la 3ra sesión", 3)]
    [InlineData("es", "el 11mo informe", 11)]
    [InlineData("es", "el 1.º informe", 1)]
    [InlineData("es", "la 2.ª sesión", 2)]
    public void Reads_ordinals(string language, string text, double value)
    {
        var m = Single(language, text);
        m.Kind.Should().Be(NumberKind.Ordinal);
        m.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("en", "5 euros", "EUR")]
    [InlineData("en", "EUR 5", "EUR")]
    [InlineData("es", "5 euros", "EUR")]
    [InlineData("es", "€5", "EUR")]
    [InlineData("en", "£5", "GBP")]
    [InlineData("en", "5 pounds", "GBP")]
    [InlineData("es", "5 libras esterlinas", "GBP")]
    [InlineData("en", "5 US dollars", "USD")]
    [InlineData("es", "5 dólares estadounidenses", "USD")]
    [InlineData("es", "5 centavos", "cent")]
    [InlineData("en", "5 cents", "cent")]
    public void Reads_currencies(string language, string text, string unit)
    {
        var m = Single(language, $"paid {text} each");
        m.Value.Should().Be(5);
        m.Unit.Should().Be(unit);
        m.Kind.Should().Be(NumberKind.Money);
    }

    [Theory]
    [InlineData("es", "cien por cien", 100, "%")]
    [InlineData("es", "veinte por ciento", 20, "%")]
    [InlineData("es", "treinta y cinco por ciento", 35, "%")]
    [InlineData("en", "twenty percent", 20, "%")]
    [InlineData("en", "rose 5 percentage points", 5, "pp")]
    [InlineData("es", "aumentó 5 puntos porcentuales", 5, "pp")]
    public void Reads_percent_and_percentage_points(string language, string text, double value, string unit)
    {
        var m = Single(language, text);
        m.Kind.Should().Be(NumberKind.Percent);
        m.Value.Should().Be(value);
        m.Unit.Should().Be(unit);
    }
}
