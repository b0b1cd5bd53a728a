namespace Alignment.Tests.Cli;

public class BitextCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Missing_file_exits_2_with_one_line()
    {
        var (code, stdout, stderr) = Run("sections", Path.Combine(_dir, "missing.txt"));

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith("bitext: ").And.EndWith("file not found");
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "file is empty")]
    [InlineData("binary.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x01, 0xFF }, "file is binary, not text")]
    [InlineData("fake.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x00, 0x01, 0xFF }, "PDF cannot be read; it may be damaged or truncated*")]
    public void Bad_file_exits_2_without_stack_trace(string name, byte[] bytes, string message)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);

        var (code, _, stderr) = Run("check", path, TestFiles.Spanish2021);

        code.Should().Be(2);
        stderr.Should().Match($"bitext: {path}: {message}" + Environment.NewLine);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error_with_exit_2()
    {
        Run("sections", TestFiles.English2021, "--format", "yaml").Code.Should().Be(2);
    }

    [Fact]
    public void Sections_json_carries_kind_heading_and_offsets()
    {
        var (code, stdout, _) = Run("sections", TestFiles.English2021, "--format", "json");

        code.Should().Be(0);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("document").GetProperty("language").GetString().Should().Be("en");
        var first = json.RootElement.GetProperty("sections")[0];
        first.GetProperty("start").GetInt32().Should().Be(0);
        first.TryGetProperty("kind", out _).Should().BeTrue();
    }

    [Fact]
    public void Align_json_has_the_documented_shape()
    {
        var (code, stdout, _) = Run("align", TestFiles.English2021, TestFiles.Spanish2021, "--format", "json");

        code.Should().Be(0);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("source").GetProperty("language").GetString().Should().Be("en");
        root.GetProperty("target").GetProperty("language").GetString().Should().Be("es");
        root.GetProperty("target").GetProperty("length").GetInt32().Should().Be(File.ReadAllText(TestFiles.Spanish2021).Length);
        var bead = root.GetProperty("beads")[1];
        bead.GetProperty("type").GetString().Should().MatchRegex("^[0-3]-[0-3]$");
        bead.GetProperty("source")[0].GetProperty("end").GetInt32().Should().BeGreaterThan(bead.GetProperty("source")[0].GetProperty("start").GetInt32());
        root.TryGetProperty("findings", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("error", 1)]
    [InlineData("warning", 1)]
    [InlineData("none", 0)]
    public void Check_exit_code_follows_fail_on(string failOn, int expected)
    {
        Run("check", TestFiles.English2021, TestFiles.Spanish2021, "--fail-on", failOn).Code.Should().Be(expected);
    }

    [Fact]
    public void Check_json_reports_the_budget_error_with_offsets_into_both_documents()
    {
        var (_, stdout, _) = Run("check", TestFiles.English2021, TestFiles.Spanish2021, "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var errors = json.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "error").ToList();
        errors.Should().ContainSingle();
        var error = errors[0];
        error.GetProperty("kind").GetString().Should().Be("valueMismatch");
        error.GetProperty("message").GetString().Should().Be("English says 1.5 million soles, Spanish says 15.5 million soles");
        var target = error.GetProperty("target");
        target.GetProperty("value").GetDouble().Should().Be(15_500_000);
        File.ReadAllText(TestFiles.Spanish2021)[target.GetProperty("start").GetInt32()..target.GetProperty("end").GetInt32()].Should().Be(target.GetProperty("text").GetString());
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => CliRunner.Invoke(args);
}
