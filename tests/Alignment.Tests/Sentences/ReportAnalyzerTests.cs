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
}
