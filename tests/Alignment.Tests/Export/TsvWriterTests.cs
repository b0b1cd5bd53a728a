using Alignment.Export;

namespace Alignment.Tests.Export;

public class TsvWriterTests
{
    [Fact]
    public void Seed_pair_has_the_header_then_one_line_of_eleven_cells_per_bead()
    {
        var result = ExportSamples.SeedPair;

        var lines = Lines(result);

        lines[0].Should().Be(TsvWriter.Header);
        lines.Should().HaveCount(result.Beads.Count + 1);
        lines.Skip(1).Should().OnlyContain(l => l.Split('\t').Length == 11);
        lines[1].Split('\t')[8].Should().Be(string.Join(' ', result.Beads[0].Source.Select(s => s.NormalizedText)));
    }

    [Fact]
    public void Tabs_and_line_feeds_inside_text_are_escaped_so_a_bead_stays_on_one_line()
    {
        var lines = Lines(ExportSamples.Markup());

        lines.Should().HaveCount(4);
        var addition = lines[3].Split('\t');
        addition.Should().HaveCount(11);
        addition[2].Should().Be("0-1");
        addition[8].Should().BeEmpty();
        addition[9].Should().Be("Texto\\tañadido\\npor el traductor\u0007.");
        addition[10].Should().Be("1");
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\tb", "a\\tb")]
    [InlineData("a\r\nb", "a\\r\\nb")]
    [InlineData("C:\\x\t", "C:\\\\x\\t")]
    public void Escapes_backslash_tab_and_line_breaks(string cell, string expected)
    {
        TsvWriter.Escape(cell).Should().Be(expected);
    }

    [Fact]
    public void Tsv_and_csv_headers_name_the_bead_table_columns_and_every_row_has_one_field_a_column()
    {
        TsvWriter.Header.Split('\t').Should().Equal(BeadTable.Columns);
        CsvWriter.Header.Split(',').Should().Equal(BeadTable.Columns);
        Lines(ExportSamples.SeedPair).Skip(1).Should().OnlyContain(line => line.Split('\t').Length == BeadTable.Columns.Length);
    }

    private static string[] Lines(BitextResult result)
    {
        using var writer = new StringWriter();
        TsvWriter.Write(result, writer);
        string text = writer.ToString();
        text.Should().EndWith("\n");
        return text[..^1].Split('\n');
    }
}
