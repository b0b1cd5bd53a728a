using System.Text.Json;
using System.Text.RegularExpressions;

namespace Alignment.Tests.Cli;

/// <summary>
/// A new user's first minutes with <c>bitext</c> (issue 16), on the real command line's output: usage errors point to
/// <c>--help</c>, counts have their plurals and add up, <c>align</c> shows its findings, shared files carry file names.
/// </summary>
public class CliPresentationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-presentation-").FullName;

    public CliPresentationTests()
    {
        File.WriteAllText(Path.Combine(_dir, "en.txt"), "Peru\n\nThe government allocated 1.5 million soles to the anti-trafficking budget in 2020. Officials reported progress.\n");
        File.WriteAllText(Path.Combine(_dir, "es.txt"), "Peru\n\nEl gobierno asignó 15.5 millones de soles al presupuesto contra la trata en 2020. Los funcionarios informaron avances.\n");
    }

    private string English => Path.Combine(_dir, "en.txt");

    private string Spanish => Path.Combine(_dir, "es.txt");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("Run 'bitext check --help'.", "check", "a.txt", "b.txt", "--bogus")]
    [InlineData("Run 'bitext align --help'.", "align", "a.txt", "b.txt", "--format", "yaml")]
    [InlineData("Run 'bitext index add --help'.", "index", "add")]
    [InlineData("Run 'bitext sections --help'.", "sections")]
    [InlineData("Run 'bitext --help'.", "--bogus")]
    public void A_usage_error_exits_2_and_ends_with_a_hint_to_run_the_commands_help(string hint, params string[] args)
    {
        var (code, stdout, stderr) = CliRunner.Invoke(args);

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        var lines = stderr.TrimEnd().Split('\n');
        lines[^1].Should().Be(hint);
        lines[..^1].Should().NotBeEmpty().And.AllSatisfy(l => l.Should().StartWith("bitext: "));
        lines.Should().OnlyHaveUniqueItems("two missing arguments give one message, not the same line twice");
    }

    [Fact]
    public void Version_prints_the_package_version_and_the_commit()
    {
        string props = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "Directory.Build.props"));
        string version = Regex.Match(props, "<Version>(.*?)</Version>", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;

        var (code, stdout, _) = CliRunner.Invoke("--version");

        code.Should().Be(0);
        version.Should().NotBeEmpty();
        stdout.Should().MatchRegex($"^bitext {Regex.Escape(version)} \\(commit [0-9a-f]{{40}}\\)\\r?\\n$", "SourceLink records the commit of the clone the tool is built from");
    }

    [Theory]
    [InlineData("al", "align")]
    [InlineData("align a.txt b.txt --omi", "--omissions")]
    [InlineData("check a.txt b.txt --fail-on w", "warning")]
    public void The_suggest_directive_that_dotnet_suggest_calls_completes_commands_options_and_values(string commandLine, string completion)
    {
        // dotnet-suggest's shell shim calls the tool as `bitext [suggest:CURSOR] "the command line typed so far"`.
        var (code, stdout, _) = CliRunner.Invoke($"[suggest:{commandLine.Length}]", commandLine);

        code.Should().Be(0);
        stdout.Split('\n', StringSplitOptions.TrimEntries).Should().Contain(completion);
    }

    [Fact]
    public void Sections_says_sentences_and_headings_and_the_sentences_add_up_to_the_per_section_counts()
    {
        var (code, stdout, _) = CliRunner.Invoke("sections", TestFiles.Spanish2021);
        var (_, json, _) = CliRunner.Invoke("sentences", TestFiles.Spanish2021, "--format", "json");

        code.Should().Be(0);
        var header = Regex.Match(stdout, @"^.*: es, \d+ chars, (?<sections>\d+) sections, (?<sentences>\d+) sentences and (?<headings>\d+) headings\r?$", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        header.Success.Should().BeTrue(stdout);
        int perSection = Regex.Matches(stdout, @"\((\d+) sentences?\)\r?$", RegexOptions.Multiline, TimeSpan.FromSeconds(1)).Sum(m => int.Parse(m.Groups[1].Value));
        int sentences = int.Parse(header.Groups["sentences"].Value);
        int headings = int.Parse(header.Groups["headings"].Value);
        sentences.Should().Be(perSection);
        headings.Should().BePositive();
        var units = JsonDocument.Parse(json).RootElement.GetProperty("sentences").EnumerateArray().ToList();
        units.Should().HaveCount(sentences + headings);
        units.Count(u => u.GetProperty("heading").GetBoolean()).Should().Be(headings);
    }

    [Fact]
    public void One_finding_and_one_pair_are_singular()
    {
        var (code, stdout, _) = CliRunner.Invoke("check", English, Spanish);
        string manifest = Path.Combine(_dir, "pairs.csv");
        File.WriteAllText(manifest, "source,target\nen.txt,es.txt\n");
        var (_, _, batchErr) = CliRunner.Invoke("batch", manifest, "--format", "text");
        var (_, alignOut, _) = CliRunner.Invoke("align", English, Spanish);

        code.Should().Be(1);
        stdout.Should().EndWith($"1 finding (error: 1, warning: 0, info: 0) in 3 beads{Environment.NewLine}");
        alignOut.Should().EndWith($"3 beads, 0 unmatched, 0 low-confidence, 1 finding{Environment.NewLine}");
        batchErr.Should().Contain("bitext: batch: 1 pair, 0 failed, 3 beads, ");
    }

    [Fact]
    public void Align_text_lists_the_findings_after_the_beads_as_check_does()
    {
        var (_, check, _) = CliRunner.Invoke("check", TestFiles.English2021, TestFiles.Spanish2021);
        var (code, align, _) = CliRunner.Invoke("align", TestFiles.English2021, TestFiles.Spanish2021);

        code.Should().Be(0);
        var findingLines = check.TrimEnd().Split('\n')[..^1];
        findingLines.Should().Contain(l => l.StartsWith("error   bead 46 (prosecution): English says 1.5 million soles, Spanish says 15.5 million soles", StringComparison.Ordinal));
        var alignLines = align.TrimEnd().Split('\n');
        alignLines[^(findingLines.Length + 1)..^1].Should().Equal(findingLines);
        alignLines[^(findingLines.Length + 2)].Should().BeEmpty("a blank line parts the findings from the last bead");
        alignLines[^1].Should().EndWith($"{findingLines.Length} findings");
    }

    [Theory]
    [InlineData("tmx")]
    [InlineData("html")]
    [InlineData("json")]
    public void Shared_outputs_name_documents_by_file_name_and_full_paths_only_on_request(string format)
    {
        var (_, plain, _) = CliRunner.Invoke("align", English, Spanish, "--format", format);
        var (_, full, _) = CliRunner.Invoke("align", English, Spanish, "--format", format, "--full-paths");

        plain.Should().NotContain(_dir).And.Contain("en.txt").And.Contain("es.txt");
        full.Should().Contain(English).And.Contain(Spanish);
        if (format == "tmx")
        {
            plain.Should().Contain("<prop type=\"x-source-document\">en.txt</prop>").And.Contain("<prop type=\"x-target-document\">es.txt</prop>");
        }
    }

    [Fact]
    public void Every_json_output_names_documents_by_file_without_their_folder()
    {
        string manifest = Path.Combine(_dir, "pairs.csv");
        File.WriteAllText(manifest, "source,target\nen.txt,es.txt\nen.txt,missing.txt\n");
        var outputs = new[]
        {
            CliRunner.Invoke("sections", English, "--format", "json").Stdout,
            CliRunner.Invoke("sentences", English, "--format", "json").Stdout,
            CliRunner.Invoke("check", English, Spanish, "--format", "json").Stdout,
            CliRunner.Invoke("diff", English, English, "--format", "json").Stdout,
            CliRunner.Invoke("batch", manifest).Stdout,
        };

        outputs.Should().AllSatisfy(o => o.Should().Contain("\"file\"").And.NotContain(_dir).And.NotContain("\"path\""));
        CliRunner.Invoke("batch", manifest, "--full-paths").Stdout.Should().Contain(JsonEncodedText.Encode(Spanish).ToString());
    }
}
