using System.Text.RegularExpressions;
using Alignment.Export;

namespace Alignment.Tests.Export;

public class HtmlReviewWriterTests
{
    [Fact]
    public void Script_tags_and_ampersands_in_reports_render_as_text()
    {
        string html = Write(ExportSamples.Markup());

        html.Should().Contain("&lt;script&gt;alert(").And.Contain(")&lt;/script&gt;").And.NotContain("<script>alert");
        Regex.Count(html, "<script>").Should().Be(1, "the page's own filter script is the only one");
        html.Should().Contain("complaints &amp; &quot;urgent&quot;").And.Contain("casos &#39;urgentes&#39;");
        html.Should().Contain("en &lt;b&gt;.txt").And.Contain("es &amp; co.txt");
    }

    [Fact]
    public void Each_finding_links_to_the_row_of_its_bead()
    {
        var result = ExportSamples.Markup();

        string html = Write(result);

        foreach (var finding in result.Findings)
        {
            html.Should().Contain($"<a href=\"#bead-{finding.BeadIndex}\">").And.Contain($"<tr id=\"bead-{finding.BeadIndex}\"");
        }

        html.Should().Contain("1,054 &lt;&gt; 1.054 &amp; &quot;15&quot; missing");
        Regex.Count(html, "<tr id=\"bead-0\" class=\"[^\"]*has-finding").Should().Be(1);
    }

    [Fact]
    public void Seed_pair_has_a_row_per_bead_and_navigation_to_every_section()
    {
        var result = ExportSamples.SeedPair;

        string html = Write(result);

        Regex.Matches(html, "<tr id=\"bead-(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal(result.Beads.Select(b => b.Index));
        var sectionIds = Regex.Matches(html, "<section id=\"(section-\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        sectionIds.Should().NotBeEmpty();
        sectionIds.Should().OnlyContain(id => html.Contains($"href=\"#{id}\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Page_is_self_contained()
    {
        string html = Write(ExportSamples.SeedPair) + Write(ExportSamples.Markup());

        html.Should().NotContainAny("http://", "https://", "<link", " src=", "@import", "url(");
    }

    [Fact]
    public void Omissions_and_additions_are_marked_and_the_missing_side_says_so()
    {
        string html = Write(ExportSamples.Markup());

        html.Should().Contain("<tr id=\"bead-1\" class=\"bead unmatched omission low\"")
            .And.Contain("omission: not in the target")
            .And.Contain("<tr id=\"bead-2\" class=\"bead unmatched addition low has-finding\"")
            .And.Contain("addition: not in the source");
    }

    [Fact]
    public void Control_characters_are_dropped()
    {
        string html = Write(ExportSamples.Markup());

        html.Should().NotContain("\u0001").And.NotContain("\u0007").And.NotContain("\u000B").And.NotContain("\u000C");
        html.Should().Contain("Officials noted a <span class=\"num\" title=\"15 %\">15 percent</span> rise.");
    }

    [Fact]
    public void The_numbers_of_a_finding_are_marked_in_both_columns()
    {
        var result = new BitextAligner().Align(ReportDocument.LoadOrThrow(TestFiles.English2021), ReportDocument.LoadOrThrow(TestFiles.Spanish2021));

        string html = Write(result);

        html.Should().Contain("<span class=\"num flagged\" title=\"1,500,000 PEN\">1.5 million soles</span>");
        html.Should().Contain("<span class=\"num flagged\" title=\"15,500,000 PEN\">15.5 millones de soles</span>");
        html.Should().Contain("<span class=\"num\" title=\"414,480 USD\">414 480 $</span>");
    }

    [Fact]
    public void The_result_carries_the_numbers_read_once_and_the_page_uses_them_instead_of_reading_again()
    {
        var result = ExportSamples.SeedPair;
        result.Numbers.Should().NotBeNull();
        var reader = Alignment.Numbers.NumberReader.For(result.Source.Document.Language);
        foreach (var sentence in result.Source.Sentences)
        {
            // Every sentence was read by the comparer, and what it kept is what a fresh read gives.
            result.Numbers!.Of(true, sentence).Should().NotBeNull().And.Equal(reader.Read(result.Source.Document.Text, sentence.Start, sentence.End));
        }

        // With the numbers dropped, the page reads them itself and comes out the same; with none kept it marks none.
        string page = Write(result);
        Write(result with { Numbers = null }).Should().Be(page);
        page.Should().Contain("<span class=\"num");
        var none = new Alignment.Comparing.SentenceNumbers(result.Source.Sentences.Count, result.Target.Sentences.Count);
        foreach (var sentence in result.Source.Sentences)
        {
            none.Keep(true, sentence, []);
        }

        foreach (var sentence in result.Target.Sentences)
        {
            none.Keep(false, sentence, []);
        }

        Write(result with { Numbers = none }).Should().NotContain("<span class=\"num");
    }

    private static string Write(BitextResult result)
    {
        using var writer = new StringWriter();
        HtmlReviewWriter.Write(result, writer);
        return writer.ToString();
    }
}
