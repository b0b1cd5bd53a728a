using Alignment.Sentences;

namespace Alignment.Tests.Sentences;

/// <summary>Whether a unit ends as a sentence ends (the aligner prices an unmatched line lower than an unmatched sentence).</summary>
public sealed class SentenceEndTests
{
    [Theory]
    [InlineData("The committee spoke against hunger.”[ii]")]
    [InlineData("Los hechos ocurrieron en la provincia.7")]
    [InlineData("El informe fue publicado en 2019.¹")]
    [InlineData("¿Qué hacer?")]
    [InlineData("That is the very mission of the United Nations:")]
    [InlineData("Let us unite (all of us).")]
    [InlineData("Please make the most of it.  ")]
    public void A_sentence_end_before_closing_marks_and_a_footnote_mark_is_a_sentence_end(string unit) =>
        SentencePunctuation.EndsAsSentence(unit).Should().BeTrue();

    [Theory]
    [InlineData("24 October 2011|Statement")]
    [InlineData("Press Release 08-049-E 2008.09.05")]
    [InlineData("* *** *")]
    [InlineData("No dejar a nadie rezagado")]
    [InlineData("IACHR Press Office")]
    [InlineData("See section 2.1")]
    [InlineData("Washington, D.C., 12 de mayo de 2017")]
    [InlineData("")]
    public void A_title_dateline_code_or_separator_does_not_end_as_a_sentence(string unit) =>
        SentencePunctuation.EndsAsSentence(unit).Should().BeFalse();
}
