using Alignment.Languages;
using Alignment.Numbers;

namespace Alignment.Tests.Numbers;

public class NumberReaderTests
{
    internal static readonly NumberReader Spanish = new(LanguageProfile.Get("es"));
    internal static readonly NumberReader English = new(LanguageProfile.Get("en"));

    private static NumberMention Single(NumberReader reader, string text)
    {
        var mentions = reader.Read(text);
        mentions.Should().ContainSingle($"'{text}' has one number");
        var m = mentions[0];
        text[m.Start..m.End].Should().Be(m.Text);
        return m;
    }

    [Fact]
    public void Reads_15_5_millones_as_15_500_000()
    {
        var m = Single(Spanish, "El Gobierno asigno 15.5 millones de soles a estas unidades.");
        m.Value.Should().Be(15_500_000);
        m.Scale.Should().Be(1e6);
        m.Kind.Should().Be(NumberKind.Money);
        m.Unit.Should().Be("PEN");
        m.Text.Should().Be("15.5 millones de soles");
        m.Significand.Should().Be(15.5);
    }

    [Fact]
    public void Reads_414_480_with_the_dollar_sign_after_as_414480_USD()
    {
        var m = Single(Spanish, "(414 480 $) a estas unidades");
        m.Value.Should().Be(414_480);
        m.Unit.Should().Be("USD");
        m.Text.Should().Be("414 480 $");
    }

    [Fact]
    public void Reads_the_escaped_dollar_sign_before_414_480_as_USD()
    {
        var m = Single(English, "1.5 million soles (\\$414,480) to these units".Substring(19));
        m.Value.Should().Be(414_480);
        m.Unit.Should().Be("USD");
        m.Text.Should().Be("$414,480");
    }

    [Fact]
    public void Reads_1_5_million_soles_then_414_480_dollars_as_two_amounts()
    {
        var mentions = English.Read("The government allocated 1.5 million soles (\\$414,480) to these units");
        mentions.Select(m => (m.Value, m.Unit)).Should().Equal((1_500_000d, "PEN"), (414_480d, "USD"));
    }

    [Theory]
    [InlineData("1,054", 1054, 1.054)]
    [InlineData("1.054", 1.054, 1054)]
    public void Keeps_both_readings_of_one_separator_and_three_digits_in_English(string written, double value, double alternative)
    {
        var m = Single(English, $"compared with {written} in 2019".Replace(" in 2019", ""));
        m.Value.Should().Be(value);
        m.AlternativeValue.Should().Be(alternative);
    }

    [Theory]
    [InlineData("1.054", 1054, 1.054)]
    [InlineData("1,054", 1.054, 1054)]
    public void Keeps_both_readings_of_one_separator_and_three_digits_in_Spanish(string written, double value, double alternative)
    {
        var m = Single(Spanish, $"frente a {written} victimas");
        m.Value.Should().Be(value);
        m.AlternativeValue.Should().Be(alternative);
    }

    [Theory]
    [InlineData("1054")]
    [InlineData("1 054")]
    [InlineData("1\u00A0054")]
    [InlineData("1\u202F054")]
    [InlineData("1\u2009054")]
    public void Reads_1054_written_plain_or_with_any_grouping_space(string written)
    {
        foreach (var reader in new[] { Spanish, English })
        {
            var m = Single(reader, $"frente a {written} victimas");
            m.Value.Should().Be(1054);
            m.AlternativeValue.Should().BeNull();
        }
    }

    [Theory]
    [InlineData("1.054,5", 1054.5)]
    [InlineData("1,054.5", 1054.5)]
    [InlineData("1 054,5", 1054.5)]
    [InlineData("1.000.000", 1_000_000)]
    [InlineData("1,000,000", 1_000_000)]
    [InlineData("2.35", 2.35)]
    [InlineData("1,5", 1.5)]
    [InlineData("0.125", 0.125)]
    public void Reads_separators_that_leave_no_doubt(string written, double value)
    {
        var m = Single(Spanish, $"son {written} casos");
        m.Value.Should().Be(value);
        m.AlternativeValue.Should().BeNull();
    }

    [Fact]
    public void Reads_a_thousands_group_split_by_a_line_break_in_seed_000()
    {
        var m = Single(Spanish, "mas de 1\n000 000 de venezolanos");
        m.Value.Should().Be(1_000_000);
    }

    [Theory]
    [InlineData("1,5 millones", 1_500_000)]
    [InlineData("2.35 millones de soles", 2_350_000)]
    [InlineData("4 millones\nde soles", 4_000_000)]
    [InlineData("dos mil millones", 2e9)]
    [InlineData("3 mil millones", 3e9)]
    [InlineData("2 billones", 2e12)]
    [InlineData("un millón", 1e6)]
    [InlineData("un millon", 1e6)]
    [InlineData("mil", 1000)]
    public void Reads_Spanish_scale_words(string written, double value)
    {
        Single(Spanish, $"con {written} en total").Value.Should().Be(value);
    }

