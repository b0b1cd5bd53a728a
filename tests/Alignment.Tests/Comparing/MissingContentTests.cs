using Alignment.Batch;

namespace Alignment.Tests.Comparing;

/// <summary>Truncated translations and sections on one side only, generated from the seed pair (002 English ↔ 000 Spanish).</summary>
public class MissingContentTests
{
    private static readonly BitextAligner Aligner = new();

    private static readonly Lazy<string> English = new(() => File.ReadAllText(TestFiles.English2021));

    private static readonly Lazy<string> Spanish = new(() => File.ReadAllText(TestFiles.Spanish2021));

    private static readonly Lazy<BitextResult> Full = new(() => Aligner.Align(Document(English.Value, "en"), Document(Spanish.Value, "es")));

    private static readonly FindingKind[] ValueKinds = [FindingKind.ValueMismatch, FindingKind.ScaleMismatch, FindingKind.UnitMismatch];

    [Theory]
    [InlineData(4096)]   // in the recommendations
    [InlineData(12288)]  // near the end of the prosecution section
    [InlineData(19000)]  // in the middle of the protection section
    [InlineData(33000)]  // inside the last section, the profile
    public void A_Spanish_translation_cut_short_aligns_what_it_has_and_reports_the_rest_as_truncated(int characters)
    {
        var english = Document(English.Value, "en");
        var spanish = Document(Spanish.Value[..characters], "es");

        var result = Aligner.Align(english, spanish);

        result.UsedWholeDocumentFallback.Should().BeFalse();
        var truncated = result.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Truncated).Subject;
        truncated.Severity.Should().Be(FindingSeverity.Error);
        truncated.Code.Should().Be(FindingCodes.Truncated);
        var firstMissing = result.Beads[truncated.BeadIndex].Source[0];
        truncated.SourceSpan!.Start.Should().Be(firstMissing.Start);
        truncated.SourceSpan.End.Should().Be(result.Source.Sentences[^1].End);
        truncated.TargetSpan.Should().Be(new DocumentSpan(result.Target.Sentences[^1].End, result.Target.Sentences[^1].End, ""));
        result.Beads.Skip(truncated.BeadIndex).Should().OnlyContain(b => b.IsOmission);

        // What both have is aligned as in the full pair, but for the beads at the cut.
        var full = Full.Value.Beads.Select(Key).ToHashSet();
        var matched = result.Beads.Where(b => b.Source.Count > 0 && b.Target.Count > 0).ToList();
        matched.Count(b => !full.Contains(Key(b))).Should().BeLessThanOrEqualTo(3);
        matched.Count.Should().BeGreaterThan(result.Target.Sentences.Count / 2);

