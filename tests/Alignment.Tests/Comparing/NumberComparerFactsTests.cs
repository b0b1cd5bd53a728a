using Alignment.Comparing;

namespace Alignment.Tests.Comparing;

/// <summary>
/// The comparer on numbers that are more than values (issue 24): calendar values compared like with like, identifiers
/// compared whole, what each number counts, separators read by each side's own language, damaged digits, severity by evidence.
/// </summary>
public class NumberComparerFactsTests
{
    private static readonly SegmentNumberComparer SpanishToEnglish = new(Language.Spanish, Language.English);
    private static readonly SegmentNumberComparer EnglishToSpanish = new(Language.English, Language.Spanish);

    private static IReadOnlyList<Finding> Raised(string spanish, string english, bool spanishFirst = true) =>
        (spanishFirst ? SpanishToEnglish.Compare(spanish, english) : EnglishToSpanish.Compare(english, spanish))
        .Where(f => f.Severity > FindingSeverity.Info).ToList();

    [Theory]
    [InlineData("La audiencia comenzó a las 16:45 horas en la sede del tribunal.", "The hearing began at 4:45 p.m. at the court's headquarters.")]
    [InlineData("El protocolo fue aprobado el 05/11/2020 por el ministerio.", "The protocol was approved on November 5, 2020 by the ministry.")]
    [InlineData("(Lima, 3 de marzo de 2023) El comité publicó su informe anual.", "The committee published its annual report.")]
    [InlineData("La red operaba en la región desde los años ochenta.", "The network had operated in the region since the 1980s.")]
    [InlineData("La organización trabaja en la zona desde hace casi tres décadas.", "The organization has worked in the area for almost 30 years.")]
    [InlineData("El ministerio aprobó un plan trienal de capacitación.", "The ministry approved a three-year training plan.")]
    [InlineData("El caso se tramita en el Expediente N.° 04512-2018-0-1801-JR-PE-03 del juzgado penal, con 3 acusados.", "The case is being heard under File No. 04512-2018-0-1801-JR-PE-03 of the criminal court, with 3 defendants.")]
    [InlineData("Las víctimas pueden llamar al teléfono (01) 555-0134 las 24 horas.", "Victims can call +51 1 555 0134 around the clock, 24 hours a day.")]
    [InlineData("El IV Plan Nacional contra la Trata se aprobó tras una consulta.", "The fourth National Plan against Trafficking was approved after a consultation.")]
    [InlineData("Los inspectores visitaron cuaren-\nta empresas agrícolas.", "Inspectors visited forty agricultural companies.")]
    [InlineData("El programa funcionó en una sola provincia7. Los resultados fueron positivos.", "The program operated in a single province.7 The results were positive.")]
    [InlineData("La comisión se instaló en 2O19 con representantes de la sociedad civil.", "The commission was set up in 2019 with civil society representatives.")]
    [InlineData("Durante el primer semestre de 2022 se atendieron 40 denuncias.", "In the first half of 2022, 40 complaints were handled.")]
    [InlineData("El ministerio presenta un informe semestral al Congreso.", "The ministry submits a half-yearly report to Congress.")]
    [InlineData("El ministerio presenta un informe semestral al Congreso.", "The ministry submits a semiannual report to Congress.")]
    [InlineData("El ministerio presenta un informe trimestral al Congreso.", "The ministry submits a quarterly report to Congress.")]
    [InlineData("El programa duró un semestre en cada provincia.", "The program lasted six months in each province.")]
    [InlineData("La CIDH realizará su Período de Sesiones del 13 al 24 de junio de 2022.", "The IACHR is set to hold its Period of Sessions on June 13–24, 2022.")]
    [InlineData("Las audiencias se celebrarán del 6 al 10 de noviembre.", "The hearings will be held November 6-10.")]
    [InlineData("Las audiencias se celebrarán entre el 6 y el 10 de noviembre de 2023.", "The hearings will be held from November 6 to 10, 2023.")]
    [InlineData("La reunión se celebró del 6 al 10 de noviembre de 2023.", "The meeting was held on 6–10 November 2023.")]
    [InlineData("El Comité examinó el noveno informe periódico de México.", "1.The Committee considered the ninth periodic report of Mexico.")]
    [InlineData("2. La CIDH está integrada por siete miembros.", "2. The IACHR consists of seven members.")]
    [InlineData("Comunicado de prensa No. 066/22 de la CIDH.", "IACHR Press Release No. 066/22.")]
    public void Raises_nothing_above_info_on_a_correct_translation_in_either_direction(string spanish, string english)
    {
        Raised(spanish, english).Should().BeEmpty();
        Raised(spanish, english, spanishFirst: false).Should().BeEmpty();
    }

