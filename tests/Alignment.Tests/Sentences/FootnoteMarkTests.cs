using Alignment.Aligning;
using Alignment.Languages;
using Alignment.Sentences;
using Alignment.Tests.Aligning;

namespace Alignment.Tests.Sentences;

/// <summary>A footnote or reference mark after a sentence end ends the sentence and belongs to it.</summary>
public sealed class FootnoteMarkTests
{
    private static string[] Split(string text, string language) =>
        new SentenceSplitter(LanguageProfile.Get(language)).Split(text).Select(u => text[u.Start..u.End]).ToArray();

    [Theory]
    [InlineData("en", "The committee spoke against hunger.”[ii] The committee then adjourned.", "The committee spoke against hunger.”[ii]")]
    [InlineData("es", "Los hechos ocurrieron en la provincia.7 El ministerio abrió una investigación.", "Los hechos ocurrieron en la provincia.7")]
    [InlineData("es", "El informe fue publicado en 2019.¹ La Comisión lo examinó.", "El informe fue publicado en 2019.¹")]
    [InlineData("en", "The Office operates within the legal framework of the Commission.[1] It has its own budget.", "The Office operates within the legal framework of the Commission.[1]")]
    public void A_mark_after_the_end_ends_the_sentence_and_stays_with_it(string language, string text, string first)
    {
        var sentences = Split(text, language);

        sentences.Should().HaveCount(2);
        sentences[0].Should().Be(first);
    }

    [Theory]
    [InlineData("en", "See section 3.7 Other provisions apply.")]
    [InlineData("es", "Según el art.7 del reglamento, la medida es legal.")]
    [InlineData("en", "The figure rose to 1.5 Million people were affected.")]
    public void Numbers_after_a_period_are_not_marks(string language, string text)
    {
        Split(text, language).Should().ContainSingle();
    }

    [Fact]
    public void A_list_marker_after_a_sentence_end_starts_the_next_unit()
    {
        Split("Se aprobó la ley. (1) El ministerio informó.", "es").Should().Equal("Se aprobó la ley.", "(1) El ministerio informó.");
    }

    [Fact]
    public void A_note_number_set_off_by_a_space_after_the_end_stays_with_the_sentence_before()
    {
        // Amnesty's Spanish statement: "… en todo el mundo. 1 En el día en que activistas …".
        var units = new BitextAligner().Analyze(ReportDocument.LoadOrThrow(Path.Combine(GenreSet.Folder, "ngo-amnesty-drugs-2020.es.txt")), CancellationToken.None)
            .Sentences.Select(s => GenreSet.Collapse(s.Text)).ToList();

        units.Should().Contain(u => u.EndsWith("consumen drogas en todo el mundo. 1", StringComparison.Ordinal))
            .And.Contain(u => u.StartsWith("En el día en que activistas", StringComparison.Ordinal));
        SentencePunctuation.EndsAsSentence("las personas que consumen drogas en todo el mundo. 1").Should().BeTrue();
    }

    [Theory]
    [InlineData("en", "The economy grew by 4.3% in 2011. 1 An even sharper slowdown was prevented.", "The economy grew by 4.3% in 2011. 1")]
    [InlineData("es", "El crecimiento fue del 4,3% en 2011. 2 La región creció menos.", "El crecimiento fue del 4,3% en 2011. 2")]
    public void A_note_number_set_off_by_a_space_after_a_year_stays_with_the_sentence_before(string language, string text, string first)
    {
        // ECLAC's foreword (genre set, dev): the note's number stood alone as a sentence's first word ("1 An even sharper").
        var sentences = Split(text, language);

        sentences.Should().HaveCount(2);
        sentences[0].Should().Be(first);
    }

    [Theory]
    [InlineData("en", "The floods began in 2019. 12 people died in the first week.", "12 people died in the first week.")]
    [InlineData("en", "The mission reached the camp in May. 3 Americans were among the dead.", "3 Americans were among the dead.")]
    [InlineData("en", "See Resolution No. 1 The Committee adopted it.", null)]
    public void A_number_after_the_end_that_opens_a_count_starts_the_next_sentence(string language, string text, string? second)
    {
        var sentences = Split(text, language);

        if (second is null)
        {
            sentences.Should().ContainSingle();
        }
        else
        {
            sentences.Should().HaveCount(2);
            sentences[1].Should().Be(second);
        }
    }

    [Fact]
    public void The_ngo_submission_ends_its_sentences_at_their_note_marks()
    {
        var structure = new BitextAligner().Analyze(ReportDocument.LoadOrThrow(Path.Combine(GenreSet.Folder, "submission-ccj-upr-2008.en.txt")), CancellationToken.None);
        var units = structure.Sentences.Select(s => GenreSet.Collapse(s.Text)).ToList();

        units.Should().Contain(u => u.EndsWith("crimes against humanity.”1", StringComparison.Ordinal));
        units.Should().Contain(u => u.EndsWith("paramilitary groups.2", StringComparison.Ordinal));
        units.Should().Contain(u => u.StartsWith("Five ", StringComparison.Ordinal)).And.Contain(u => u.StartsWith("Furthermore", StringComparison.Ordinal));
    }
}