        // No value error the full pair does not have, and no note for every number of the missing tail.
        var fullErrors = Full.Value.Findings.Where(f => ValueKinds.Contains(f.Kind)).Select(f => f.Source!.Start).ToHashSet();
        result.Findings.Where(f => ValueKinds.Contains(f.Kind)).Select(f => f.Source!.Start).Should().BeSubsetOf(fullErrors);
        result.Findings.Should().NotContain(f => f.Kind == FindingKind.UnalignedNumber && f.BeadIndex >= truncated.BeadIndex);
    }

    [Theory]
    [InlineData(3000)]
    [InlineData(10000)]  // ends in a heading-like stub, "The government ackno"
    [InlineData(28000)]  // inside the last section
    public void An_English_original_cut_short_is_reported_as_truncated_on_the_source_side(int characters)
    {
        var result = Aligner.Align(Document(English.Value[..characters], "en"), Document(Spanish.Value, "es"));

        var truncated = result.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Truncated).Subject;
        truncated.TargetSpan!.End.Should().Be(result.Target.Sentences[^1].End);
        truncated.SourceSpan!.Start.Should().Be(truncated.SourceSpan.End);
        truncated.Message.Should().Contain("English source stops early");
    }

    [Fact]
    public void Ends_that_both_stay_unpaired_are_no_truncation()
    {
        // Spain's core document (genre set, dev): the English table of contents ends in six entries its PDF columns glued
        // together, the Spanish one in entries its extraction shredded into lines of their own. Neither pairs, and the
        // Spanish was reported as stopping early: it goes on, with its own unpaired units right up to the English tail.
        // Since the contents' entries pair (dot leaders no longer count as length), the document is checked as it is, and the
        // rule on a pair made the same way.
        Tests.Aligning.GenreSet.Score("unreport-spain-core-2010").Result.Findings.Should().NotContain(f => f.Kind == FindingKind.Truncated);

        string[] countries = ["Argentina", "Brasil", "Chile", "Colombia", "Ecuador", "Paraguay", "Perú", "Uruguay", "Venezuela", "Bolivia"];
        string english = string.Join("\n\n", countries.Select((c, k) => $"In {2000 + k}, the Government of {c} reported {1000 + (37 * k)} cases of violence against women to the Committee."))
            + "\n\nAnnex I.List of the organizations consulted by the mission 4512\n\nAnnex II.Schedule of the meetings held in the capital 4713"
            + "\n\nAnnex III.Map of the provinces visited 4914\n\nAnnex IV.Statistical tables on the cases reported 5115\n";
        string spanish = string.Join("\n\n", countries.Select((c, k) => $"En {2000 + k}, el Gobierno de {c} informó al Comité de {1000 + (37 * k)} casos de violencia contra las mujeres."))
            + "\n\nLos cuadros estadísticos que acompañan a este informe figuran en el sitio web de la oficina regional, donde se actualizan cada trimestre con los datos que remiten los ministerios, las fiscalías y las organizaciones de la sociedad civil que colaboran con el programa."
            + "\n\nLas siglas y los acrónimos que se emplean a lo largo del documento se explican en el glosario que cierra el volumen, junto con las definiciones de los indicadores y de las categorías de violencia que utilizan los sistemas nacionales de registro."
            + "\n\nEsta versión sustituye a la que se publicó en marzo sin corrección de estilo, y la bibliografía completa, con las referencias de las leyes y de las sentencias citadas, puede solicitarse a la secretaría de la oficina por correo electrónico.\n";

        var result = Aligner.Align(Document(english, "en"), Document(spanish, "es"));

        result.Beads.Count(b => b.IsOmission).Should().Be(4, "the English annexes stay unpaired");
        result.Beads.Count(b => b.IsAddition).Should().Be(3, "the Spanish goes on with units of its own");
        result.Findings.Should().NotContain(f => f.Kind == FindingKind.Truncated);
    }

    [Fact]
    public void A_translation_cut_short_with_a_translators_note_after_it_is_still_truncated()
    {
        // Ten of twenty sentences translated, then a translator's note of three: the note is the short side's own unpaired
        // text right before the missing tail, but the tail is far longer than it, so the translation still stops early.
        string[] countries = ["Argentina", "Brasil", "Chile", "Colombia", "Ecuador", "Paraguay", "Perú", "Uruguay", "Venezuela", "Bolivia",
            "México", "Panamá", "Honduras", "Guatemala", "Nicaragua", "Cuba", "Haití", "Jamaica", "Belice", "Guyana"];
        string english = string.Join("\n\n", countries.Select((c, k) => $"In {2000 + k}, the Government of {c} reported {1000 + (37 * k)} cases of violence against women to the Committee."));
        string spanish = string.Join("\n\n", countries.Take(10).Select((c, k) => $"En {2000 + k}, el Gobierno de {c} informó al Comité de {1000 + (37 * k)} casos de violencia contra las mujeres."))
            + "\n\nNota: esta traducción no oficial fue preparada por voluntarios de la organización y no ha sido revisada por los servicios de traducción de las Naciones Unidas, por lo que cualquier discrepancia con el texto original en inglés deberá resolverse a favor de este último, que es el único texto auténtico del documento y de sus anexos técnicos."
            + "\n\nLas consultas sobre esta traducción pueden dirigirse a la oficina regional de la organización, que las atenderá en el orden en que se reciban y procurará responderlas en un plazo razonable, teniendo en cuenta el volumen de trabajo de su personal y la disponibilidad de voluntarios para la revisión de los textos."
            + "\n\nAgradecemos a todas las personas que colaboraron con su revisión desinteresada, en particular a los estudiantes de traducción de las universidades asociadas, cuyo esfuerzo ha hecho posible que este documento llegue a un público más amplio en los países de habla hispana de la región y fuera de ella.\n";

        var result = Aligner.Align(Document(english, "en"), Document(spanish, "es"));

        result.Beads.Count(b => b.IsAddition).Should().BeGreaterThanOrEqualTo(3, "the note stays unpaired");
        result.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Truncated);
    }

    [Fact]
    public void A_translation_missing_its_last_sentence_only_is_not_truncated()
    {
        var full = Full.Value;
        string spanish = Spanish.Value[..full.Target.Sentences[^1].Start];

        var result = Aligner.Align(Document(English.Value, "en"), Document(spanish, "es"));

        result.Findings.Should().NotContain(f => f.Kind == FindingKind.Truncated || f.Kind == FindingKind.MissingSection);
    }

    [Fact]
    public void A_section_the_translation_lacks_is_a_missing_section_error_with_its_offsets()
    {
        string spanish = Spanish.Value;
        int start = spanish.IndexOf("PREVENCION", StringComparison.Ordinal);
        int end = spanish.IndexOf("EL PERFIL DE LA TRATA", StringComparison.Ordinal);
        var english = Document(English.Value, "en");

        var result = Aligner.Align(english, Document(spanish[..start] + spanish[end..], "es"));

        var missing = result.Findings.Should().ContainSingle(f => f.Kind == FindingKind.MissingSection).Subject;
        missing.Severity.Should().Be(FindingSeverity.Error);
        var prevention = result.Source.Sections.Single(s => s.Kind == SectionKind.Prevention);
        missing.SourceSpan!.Start.Should().Be(prevention.Start);
        missing.SourceSpan.End.Should().Be(prevention.End);
        missing.TargetSpan!.Start.Should().Be(missing.TargetSpan.End);
        missing.Message.Should().Contain("prevention section");
        result.Findings.Should().NotContain(f => f.Kind == FindingKind.Truncated);
        result.Findings.Should().NotContain(f => f.Kind == FindingKind.UnalignedNumber && result.Beads[f.BeadIndex].Section == SectionKind.Prevention);
    }

    [Fact]
    public void The_complete_seed_pair_has_no_missing_content()
    {
        Full.Value.Findings.Should().NotContain(f => f.Kind == FindingKind.Truncated || f.Kind == FindingKind.MissingSection);
    }

    [Fact]
    public void Unrelated_documents_get_no_missing_content_findings()
    {
        var result = Aligner.Align(ReportDocument.LoadOrThrow(TestFiles.Spanish2021), ReportDocument.LoadOrThrow(TestFiles.Spanish2013));

        result.Findings.Should().NotContain(f => f.Kind == FindingKind.Truncated || f.Kind == FindingKind.MissingSection);
    }

    [Fact]
    public void The_same_document_twice_is_refused()
    {
        var english = ReportDocument.LoadOrThrow(TestFiles.English2021);

        var act = () => Aligner.Align(english, ReportDocument.LoadOrThrow(TestFiles.English2021));

        act.Should().Throw<ReportFormatException>().Which.Diagnostic.Code.Should().Be(DiagnosticCodes.SameDocument);
    }

    [Fact]
    public void A_near_identical_copy_is_refused()
    {
        // Every fifth sentence reworded, the last third cut off: still one text.
        var original = Aligner.Analyze(Document(Spanish.Value, "es"));
        var copy = string.Join("\n\n", original.Sentences.Take(original.Sentences.Count * 2 / 3)
            .Select((s, k) => k % 5 == 0 ? "Texto cambiado por completo en esta frase." : s.Text));

        var act = () => Aligner.Align(Document(Spanish.Value, "es"), Document(copy, "es"));

        act.Should().Throw<ReportFormatException>();
    }

    [Fact]
    public void Different_reports_in_one_language_and_a_translation_pair_share_few_word_sequences()
    {
        var spanish2021 = Aligner.Analyze(Document(Spanish.Value, "es"));
        var spanish2019 = Aligner.Analyze(ReportDocument.LoadOrThrow(TestFiles.Spanish2019));
        var english2021 = Aligner.Analyze(Document(English.Value, "en"));

        SameDocumentCheck.SharedShare(spanish2021, spanish2021).Should().Be(1.0);
        SameDocumentCheck.SharedShare(spanish2021, spanish2019).Should().BeLessThan(Alignment.Aligning.AlignmentModel.SameDocumentShare / 2);
        SameDocumentCheck.SharedShare(english2021, spanish2021).Should().BeLessThan(0.05);
    }

    [Fact]
    public void A_batch_pair_of_one_file_twice_fails_with_the_same_document_error()
    {
        var runner = new BatchRunner(Aligner, 1);

        var result = runner.Run(0, new BatchPair("twice", TestFiles.Spanish2021, TestFiles.Spanish2021));

        result.Result.Should().BeNull();
        result.Error.Should().Contain("same document");
    }

    private static (string, string) Key(Bead bead) =>
        (string.Join(',', bead.Source.Select(s => s.Index)), string.Join(',', bead.Target.Select(t => t.Index)));

    private static ReportDocument Document(string text, string language) =>
        ReportDocument.FromText(text, language + ".txt", Language.Parse(language)).GetDocumentOrThrow();
}
