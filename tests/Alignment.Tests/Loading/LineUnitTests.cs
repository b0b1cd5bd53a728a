using Alignment.Loading;
using Alignment.Tests.Aligning;

namespace Alignment.Tests.Loading;

/// <summary>
/// Whether a line break is a wrap or a boundary, read from evidence: real datelines, document symbols and address lines
/// of the genre set are units of their own, while a line that asks for more is still joined.
/// </summary>
public sealed class LineUnitTests
{
    private static List<string> Units(string id, string language) =>
        new BitextAligner().Analyze(ReportDocument.LoadOrThrow(Path.Combine(GenreSet.Folder, $"{id}.{language}.txt")), CancellationToken.None)
            .Sentences.Select(s => GenreSet.Collapse(s.Text)).ToList();

    [Theory]
    [InlineData("speech-oas-03", "en", "March 18, 2015 - Washington, DC")]
    [InlineData("speech-oas-03", "es", "18 de marzo de 2015 - Washington, DC")]
    [InlineData("unmsg-unday-2002", "en", "SG/SM/8425")]
    [InlineData("unmsg-unday-2002", "en", "OBV/295")]
    [InlineData("unmsg-unday-2002", "en", "8 October 2002")]
    [InlineData("letter-amlo-obama-2009b", "en", "Altar, Sonora")]
    [InlineData("letter-amlo-obama-2009b", "en", "Saturday, January 10, 2009")]
    [InlineData("pressrelease-iachr-01", "en", "IACHR Press Office")]
    public void A_short_line_that_asks_for_nothing_more_is_a_unit_of_its_own(string id, string language, string unit)
    {
        Units(id, language).Should().Contain(unit);
    }

    [Fact]
    public void A_line_that_ends_on_a_lower_case_word_or_a_comma_is_a_wrap()
    {
        const string text = "The report was presented by the Ministry of\nJustice in Lima on Monday.\n\nIt covers Arequipa,\nCusco and Puno.\n";

        var paragraphs = ParagraphBuilder.Build(text);

        paragraphs.Should().HaveCount(2);
    }

    [Fact]
    public void An_address_block_is_a_line_a_unit()
    {
        const string text = "Sr. Barack Obama\nPresidente de los Estados Unidos de América\nWashington, D.C.\n\nEstimado señor Presidente:\n\nLe escribo para expresarle nuestra preocupación por la situación de los derechos humanos en la región, que se ha agravado en los últimos meses.\n";

        var paragraphs = ParagraphBuilder.Build(text);

        paragraphs.Select(p => text[p.Start..p.End]).Should().Equal(
            "Sr. Barack Obama", "Presidente de los Estados Unidos de América", "Washington, D.C.", "Estimado señor Presidente:",
            "Le escribo para expresarle nuestra preocupación por la situación de los derechos humanos en la región, que se ha agravado en los últimos meses.");
    }
}
