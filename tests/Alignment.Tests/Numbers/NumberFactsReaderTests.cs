using System.Globalization;
using Alignment.Numbers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alignment.Tests.Numbers;

/// <summary>
/// Numbers whose meaning is more than a value (issue 24): clock times, dates, decades, durations, identifiers,
/// letters read for digits, footnote marks, words split at a line end and Roman numerals, on report sentences.
/// </summary>
public class NumberFactsReaderTests
{
    private static NumberMention Single(NumberReader reader, string sentence) => reader.Read(sentence).Should().ContainSingle().Subject;

    [Theory]
    [InlineData("es", "La audiencia comenzó a las 16:45 horas en la sede del tribunal.", 16.75, "16:45 horas")]
    [InlineData("en", "The hearing began at 4:45 p.m. at the court's headquarters.", 16.75, "4:45 p.m.")]
    [InlineData("es", "Los allanamientos se realizaron a las 6 horas del martes.", 6, "6 horas")]
    [InlineData("en", "The raids took place at 6 a.m. on Tuesday.", 6, "6 a.m.")]
    [InlineData("es", "El centro abre a las 8:00 a. m. de lunes a viernes.", 8, "8:00 a. m.")]
    [InlineData("en", "The office closes at 12 p.m. on Saturdays.", 12, "12 p.m.")]
    [InlineData("en", "The curfew starts at 12:30 a.m. in the district.", 0.5, "12:30 a.m.")]
    public void Reads_a_clock_time_as_hours_from_midnight(string language, string sentence, double hours, string text)
    {
        var time = Single(NumberReader.For(Language.Parse(language)), sentence);

        time.Kind.Should().Be(NumberKind.Time);
        time.Value.Should().BeApproximately(hours, 1e-9);
        time.Text.Should().Be(text);
    }

    [Theory]
    [InlineData("es", "La audiencia comenzó a las cuatro de la tarde en la sede del tribunal.", 16, "cuatro de la tarde")]
    [InlineData("en", "The hearing began at four in the afternoon at the court's headquarters.", 16, "four in the afternoon")]
    [InlineData("es", "El operativo empezó a las 2 de la madrugada en el puerto.", 2, "2 de la madrugada")]
    [InlineData("en", "The operation began at 2 in the morning at the port.", 2, "2 in the morning")]
    [InlineData("es", "El albergue cierra a las diez de la noche todos los días.", 22, "diez de la noche")]
    [InlineData("en", "The shelter closes at ten at night every day.", 22, "ten at night")]
    [InlineData("en", "The shelter closes at 9:30 in the evening every day.", 21.5, "9:30 in the evening")]
    [InlineData("es", "La reunión terminó al mediodía en el ministerio.", 12, "mediodía")]
    [InlineData("en", "The meeting ended at noon at the ministry.", 12, "noon")]
    [InlineData("es", "El toque de queda empieza a medianoche en la provincia.", 0, "medianoche")]
    [InlineData("en", "The curfew starts at midnight in the province.", 0, "midnight")]
    [InlineData("en", "The hearing began at four p.m. on Monday.", 16, "four p.m.")]
    [InlineData("es", "La audiencia comenzó a las cuatro p. m. del lunes.", 16, "cuatro p. m.")]
    [InlineData("en", "The raid began at five a.m. on Tuesday.", 5, "five a.m.")]
    public void Reads_a_clock_time_in_words_as_hours_from_midnight(string language, string sentence, double hours, string text)
    {
        var time = Single(NumberReader.For(Language.Parse(language)), sentence);

        time.Kind.Should().Be(NumberKind.Time);
        time.Value.Should().BeApproximately(hours, 1e-9);
        time.Text.Should().Be(text);
    }

    [Theory]
    [InlineData("es", "Rescataron a cuatro de la tarde anterior.")]
    [InlineData("en", "They rescued four in the afternoon raid.")]
    public void Reads_a_count_before_a_part_of_the_day_without_a_time_word_before_it_as_a_count(string language, string sentence)
    {
        Single(NumberReader.For(Language.Parse(language)), sentence).Kind.Should().Be(NumberKind.Cardinal);
    }