    [Theory]
    [InlineData("2 billion", 2e9)]
    [InlineData("a million", 1e6)]
    [InlineData("4 million", 4e6)]
    [InlineData("five thousand", 5000)]
    [InlineData("$1.11 million", 1_110_000)]
    public void Reads_English_scale_words(string written, double value)
    {
        Single(English, $"with {written} in total").Value.Should().Be(value);
    }

    [Fact]
    public void Reads_the_dollar_sign_between_digits_and_millones()
    {
        var m = Single(Spanish, "(1.11 $ millones) asignados");
        m.Value.Should().Be(1_110_000);
        m.Unit.Should().Be("USD");
        m.Scale.Should().Be(1e6);
    }

    [Theory]
    [InlineData("US$ 5,000", "USD", 5000)]
    [InlineData("US$5,000", "USD", 5000)]
    [InlineData("USD 20", "USD", 20)]
    [InlineData("20 USD", "USD", 20)]
    [InlineData("S/ 1,500", "PEN", 1500)]
    [InlineData("S/. 300", "PEN", 300)]
    [InlineData("PEN 300", "PEN", 300)]
    [InlineData("300 dólares", "USD", 300)]
    [InlineData("300 dolares", "USD", 300)]
    [InlineData("300 soles", "PEN", 300)]
    [InlineData("2000 $", "USD", 2000)]
    public void Reads_currencies_before_and_after_the_amount(string written, string unit, double value)
    {
        var m = Single(Spanish, $"recibio {written} al mes");
        m.Unit.Should().Be(unit);
        m.Reads(value).Should().BeTrue("in Spanish '5,000' may be 5 or 5000");
        m.Kind.Should().Be(NumberKind.Money);
    }

    [Theory]
    [InlineData("S/2016/53")]
    [InlineData("S/1999/1257")]
    public void Reads_no_money_in_a_Security_Council_document_symbol(string symbol)
    {
        // "S/" is the sol's sign before an amount ("S/1,500"); before digits and another slash it opens a UN Security Council
        // symbol (the genre set's letter S/2016/53 read "S/2016" as 2016 soles in English, as a year in Spanish).
        foreach (var reader in new[] { Spanish, NumberReader.For(Language.English) })
        {
            reader.Read($"Documento {symbol} del Consejo").Should().NotContain(m => m.Kind == NumberKind.Money);
        }

        Single(Spanish, "recibio S/1500 al mes").Kind.Should().Be(NumberKind.Money);
    }

    [Theory]
    [InlineData("ocho", 8)]
    [InlineData("diez", 10)]
    [InlineData("siete", 7)]
    [InlineData("veintiuno", 21)]
    [InlineData("dieciséis", 16)]
    [InlineData("dieciseis", 16)]
    [InlineData("ciento cincuenta", 150)]
    [InlineData("treinta y cinco", 35)]
    [InlineData("doscientos mil", 200_000)]
    [InlineData("mil quinientos", 1500)]
    [InlineData("una docena", 12)]
    public void Reads_Spanish_number_words(string written, double value)
    {
        var m = Single(Spanish, $"con {written} fiscales");
        m.Value.Should().Be(value);
        m.IsWords.Should().BeTrue();
    }

    [Theory]
    [InlineData("eight", 8)]
    [InlineData("two", 2)]
    [InlineData("twenty-one", 21)]
    [InlineData("twenty one", 21)]
    [InlineData("one hundred and fifty", 150)]
    [InlineData("a dozen", 12)]
    [InlineData("two thousand", 2000)]
    public void Reads_English_number_words(string written, double value)
    {
        Single(English, $"with {written} prosecutors").Value.Should().Be(value);
    }

    [Fact]
    public void Reads_a_three_day_course_as_three_without_the_article()
    {
        Single(English, "a three-day course").Text.Should().Be("three");
    }

    [Fact]
    public void Does_not_join_number_words_that_do_not_compose()
    {
        English.Read("seven and two").Select(m => m.Value).Should().Equal(7, 2);
    }

    [Fact]
    public void Reads_tercer_ano_consecutivo_as_ordinal_3()
    {
        var m = Single(Spanish, "por tercer afio consecutivo");
        m.Kind.Should().Be(NumberKind.Ordinal);
        m.Value.Should().Be(3);
    }

