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

        var (pairs, diagnostics) = BatchManifest.Read(path, "en");

        diagnostics.Should().BeEmpty();
        pairs.Should().Equal(
            new BatchPair("a, \"quoted\"", Path.Combine(_dir, "en.txt"), Path.Combine(_dir, "es.txt")),
            new BatchPair("b", Path.Combine(_dir, "b.txt"), Path.Combine(_dir, "x\ny.txt")));
    }

    [Fact]
    public void Csv_without_a_source_target_header_is_refused()
    {
        var (pairs, diagnostics) = BatchManifest.Read(Write("m.csv", "en.txt,es.txt\n"), "en");

        pairs.Should().BeEmpty();
        diagnostics.Should().ContainSingle().Which.Code.Should().Be("manifest-header");
    }

    [Fact]
    public void Json_lines_name_is_optional_and_a_bad_line_is_reported_by_number()
    {
        var (pairs, _) = BatchManifest.Read(Write("m.jsonl", "{\"source\":\"en.txt\",\"target\":\"es.txt\"}\n\n{\"source\":\"b.en.txt\",\"target\":\"b.es.txt\",\"name\":\"b\"}\n"), "en");
        pairs.Select(p => p.Name).Should().Equal("en", "b");

        var (_, diagnostics) = BatchManifest.Read(Write("bad.jsonl", "{\"source\":\"en.txt\",\"target\":\"es.txt\"}\n{\"source\":\"en.txt\"}\n"), "en");
        diagnostics.Should().ContainSingle().Which.Message.Should().StartWith("line 2:");
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

        var (pairs, diagnostics) = BatchManifest.Read(_dir, "en");

        pairs.Should().Equal(
            new BatchPair("a", Path.Combine(_dir, "a_en.txt"), Path.Combine(_dir, "a_es.docx")),
            new BatchPair("b", Path.Combine(_dir, "b.en.pdf"), Path.Combine(_dir, "b.es.txt")));
        diagnostics.Should().ContainSingle().Which.Message.Should().StartWith(Path.Combine(_dir, "lonely.en.txt"));
        BatchManifest.Read(_dir, "es").Pairs.Select(p => Path.GetFileName(p.Source)).Should().Equal("a_es.docx", "b.es.txt");
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
