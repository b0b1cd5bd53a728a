using Alignment.Languages;
using Alignment.Comparing;
using Alignment.Numbers;
using Alignment.Tests.Numbers;

namespace Alignment.Tests.Comparing;

public class NumberComparerTests
{
    private static readonly NumberComparer Comparer = new(LanguageProfile.Get("es"), LanguageProfile.Get("en"));

    // Sentences of seeds 000 (Spanish, OCR'd) and 002 (English original), as they stand there.
    private const string SpanishBudget =
        "El Gobierno asigno 15.5 millones de soles\n(414 480 $) a estas unidades, lo cual resulto insuficiente para cubrir las necesidades de\ncapacitacion, operaciones, equipos de oficina y tecnologia.";
    private const string EnglishBudget =
        "The government allocated 1.5 million soles (\\$414,480) to these units, which was insufficient for the needs of training, operations, office\n\nequipment, and technology.";
    private const string SpanishPenalties =
        "El articulo 129 (antes, articulo 153) del Codigo Penal tipifica como delito la trata con fines de explotacion sexual y laboral, y establece penas de ocho a\n15 afios de prision para los delitos que involucran a victimas adultas, de 12 a 20 afios\nde prision para los delitos que involucran a victimas de entre 14 y 18 afios, y una\npena minima de 25 afios de prision para los delitos que involucran a victimas menores\nde 14 afios.";
    private const string EnglishPenalties =
        "Article 129 (previously Article 153) of the penal code criminalized sex trafficking and labor trafficking and prescribed penalties of eight to 15 years' imprisonment for offenses involving adult victims, 12 to 20 years' imprisonment for offenses involving victims between the ages of 14 and 18 years old, and a minimum of 25 years' imprisonment for offenses involving victims younger than the age of 14.";
    private const string SpanishVictims =
        "En 2020, las unidades policiales especializadas en la lucha contra la trata de personas identificaron a\n640 presuntas victimas, frente a las 1054 en 2019, y las 1600 en 2018.";
    private const string EnglishVictims =
        "Specialized anti-trafficking police units identified 640 suspected victims in 2020, compared with 1,054 in 2019 and 1,600 in 2018.";
    private const string SpanishFunding =
        "En 2020, el Gobierno asigno 2.35 millones de soles\n(649 350 $) al Plan Nacional, lo cual represent6 una reduccion considerable frente a los 4 millones\nde soles (1.11 $ millones) asignados en 2019.";
    private const string EnglishFunding =
        "In 2020, the government allocated 2.35 million soles (\\$649,350) to the national plan, a significant decrease from 4 million soles (\\$1.11 million) in 2019.";

    /// <summary>Builds one document per side from sentences and the beads that pair them as given.</summary>
    private static (IReadOnlyList<Bead> Beads, string Source, string Target) Beads(params (string[] Source, string[] Target)[] pairs)
    {
        var source = new System.Text.StringBuilder();
        var target = new System.Text.StringBuilder();
        int sourceIndex = 0, targetIndex = 0;
        var beads = new List<Bead>();
        foreach (var (sources, targets) in pairs)
        {
            beads.Add(new Bead(beads.Count, SectionKind.Prosecution,
                sources.Select(s => Span(source, s, sourceIndex++)).ToList(),
                targets.Select(t => Span(target, t, targetIndex++)).ToList(), 1));
        }

        return (beads, source.ToString(), target.ToString());
    }

    private static SentenceSpan Span(System.Text.StringBuilder document, string sentence, int index)
    {
        if (document.Length > 0)
        {
            document.Append("\n\n");
        }

        int start = document.Length;
        document.Append(sentence);
        return new SentenceSpan(index, 0, start, document.Length, sentence, sentence.ReplaceLineEndings(" "), false);
    }

    private static IReadOnlyList<Finding> Compare(params (string[] Source, string[] Target)[] pairs)
    {
        var (beads, source, target) = Beads(pairs);
        return Comparer.Compare(beads, source, target);
    }

