using Alignment.Comparing;
using Alignment.Languages;
using Alignment.Numbers;

namespace Alignment.Tests.Comparing;

/// <summary>What numbers count: the word files read once, and each word of a bead analysed once however many pairs ask about it.</summary>
public class CountedThingsTests
{
    [Fact]
    public void Each_line_of_the_counted_word_files_is_one_entry_read_once()
    {
        int lines = new[] { "es-en.lexicon.txt", "es-en.counted.txt", "es-en.counted-any.txt" }.Sum(name => LanguageDataFile.Read(name).Count);
        var things = CountedThings.For(LanguageProfile.Get("es"), LanguageProfile.Get("en"));

        lines.Should().BeGreaterThan(100);
        things.Entries.Should().Be(lines - NotNames("es-en.lexicon.txt") - NotNames("es-en.counted.txt"), "the general words (counted-any) are read once, not again apart");
    }

    /// <summary>
    /// What a number counts is a noun before any function word: a lexicon entry of function words or numbers names nothing a
    /// number counts ("40 new projects during the year" / "40 nuevos proyectos", a World Bank release, read "during"
    /// (durante = during) against "nuevos", whose stem is that of nueve = nine); and "3 reuniones con organizaciones de la
    /// sociedad civil" (an IACHR release) counts meetings, not organisations. Both warned that the number counts another thing.
    /// </summary>
    [Theory]
    [InlineData("El Banco Mundial brindó apoyo financiero a cerca de 40 nuevos proyectos en el año fiscal que acaba de terminar.",
        "The World Bank provided financial support for close to 40 new projects during the last fiscal year.")]
    [InlineData("La Comisión también sostuvo 3 reuniones con organizaciones de la sociedad civil.",
        "The IACHR held three meetings with civil society to gather information.")]
    public void What_a_number_counts_is_a_noun_before_any_function_word(string spanish, string english)
    {
        var comparer = new NumberComparer(NumberReader.For(Language.Spanish), NumberReader.For(Language.English));

        comparer.Compare([new Bead(0, SectionKind.Other, [Sentence(spanish)], [Sentence(english)], 1.0)], spanish, english).Should().BeEmpty();
    }

    // Entries of a lexicon file with a Spanish or English stop word or number word among its words.
    private static int NotNames(string file)
    {
        var (es, en) = (LanguageProfile.Get("es"), LanguageProfile.Get("en"));
        return LanguageDataFile.Read(file).Count(line =>
        {
            var sides = line.Text.Split('=');
            bool Bad(string side, LanguageProfile profile) => side.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Any(w => profile.StopWords.Contains(w) || NumberReader.For(profile.Code == "es" ? Language.Spanish : Language.English).Read(w).Count > 0);
            return Bad(sides[0], es) || Bad(sides[1], en);
        });
    }

    [Fact]
    public void A_bead_with_many_numbers_analyses_each_of_its_words_once_whatever_the_number_of_pairs()
    {
        // 40 numbers on each side, each counting another thing than its counterpart: every pair is checked against every
        // word of the other side. Its own dictionary gives the comparer its own counter.
        var values = Enumerable.Range(11, 40).ToList();
        string spanish = "La policía identificó a " + string.Join(", ", values.Select(v => $"{v} víctimas")) + " en la región.";
        string english = "The police identified " + string.Join(", ", values.Select(v => $"{v} traffickers")) + " in the region.";
        var comparer = new NumberComparer(NumberReader.For(Language.Spanish), NumberReader.For(Language.English), BilingualDictionary.FromPairs([("canoa", "canoe")]));
        var bead = new Bead(0, SectionKind.Other, [Sentence(spanish)], [Sentence(english)], 1.0);

        var findings = comparer.Compare([bead], spanish, english);

        findings.Where(f => f.Severity > FindingSeverity.Info).Should().HaveCount(values.Count).And.OnlyContain(f => f.Hint!.Contains("another thing"));
        int words = spanish.Split(' ').Length + english.Split(' ').Length;
        comparer.Things.WordsLookedUp.Should().BeLessThanOrEqualTo(words, "each word of the bead is analysed once, not once for every pair (40 × 2 × 50 looks before)");
    }

    private static SentenceSpan Sentence(string text) => new(0, 0, 0, text.Length, text, text, IsHeading: false);
}
