using Alignment.Batch;

namespace Alignment.Tests.Batch;

public class BatchManifestTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-manifest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Csv_paths_are_relative_to_the_manifest_folder_and_fields_may_be_quoted()
    {
        string path = Write("m.csv", "name,target,source\n\"a, \"\"quoted\"\"\",es.txt,en.txt\n,\"x\ny.txt\",b.txt\n");

        var (pairs, diagnostics) = BatchManifest.Read(path, Language.English);

        diagnostics.Should().BeEmpty();
        pairs.Should().Equal(
            new BatchPair("a, \"quoted\"", Path.Combine(_dir, "en.txt"), Path.Combine(_dir, "es.txt")),
            new BatchPair("b", Path.Combine(_dir, "b.txt"), Path.Combine(_dir, "x\ny.txt")));
    }

    [Fact]
    public void Csv_without_a_source_target_header_is_refused()
    {
        var (pairs, diagnostics) = BatchManifest.Read(Write("m.csv", "en.txt,es.txt\n"), Language.English);

        pairs.Should().BeEmpty();
        diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.ManifestHeader);
    }

    [Fact]
    public void Json_lines_name_is_optional_and_a_bad_line_is_reported_by_number()
    {
        var (pairs, _) = BatchManifest.Read(Write("m.jsonl", "{\"source\":\"en.txt\",\"target\":\"es.txt\"}\n\n{\"source\":\"b.en.txt\",\"target\":\"b.es.txt\",\"name\":\"b\"}\n"), Language.English);
        pairs.Select(p => p.Name).Should().Equal("en", "b");

        // Streamed manifests cannot be refused whole once results are out: the bad line fails in its place.
        var (rows, diagnostics) = BatchManifest.Read(Write("bad.jsonl", "{\"source\":\"en.txt\",\"target\":\"es.txt\"}\n{\"source\":\"en.txt\"}\n"), Language.English);
        diagnostics.Should().BeEmpty();
        rows.Select(r => r.Problem).Should().SatisfyRespectively(
            first => first.Should().BeNull(),
            second => second.Should().StartWith("line 2:"));
    }

    [Theory]
    [InlineData("peru-2021.en.txt", "peru-2021", "en")]
    [InlineData("peru_2021_ES.pdf", "peru_2021", "es")]
    [InlineData("report.txt", null, null)]
    [InlineData("en.txt", null, null)]
    public void Directory_files_are_tagged_NAME_dot_or_underscore_LANG(string file, string? name, string? language)
    {
        var tag = BatchManifest.LanguageTag(file);

        (tag?.Name, tag?.Language).Should().Be((name, language));
    }

    [Fact]
    public void Directory_pairs_source_language_files_with_their_counterparts_by_name()
    {
        foreach (string f in new[] { "b.en.pdf", "b.es.txt", "a_en.txt", "a_es.docx", "lonely.en.txt", "notes.txt" })
        {
            Write(f, "x");
        }

        var (pairs, diagnostics) = BatchManifest.Read(_dir, Language.English);

        pairs.Should().Equal(
            new BatchPair("a", Path.Combine(_dir, "a_en.txt"), Path.Combine(_dir, "a_es.docx")),
            new BatchPair("b", Path.Combine(_dir, "b.en.pdf"), Path.Combine(_dir, "b.es.txt")));
        diagnostics.Should().ContainSingle().Which.Message.Should().StartWith(Path.Combine(_dir, "lonely.en.txt"));
        BatchManifest.Read(_dir, Language.Spanish).Pairs.Select(p => Path.GetFileName(p.Source)).Should().Equal("a_es.docx", "b.es.txt");
    }

    [Fact]
    public void Row_languages_are_read_once_at_the_edge_as_languages_and_a_bad_code_fails_its_row()
    {
        string lines = "{\"name\":\"a\",\"source_text\":\"Police rescued 12 victims.\",\"target_text\":\"La policía rescató a 12 víctimas.\",\"source_lang\":\"EN\",\"target_lang\":\"es\"}\n"
            + "{\"name\":\"b\",\"source\":\"en.txt\",\"target\":\"es.txt\",\"source_lang\":\"english\"}\n";

        var rows = BatchManifest.ReadJsonLines(new StringReader(lines), _dir).ToList();

        rows[0].SourceLanguage.Should().BeSameAs(Language.English);
        rows[0].TargetLanguage.Should().BeSameAs(Language.Spanish);
        rows[1].Problem.Should().StartWith("line 2:").And.Contain("\"source_lang\" 'english' is not a language code");
        rows[1].ProblemCode.Should().Be(DiagnosticCodes.ManifestLine);

        var (pairs, problem) = BatchManifest.FromCsv("source,target,source_lang\nen.txt,es.txt,e5\n", _dir);
        pairs.Should().BeEmpty();
        problem!.Message.Should().Contain("'e5' is not a language code");
    }

    [Fact]
    public void Json_lines_carry_paths_or_inline_texts_and_every_non_blank_line_is_one_row()
    {
        string lines = "{\"source\":\"en.txt\",\"target\":\"/abs/es.txt\",\"name\":\"p\"}\n\n"
            + "{\"name\":\"inline\",\"source_text\":\"One million.\",\"target_text\":\"Un millón.\"}\n"
            + "[1, 2]\n{\"name\":\"half\",\"source_text\":\"x\"}\n{\"target\":\"es.txt\"}";

        var rows = BatchManifest.ReadJsonLines(new StringReader(lines), _dir).ToList();

        rows.Should().HaveCount(5, "the blank line is no row; every other line is one, readable or not");
        rows[0].Should().Be(new BatchPair("p", Path.Combine(_dir, "en.txt"), "/abs/es.txt"));
        rows[1].Should().Be(new BatchPair("inline", null, null) { SourceText = "One million.", TargetText = "Un millón." });
        rows[2].Problem.Should().StartWith("line 4: not a JSON object");
        rows[2].Name.Should().Be("row 2");
        rows[3].Problem.Should().Contain("\"source_text\" and \"target_text\"").And.StartWith("line 5:");
        rows[3].Name.Should().Be("half");
        rows[4].Problem.Should().StartWith("line 6:");
    }

    [Fact]
    public void A_line_longer_than_the_limit_fails_its_row_and_the_next_line_is_read()
    {
        string lines = "{\"name\":\"big\",\"source_text\":\"" + new string('x', 300) + "\",\"target_text\":\"y\"}\n{\"source\":\"a.txt\",\"target\":\"b.txt\"}\n";

        var rows = BatchManifest.ReadJsonLines(new StringReader(lines), _dir, maxLineChars: 100).ToList();

        rows.Should().HaveCount(2);
        rows[0].Problem.Should().Be(Messages.ManifestLine(1, "longer than 100 characters").Message);
        rows[1].Should().Be(new BatchPair("a", Path.Combine(_dir, "a.txt"), Path.Combine(_dir, "b.txt")));
    }

    [Fact]
    public void Json_lines_are_read_only_as_far_as_the_caller_asks()
    {
        var reader = new CountingReader(string.Concat(Enumerable.Repeat("{\"source\":\"a.txt\",\"target\":\"b.txt\"}\n", 100_000)));

        BatchManifest.ReadJsonLines(reader, _dir).Take(3).Should().HaveCount(3);

        reader.CharsRead.Should().BeLessThan(200_000, "a 4 MB stream is not read whole to give three rows");
    }

    private sealed class CountingReader(string text) : StringReader(text)
    {
        public long CharsRead { get; private set; }

        public override int Read(char[] buffer, int index, int count)
        {
            int read = base.Read(buffer, index, count);
            CharsRead += read;
            return read;
        }
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
