using Alignment.Sentences;

namespace Alignment.Tests.Sentences;

public class ReportAnalyzerTests
{
    [Fact]
    public void Bulleted_recommendations_are_units_without_their_bullet()
    {
        var document = ReportDocument.LoadOrThrow(TestFiles.English2021);
        var structure = new ReportAnalyzer().Analyze(document);
        var recommendations = structure.Sections.Single(s => s.Kind == SectionKind.Recommendations);

        var units = structure.Sentences.Where(s => s.SectionIndex == recommendations.Index && !s.IsHeading).ToList();

        units.Should().HaveCount(14);
        units.Should().OnlyContain(s => !s.NormalizedText.StartsWith('•') && s.Text == document.Text.Substring(s.Start, s.End - s.Start));
        units[1].NormalizedText.Should().StartWith("Finalize and implement a National Policy");
    }

    [Fact]
    public void Headings_are_units_of_their_own()
    {
        var structure = new ReportAnalyzer().Analyze(ReportDocument.LoadOrThrow(TestFiles.Spanish2021));

        structure.Sentences.Where(s => s.IsHeading).Select(s => s.NormalizedText).Should().Equal(
            "Peru (Nivel 2)", "RECOMENDACIONES EN ORDEN DE PRIORIDAD:", "PROCESAMIENTO JUDICIAL", "PROTECCION", "PREVENCION", "EL PERFIL DE LA TRATA DE PERSONAS");
    }

    [Fact]
    public void A_paragraphs_first_sentence_and_each_line_of_its_own_start_a_paragraph()
    {
        // An OCR'd, hard-wrapped paragraph (the seed) and the web copy of a UN message (genre set), whose lines are units.
        var seed = new ReportAnalyzer().Analyze(ReportDocument.LoadOrThrow(TestFiles.Spanish2021));
        var message = new ReportAnalyzer().Analyze(ReportDocument.FromText(
            File.ReadAllText(Path.Combine(TestFiles.Data("genres"), "unmsg-unday-2011.en.txt")), "unday.en.txt").GetDocumentOrThrow());

        seed.Sentences.Where(s => s.IsHeading).Should().OnlyContain(s => s.StartsParagraph);
        var body = seed.Sentences.Where(s => !s.IsHeading).ToList();
        body.Count(s => s.StartsParagraph).Should().BeInRange(body.Count / 10, body.Count / 2, "a wrapped paragraph holds several sentences");
        message.Sentences.Single(s => s.NormalizedText == "24 October 2011|Statement").StartsParagraph.Should().BeTrue();
        message.Sentences.Single(s => s.NormalizedText == "Some say our planet is too crowded.").StartsParagraph.Should().BeTrue();
        message.Sentences.Single(s => s.NormalizedText == "I say we are seven billion strong.").StartsParagraph.Should().BeFalse();
    }
}