    [Theory]
    [InlineData("es", "Durante el primer semestre de 2022 se atendieron denuncias.", 1, "half-year", "primer")]
    [InlineData("en", "In the first half of 2022, complaints were handled.", 1, "half-year", "first")]
    [InlineData("en", "In the second half of the year, complaints were handled.", 2, "half-year", "second")]
    [InlineData("es", "En la segunda mitad del año se atendieron denuncias.", 2, "half-year", "segunda")]
    [InlineData("es", "En el tercer trimestre se atendieron denuncias.", 3, "quarter", "tercer")]
    [InlineData("en", "In the 3rd quarter, complaints were handled.", 3, "quarter", "3rd")]
    public void Reads_a_part_of_the_year_as_an_ordinal_with_its_part_and_a_duration(string language, string sentence, double place, string unit, string text)
    {
        var mentions = NumberReader.For(Language.Parse(language)).Read(sentence);
        var part = mentions.Should().ContainSingle(m => m.Kind == NumberKind.Ordinal).Subject;

        part.Value.Should().Be(place);
        part.Unit.Should().Be(unit);
        part.Text.Should().Be(text);
        mentions.Should().ContainSingle(m => m.Kind == NumberKind.Duration).Which.Value.Should().Be(unit == "quarter" ? 3 : 6);
    }

    [Theory]
    [InlineData("en", "The first half of the report deals with prevention.")]
    [InlineData("es", "La primera mitad del informe trata de la prevención.")]
    public void Reads_the_first_half_of_something_else_than_a_year_as_no_part_of_a_year(string language, string sentence)
    {
        NumberReader.For(Language.Parse(language)).Read(sentence).Should().NotContain(m => m.Unit == "half-year");
    }

    [Theory]
    [InlineData("en", "The ministry publishes a half-yearly report.", 6)]
    [InlineData("en", "The ministry publishes a report every half-year.", 6)]
    [InlineData("es", "El ministerio publica un informe semestral.", 6)]
    public void Reads_half_yearly_as_a_duration_of_six_months(string language, string sentence, double months)
    {
        var duration = Single(NumberReader.For(Language.Parse(language)), sentence);

        duration.Kind.Should().Be(NumberKind.Duration);
        duration.Value.Should().Be(months);
        duration.Unit.Should().Be("month");
    }

    [Fact]
    public void Reads_16_horas_without_las_as_a_duration_count_not_a_time()
    {
        Single(NumberReader.For(Language.Spanish), "Las víctimas esperaron 16 horas en la comisaría.").Kind.Should().Be(NumberKind.Cardinal);
    }

    [Theory]
    [InlineData("es", "El protocolo fue aprobado el 05/11/2020 por el ministerio.", 2020, 11, 5)]
    [InlineData("en", "The protocol was approved on 11/05/2020 by the ministry.", 2020, 11, 5)]
    [InlineData("en", "The protocol was approved on November 5, 2020 by the ministry.", 2020, 11, 5)]
    [InlineData("es", "(Lima, 3 de marzo de 2023) El comité publicó su informe.", 2023, 3, 3)]
    [InlineData("en", "The inspection took place on 14 September 2022 in three factories.", 2022, 9, 14)]
    [InlineData("es", "La inspección se realizó el 2022-09-14 en tres fábricas.", 2022, 9, 14)]
    [InlineData("es", "El acuerdo se firmó el 25/12/21 en Cusco.", 2021, 12, 25)]
    [InlineData("en", "The agreement was signed on 25/12/2021 in Cusco.", 2021, 12, 25)]
    [InlineData("es", "COMUNICADO DE PRENSA Julio 19, 2019 El Banco Mundial aprobó 40 proyectos.", 2019, 7, 19)]
    [InlineData("es", "Washington, marzo 5, 2021. La OEA anunció su informe.", 2021, 3, 5)]
    [InlineData("en", "2018.8.3", 2018, 8, 3)]
    [InlineData("es", "La ley entró en vigor el 1.º de enero de 2020.", 2020, 1, 1)]
    [InlineData("es", "El decreto se publicó el 1º de mayo de 2019.", 2019, 5, 1)]
    [InlineData("en", "The hearing was held on the 5th of November 2020.", 2020, 11, 5)]
    [InlineData("en", "The law entered into force on May 1st, 2020.", 2020, 5, 1)]
    [InlineData("es", "Publicado el 2019/03/07 en el portal del ministerio.", 2019, 3, 7)]
    [InlineData("en", "Posted 2020.12.1 by the press office.", 2020, 12, 1)]
    public void Reads_a_date_as_one_value_with_day_and_month(string language, string sentence, int year, int month, int day)
    {
        var date = NumberReader.For(Language.Parse(language)).Read(sentence).Should().ContainSingle(m => m.Kind == NumberKind.Date).Subject;

        date.Value.Should().Be(year);
        date.Month.Should().Be(month);
        date.Day.Should().Be(day);
    }

