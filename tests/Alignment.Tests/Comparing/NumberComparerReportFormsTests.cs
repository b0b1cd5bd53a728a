using Alignment.Languages;
using Alignment.Comparing;
using Alignment.Numbers;

namespace Alignment.Tests.Comparing;

/// <summary>The comparer on the forms of issue 11: sign flips, percentage points, and a correct translation that uses them all.</summary>
public class NumberComparerReportFormsTests
{
    private static readonly NumberComparer Comparer = new(LanguageProfile.Get("es"), LanguageProfile.Get("en"));

    private static IReadOnlyList<Finding> Compare(string spanish, string english) => OneBead.Compare(Comparer, spanish, english, SectionKind.Prosecution);

    [Theory]
    [InlineData("la proporción bajó a -9,2 %", "the share fell to 9.2%")]
    [InlineData("una temperatura de menos 3 grados", "a temperature of 3 degrees")]
    [InlineData("un saldo de 5 soles", "a balance of minus 5 soles")]
    public void Reports_a_sign_flip(string spanish, string english)
    {
        var finding = Compare(spanish, english).Should().ContainSingle().Subject;
        finding.Kind.Should().Be(FindingKind.SignMismatch);
        finding.Severity.Should().Be(FindingSeverity.Warning);
        finding.Hint.Should().Be("opposite sign");
    }

    [Fact]
    public void Finds_nothing_when_both_sides_carry_the_sign()
    {
        Compare("la proporción bajó a -9,2 %", "the share fell to -9.2 percent").Should().BeEmpty();
    }

    [Fact]
    public void Reports_percent_against_percentage_points_as_a_unit_mismatch()
    {
        var finding = Compare("la tasa aumentó un 5 %", "the rate rose 5 percentage points").Should().ContainSingle().Subject;
        finding.Kind.Should().Be(FindingKind.UnitMismatch);
        finding.Severity.Should().Be(FindingSeverity.Error);
        finding.Hint.Should().Be("percent vs percentage points");
        finding.Message.Should().Be("Spanish says 5 percent, English says 5 percentage points");
    }

    [Fact]
    public void Finds_nothing_between_puntos_porcentuales_and_percentage_points()
    {
        Compare("la tasa aumentó 5 puntos porcentuales", "the rate rose 5 percentage points").Should().BeEmpty();
    }

    [Fact]
    public void Pairs_a_digit_one_with_its_counterpart_before_an_article_una()
    {
        // "una" is read as one only inside compounds; a digit 1 must never be taken by an article-like "one".
        Compare("una de las 1 víctimas y treinta y un casos", "one of the 1 victims and thirty-one cases").Should().BeEmpty();
    }

    [Fact]
    public void Raises_nothing_above_info_on_a_correct_translation_that_uses_the_report_forms()
    {
        var english = ReportDocument.Load(TestFiles.Data(Path.Combine("report-forms", "en.txt")), Language.English).GetDocumentOrThrow();
        var spanish = ReportDocument.Load(TestFiles.Data(Path.Combine("report-forms", "es.txt")), Language.Spanish).GetDocumentOrThrow();

        var result = new BitextAligner().Align(english, spanish);

        result.Beads.Should().HaveCountGreaterThan(8);
        result.Findings.Where(f => f.Severity > FindingSeverity.Info).Should().BeEmpty();
    }

    [Fact]
    public void Reports_the_one_changed_number_in_the_report_forms_translation()
    {
        string englishText = File.ReadAllText(TestFiles.Data(Path.Combine("report-forms", "en.txt")));
        string spanishText = File.ReadAllText(TestFiles.Data(Path.Combine("report-forms", "es.txt"))).Replace("treinta y un casos", "treinta casos", StringComparison.Ordinal);
        var english = ReportDocument.FromText(englishText, "en.txt", Language.English).GetDocumentOrThrow();
        var spanish = ReportDocument.FromText(spanishText, "es.txt", Language.Spanish).GetDocumentOrThrow();

        var result = new BitextAligner().Align(english, spanish);

        var finding = result.Findings.Where(f => f.Severity > FindingSeverity.Info).Should().ContainSingle().Subject;
        finding.Kind.Should().Be(FindingKind.ValueMismatch);
        finding.Message.Should().Contain("31").And.Contain("30");
    }
}
