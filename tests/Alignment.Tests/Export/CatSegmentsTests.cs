using Alignment.Export;

namespace Alignment.Tests.Export;

public class CatSegmentsTests
{
    [Theory]
    [InlineData("in law. • Finalize the plan.", 10, 8)]
    [InlineData("• Finalize the plan.", 2, 0)]
    [InlineData("•Finalize the plan.", 1, 0)]
    [InlineData("Goals:\n- Fund shelters.", 9, 7)]
    [InlineData("Costs 5 - Fund shelters.", 10, 10)]
    [InlineData("in law. Finalize the plan.", 8, 8)]
    public void The_text_starts_at_the_bullet_before_the_first_sentence(string text, int start, int expected) =>
        CatSegments.MarkerStart(text, start).Should().Be(expected);

    [Fact]
    public void Empty_lines_cut_the_source_and_single_line_breaks_stay()
    {
        const string text = "• Screen members of\n\nvulnerable groups for\ntrafficking. Refer victims.";
        var sentences = new[]
        {
            new SentenceSpan(0, 0, 2, 55, text[2..55], "Screen members of vulnerable groups for trafficking.", false),
            new SentenceSpan(1, 0, 56, 70, text[56..70], "Refer victims.", false),
        };

        CatSegments.SourcePieces(text, sentences).Should().Equal("• Screen members of", "vulnerable groups for\ntrafficking. Refer victims.");
        CatSegments.TargetText(text, sentences).Should().Be("• Screen members of vulnerable groups for\ntrafficking. Refer victims.");
    }

    [Fact]
    public void A_line_of_spaces_is_not_an_empty_line_and_windows_line_ends_are_line_breaks()
    {
        const string text = "First part\n  \nsecond part.\r\n\r\nThird.";
        var one = new[] { new SentenceSpan(0, 0, 0, text.Length, text, "First part second part. Third.", false) };

        CatSegments.SourcePieces(text, one).Should().Equal("First part\n  \nsecond part.", "Third.");
        CatSegments.SourcePieces(text, []).Should().BeEmpty();
    }
}
