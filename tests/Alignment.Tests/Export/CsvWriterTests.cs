using System.Globalization;
using Alignment.Export;
using CsvReader = CsvHelper.CsvReader;
using CsvWriter = Alignment.Export.CsvWriter;
using CsvHelper.Configuration;

namespace Alignment.Tests.Export;

public class CsvWriterTests
{
    [Fact]
    public void CsvHelper_reads_back_every_field_intact_tabs_quotes_and_line_breaks_included()
    {
        var result = ExportSamples.Markup();
        var writer = new StringWriter();
        CsvWriter.Write(result, writer);

        var rows = Read(writer.ToString());

        rows[0].Should().Equal(CsvWriter.Header.Split(','));
        rows.Should().HaveCount(result.Beads.Count + 1);
        rows.Skip(1).Should().OnlyContain(r => r.Length == 11);
        rows[1][8].Should().Be(ExportSamples.EnglishMarkup);
        rows[1][9].Should().Be(ExportSamples.SpanishMarkup);
        rows[1][10].Should().Be("1");
        rows[2][8].Should().Be(ExportSamples.EnglishOmitted);
        rows[2][9].Should().BeEmpty();
        rows[3][2].Should().Be("0-1");
        rows[3][9].Should().Be(ExportSamples.SpanishAdded, "the tab, line feed and bell inside the segment survive");
    }

    [Fact]
    public void CsvHelper_reads_the_seed_pair_back_with_the_beads_text()
    {
        var result = ExportSamples.SeedPair;
        var writer = new StringWriter();
        CsvWriter.Write(result, writer);

        var rows = Read(writer.ToString());

        rows.Should().HaveCount(result.Beads.Count + 1);
        for (int k = 0; k < result.Beads.Count; k++)
        {
            rows[k + 1][8].Should().Be(string.Join(' ', result.Beads[k].Source.Select(s => s.NormalizedText)));
            rows[k + 1][9].Should().Be(string.Join(' ', result.Beads[k].Target.Select(s => s.NormalizedText)));
        }
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("a\r\nb", "\"a\r\nb\"")]
    [InlineData("a\tb", "a\tb")]
    [InlineData(" padded", "\" padded\"")]
    public void Quotes_a_field_only_when_RFC_4180_needs_it(string field, string expected) =>
        CsvWriter.Quote(field).Should().Be(expected);

    [Fact]
    public void Cli_csv_output_has_CRLF_records_and_reads_back()
    {
        var (code, stdout, stderr) = CliRunner.Invoke("align", "-f", "csv", TestFiles.English2021, TestFiles.Spanish2021);

        code.Should().Be(0, stderr);
        stdout.Should().StartWith(CsvWriter.Header + "\r\n");
        Read(stdout).Skip(1).Should().OnlyContain(r => r.Length == 11).And.HaveCount(ExportSamples.SeedPair.Beads.Count);
    }

    private static List<string[]> Read(string csv)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, BadDataFound = context => throw new InvalidDataException(context.RawRecord) };
        using var reader = new CsvReader(new StringReader(csv), config);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Parser.Record!);
        }

        return rows;
    }
}