    [Theory]
    [InlineData("es", "El 9 de diciembre se celebró el Día Nacional contra la Trata.", 12, 9)]
    [InlineData("en", "On December 9 the National Day against Trafficking was held.", 12, 9)]
    public void Reads_a_day_and_month_without_a_year(string language, string sentence, int month, int day)
    {
        var date = Single(NumberReader.For(Language.Parse(language)), sentence);

        date.Kind.Should().Be(NumberKind.Date);
        (date.Value, date.Month, date.Day).Should().Be((0.0, month, day));
    }

    /// <summary>Spanish puts the day first: a month before a day is a date only with a comma and a year after the day.</summary>
    [Fact]
    public void Reads_a_spanish_month_before_a_day_without_a_year_as_no_date()
    {
        NumberReader.For(Language.Spanish).Read("Se reunieron en marzo 5 veces con las víctimas.").Should().NotContain(m => m.Kind == NumberKind.Date && m.Day != null);
    }

    [Theory]
    [InlineData("Más de la tercera parte de las víctimas eran niños.", 1.0 / 3)]
    [InlineData("La cuarta parte de los casos se archivó.", 0.25)]
    [InlineData("Una tercera parte de los casos se archivó.", 1.0 / 3)]
    public void Reads_a_part_with_the_definite_article_as_a_fraction_of_one(string sentence, double value)
    {
        var fraction = NumberReader.For(Language.Spanish).Read(sentence).Should().ContainSingle().Subject;

        fraction.Kind.Should().Be(NumberKind.Fraction);
        fraction.Value.Should().BeApproximately(value, 1e-9);
    }

    /// <summary>A half after the unit the count counts (a UN speech: "three and a half years old" / "tres años y medio").</summary>
    [Theory]
    [InlineData("es", "Yo tenía entonces tres años y medio y, aunque de modo fragmentario, puedo recordarlo.", 3.5)]
    [InlineData("es", "La audiencia duró dos horas y media.", 2.5)]
    [InlineData("en", "He spent 4 years and a half in prison.", 4.5)]
    [InlineData("es", "Nos reunimos 3 años y media hora.", 3)]
    [InlineData("en", "We met for 3 years and half the staff left.", 3)]
    public void Reads_a_half_after_the_unit_as_part_of_the_count(string language, string sentence, double value)
    {
        NumberReader.For(Language.Parse(language)).Read(sentence).Should().Contain(m => m.Kind == NumberKind.Cardinal).Which.Value.Should().Be(value);
    }

    [Fact]
    public void Leaves_a_lower_case_may_after_a_count_alone()
    {
        Single(NumberReader.For(Language.English), "Of the victims, 3 may be returned home this year.").Kind.Should().Be(NumberKind.Cardinal);
    }

    [Theory]
    [InlineData("es", "Comunicado de prensa 16 marzo 2022 México Honduras", 2022, 3, 16)]
    [InlineData("en", "Released on 16 march 2022 in Geneva", 2022, 3, 16)]
    public void Reads_a_day_and_a_lower_case_month_with_its_year_right_after_as_a_date(string language, string sentence, int year, int month, int day)
    {
        // A web copy's dateline without "de" (the ICRC's Spanish release): "16" was a count, and "English says 16 March 2022"
        // found no such number.
        var date = Single(NumberReader.For(Language.Parse(language)), sentence);
        date.Kind.Should().Be(NumberKind.Date);
        (date.Value, date.Month, date.Day).Should().Be((year, month, day));
    }

