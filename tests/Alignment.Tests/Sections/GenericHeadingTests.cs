using Alignment.Sections;
using Alignment.Tests.Aligning;

namespace Alignment.Tests.Sections;

/// <summary>
/// Generic headings (a site label, an upper-case title, a lettered heading) are units of their own that pair with the other
/// side's heading; they do not cut a clean pair of another genre into blocks, and such a pair gets no section warning.
/// </summary>
public sealed class GenericHeadingTests
{
    [Theory]
    [InlineData("speech-oas-03", "49TH EXTRAORDINARY GENERAL ASSEMBLY TO ELECT THE NEW SECRETARY GENERAL", "49 ASAMBLEA GENERAL EXTRAORDINARIA PARA ELEGIR AL NUEVO SECRETARIO GENERAL")]
    [InlineData("letter-amlo-obama-2009b", "Mr. President Elect:", "Ciudadano presidente electo:")]
    [InlineData("unmsg-unday-2009", null, null)]
    [InlineData("unmsg-peaceday-2006", null, null)]
    public void A_clean_pair_of_another_genre_aligns_without_section_warnings(string id, string? enHeading, string? esHeading)
    {
        var score = GenreSet.Score(id);

        score.Result.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.WholeDocumentFallback || d.Code == DiagnosticCodes.UnpairedSection);
        score.F1.Should().BeGreaterThan(0.8);
        if (enHeading is not null)
        {
            score.Result.Beads.Should().Contain(b => b.Source.Count == 1 && b.Target.Count == 1
                && GenreSet.Collapse(b.Source[0].Text) == enHeading && GenreSet.Collapse(b.Target[0].Text) == esHeading);
        }
    }

    [Fact]
    public void A_letter_headline_that_mentions_protection_late_is_no_Protection_section()
    {
        // Amnesty International's letter on Venezuela: "MEDIDAS URGENTES: PERSONAS VENEZOLANAS NECESITAN PROTECCIÓN
        // INTERNACIONAL" read as the TIP family Protection, so the English letter's opening section had no counterpart (an
        // error finding) although both sides carry it.
        var score = GenreSet.Score("letter-amnesty-venezuela-2018");

        score.Result.Findings.Should().NotContain(f => f.Kind == FindingKind.MissingSection);
    }

    [Fact]
    public void Before_the_change_generic_headings_left_a_whole_message_unmatched()
    {
        // Unday 2002: three upper-case title lines in English, a salutation in Spanish; paired in order as sections, the
        // message's 17 sentences were left 1-0 and 0-1. As one block they pair (since the general lexicon, two of them in a
        // 2-2 bead: a question with no shared word merged with the long answer after it, so count paired sentences).
        var score = GenreSet.Score("unmsg-unday-2002");

        score.Result.Beads.Where(b => b.Source.Count > 0 && b.Target.Count > 0).Sum(b => b.Source.Count).Should().BeGreaterThanOrEqualTo(17);
        score.F1.Should().BeGreaterThan(0.8);
    }

    /// <summary>
    /// A number on a line of its own joins the heading after it ("3.1" / "Victims' profile"), but not a heading that carries
    /// its own number: "46" before "CHAPTER II" is the page number of an IACHR report and stays its own unit (before, the
    /// heading read "46 CHAPTER II").
    /// </summary>
    [Fact]
    public void A_page_number_does_not_join_a_heading_that_carries_its_own_number()
    {
        var units = GenreSet.Score("chapter-iachr-ar2012-ch2").Result.Beads.SelectMany(b => b.Source).Select(s => s.NormalizedText).ToList();

        units.Should().Contain("46").And.Contain("CHAPTER II").And.NotContain(u => u.StartsWith("46 ", StringComparison.Ordinal));
    }

    /// <summary>
    /// A heading in capitals that a PDF extraction ran into the sentence after it ("RESUMEN La desigualdad económica…", an
    /// Oxfam summary) is a heading when the language's heading vocabulary names it; capitals it does not name (an acronym
    /// opening a sentence, "ONU Mujeres") stay in the sentence.
    /// </summary>
    [Theory]
    [InlineData("es", "El informe se publicó en 2014.\nRESUMEN La desigualdad económica va en rápido aumento.\n", "RESUMEN", "La desigualdad económica va en rápido aumento.")]
    [InlineData("en", "The report came out in 2014.\nEXECUTIVE SUMMARY The gap between rich and poor is soaring.\n", "EXECUTIVE SUMMARY", "The gap between rich and poor is soaring.")]
    [InlineData("es", "El informe se publicó en 2014.\nONU Mujeres presentó el informe en Lima.\n", null, null)]
    public void A_heading_in_capitals_run_into_its_first_sentence_is_a_heading(string language, string text, string? heading, string? body)
    {
        var splitter = new SectionSplitter(Alignment.Languages.LanguageProfile.Get(language));
        var sections = splitter.Split(text, Alignment.Loading.ParagraphBuilder.Build(text, splitter.IsHeadingLine));

        var headed = sections.Where(s => s.Heading is not null).ToList();
        if (heading is null)
        {
            headed.Should().BeEmpty();
            return;
        }

        headed.Should().ContainSingle().Which.Heading.Should().Be(heading);
        text[headed[0].HeadingEnd..headed[0].End].Trim().Should().Be(body);
    }

    [Theory]
    [InlineData("CHAPTER II", true)]
    [InlineData("PART IV: FINDINGS", true)]
    [InlineData("Capítulo 3", true)]
    [InlineData("Victims’ profile", false)]
    [InlineData("I. INTRODUCTION", false)]
    [InlineData("CIVIL SOCIETY", false)]
    [InlineData("PART XIV", true)]
    [InlineData("LXXXIX", true)]
    [InlineData("XIIII VIVID", false)]
    public void Tells_a_heading_that_carries_its_own_number(string heading, bool expected) =>
        SectionSplitter.CarriesOwnNumber(heading).Should().Be(expected);
}
