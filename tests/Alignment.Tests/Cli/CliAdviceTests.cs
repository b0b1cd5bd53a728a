using Alignment.Cli;

namespace Alignment.Tests.Cli;

/// <summary>The library's messages say what is wrong; the CLI adds which of its options or commands fixes it.</summary>
public sealed class CliAdviceTests
{
    [Fact]
    public void No_library_message_names_a_command_line_option_or_command()
    {
        var diagnostics = LibraryDiagnostics.Of(typeof(Messages));

        diagnostics.Should().HaveCountGreaterThan(40);
        diagnostics.Should().AllSatisfy(d => d.Message.Should().NotContain("--").And.NotContain("bitext "));
    }

    [Fact]
    public void The_cli_adds_its_advice_to_a_same_language_warning_and_to_a_missing_index()
    {
        var (_, _, stderr) = CliRunner.Invoke("check", TestFiles.Spanish2021, TestFiles.Spanish2019);
        string missing = Path.Combine(Path.GetTempPath(), $"bitext-no-index-{Guid.NewGuid():N}");
        var (code, _, searchError) = CliRunner.Invoke("search", "víctimas", "--index", missing);

        stderr.Should().Contain($"bitext: warning: {Messages.SameLanguage("es").Message} (use --source-lang/--target-lang if detection is wrong)");
        code.Should().Be(2);
        searchError.Trim().Should().Be($"bitext: {missing}: {Messages.IndexMissing().Message} (create one with 'bitext index add SOURCE TARGET --index DIR')");
    }

    [Fact]
    public void A_diagnostic_without_advice_keeps_its_message()
    {
        CliAdvice.Message(Messages.FileEmpty()).Should().Be("file is empty");
    }
}
