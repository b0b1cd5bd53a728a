using Alignment.Comparing;
using Alignment.Languages;

namespace Alignment.Tests.Comparing;

/// <summary>
/// A bead's numbers are paired one by one, every source number weighed against every target number: a bead with tens of
/// thousands on each side (a hostile line with no sentence end) is not compared, and the result says so.
/// </summary>
public class NumberBudgetTests
{
    private static readonly NumberComparer Comparer = new(LanguageProfile.Get("es"), LanguageProfile.Get("en"));

    [Fact]
    public void A_bead_past_the_budget_is_not_compared_and_is_named()
    {
        // 600 × 600 = 360,000 pairs to weigh, past the 250,000 of the budget; every number differs, so a comparison would report.
        string source = string.Concat(Enumerable.Repeat("(1) ", 600));
        string target = string.Concat(Enumerable.Repeat("(2) ", 600));
        var notCompared = new List<NumberComparer.BeadNotCompared>();

        OneBead.Compare(Comparer, source, target, notCompared: notCompared).Should().BeEmpty();

        notCompared.Should().ContainSingle().Which.Should().Be(new NumberComparer.BeadNotCompared(0, 600, 600));
    }

    [Fact]
    public void A_table_read_as_one_sentence_is_still_compared()
    {
        // 400 figures a side (160,000 pairs), one of them changed: a whole table extracted as one line stays within the budget.
        var values = Enumerable.Range(1, 400).Select(k => k * 7 + 1000).ToArray();
        string source = "Cuadro: " + string.Join(" ", values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ".";
        values[200] += 9;
        string target = "Table: " + string.Join(" ", values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ".";
        var notCompared = new List<NumberComparer.BeadNotCompared>();

        var findings = OneBead.Compare(Comparer, source, target, notCompared: notCompared);

        notCompared.Should().BeEmpty();
        findings.Should().ContainSingle().Which.Message.Should().Be("Spanish says 2,407, English says 2,416");
    }

    [Fact]
    public void The_aligner_warns_when_a_bead_holds_too_many_numbers()
    {
        // A 9,600-character line of list marks against one of Spanish amounts, neither with a sentence end: one bead of 2,400
        // and 600 numbers, not compared.
        var english = ReportDocument.FromText(string.Concat(Enumerable.Repeat("(1) ", 2_400)), "marks.txt", Language.English).GetDocumentOrThrow();
        var spanish = ReportDocument.FromText(string.Join(" ", Enumerable.Repeat("uno 1.054,5 millones de dólares", 300)), "amounts.txt", Language.Spanish).GetDocumentOrThrow();

        var result = new BitextAligner().Align(english, spanish);

        result.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.NumbersNotCompared)
            .Which.Message.Should().Contain("too many to pair one by one").And.Contain("2,400 and 600 numbers");
        result.Findings.Should().NotContain(f => f.Kind == FindingKind.ValueMismatch);
    }
}
