using Alignment.Languages;
using Alignment.Comparing;
using Alignment.Numbers;

namespace Alignment.Tests.Comparing;

/// <summary>
/// The comparer on number forms of report genres other than the seeds' (speeches, press releases, letters, UN, OAS,
/// ECLAC and IDB reports), English source and Spanish target as the genre set is checked (issue 23): a clean pair
/// raises nothing above info, and the same pair with one number changed still raises its error or warning.
/// </summary>
public class NumberComparerGenreFormsTests
{
    private static readonly NumberComparer Comparer = new(LanguageProfile.Get("en"), LanguageProfile.Get("es"));

    private static IReadOnlyList<Finding> Compare(string english, string spanish)
    {
        var bead = new Bead(0, SectionKind.Other,
            [new SentenceSpan(0, 0, 0, english.Length, english, english, false)],
            [new SentenceSpan(0, 0, 0, spanish.Length, spanish, spanish, false)], 1);
        return Comparer.Compare([bead], english, spanish);
    }

    private static IEnumerable<Finding> AboveInfo(string english, string spanish) => Compare(english, spanish).Where(f => f.Severity > FindingSeverity.Info);

    // "two millennia" is 2000 years (an OHCHR speech rendered it "dos mil años"); a lone "Millennium" names a summit or goals.
    [Theory]
    [InlineData("Jewish suffering too – the latter spanning over two millennia, and which culminated in that colossal crime, the Holocaust.",
        "también el sufrimiento de los judíos, que abarcaba dos mil años y había culminado en el colosal crimen del Holocausto.")]
    [InlineData("The eight Millennium Development Goals were adopted at the Millennium Summit in 2000.",
        "Los ocho Objetivos de Desarrollo del Milenio se adoptaron en la Cumbre del Milenio en 2000.")]
    [InlineData("The region has been inhabited for three millennia.", "La región está habitada desde hace tres milenios.")]
    public void Finds_nothing_in_a_clean_millennium_pair(string english, string spanish)
    {
        AboveInfo(english, spanish).Should().BeEmpty();
    }

    [Fact]
    public void Reports_a_wrong_count_of_millennia()
    {
        var finding = AboveInfo("spanning over two millennia", "que abarcaba tres mil años").Should().ContainSingle().Subject;

        finding.Severity.Should().Be(FindingSeverity.Error);
        finding.Source!.Value.Should().Be(2000);
        finding.Target!.Value.Should().Be(3000);
    }
}