    [Theory]
    [InlineData("en", "The network had operated in the region since the 1980s.", 1980)]
    [InlineData("en", "Complaints have grown since the '90s.", 1990)]
    [InlineData("en", "The armed conflict of the eighties displaced thousands.", 1980)]
    [InlineData("es", "La red operaba en la región desde los años ochenta.", 1980)]
    [InlineData("es", "Desde los años 80 la zona atrae a trabajadores migrantes.", 1980)]
    [InlineData("es", "Las primeras denuncias se registraron en la década de 1990.", 1990)]
    [InlineData("es", "La legislación vigente data de la década de los noventa.", 1990)]
    [InlineData("en", "In the 2000s the first specialized offices were created.", 2000)]
    public void Reads_a_decade_by_its_first_year(string language, string sentence, int decade)
    {
        var mention = NumberReader.For(Language.Parse(language)).Read(sentence).Should().ContainSingle(m => m.Kind == NumberKind.Decade).Subject;

        mention.Value.Should().Be(decade);
    }

    [Theory]
    [InlineData("en", "The organization has worked there for nearly three decades.", 30, "year")]
    [InlineData("es", "La organización trabaja allí desde hace casi tres décadas.", 30, "year")]
    [InlineData("es", "El ministerio aprobó un plan trienal de capacitación.", 3, "year")]
    [InlineData("es", "El gobierno adoptó un plan bienal contra la explotación.", 2, "year")]
    [InlineData("es", "Durante el primer semestre se atendieron las denuncias.", 6, "month")]
    [InlineData("es", "El ministerio presenta un informe trimestral al Congreso.", 3, "month")]
    [InlineData("en", "The commission meets in a biennial session.", 2, "year")]
    [InlineData("en", "Jewish suffering spanned over two millennia.", 2000, "year")]
    [InlineData("es", "La comunidad habita la región desde hace dos milenios.", 2000, "year")]
    public void Reads_a_period_word_as_a_duration_in_years_or_months(string language, string sentence, double value, string unit)
    {
        var mentions = NumberReader.For(Language.Parse(language)).Read(sentence);

        var duration = mentions.Should().ContainSingle(m => m.Kind == NumberKind.Duration).Subject;
        duration.Value.Should().Be(value);
        duration.Unit.Should().Be(unit);
    }

    // A millennium is a duration only after a count: the word also begins names, which must read as no number at all
    // (a lone "Millennium" read as 1000 years became a number key and merged two UN sentences into one bead).
    [Theory]
    [InlineData("en", "The Millennium Summit adopted the Millennium Declaration in 2000.", 2000.0)]
    [InlineData("es", "La Cumbre del Milenio aprobó la Declaración del Milenio.", null)]
    [InlineData("en", "Progress on the eight Millennium Development Goals has been uneven.", 8.0)]
    [InlineData("es", "Los ocho Objetivos de Desarrollo del Milenio siguen pendientes.", 8.0)]
    [InlineData("en", "The 2000 Millennium Summit set targets for 2015.", 2000.0)]
    [InlineData("en", "At the start of the new millennium, the region changed.", null)]
    [InlineData("es", "El tercer milenio comenzó con nuevas amenazas.", null)]
    public void Reads_a_millennium_that_no_count_precedes_as_no_duration(string language, string sentence, double? firstValue)
    {
        var mentions = NumberReader.For(Language.Parse(language)).Read(sentence);

        mentions.Should().NotContain(m => m.Kind == NumberKind.Duration || m.Value >= 1e5);
        if (firstValue is { } value)
        {
            mentions[0].Value.Should().Be(value);
        }
    }

    [Theory]
    [InlineData("es", "El caso se tramita en el Expediente N.° 04512-2018-0-1801-JR-PE-03 del juzgado.", "4512-2018-0-1801-JR-PE-3")]
    [InlineData("es", "El Decreto Supremo N° 005-2016-IN aprobó el reglamento de la ley.", "5-2016-IN")]
    [InlineData("en", "Supreme Decree No. 005-2016-IN approved the regulations of the law.", "5-2016-IN")]
    [InlineData("es", "La Resolución Ministerial 123-2019 creó la comisión.", "123-2019")]
    [InlineData("es", "Las víctimas pueden llamar al teléfono (01) 555-0134 las 24 horas.", "tel:015550134")]
    [InlineData("en", "Victims can call +51 1 555 0134 around the clock.", "tel:5115550134")]
    [InlineData("en", "To report abuse, call the hotline 555-0198 or write to the ministry.", "tel:5550198")]
    public void Reads_an_identifier_whole(string language, string sentence, string canonical)
    {
        var identifier = NumberReader.For(Language.Parse(language)).Read(sentence).Should().ContainSingle(m => m.Kind == NumberKind.Identifier).Subject;

        identifier.Identifier.Should().Be(canonical);
        NumberReader.For(Language.Parse(language)).Read(sentence).Where(m => m.Kind != NumberKind.Identifier).Should().NotContain(m => m.Start >= identifier.Start && m.End <= identifier.End);
    }