    [Theory]
    [InlineData("La CIDH realizará su Período de Sesiones del 13 al 24 de junio de 2022.", "The IACHR is set to hold its Period of Sessions on June 13–25, 2022.")]
    [InlineData("Las audiencias se celebrarán del 6 al 10 de noviembre.", "The hearings will be held December 6-10.")]
    public void Reports_a_day_range_that_differs(string spanish, string english)
    {
        Raised(spanish, english).Should().NotBeEmpty();
        Raised(spanish, english, spanishFirst: false).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("La audiencia comenzó a las 16:00 horas en el tribunal.", "The hearing began at four in the afternoon at the court.")]
    [InlineData("La audiencia comenzó a las cuatro de la tarde en el tribunal.", "The hearing began at 4 p.m. at the court.")]
    [InlineData("La audiencia comenzó a las cuatro y media de la tarde.", "The hearing began at 4:30 in the afternoon.")]
    [InlineData("El albergue cierra a las 22:00 horas.", "The shelter closes at ten at night.")]
    [InlineData("La reunión terminó a las 12:00 horas.", "The meeting ended at noon.")]
    [InlineData("El toque de queda empieza a medianoche.", "The curfew starts at midnight.")]
    [InlineData("La audiencia comenzó a las 16:00 horas.", "The hearing began at four p.m.")]
    [InlineData("El toque de queda empieza a las 00:00 horas.", "The curfew starts at midnight.")]
    [InlineData("Durante el primer semestre de 2022 se atendieron 40 denuncias.", "In the first half of 2022, 40 complaints were handled.")]
    [InlineData("En la segunda mitad del año se atendieron 40 denuncias.", "In the second half of the year, 40 complaints were handled.")]
    [InlineData("En el tercer trimestre se atendieron 40 denuncias.", "In the third quarter, 40 complaints were handled.")]
    [InlineData("El ministerio presenta un informe semestral al Congreso.", "The ministry submits a half-yearly report to Congress.")]
    [InlineData("Durante el primer semestre de 2022 se atendieron 40 denuncias.", "During the first six months of 2022, 40 complaints were handled.")]
    public void Raises_nothing_above_info_on_a_clock_time_in_words_or_a_part_of_the_year_in_either_direction(string spanish, string english)
    {
        Raised(spanish, english).Should().BeEmpty();
        Raised(spanish, english, spanishFirst: false).Should().BeEmpty();
    }

    [Theory]
    [InlineData("La audiencia comenzó a las 17:00 horas en el tribunal.", "The hearing began at four in the afternoon at the court.", FindingKind.ValueMismatch)]
    [InlineData("El albergue cierra a las diez de la noche.", "The shelter closes at ten in the morning.", FindingKind.ValueMismatch)]
    [InlineData("La reunión terminó al mediodía.", "The meeting ended at midnight.", FindingKind.ValueMismatch)]
    [InlineData("La audiencia comenzó a las 17:00 horas.", "The hearing began at four p.m.", FindingKind.ValueMismatch)]
    [InlineData("Durante el segundo semestre de 2022 se atendieron 40 denuncias.", "In the first half of 2022, 40 complaints were handled.", FindingKind.ValueMismatch)]
    [InlineData("Durante el primer trimestre de 2022 se atendieron 40 denuncias.", "In the first half of 2022, 40 complaints were handled.", FindingKind.UnitMismatch)]
    [InlineData("El ministerio presenta un informe trimestral al Congreso.", "The ministry submits a half-yearly report to Congress.", FindingKind.ValueMismatch)]
    [InlineData("Durante el primer semestre se atendieron las denuncias.", "During the first three months complaints were addressed.", FindingKind.ValueMismatch)]
    public void Reports_a_changed_clock_time_in_words_or_part_of_the_year_as_an_error_in_either_direction(string spanish, string english, FindingKind kind)
    {
        Raised(spanish, english).Should().Contain(f => f.Kind == kind && f.Severity == FindingSeverity.Error);
        Raised(spanish, english, spanishFirst: false).Should().Contain(f => f.Kind == kind && f.Severity == FindingSeverity.Error);
    }

