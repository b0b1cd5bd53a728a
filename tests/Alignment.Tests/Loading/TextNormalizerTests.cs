using Alignment.Loading;

namespace Alignment.Tests.Loading;

/// <summary>The normalized text maps every character back to the character of the original it comes from.</summary>
public class TextNormalizerTests
{
    [Theory]
    [InlineData("000_a12f891843fbc0bc.txt")]
    [InlineData("002_cdbada1f67068dd0.txt")]
    [InlineData("003_81311d7e8b204b27.txt")]
    public void Every_normalized_character_of_a_seed_maps_to_its_original(string seed)
    {
        string text = File.ReadAllText(TestFiles.Seed(seed));
        int mapped = 0, joins = 0;
        foreach (var paragraph in ParagraphBuilder.Build(text))
        {
            var normalized = TextNormalizer.Normalize(text, paragraph.Start, paragraph.End);
            int previous = -1;
            for (int k = 0; k < normalized.Text.Length; k++)
            {
                int offset = normalized.OriginalOffset(k);
                offset.Should().BeGreaterThan(previous).And.BeInRange(paragraph.Start, paragraph.End - 1);
                char original = text[offset];
                switch (normalized.Text[k])
                {
                    case ' ':
                        TextNormalizer.IsSpace(original).Should().BeTrue("a space stands for white space at offset {0}", offset);
                        break;
                    case '-':
                        original.Should().BeOneOf('-', '\u00AD');
                        break;
                    default:
                        original.Should().Be(normalized.Text[k], "character {0} of the paragraph at {1}", k, paragraph.Start);
                        break;
                }

                joins += offset > previous + 1 && previous >= 0 ? 1 : 0;
                previous = offset;
                mapped++;
            }

            if (normalized.Text.Length > 0)
            {
                normalized.ToOriginal(0, normalized.Text.Length).Should().Be((normalized.OriginalOffset(0), previous + 1));
            }
        }

        mapped.Should().BeGreaterThan(15_000);
        joins.Should().BeGreaterThan(10, "wraps, runs of spaces and joined hyphens make the offsets jump");
    }

    [Fact]
    public void Offsets_outside_the_normalized_text_are_refused()
    {
        var normalized = TextNormalizer.Normalize("  one\n  two-\nthree  ");

        normalized.Text.Should().Be("one twothree");
        normalized.ToOriginal(4, 12).Should().Be((8, 18));
        var outside = () => normalized.OriginalOffset(12);
        outside.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Characters_outside_the_basic_plane_fold_to_themselves_and_a_text_with_emoji_aligns()
    {
        // Review (2026-12-07): folding half of a surrogate pair threw, and any emoji in a report stopped the tool.
        TextNormalizer.FoldAccents("Smile 😀 𝐃").Should().Be("smile 😀 𝐃");

        var source = ReportDocument.FromText("Police rescued 12 victims 😀 in Lima. The report 𝐃𝐢𝐫𝐞𝐜𝐭𝐨𝐫 was published. 👍\n", "en.txt").GetDocumentOrThrow();
        var target = ReportDocument.FromText("La policía rescató a 12 víctimas 😀 en Lima. El informe 𝐃𝐢𝐫𝐞𝐜𝐭𝐨𝐫 fue publicado. 👍\n", "es.txt").GetDocumentOrThrow();
        var result = new BitextAligner().Align(source, target);

        result.Beads.Should().HaveCount(2).And.OnlyContain(b => b.Source.Count == 1 && b.Target.Count == 1);
        result.Findings.Should().BeEmpty();
    }
}