    [Fact]
    public void Reads_las_24_horas_as_all_day_not_a_time()
    {
        Single(NumberReader.For(Language.Spanish), "La línea atiende las 24 horas del día.").Kind.Should().Be(NumberKind.Cardinal);
    }

    [Fact]
    public void Keeps_a_count_of_calls_after_a_phone_word_a_count()
    {
        var mentions = NumberReader.For(Language.Spanish).Read("La línea gratuita recibió 1 054 000 llamadas en 2020.");

        mentions[0].Kind.Should().Be(NumberKind.Cardinal);
        mentions[0].Value.Should().Be(1_054_000);
    }

    [Theory]
    [InlineData("es", "Se registraron I2 casos de trabajo forzoso.", 12, NumberKind.Cardinal)]
    [InlineData("es", "La comisión se instaló en 2O19 con la sociedad civil.", 2019, NumberKind.Year)]
    [InlineData("es", "La fiscalía abrió l5 investigaciones.", 15, NumberKind.Cardinal)]
    [InlineData("es", "Se identificaron 1O3 presuntas víctimas.", 103, NumberKind.Cardinal)]
    public void Reads_letters_for_digits_as_the_likely_number_and_marks_it_damaged(string language, string sentence, double value, NumberKind kind)
    {
        var mention = Single(NumberReader.For(Language.Parse(language)), sentence);

        (mention.Value, mention.Kind, mention.LooksDamaged).Should().Be((value, kind, true));
    }

    [Theory]
    [InlineData("es", "El gobierno continu6 con el plan.")]
    [InlineData("es", "El Gobierno cre0 una unidad.")]
    [InlineData("en", "The COVID-19 pandemic slowed the courts.")]
    public void Reads_no_number_in_other_damage_or_names(string language, string sentence)
    {
        NumberReader.For(Language.Parse(language)).Read(sentence).Where(m => m.Kind != NumberKind.FootnoteMark).Should().BeEmpty();
    }

    [Theory]
    [InlineData("es", "El programa funcionó en una sola provincia7. Los resultados fueron positivos.", "provincia7")]
    [InlineData("en", "The program operated in a single province.7 The results were positive.", ".7")]
    [InlineData("es", "La desigualdad ha crecido durante muchos años.3 Las estimaciones lo confirman.", ".3")]
    [InlineData("en", "Cases were concentrated in the capital,3 according to the report.", ",3")]
    [InlineData("en", "They were transmitted to the Council of the Organization[1].", "[1]")]
    [InlineData("en", "See the concluding observations [12] of the Committee.", "[12]")]
    [InlineData("es", "Están agravando las desigualdades que afectan a las personas que consumen drogas en todo el mundo. 1", "1")]
    [InlineData("es", "Se atribuye al Estado colombiano, por tolerancia o apoyo a los grupos paramilitares 2 .", "2")]
    public void Reads_a_footnote_mark_as_no_number(string language, string sentence, string text)
    {
        var mark = Single(NumberReader.For(Language.Parse(language)), sentence);

        (mark.Kind, mark.Text, mark.LooksDamaged).Should().Be((NumberKind.FootnoteMark, text, true));
    }

    // A year, its sentence's period and a footnote mark glued after it, at the paragraph's end or before the next sentence (a UN
    // report: "… since its promulgation on 26 June 2017.1"); a decimal that ends its sentence has its own period.
    [Theory]
    [InlineData("en", "No amendments have been made since its promulgation on 26 June 2017.1", ".1", 1)]
    [InlineData("en", "The Act was promulgated in 2017.12 The Senate has not amended it.", ".12", 12)]
    [InlineData("es", "La Ley se promulgó en 2017.3 “El Senado no la ha reformado.”", ".3", 3)]
    public void Reads_a_footnote_mark_glued_after_a_year_that_ends_its_sentence(string language, string sentence, string text, double mark)
    {
        var mentions = NumberReader.For(Language.Parse(language)).Read(sentence);

        mentions.Should().ContainSingle(m => m.Kind == NumberKind.FootnoteMark).Which.Should().Match<NumberMention>(m => m.Text == text && m.Value == mark);
        mentions.Should().Contain(m => m.Value == 2017 || m.Kind == NumberKind.Date);
    }