    [Theory]
    [InlineData("el 1.º informe", 1, "1.º")]
    [InlineData("la 2.ª edicion", 2, "2.ª")]
    [InlineData("el 3° informe", 3, "3°")]
    [InlineData("el 3º informe", 3, "3º")]
    [InlineData("el 1.er informe", 1, "1.er")]
    public void Reads_Spanish_ordinals_written_with_digits(string text, double value, string written)
    {
        var m = Single(Spanish, text);
        m.Kind.Should().Be(NumberKind.Ordinal);
        m.Value.Should().Be(value);
        m.Text.Should().Be(written);
    }

    [Theory]
    [InlineData("for a third consecutive year", 3)]
    [InlineData("the 3rd year", 3)]
    [InlineData("the 21st year", 21)]
    public void Reads_English_ordinals(string text, double value)
    {
        var m = Single(English, text);
        m.Kind.Should().Be(NumberKind.Ordinal);
        m.Value.Should().Be(value);
    }

    [Fact]
    public void Reads_half_and_la_mitad_as_fractions_and_doubled_as_a_multiplier()
    {
        Single(English, "Nearly half the operations").Kind.Should().Be(NumberKind.Fraction);
        Single(Spanish, "Casi la mitad de los operativos").Value.Should().Be(0.5);
        var m = Single(English, "funding more than doubled");
        m.Kind.Should().Be(NumberKind.Multiplier);
        m.Value.Should().Be(2);
        Single(Spanish, "mas del doble").Value.Should().Be(2);
    }

    [Theory]
    [InlineData("es", "capacito al 85 % de su personal")]
    [InlineData("es", "el 85 por ciento de su personal")]
    [InlineData("en", "trained 85 percent of its staff")]
    [InlineData("en", "trained 85% of its staff")]
    public void Reads_percentages(string code, string text)
    {
        var m = Single(code == "es" ? Spanish : English, text);
        m.Kind.Should().Be(NumberKind.Percent);
        m.Unit.Should().Be("%");
        m.Value.Should().Be(85);
    }

    [Theory]
    [InlineData("es", "En marzo de 2021, el Gobierno", "marzo de 2021")]
    [InlineData("en", "In March 2021, the government", "March 2021")]
    public void Reads_month_and_year_as_a_date(string code, string text, string expected)
    {
        var m = Single(code == "es" ? Spanish : English, text);
        m.Kind.Should().Be(NumberKind.Date);
        m.Month.Should().Be(3);
        m.Value.Should().Be(2021);
        m.Text.Should().Be(expected);
    }

    [Fact]
    public void Reads_a_lone_four_digit_year_as_a_year()
    {
        Single(English, "operations in 2020, resulting").Kind.Should().Be(NumberKind.Year);
    }

    [Fact]
    public void Reads_eight_to_15_years_as_a_range()
    {
        var mentions = English.Read("penalties of eight to 15 years' imprisonment");
        mentions.Select(m => (m.Value, m.Range)).Should().Equal((8d, RangeRole.Lower), (15d, RangeRole.Upper));
    }

    /// <summary>
    /// An IDB release: "aprobada en 2007 – US$5.700 millones –" is an aside between dashes, not a range from 2007 million;
    /// a money range with the sign on both bounds still is one.
    /// </summary>
    [Fact]
    public void Reads_a_bound_with_its_own_currency_sign_after_a_bare_number_as_no_range()
    {
        Spanish.Read("la financiación aprobada en 2007 – US$5.700 millones – se destinará a transporte")
            .Select(m => (m.Kind, m.Value, m.Range)).Should().Equal((NumberKind.Year, 2007d, RangeRole.None), (NumberKind.Money, 5.7e9, RangeRole.None));
        Spanish.Read("costos de US$2 – US$5 millones").Select(m => m.Range).Should().Equal(RangeRole.Lower, RangeRole.Upper);
    }

    [Fact]
    public void Reads_de_ocho_a_15_anos_as_a_range()
    {
        var mentions = Spanish.Read("penas de ocho a 15 afios de prision");
        mentions.Select(m => (m.Value, m.Range)).Should().Equal((8d, RangeRole.Lower), (15d, RangeRole.Upper));
    }

    [Fact]
    public void Gives_the_lower_bound_the_scale_and_unit_of_the_upper()
    {
        var mentions = English.Read("between 1 and 2 million dollars");
        mentions.Select(m => (m.Value, m.Unit)).Should().Equal((1e6, "USD"), (2e6, "USD"));
    }