    [Theory]
    [InlineData("La operación policial se inició a las 05:30 horas del martes.", "The police operation started at 6:30 a.m. on Tuesday.", FindingKind.ValueMismatch)]
    [InlineData("La ley entró en vigor el 14 de julio de 2019.", "The law entered into force on July 4, 2019.", FindingKind.ValueMismatch)]
    [InlineData("Estas prácticas se remontan a la década de 1970.", "These practices date back to the 1960s.", FindingKind.ValueMismatch)]
    [InlineData("El Decreto Supremo N° 005-2016-IN aprobó el reglamento.", "Supreme Decree No. 005-2018-IN approved the regulations.", FindingKind.IdentifierMismatch)]
    [InlineData("La policía identificó a 18 víctimas y detuvo a 62 tratantes.", "The police identified 62 victims and arrested 18 traffickers.", FindingKind.CountSwap)]
    [InlineData("El presupuesto del programa fue de S/ 3.200 millones en 2021.", "The program's budget was S/3.2 million in 2021.", FindingKind.SeparatorConflict)]
    [InlineData("La comisión se instaló en 2O19 con la sociedad civil.", "The commission was set up in 2018 with civil society.", FindingKind.DamagedNumber)]
    [InlineData("El III Plan Nacional contra la Trata se aprobó tras una consulta.", "The fourth National Plan against Trafficking was approved after a consultation.", FindingKind.ValueMismatch)]
    [InlineData("El programa duró un semestre en cada provincia.", "The program lasted three months in each province.", FindingKind.ValueMismatch)]
    [InlineData("El ministerio presenta un informe semestral al Congreso.", "The ministry submits a quarterly report to Congress.", FindingKind.ValueMismatch)]
    [InlineData("El ministerio presenta un informe trimestral al Congreso.", "The ministry submits a semiannual report to Congress.", FindingKind.ValueMismatch)]
    [InlineData("El programa duró dos trimestres en cada provincia.", "The program lasted nine months in each province.", FindingKind.ValueMismatch)]
    public void Reports_the_changed_fact_above_info_in_either_direction(string spanish, string english, FindingKind kind)
    {
        Raised(spanish, english).Should().Contain(f => f.Kind == kind);
        Raised(spanish, english, spanishFirst: false).Should().Contain(f => f.Kind == kind);
    }

    [Fact]
    public void Reports_a_swap_of_what_two_numbers_count_as_one_error_naming_both_things()
    {
        var swap = SpanishToEnglish.Compare("La policía identificó a 18 víctimas y detuvo a 62 tratantes.", "The police identified 62 victims and arrested 18 traffickers.")
            .Should().ContainSingle().Subject;

        swap.Kind.Should().Be(FindingKind.CountSwap);
        swap.Code.Should().Be(FindingCodes.CountSwap);
        swap.Severity.Should().Be(FindingSeverity.Error);
        swap.Message.Should().Contain("víctimas").And.Contain("tratantes").And.Contain("victims").And.Contain("traffickers");
        (swap.Source!.Text, swap.Target!.Text).Should().Be(("18", "62"), "the finding points at the numbers that count the victims on each side");
    }

    [Theory]
    [InlineData("La policía identificó a 62 tratantes en la región.", "The police identified 62 victims in the region.")]
    [InlineData("Los inspectores visitaron 35 trabajadores en el distrito.", "Inspectors visited 35 factories in the district.")]
    public void Reports_a_number_that_counts_another_thing_without_a_swap_partner_as_a_warning_in_either_direction(string spanish, string english)
    {
        foreach (bool spanishFirst in new[] { true, false })
        {
            var finding = Raised(spanish, english, spanishFirst).Should().ContainSingle().Subject;
            finding.Kind.Should().Be(FindingKind.CountedThingMismatch, "one number that counts another thing swapped with nothing");
            finding.Code.Should().Be(FindingCodes.CountedThingMismatch).And.NotBe(FindingCodes.CountSwap);
            finding.Severity.Should().Be(FindingSeverity.Warning);
            finding.Hint.Should().Contain("another thing");
        }
    }

