using Alignment.Comparing;
using Xunit.Abstractions;

namespace Alignment.Tests.Comparing;

public class PartialOmissionTests
{
    // Eight recommendations of the 2021 report (seed 002) as one sentence, and their translation after seed 000.
    internal static readonly string[] EnglishItems =
    [
        "The government should increase overall resources to fight all forms of human trafficking",
        "finalize and implement a National Policy Against Trafficking beyond the current national action plan",
        "amend the anti-trafficking law to prescribe penalties for sex trafficking commensurate with those for rape",
        "proactively screen individuals in commercial sex and displaced Venezuelans for trafficking indicators",
        "increase and institutionalize reintegration services for child victims transitioning out of shelter care",
        "strengthen training for police, prosecutors, and judges on victim-centered procedures",
        "improve data collection systems to report harmonized and disaggregated data",
        "and enforce laws against fraudulent job recruitment, illegal mining and logging, and counterfeit operations",
    ];

    internal static readonly string[] SpanishItems =
    [
        "El Gobierno debería incrementar los recursos generales para combatir todas las formas de trata de personas",
        "finalizar e implementar el Plan Nacional Contra la Trata de Personas más allá del Plan Nacional de Acción vigente",
        "reformar la ley contra la trata de personas para que prescriba penas por trata sexual que guarden relación con las de la violación",
        "analizar de forma activa a los trabajadores del comercio sexual y a los venezolanos desplazados para reconocer indicadores de trata",
        "fortalecer e institucionalizar los servicios de reintegración para las víctimas infantiles que dejan las instituciones de refugio",
        "fortalecer la capacitación para la policía, fiscales y jueces sobre procedimientos centrados en las víctimas",
        "mejorar los sistemas de recopilación de datos para notificar datos armonizados y desagregados",
        "y aplicar leyes contra la contratación laboral fraudulenta, la minería y tala ilegales y las operaciones de falsificación",
    ];

    private static readonly Lazy<BitextResult> SeedPair = new(() =>
        new BitextAligner().Align(ReportDocument.LoadOrThrow(TestFiles.English2021), ReportDocument.LoadOrThrow(TestFiles.Spanish2021)));

    private readonly ITestOutputHelper _output;