    [Fact]
    public void Reports_15_5_millones_vs_1_5_million_as_the_one_error_of_the_budget_sentence()
    {
        var (beads, source, target) = Beads(([SpanishBudget], [EnglishBudget]));

        var findings = Comparer.Compare(beads, source, target);

        var finding = findings.Should().ContainSingle().Subject;
        finding.Kind.Should().Be(FindingKind.ValueMismatch);
        finding.Severity.Should().Be(FindingSeverity.Error);
        finding.BeadIndex.Should().Be(0);
        finding.Message.Should().Be("Spanish says 15.5 million soles, English says 1.5 million soles");
        finding.Hint.Should().Be("inserted digit");
        finding.Source!.Text.Should().Be("15.5 millones de soles");
        source[finding.Source.Start..finding.Source.End].Should().Be("15.5 millones de soles");
        target[finding.Target!.Start..finding.Target.End].Should().Be("1.5 million soles");
    }

    [Fact]
    public void Compares_two_loaded_documents_in_their_own_languages()
    {
        var es = ReportDocument.FromText(SpanishBudget, "es.txt", Language.Spanish).GetDocumentOrThrow();
        var en = ReportDocument.FromText(EnglishBudget, "en.txt", Language.English).GetDocumentOrThrow();
        var bead = new Bead(0, SectionKind.Prosecution, [new SentenceSpan(0, 0, 0, es.Text.Length, es.Text, es.Text, false)], [new SentenceSpan(0, 0, 0, en.Text.Length, en.Text, en.Text, false)], 1);

        var findings = NumberComparer.For(es, en).Compare([bead], es, en);

        findings.Should().ContainSingle().Which.Kind.Should().Be(FindingKind.ValueMismatch);
        var swapped = () => NumberComparer.For(es, en).Compare([bead], en, es);
        swapped.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Numbers_read_ahead_are_the_ones_compared_and_give_the_same_findings()
    {
        var (beads, source, target) = Beads(([SpanishBudget], [EnglishBudget]), ([SpanishVictims], [EnglishVictims]), ([SpanishFunding], [EnglishFunding]));
        var sourceSentences = beads.SelectMany(b => b.Source).ToList();
        var targetSentences = beads.SelectMany(b => b.Target).ToList();
        var read = new SentenceNumbers(); // grows as the sentences come, before a document's count is known

        Comparer.ReadAhead(true, source, sourceSentences, read);
        Comparer.ReadAhead(false, target, targetSentences, read);
        var kept = read.Of(true, sourceSentences[0]);
        var findings = Comparer.Compare(beads, source, target, read);

        kept.Should().NotBeNull().And.Contain(m => m.Text == "15.5 millones de soles");
        read.Of(false, targetSentences[^1]).Should().ContainSingle(m => m.Text == "4 million soles");
        read.Of(true, sourceSentences[0]).Should().BeSameAs(kept, "the comparer uses what was read ahead instead of reading again");
        findings.Select(f => f.Message).Should().Equal(Comparer.Compare(beads, source, target).Select(f => f.Message));
        findings.Should().ContainSingle(f => f.Kind == FindingKind.ValueMismatch);

        // What is kept is what is compared: with a side's numbers kept as none, its numbers are all missing.
        var none = new SentenceNumbers(sourceSentences.Count, targetSentences.Count);
        foreach (var sentence in targetSentences)
        {
            none.Keep(false, sentence, []);
        }

        Comparer.Compare(beads, source, target, none).Should().NotBeEmpty().And.OnlyContain(f => f.Kind == FindingKind.MissingInTarget);
    }

    [Fact]
    public void Finds_nothing_in_sentences_that_differ_only_in_format()
    {
        Compare(([SpanishPenalties], [EnglishPenalties]), ([SpanishVictims], [EnglishVictims]), ([SpanishFunding], [EnglishFunding]))
            .Should().BeEmpty();
    }

    [Fact]
    public void Finds_nothing_between_ocho_a_15_anos_and_eight_to_15_years()
    {
        Compare((["penas de ocho a 15 afios de prision"], ["penalties of eight to 15 years' imprisonment"])).Should().BeEmpty();
    }

    [Theory]
    [InlineData("EI Codigo Penal también incluyé 15 delitos\nseparados relativos a diferentes tipos de explotacion, incluidos “trabajo forzoso”,\n“esclavitud y otras formas de explotacion”, y 10 delitos que incluyen la\nexplotacion sexual.",
        "The penal code also included 15 separate offenses for different forms of exploitation including \"forced labor,\" \"slavery and other forms of exploitation,\" and ten crimes involving sexual exploitation.")]
    [InlineData("Casi la mitad de estos operativos fueron realizados en enero y\nfebrero de 2020.",
        "Nearly half the operations were conducted in January and February 2020.")]
    [InlineData("EI Gobierno\nabri6 51 nuevos centros de emergencia en 2020, alcanzando asi un total de 446,\naungue fueron cerrados temporalmente entre marzo y mayo de 2020 debido a la\npandemia.",
        "The government added 51 new emergency centers in 2020, bringing the total to 446, though they were temporarily closed between March and May 2020 following the onset of the pandemic.")]
    [InlineData("En el marco de un acuerdo con el Gobierno de\nCuba, el Ministerio de Salud del Pert se comprometio a pagar un estipendio\nmensual de 2000 $ a cada miembro de una comision médica cubana que trabajo en\nPeru entre junio y diciembre.",
        "Under an agreement with the Cuban government, the Peruvian Ministry of Health committed to paying a \\$2,000 monthly stipend to each member of a Cuban medical mission working in Peru between June and December; the direct payments to personnel may have decreased their vulnerability to being exploited in forced labor by the Cuban government.")]
    public void Finds_nothing_in_seed_sentences_that_write_the_same_numbers_differently(string spanish, string english)
    {
        Compare(([spanish], [english])).Should().BeEmpty();
    }

    [Fact]
    public void Does_not_report_one_written_as_a_word_against_the_article_una()
    {
        Compare((
            ["En respuesta al nimero cada vez mayor de llamadas por\nparte del publico durante la pandemia, el MDI incremento el financiamiento para\nuna de las lineas telefonicas y capacit6 al 85 % de sus operadores durante el\nperiodo del informe."],
            ["In response to an increase in calls from the public during the pandemic, MOI increased funding for one of the lines and trained 85 percent of its operators during the reporting period."]))
            .Should().BeEmpty();
    }

    [Fact]
    public void Reports_mil_for_million_as_a_scale_mismatch()
    {
        var finding = Compare((["asigno 15 mil soles"], ["allocated 15 million soles"])).Should().ContainSingle().Subject;

        finding.Kind.Should().Be(FindingKind.ScaleMismatch);
        finding.Message.Should().Be("Spanish says 15 thousand soles, English says 15 million soles");
    }

    [Fact]
    public void Reports_billon_for_billion_as_a_scale_mismatch()
    {
        var finding = Compare((["El fondo recibio 2 billones de dolares."], ["The fund received $2 billion."])).Should().ContainSingle().Subject;

        finding.Kind.Should().Be(FindingKind.ScaleMismatch);
        finding.Severity.Should().Be(FindingSeverity.Error);
        finding.Message.Should().Be("Spanish says $2 trillion, English says $2 billion");
        finding.Hint.Should().Contain("billón");
    }

    [Fact]
    public void Takes_mil_millones_for_a_billion()
    {
        Compare((["El fondo recibio 2 mil millones de dolares."], ["The fund received $2 billion."])).Should().BeEmpty();
    }

    [Fact]
    public void Reports_soles_for_dollars_as_a_unit_mismatch()
    {
        var finding = Compare((["asigno 4 millones de soles"], ["allocated \\$4 million"])).Should().ContainSingle().Subject;

        finding.Kind.Should().Be(FindingKind.UnitMismatch);
        finding.Message.Should().Be("Spanish says 4 million soles, English says $4 million");
    }

    [Fact]
    public void Reports_a_count_missing_in_the_translation_as_a_warning()
    {
        var finding = Compare((["Los jueces emitieron absoluciones."], ["Judges issued 15 acquittals."])).Should().ContainSingle().Subject;

        finding.Kind.Should().Be(FindingKind.ExtraInTarget);
        finding.Severity.Should().Be(FindingSeverity.Warning);
        finding.Source.Should().BeNull();
        finding.Target!.Value.Should().Be(15);
        finding.Message.Should().Be("English says 15 (\"15\"); Spanish has no such number");
    }

    [Fact]
    public void Reports_a_year_missing_in_the_translation_as_info()
    {
        var finding = Compare((["En 2020, el Gobierno contrato cuatro fiscales."], ["The government hired four prosecutors."])).Should().ContainSingle().Subject;

        finding.Kind.Should().Be(FindingKind.MissingInTarget);
        finding.Severity.Should().Be(FindingSeverity.Info);
    }

    [Fact]
    public void Reports_swapped_digits_with_a_hint()
    {
        var finding = Compare((["identificaron a 460 victimas"], ["identified 640 victims"])).Should().ContainSingle().Subject;

        finding.Kind.Should().Be(FindingKind.ValueMismatch);
        finding.Hint.Should().Be("swapped digits");
    }

    [Fact]
    public void Reports_a_different_month_in_a_date()
    {
        var finding = Compare((["En mayo de 2021, el Gobierno"], ["In March 2021, the government"])).Should().ContainSingle().Subject;

        finding.Kind.Should().Be(FindingKind.ValueMismatch);
        finding.Message.Should().Be("Spanish says May 2021, English says March 2021");
    }

    [Fact]
    public void Reports_numbers_of_an_unaligned_sentence_as_unaligned_not_against_a_neighbour()
    {
        var findings = Compare(([SpanishVictims], [EnglishVictims]), (["Los jueces emitieron 15 absoluciones."], []), ([], ["The government added 51 new emergency centers."]));

        findings.Should().HaveCount(2);
        findings.Should().OnlyContain(f => f.Kind == FindingKind.UnalignedNumber && f.Severity == FindingSeverity.Info);
        findings[0].BeadIndex.Should().Be(1);
        findings[0].Source!.Value.Should().Be(15);
        findings[1].BeadIndex.Should().Be(2);
        findings[1].Target!.Value.Should().Be(51);
    }

    [Fact]
    public void Matches_the_numbers_of_a_two_to_one_bead_across_both_sentences()
    {
        Compare((["Las autoridades procesaron a 44 sospechosos.", "Condenaron a 29 tratantes."], ["Authorities prosecuted 44 suspects and convicted 29 traffickers."]))
            .Should().BeEmpty();
    }

    [Fact]
    public void Accepts_the_alternative_reading_of_1_054_on_either_side()
    {
        Compare((["frente a 1.054 victimas"], ["compared with 1,054 victims"])).Should().BeEmpty();
        Compare((["un indice de 1,054"], ["a ratio of 1.054"])).Should().BeEmpty();
    }

    [Fact]
    public void Finds_only_the_budget_error_among_the_amounts_of_the_whole_2021_pair_taken_as_one_bead()
    {
        string es = File.ReadAllText(TestFiles.Spanish2021);
        string en = File.ReadAllText(TestFiles.English2021);
        var bead = new Bead(0, SectionKind.Other, [new SentenceSpan(0, 0, 0, es.Length, es, es, false)], [new SentenceSpan(0, 0, 0, en.Length, en, en, false)], 1);

        var findings = Comparer.Compare([bead], es, en);

        // "seis" pairs with the "six" the English source glues into "sixweek"; the budget error is all that is left.
        findings.Should().ContainSingle().Which.Message.Should().Be("Spanish says 15.5 million soles, English says 1.5 million soles");
    }

    [Theory]
    [InlineData("15.5", "1.5", "inserted digit")]
    [InlineData("640", "460", "swapped digits")]
    [InlineData("641", "640", "wrong digit")]
    [InlineData("6", "1", null)]
    [InlineData("15.5", "1.55", "misplaced decimal separator")]
    [InlineData("640", "17", null)]
    public void Names_the_slip_between_two_numbers(string spanish, string english, string? hint)
    {
        var s = NumberReaderTests.Spanish.Read(spanish).Single();
        var t = NumberReaderTests.English.Read(english).Single();
        NumberComparer.Slip(s, t).Should().Be(hint);
    }
}