    [Theory]
    [InlineData("en", "The index stood at 2017.5.")]
    [InlineData("en", "Output reached 2017.5 tonnes in the year.")]
    [InlineData("en", "Output reached 12,017.5 The next year it fell.")]
    [InlineData("en", "Total expenditure 1850.75")]
    public void Reads_a_decimal_after_a_year_like_integer_as_no_footnote_mark(string language, string sentence)
    {
        NumberReader.For(Language.Parse(language)).Read(sentence).Should().NotContain(m => m.Kind == NumberKind.FootnoteMark);
    }

    // A number that ends a sentence is written against its period, or follows a word of the number lexicon; a year in
    // brackets is no mark either.
    [Theory]
    [InlineData("es", "La cifra de víctimas identificadas ascendió a 2.", 2)]
    [InlineData("es", "Así lo dispone el artículo 2 .", 2)]
    [InlineData("en", "The decision was taken under Article 5 .", 5)]
    [InlineData("es", "El informe se publicó en 2019. 1 de cada 3 víctimas era menor de edad.", 1)]
    [InlineData("en", "The draft text reads [2015] in the preamble.", 2015)]
    [InlineData("es", "Al cierre del año. 12 nuevas unidades", 12)]
    public void Reads_a_number_at_a_sentence_end_as_no_footnote_mark(string language, string sentence, double value)
    {
        var mentions = NumberReader.For(Language.Parse(language)).Read(sentence);

        mentions.Should().NotContain(m => m.Kind == NumberKind.FootnoteMark);
        mentions.Should().Contain(m => m.Value == value);
    }

    [Theory]
    [InlineData("en", "Each child has a more than 50-50 chance of being enrolled.", "50-50")]
    [InlineData("en", "Seats are split 50/50 between the parties.", "50/50")]
    [InlineData("en", "It is a fifty-fifty proposition.", "fifty-fifty")]
    public void Reads_even_odds_as_one_percentage_of_50(string language, string sentence, string text)
    {
        var odds = Single(NumberReader.For(Language.Parse(language)), sentence);

        (odds.Kind, odds.Value, odds.Unit, odds.Text).Should().Be((NumberKind.Percent, 50.0, "%", text));
    }

    [Fact]
    public void Reads_an_ordinal_before_a_capitalised_word_that_names_a_month_but_no_date_as_an_ordinal()
    {
        var mentions = NumberReader.For(Language.English).Read("Thousands joined the 2nd March for Justice in the capital.");

        mentions.Should().ContainSingle().Which.Kind.Should().Be(NumberKind.Ordinal);
    }

    [Theory]
    [InlineData("In FY19 the Bank committed $14 billion to the region.", 2019)]
    [InlineData("Lending in FY2019 reached a record.", 2019)]
    [InlineData("Disbursements in FY98 fell.", 1998)]
    public void Reads_a_fiscal_year_written_with_its_prefix_as_that_year(string sentence, int year)
    {
        NumberReader.For(Language.English).Read(sentence).Should().ContainSingle(m => m.Kind == NumberKind.Year).Which.Value.Should().Be(year);
    }

    [Theory]
    [InlineData("en", "Results for fiscal year 2019-20 improved.", 2019, 2020)]
    [InlineData("es", "Los resultados del ejercicio 2018/19 mejoraron.", 2018, 2019)]
    [InlineData("en", "The 1999-00 school year began late.", 1999, 2000)]
    [InlineData("en", "The 2019-25 strategy was adopted.", 2019, 2025)]
    public void Reads_a_year_and_the_short_form_of_a_later_year_as_two_years(string language, string sentence, int first, int second)
    {
        NumberReader.For(Language.Parse(language)).Read(sentence).Select(m => (m.Kind, m.Value))
            .Should().Equal((NumberKind.Year, (double)first), (NumberKind.Year, (double)second));
    }