    [Theory]
    [InlineData("La policía identificó a 62 víctimas de trata en la región.", "The police identified 62 trafficking victims in the region.")]
    [InlineData("La policía identificó a 62 víctimas, entre ellas 40 mujeres.", "The police identified 62 victims, among them 40 women.")]
    [InlineData("De las víctimas, la policía identificó a 62 en la región.", "The police identified 62 of the victims in the region.")]
    [InlineData("La policía rescató a 62 víctimas y detuvo a sus tratantes.", "The police rescued 62 victims and arrested their traffickers.")]
    [InlineData("La policía identificó a 62 personas en la región.", "The police identified 62 victims in the region.")]
    [InlineData("Los inspectores rescataron a 35 trabajadores.", "Inspectors rescued 35 people.")]
    public void Raises_nothing_when_the_counted_thing_is_the_same_or_named_elsewhere_in_either_direction(string spanish, string english)
    {
        Raised(spanish, english).Should().BeEmpty();
        Raised(spanish, english, spanishFirst: false).Should().BeEmpty();
    }

    [Fact]
    public void Ties_what_a_number_counts_through_the_user_dictionary()
    {
        const string spanish = "La patrulla encontró 12 canoas en el río.", english = "The patrol found 12 trucks on the river.";
        var dictionary = BilingualDictionary.FromPairs([("canoa", "canoe"), ("camión", "truck")]);

        SpanishToEnglish.Compare(spanish, english).Should().NotContain(f => f.Kind == FindingKind.CountedThingMismatch, "the bundled lexicon knows neither word");
        new SegmentNumberComparer(Language.Spanish, Language.English, dictionary).Compare(spanish, english)
            .Should().ContainSingle(f => f.Kind == FindingKind.CountedThingMismatch).Which.Message.Should().Contain("canoas").And.Contain("trucks");
    }

    [Fact]
    public void Reports_an_identifier_that_differs_in_one_part_naming_the_part()
    {
        var finding = SpanishToEnglish.Compare("El Decreto Supremo N° 005-2016-IN aprobó el reglamento.", "Supreme Decree No. 005-2018-IN approved the regulations.")
            .Should().ContainSingle().Subject;

        finding.Kind.Should().Be(FindingKind.IdentifierMismatch);
        finding.Severity.Should().Be(FindingSeverity.Error);
        finding.Hint.Should().Be("differs in part: 2016 vs 2018");
    }

    [Fact]
    public void Never_pairs_the_parts_of_an_identifier_with_the_other_numbers_of_the_sentence()
    {
        var findings = SpanishToEnglish.Compare("El Decreto Supremo N° 005-2016-IN se aplicó en 2016 a 5 regiones.", "Supreme Decree No. 005-2016-IN was applied in 2016 to 5 regions.");

        findings.Should().BeEmpty();
    }

    [Fact]
    public void Reports_3_200_millones_against_3_2_million_as_a_separator_conflict_with_both_readings()
    {
        var finding = SpanishToEnglish.Compare("El presupuesto fue de S/ 3.200 millones en 2021.", "The budget was S/3.2 million in 2021.")
            .Should().ContainSingle().Subject;

        finding.Kind.Should().Be(FindingKind.SeparatorConflict);
        finding.Severity.Should().Be(FindingSeverity.Warning);
        finding.Message.Should().Contain("3,200 million").And.Contain("3.2 million");
    }