    public PartialOmissionTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData(3, 6)]
    [InlineData(1, 4)]
    [InlineData(2, 5)]
    [InlineData(5, 7)]
    public void Two_dropped_recommendations_of_eight_are_each_a_partial_omission_with_their_offsets(int first, int second)
    {
        var (english, spanish) = SeedsWithListSentence(dropInSpanish: [first, second]);

        var result = new BitextAligner().Align(english, spanish);

        var omissions = result.Findings.Where(f => f.Kind == FindingKind.PartialOmission).ToList();
        omissions.Should().HaveCount(2);
        omissions.Should().OnlyContain(f => f.Severity == FindingSeverity.Warning && f.Code == FindingCodes.PartialOmission);
        foreach (var (finding, item) in omissions.Zip(new[] { EnglishItems[first], EnglishItems[second] }))
        {
            int start = english.Text.IndexOf(item, StringComparison.Ordinal);
            finding.SourceSpan.Should().Be(new DocumentSpan(start, start + item.Length, item));
            finding.Message.Should().Contain(item);
            var bead = result.Beads[finding.BeadIndex];
            bead.Source.Should().Contain(s => s.Start <= start && start < s.End);
            finding.TargetSpan!.Start.Should().Be(bead.Target[0].Start);
            finding.TargetSpan.End.Should().Be(bead.Target[^1].End);
        }
    }

    [Fact]
    public void The_complete_list_sentence_raises_no_partial_omission()
    {
        var (english, spanish) = SeedsWithListSentence(dropInSpanish: []);

        var result = new BitextAligner().Align(english, spanish);

        result.Findings.Should().NotContain(f => f.Kind == FindingKind.PartialOmission);
    }

    [Fact]
    public void A_dropped_parenthetical_is_a_partial_omission()
    {
        var (english, spanish) = SeedsWith(
            "The government funded shelters in five regions (including new facilities for adult male victims of forced labor in mining areas) and trained their staff.",
            "El Gobierno financió refugios en cinco regiones y capacitó a su personal.");

        var result = new BitextAligner().Align(english, spanish);

        var finding = result.Findings.Should().ContainSingle(f => f.Kind == FindingKind.PartialOmission).Subject;
        finding.SourceSpan!.Text.Should().Be("including new facilities for adult male victims of forced labor in mining areas");
    }

    [Fact]
    public void The_seed_pair_raises_no_partial_omission_bead_by_bead()
    {
        var result = SeedPair.Value;
        var finder = new PartialOmissionFinder(Languages.LanguageProfile.Get("en"), Languages.LanguageProfile.Get("es"));
        int multiPart = 0, judged = 0;
        double lowest = 1;
        foreach (var bead in result.Beads.Where(b => b.Source.Count > 0 && b.Target.Count > 0))
        {
            var evidence = finder.Evidence(bead.Source, bead.Target);
            if (evidence.Count < 2)
            {
                continue;
            }

            multiPart++;
            foreach (var (part, distinctive, matched, _) in evidence.Where(e => e.Distinctive >= Alignment.Aligning.AlignmentModel.MinDistinctiveTokens))
            {
                judged++;
                lowest = Math.Min(lowest, (double)matched / distinctive);
                _output.WriteLine($"bead {bead.Index}: {matched}/{distinctive} {part.Text}");
            }
        }

        _output.WriteLine($"{multiPart} beads with several parts, {judged} parts judged, lowest matched share {lowest:0.00}");
        multiPart.Should().BeGreaterThan(20);
        judged.Should().BeGreaterThan(20);
        result.Findings.Count(f => f.Kind == FindingKind.PartialOmission).Should().Be(0);
    }

    [Fact]
    public void Parts_split_at_semicolons_bullets_and_brackets_with_offsets_into_the_document()
    {
        var document = Document("Police identified 640 victims (385 adults); prosecutors charged 44 suspects • judges convicted 29.", "en");
        var structure = new BitextAligner().Analyze(document);

        var parts = PartialOmissionFinder.Parts(structure.Sentences);

        parts.Select(p => p.Text).Should().Equal("Police identified 640 victims", "385 adults", "prosecutors charged 44 suspects", "judges convicted 29");
        parts.Select(p => document.Text.Substring(p.Start, p.End - p.Start)).Should().Equal(parts.Select(p => p.Text));
    }

    internal static (ReportDocument English, ReportDocument Spanish) SeedsWithListSentence(int[] dropInSpanish)
    {
        string englishSentence = string.Join("; ", EnglishItems) + ".";
        string spanishSentence = string.Join("; ", SpanishItems.Where((_, k) => !dropInSpanish.Contains(k))) + ".";
        return SeedsWith(englishSentence, spanishSentence);
    }

    // The seed pair with one more paragraph on each side, just before the recommendations.
    internal static (ReportDocument English, ReportDocument Spanish) SeedsWith(string englishParagraph, string spanishParagraph)
    {
        string english = Insert(File.ReadAllText(TestFiles.English2021), "PRIORITIZED RECOMMENDATIONS", englishParagraph);
        string spanish = Insert(File.ReadAllText(TestFiles.Spanish2021), "RECOMENDACIONES EN ORDEN", spanishParagraph);
        return (Document(english, "en"), Document(spanish, "es"));

        static string Insert(string text, string before, string paragraph)
        {
            int at = text.IndexOf(before, StringComparison.Ordinal);
            return string.Concat(text.AsSpan(0, at), paragraph, "\n\n", text.AsSpan(at));
        }
    }

    private static ReportDocument Document(string text, string language) =>
        ReportDocument.FromText(text, language + ".txt", Language.Parse(language)).GetDocumentOrThrow();
}