    [Theory]
    [InlineData("es", "la Ley 28950 establece", 28950, "Ley 28950")]
    [InlineData("es", "el Decreto Legislativo N° 1232 dispone", 1232, "Decreto Legislativo N° 1232")]
    [InlineData("es", "el articulo 129 (antes", 129, "articulo 129")]
    [InlineData("en", "Article 129 (previously", 129, "Article 129")]
    [InlineData("en", "Legislative Decree No. 1232 requires", 1232, "Legislative Decree No. 1232")]
    public void Reads_law_and_article_numbers(string code, string text, double value, string expected)
    {
        var m = Single(code == "es" ? Spanish : English, text);
        m.Kind.Should().Be(NumberKind.LawNumber);
        m.Value.Should().Be(value);
        m.Text.Should().Be(expected);
    }

    [Theory]
    [InlineData("el Gobierno continu6 introduciendo")]
    [InlineData("el MIMP cre0 seis")]
    [InlineData("o0 no pagando")]
    [InlineData("cont6 con 336")]
    [InlineData("durante la pandemia de COVID-19 en su")]
    [InlineData("1os ninos")]
    public void Does_not_read_a_digit_inside_a_word(string text)
    {
        Spanish.Read(text).Select(m => m.Text).Should().BeSubsetOf(new[] { "seis", "336" });
    }

    [Fact]
    public void Reads_inside_a_range_with_offsets_into_the_whole_text()
    {
        const string text = "In 2019, 1,054 victims. In 2020, 640 victims.";
        int start = text.IndexOf("In 2020", StringComparison.Ordinal);
        var mentions = English.Read(text, start, text.Length);
        mentions.Select(m => m.Text).Should().Equal("2020", "640");
        mentions[1].Start.Should().Be(text.IndexOf("640", StringComparison.Ordinal));
    }

    [Fact]
    public void Throws_for_a_range_outside_the_text()
    {
        var read = () => English.Read("abc", 2, 5);
        read.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Reads_nothing_from_an_empty_range_or_a_line_of_dots()
    {
        English.Read("", 0, 0).Should().BeEmpty();
        English.Read(new string('.', 10_000) + new string(',', 10_000)).Should().BeEmpty();
    }

    [Fact]
    public void Reads_a_run_of_500_digits_as_one_number_without_throwing()
    {
        var m = Single(English, "serial " + new string('7', 500) + " end");
        m.Value.Should().Be(double.PositiveInfinity);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void Reads_every_number_of_the_2021_seeds_without_reading_OCR_words(string code)
    {
        var reader = code == "es" ? Spanish : English;
        string text = File.ReadAllText(code == "es" ? TestFiles.Spanish2021 : TestFiles.English2021);

        var mentions = reader.Read(text);

        mentions.Should().HaveCountGreaterThan(150);
        mentions.Should().OnlyContain(m => text.Substring(m.Start, m.End - m.Start) == m.Text);
        mentions.Should().BeInAscendingOrder(m => m.Start);
        foreach (var m in mentions)
        {
            (m.Start > 0 && char.IsLetter(text[m.Start - 1])).Should().BeFalse($"'{m.Text}' at {m.Start} starts inside a word");
            // A number word may end inside a word only where OCR glued it to its unit ("sixweek").
            (m.End < text.Length && char.IsLetterOrDigit(text[m.End]) && !(m.IsWords && char.IsLetter(text[m.End])))
                .Should().BeFalse($"'{m.Text}' at {m.Start} ends inside a word");
        }

        foreach (var ocr in new[] { "continu6", "cre0", " o0 ", "cont6", "ali6" })
        {
            for (int at = text.IndexOf(ocr, StringComparison.Ordinal); at >= 0; at = text.IndexOf(ocr, at + 1, StringComparison.Ordinal))
            {
                mentions.Should().NotContain(m => m.Start < at + ocr.Length && at < m.End, $"'{ocr}' is OCR damage");
            }
        }
    }

    [Fact]
    public void Reads_the_money_of_the_seed_pair_the_same_on_both_sides()
    {
        string es = File.ReadAllText(TestFiles.Spanish2021);
        string en = File.ReadAllText(TestFiles.English2021);
        var spanish = Spanish.Read(es).Where(m => m.Kind == NumberKind.Money).Select(m => (m.Value, m.Unit)).ToList();
        var english = English.Read(en).Where(m => m.Kind == NumberKind.Money).Select(m => (m.Value, m.Unit)).ToList();

        // The one real disagreement of the pair: 15.5 millones vs 1.5 million.
        spanish.Should().Equal((15_500_000d, "PEN"), (414_480d, "USD"), (2_350_000d, "PEN"), (649_350d, "USD"), (4_000_000d, "PEN"), (1_110_000d, "USD"), (2000d, "USD"));
        english.Should().Equal((1_500_000d, "PEN"), (414_480d, "USD"), (2_350_000d, "PEN"), (649_350d, "USD"), (4_000_000d, "PEN"), (1_110_000d, "USD"), (2000d, "USD"));
    }
}