    [Fact]
    public void Reads_un_millar_as_a_thousand()
    {
        var thousand = Single(NumberReader.For(Language.Spanish), "Cerca de un millar de familias resultaron afectadas.");

        (thousand.Kind, thousand.Value).Should().Be((NumberKind.Cardinal, 1000.0));
        NumberReader.For(Language.Spanish).Read("Millares de personas marcharon.").Should().BeEmpty();
    }

    [Fact]
    public void Reads_a_split_other_than_even_odds_as_it_is_written()
    {
        NumberReader.For(Language.English).Read("Seats are split 60-40 between the parties.").Should().NotContain(m => m.Kind == NumberKind.Percent);
    }

    [Fact]
    public void Reads_an_abbreviation_of_the_lexicon_before_digits_as_no_footnote()
    {
        NumberReader.For(Language.Spanish).Read("según el art.7 del reglamento").Should().NotContain(m => m.Kind == NumberKind.FootnoteMark);
    }

    [Theory]
    [InlineData("es", "Los inspectores visitaron cuaren-\nta empresas agrícolas.", 40)]
    [InlineData("es", "La fiscalía recibió veinti-\ncinco denuncias.", 25)]
    public void Reads_a_number_word_split_at_a_line_end(string language, string sentence, double value)
    {
        Single(NumberReader.For(Language.Parse(language)), sentence).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("es", "El IV Plan Nacional contra la Trata se aprobó en 2017.", 4)]
    [InlineData("es", "Estas prácticas se remontan al siglo XIX.", 19)]
    [InlineData("es", "La XII Reunión de Ministros aprobó una declaración.", 12)]
    public void Reads_a_Roman_numeral_as_an_ordinal(string language, string sentence, double value)
    {
        var ordinal = NumberReader.For(Language.Parse(language)).Read(sentence)[0];

        (ordinal.Kind, ordinal.Value).Should().Be((NumberKind.Ordinal, value));
    }

    [Theory]
    [InlineData("en", "The sessions are set for June 13–24, 2022.", 6, 13, 24, 2022)]
    [InlineData("en", "Hearings will take place from November 6 to 10.", 11, 6, 10, 0)]
    [InlineData("en", "The meeting ran 6–10 November 2023.", 11, 6, 10, 2023)]
    [InlineData("es", "Las sesiones serán del 13 al 24 de junio de 2022.", 6, 13, 24, 2022)]
    [InlineData("es", "Las audiencias serán entre el 6 y el 10 de noviembre.", 11, 6, 10, 0)]
    public void Reads_a_day_range_of_one_month_as_two_dates(string language, string sentence, int month, int first, int last, int year)
    {
        var dates = NumberReader.For(Language.Parse(language)).Read(sentence);

        dates.Select(d => (d.Kind, d.Month, d.Day, d.Value)).Should().Equal((NumberKind.Date, month, first, year), (NumberKind.Date, month, last, year));
    }

    [Theory]
    [InlineData("en", "1. The Committee considered the report.", NumberKind.Ordinal)]
    [InlineData("en", "1.The Committee considered the report.", NumberKind.Ordinal)]
    [InlineData("es", "15) El Estado parte debe adoptar medidas.", NumberKind.Ordinal)]
    [InlineData("en", "3 victims were rescued.", NumberKind.Cardinal)]
    [InlineData("en", "12. of the victims were minors.", NumberKind.Cardinal)]
    public void A_number_that_opens_the_text_before_a_dot_and_a_capital_numbers_the_paragraph(string language, string sentence, NumberKind kind)
    {
        NumberReader.For(Language.Parse(language)).Read(sentence)[0].Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("en", "Between 15 and 20 victims were rescued on 24 November.")]
    [InlineData("en", "The meeting opened on 3 March and 20 delegations took part.")]
    [InlineData("es", "La reunión se abrió el 5 de mayo y 20 delegaciones participaron.")]
    public void A_count_beside_a_date_stays_a_count(string language, string sentence)
    {
        var mentions = NumberReader.For(Language.Parse(language)).Read(sentence);

        mentions.Where(m => m.Kind == NumberKind.Cardinal).Should().ContainSingle(m => m.Value == 20);
    }

