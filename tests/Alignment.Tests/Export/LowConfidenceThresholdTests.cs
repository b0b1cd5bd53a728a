using Alignment.Export;

namespace Alignment.Tests.Export;

/// <summary>A caller's low-confidence threshold travels with the result: every writer flags the same beads the aligner's options say.</summary>
public sealed class LowConfidenceThresholdTests
{
    private static readonly BitextResult Default = new BitextAligner().Align(TestFiles.English2021, TestFiles.Spanish2021);
    private static readonly BitextResult Strict = new BitextAligner(new AlignerOptions { LowConfidence = 0.999 }).Align(TestFiles.English2021, TestFiles.Spanish2021);

    [Fact]
    public void The_result_carries_the_threshold_it_was_made_with()
    {
        Default.LowConfidenceThreshold.Should().Be(AlignerOptions.DefaultLowConfidence);
        Strict.LowConfidenceThreshold.Should().Be(0.999);
        Strict.LowConfidence().Count().Should().BeGreaterThan(Default.LowConfidence().Count(), "a stricter threshold flags more of the seed pair's beads");
        Strict.LowConfidence().Should().Equal(Strict.Beads.Where(b => b.Confidence < 0.999));
    }

    [Fact]
    public void The_html_page_marks_the_beads_below_the_callers_threshold()
    {
        string page = Html(Strict);

        page.Should().Contain($"{Strict.LowConfidence().Count()} below 0.999 confidence");
        System.Text.RegularExpressions.Regex.Matches(page, "<tr id=\"bead-\\d+\" class=\"[^\"]*\\blow\\b").Count.Should().Be(Strict.LowConfidence().Count());
        Html(Default).Should().Contain($"{Default.LowConfidence().Count()} below 0.5 confidence");
    }

    [Fact]
    public void Lines_input_carries_the_threshold_too()
    {
        static ReportDocument Lines(string text, string name, Language language) =>
            LinesAligner.FromStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), name, language);
        var lines = new BitextAligner(new AlignerOptions { LowConfidence = 0.75 }).AlignLines(
            Lines("Police rescued 12 victims.\nThe court sentenced two traffickers.\n", "a.txt", Language.English),
            Lines("La policía rescató a 12 víctimas.\nEl tribunal condenó a dos tratantes.\n", "b.txt", Language.Spanish));

        lines.LowConfidenceThreshold.Should().Be(0.75);
    }

    private static string Html(BitextResult result)
    {
        var writer = new StringWriter();
        HtmlReviewWriter.Write(result, writer);
        return writer.ToString();
    }
}
