using Alignment.Sentences;

namespace Alignment.Tests.Sections;

public class ReportAnalyzerSectionTests
{
    [Theory]
    [InlineData("000_a12f891843fbc0bc.txt")]
    [InlineData("001_c803b386e02e5f82.txt")]
    [InlineData("002_cdbada1f67068dd0.txt")]
    [InlineData("003_81311d7e8b204b27.txt")]
    [InlineData("004_3c32a31934e4dcfe.txt")]
    public void Keeps_every_sentence_at_its_original_offsets_in_order_and_inside_its_section(string seed)
    {
        var document = ReportDocument.LoadOrThrow(TestFiles.Seed(seed));

        var structure = new ReportAnalyzer().Analyze(document);

        structure.Sentences.Should().NotBeEmpty();
        structure.Diagnostics.Should().BeEmpty(because: "every seed has headings");
        int previousEnd = 0;
        for (int k = 0; k < structure.Sentences.Count; k++)
        {
            var sentence = structure.Sentences[k];
            sentence.Index.Should().Be(k);
            sentence.Text.Should().Be(document.Text[sentence.Start..sentence.End]);
            sentence.Start.Should().BeGreaterThanOrEqualTo(previousEnd, because: $"sentence {k} must not overlap the one before");
            sentence.End.Should().BeGreaterThan(sentence.Start);
            var section = structure.Sections[sentence.SectionIndex];
            sentence.Start.Should().BeGreaterThanOrEqualTo(section.Start);
            sentence.End.Should().BeLessThanOrEqualTo(section.End);
            if (sentence.IsHeading)
            {
                (sentence.Start, sentence.End).Should().Be((section.HeadingStart, section.HeadingEnd));
            }
            else
            {
                sentence.Start.Should().BeGreaterThanOrEqualTo(section.HeadingEnd);
            }

            previousEnd = sentence.End;
        }

        structure.Sentences.Where(s => s.IsHeading).Select(s => s.SectionIndex)
            .Should().Equal(structure.Sections.Where(s => s.Heading is not null).Select(s => s.Index));
    }

    // "II." on a line of its own above its heading (PDF extraction of a UN report) is the heading's number: one heading, no
    // sentence "II.".
    [Fact]
    public void Reads_an_outline_mark_on_a_line_of_its_own_with_the_heading_under_it()
    {
        const string text = "1. The present report is the first report on the mission and covers the period since it began.\n\nII.\nMajor developments in the peace process\n\n2. The narrow victory of the vote in the plebiscite was a surprise to many observers.\n";
        var structure = new ReportAnalyzer().Analyze(ReportDocument.FromText(text, "report.en.txt").GetDocumentOrThrow());

        structure.Sentences.Where(s => !s.IsHeading).Select(s => s.Text).Should().Equal(
            "1. The present report is the first report on the mission and covers the period since it began.",
            "2. The narrow victory of the vote in the plebiscite was a surprise to many observers.");
        structure.Sections.Should().Contain(s => s.Heading != null && s.Heading.Contains("Major developments", StringComparison.Ordinal));
    }
}