    [Theory]
    [InlineData("en", "Days from now, the human family will welcome its seven billionth member.", 7e9)]
    [InlineData("en", "The city marked its two hundredth anniversary.", 200)]
    [InlineData("en", "The ten thousandth visitor was a child.", 1e4)]
    [InlineData("en", "The museum welcomed its millionth visitor.", 1e6)]
    [InlineData("es", "El país celebró a su siete mil millonésimo habitante.", 7e9)]
    public void Reads_a_count_before_a_scale_ordinal_as_one_ordinal(string language, string sentence, double value)
    {
        var ordinal = NumberReader.For(Language.Parse(language)).Read(sentence).Should().ContainSingle().Subject;

        (ordinal.Kind, ordinal.Value).Should().Be((NumberKind.Ordinal, value));
    }

    [Fact]
    public void A_scale_word_in_th_before_of_is_no_ordinal_of_the_count()
    {
        var mentions = NumberReader.For(Language.English).Read("The delay was two millionths of a second.");

        mentions.Should().NotContain(m => m.Kind == NumberKind.Ordinal && m.Value == 2e6);
    }

    [Theory]
    [InlineData("en", "The plan covers DC and MIX areas.")]
    [InlineData("es", "La institución CIVIL y el VIH.")]
    public void Reads_no_Roman_numeral_in_capitals_that_are_no_numeral(string language, string sentence)
    {
        NumberReader.For(Language.Parse(language)).Read(sentence).Should().BeEmpty();
    }

    [Property(MaxTest = 300)]
    public Property Reads_back_any_date_written_in_digits_the_Spanish_way_and_the_ISO_way() =>
        Prop.ForAll(Gen.Choose(1990, 2040).ToArbitrary(), Gen.Choose(1, 12).ToArbitrary(), Gen.Choose(1, 28).ToArbitrary(), (year, month, day) =>
        {
            var spanish = NumberReader.For(Language.Spanish).Read(string.Create(CultureInfo.InvariantCulture, $"La ley se publicó el {day:00}/{month:00}/{year} en el diario."));
            var iso = NumberReader.For(Language.English).Read(string.Create(CultureInfo.InvariantCulture, $"The law was published on {year}-{month:00}-{day:00} in the gazette."));
            return spanish.Count == 1 && iso.Count == 1 && (spanish[0].Value, spanish[0].Month, spanish[0].Day) == (year, month, day)
                   && (iso[0].Value, iso[0].Month, iso[0].Day) == (year, month, day);
        });

    [Property(MaxTest = 300)]
    public Property Reads_back_any_24_hour_time_as_the_same_12_hour_time() =>
        Prop.ForAll(Gen.Choose(0, 23).ToArbitrary(), Gen.Choose(0, 59).ToArbitrary(), (hour, minute) =>
        {
            int twelve = hour % 12 == 0 ? 12 : hour % 12;
            string half = hour < 12 ? "a.m." : "p.m.";
            var spanish = NumberReader.For(Language.Spanish).Read(string.Create(CultureInfo.InvariantCulture, $"El operativo empezó a las {hour:00}:{minute:00} horas."));
            var english = NumberReader.For(Language.English).Read(string.Create(CultureInfo.InvariantCulture, $"The operation began at {twelve}:{minute:00} {half}"));
            return spanish.Count == 1 && english.Count == 1 && spanish[0].Kind == NumberKind.Time && Math.Abs(spanish[0].Value - english[0].Value) < 1e-9;
        });

    [Property(MaxTest = 300)]
    public Property Reads_any_decree_number_with_parts_as_one_identifier() =>
        Prop.ForAll(Gen.Choose(1, 999).ToArbitrary(), Gen.Choose(1990, 2030).ToArbitrary(), Gen.Elements("IN", "JUS", "MIMP", "TR").ToArbitrary(), (n, year, body) =>
        {
            var mentions = NumberReader.For(Language.Spanish).Read(string.Create(CultureInfo.InvariantCulture, $"El Decreto Supremo N° {n:000}-{year}-{body} entró en vigor."));
            return mentions.Count == 1 && mentions[0].Kind == NumberKind.Identifier
                   && mentions[0].Identifier == string.Create(CultureInfo.InvariantCulture, $"{n}-{year}-{body}");
        });
}