    [Fact]
    public void Reports_a_damaged_year_that_disagrees_as_a_warning_naming_both_forms_beside_the_error()
    {
        var findings = SpanishToEnglish.Compare("La comisión se instaló en 2O19 con la sociedad civil.", "The commission was set up in 2018 with civil society.");

        var damaged = findings.Should().ContainSingle(f => f.Kind == FindingKind.DamagedNumber).Subject;
        damaged.Severity.Should().Be(FindingSeverity.Warning);
        damaged.Message.Should().Contain("2O19").And.Contain("2019").And.Contain("2018");
        findings.Should().Contain(f => f.Kind == FindingKind.ValueMismatch && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void Reports_a_damaged_number_that_agrees_as_info_only()
    {
        var finding = SpanishToEnglish.Compare("Se registraron I2 casos de trabajo forzoso.", "Authorities recorded 12 cases of forced labor.").Should().ContainSingle().Subject;

        (finding.Kind, finding.Severity).Should().Be((FindingKind.DamagedNumber, FindingSeverity.Info));
    }

    [Fact]
    public void Reports_a_dateline_on_one_side_as_one_date_at_info()
    {
        var finding = SpanishToEnglish.Compare("(Lima, 3 de marzo de 2023) El comité publicó su informe.", "The committee published its report.").Should().ContainSingle().Subject;

        finding.Kind.Should().Be(FindingKind.MissingInTarget);
        finding.Severity.Should().Be(FindingSeverity.Info);
        finding.Message.Should().Contain("March 3, 2023");
    }

    [Fact]
    public void Reports_an_ordinal_that_clearly_fills_the_same_slot_as_an_error()
    {
        var finding = SpanishToEnglish.Compare("El III Plan Nacional se aprobó en 2017.", "The fourth National Plan was approved in 2017.").Should().ContainSingle().Subject;

        (finding.Kind, finding.Severity).Should().Be((FindingKind.ValueMismatch, FindingSeverity.Error));
    }

    // Severity by evidence (issue 24 point 6): a year or ordinal that differs from one clearly in the same slot is an error.
    [Theory]
    [InlineData("El IV Plan Nacional se aprobó en el primer año del gobierno.", "The third National Plan was approved by the government.", "ordinal 4", "ordinal 3")]
    [InlineData("El 3.er congreso se celebró en Lima.", "The 13th congress was held in Lima.", "ordinal 3", "ordinal 13")]
    [InlineData("El tercer congreso se celebró en Lima en 2019.", "The 13th congress was held in Lima in 2019.", "ordinal 3", "ordinal 13")]
    [InlineData("La comisión se instaló en 2017 con la sociedad civil.", "The commission was set up in 2018 with civil society.", "2017", "2018")]
    [InlineData("El plan se aprobó en marzo de 2017.", "The plan was approved in March 2018.", "March 2017", "March 2018")]
    public void Reports_a_year_or_ordinal_that_differs_in_the_same_slot_as_an_error_in_either_direction(string spanish, string english, string es, string en)
    {
        SpanishToEnglish.Compare(spanish, english).Should().Contain(f => f.Kind == FindingKind.ValueMismatch && f.Severity == FindingSeverity.Error)
            .Which.Message.Should().Be($"Spanish says {es}, English says {en}");
        EnglishToSpanish.Compare(english, spanish).Should().Contain(f => f.Kind == FindingKind.ValueMismatch && f.Severity == FindingSeverity.Error)
            .Which.Message.Should().Be($"English says {en}, Spanish says {es}");
    }

    [Theory]
    [InlineData("Se identificaron I2 casos en la región.", "Cases were identified in the region.", "letters read as digits")]
    [InlineData("La comisión se instaló en 2O19 con la sociedad civil.", "The commission was set up in 2018 with civil society.", "letters read as digits")]
    public void Reports_a_damaged_number_that_is_not_confirmed_as_a_warning_with_its_reason(string spanish, string english, string reason)
    {
        var damaged = SpanishToEnglish.Compare(spanish, english).Should().ContainSingle(f => f.Kind == FindingKind.DamagedNumber).Subject;

        damaged.Severity.Should().Be(FindingSeverity.Warning);
        damaged.Hint.Should().Be(reason);
    }

    [Theory]
    [InlineData("El primer informe y el segundo plan se publicaron.", "The first report was published.")]
    [InlineData("La comisión se instaló en 2O19 con la sociedad civil.", "The commission was set up in 2019 with civil society.")]
    [InlineData("El programa funcionó en una sola provincia7. Los resultados fueron positivos.", "The program operated in a single province. The results were positive.")]
    [InlineData("El plan se aprobó en 2017.", "The plan was approved last year.")]
    public void Reports_only_info_for_what_cannot_change_a_figure_in_either_direction(string spanish, string english)
    {
        Raised(spanish, english).Should().BeEmpty();
        Raised(spanish, english, spanishFirst: false).Should().BeEmpty();
    }

    [Fact]
    public void Reports_a_date_with_day_and_month_swapped_as_a_warning()
    {
        var finding = SpanishToEnglish.Compare("El acuerdo se firmó el 05/11/2020 en Cusco.", "The agreement was signed on 5/11/2020 in Cusco.").Should().ContainSingle().Subject;

        (finding.Kind, finding.Severity).Should().Be((FindingKind.ValueMismatch, FindingSeverity.Warning));
        finding.Hint.Should().Contain("day and month swapped");
    }
}
