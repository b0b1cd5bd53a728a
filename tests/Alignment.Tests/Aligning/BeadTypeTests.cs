using FsCheck.Xunit;

namespace Alignment.Tests.Aligning;

public sealed class BeadTypeTests
{
    [Fact]
    public void A_bead_of_two_source_sentences_and_one_target_sentence_is_a_2_1_bead()
    {
        var sentence = new SentenceSpan(0, 0, 0, 4, "Uno.", "Uno.", IsHeading: false);
        var bead = new Bead(0, SectionKind.Other, [sentence, sentence], [sentence], 0.9);

        bead.Type.Should().Be(new BeadType(2, 1));
        bead.Type.ToString().Should().Be("2-1");
        new Bead(1, SectionKind.Other, [sentence], [], 0.9).Type.Should().Be(BeadType.Omission);
    }

    [Property]
    public bool Writes_and_reads_back_any_counts(byte source, byte target)
    {
        var type = new BeadType(source, target);
        return BeadType.Parse(type.ToString()) == type && type.ToString() == $"{source}-{target}";
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("1-")]
    [InlineData("1--1")]
    [InlineData("1 -1")]
    [InlineData("a-b")]
    [InlineData("1-1-1")]
    public void Refuses_text_that_is_not_two_counts_joined_by_a_hyphen(string text)
    {
        BeadType.TryParse(text, out _).Should().BeFalse();
        FluentActions.Invoking(() => BeadType.Parse(text)).Should().Throw<FormatException>();
    }

    [Fact]
    public void Refuses_negative_counts()
    {
        FluentActions.Invoking(() => new BeadType(-1, 1)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
