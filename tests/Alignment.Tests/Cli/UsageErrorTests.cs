using System.CommandLine;
using Alignment.Cli;

namespace Alignment.Tests.Cli;

/// <summary>
/// The command line speaks one language: a misspelled command or option is named with the nearest real one, an option
/// before the files is blamed instead of the files, an option that would do nothing is refused, and advice names only
/// options the command accepts.
/// </summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-usage-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_misspelled_command_gets_the_nearest_command_and_nothing_about_the_files()
    {
        var (code, stdout, stderr) = CliRunner.Invoke("algn", TestFiles.English2021, TestFiles.Spanish2021);

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        Lines(stderr).Should().Equal("bitext: unknown command 'algn' (did you mean 'align'?)", "Run 'bitext --help'.");
        Lines(CliRunner.Invoke("chek").Stderr)[0].Should().Be("bitext: unknown command 'chek' (did you mean 'check'?)");
        Lines(CliRunner.Invoke("ali").Stderr)[0].Should().Be("bitext: unknown command 'ali' (did you mean 'align'?)");
        Lines(CliRunner.Invoke("frobnicate").Stderr)[0].Should().Be("bitext: unknown command 'frobnicate'");
    }

    [Fact]
    public void A_misspelled_option_before_the_files_is_blamed_not_the_files()
    {
        var (code, _, stderr) = CliRunner.Invoke("align", "--fromat", "json", TestFiles.English2021, TestFiles.Spanish2021);

        code.Should().Be(2);
        Lines(stderr).Should().Equal("bitext: unknown option '--fromat' for 'bitext align' (did you mean '--format'?)", "Run 'bitext align --help'.");
        Lines(CliRunner.Invoke("check", TestFiles.English2021, TestFiles.Spanish2021, "--fail-no", "warning").Stderr)[0]
            .Should().Be("bitext: unknown option '--fail-no' for 'bitext check' (did you mean '--fail-on'?)");
    }

    [Fact]
    public void An_unknown_option_that_parses_as_the_files_is_not_looked_for_as_a_file()
    {
        var (code, _, stderr) = CliRunner.Invoke("align", "--formt", "json");

        code.Should().Be(2);
        Lines(stderr)[0].Should().Be("bitext: unknown option '--formt' for 'bitext align' (did you mean '--format'?)");
    }

    [Fact]
    public void A_file_named_like_an_option_is_still_read_when_it_exists_or_follows_a_double_dash()
    {
        // A relative name starting with "--", in the folder the tests run in (the current folder is not changed: tests run in parallel).
        string odd = $"--seed-copy-{Guid.NewGuid():N}.txt";
        File.Copy(TestFiles.Spanish2021, odd);
        try
        {
            CliRunner.Invoke("sections", odd).Code.Should().Be(0);
        }
        finally
        {
            File.Delete(odd);
        }

        var afterDoubleDash = CliRunner.Invoke("sentences", "--", "--missing-file");
        afterDoubleDash.Code.Should().Be(2);
        afterDoubleDash.Stderr.Should().Contain("--missing-file").And.Contain("not found").And.NotContain("unknown option");
    }

    [Fact]
    public void An_option_of_the_other_commands_language_vocabulary_points_to_this_commands_one()
    {
        Lines(CliRunner.Invoke("sections", "--source-lang", "es", TestFiles.Spanish2021).Stderr)[0]
            .Should().Be("bitext: unknown option '--source-lang' for 'bitext sections' (did you mean '--lang'?)");
        Lines(CliRunner.Invoke("check", "--lang", "es", TestFiles.English2021, TestFiles.Spanish2021).Stderr)[0]
            .Should().Be("bitext: unknown option '--lang' for 'bitext check' (did you mean '--source-lang' or '--target-lang'?)");
    }

    [Fact]
    public void Every_option_of_every_command_misspelled_by_one_swap_is_suggested_back()
    {
        var checkedNames = 0;
        foreach (var command in Commands(BitextCommand.CommandTree()))
        {
            foreach (string name in command.Options.Select(o => o.Name).Where(n => n.StartsWith("--", StringComparison.Ordinal) && n.Length > 5))
            {
                string typo = string.Concat(name[..3], name[4], name[3], name[5..]);
                if (typo == name)
                {
                    continue;
                }

                UsageErrors.Suggestion(typo, command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))).Should().Contain($"'{name}'", $"{command.Name} {typo}");
                checkedNames++;
            }
        }

        checkedNames.Should().BeGreaterThan(30);
    }

    [Fact]
    public void An_option_that_would_do_nothing_is_refused_and_works_where_it_applies()
    {
        var json = CliRunner.Invoke("align", "--omissions", "keep", "--format", "json", TestFiles.English2021, TestFiles.Spanish2021);
        var tmx = CliRunner.Invoke("align", "--omissions", "keep", "--format", "tmx", TestFiles.English2021, TestFiles.Spanish2021);
        var dictionaryFormat = CliRunner.Invoke("check", "--dictionary-format", "tsv", TestFiles.English2021, TestFiles.Spanish2021);

        json.Code.Should().Be(2);
        Lines(json.Stderr)[0].Should().Be("bitext: --omissions applies only to --format tmx; it would do nothing with --format json");
        tmx.Code.Should().Be(0);
        tmx.Stdout.Should().Contain("<tmx version=\"1.4\">");
        dictionaryFormat.Code.Should().Be(2);
        Lines(dictionaryFormat.Stderr)[0].Should().Be("bitext: --dictionary-format applies only with --dictionary; it would do nothing without it");
        Lines(CliRunner.Invoke("check", "--omissions", "keep", TestFiles.English2021, TestFiles.Spanish2021).Stderr)[0]
            .Should().Be("bitext: unknown option '--omissions' for 'bitext check'");
    }

    [Fact]
    public void Every_advice_a_command_can_print_names_only_options_that_command_accepts()
    {
        var codes = new[] { DiagnosticCodes.LanguageUnknown, DiagnosticCodes.LanguageUndetermined, DiagnosticCodes.SameLanguage, DiagnosticCodes.SameDocument, DiagnosticCodes.IndexMissing };
        int given = 0;
        foreach (var command in Commands(BitextCommand.CommandTree()))
        {
            var accepted = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToHashSet();
            foreach (string code in codes)
            {
                string advice = CliAdvice.Message(new Diagnostic(DiagnosticSeverity.Warning, code, "m"), command)[1..];
                CliAdvice.OptionsNamed(advice).Where(o => !accepted.Contains(o)).Should().BeEmpty($"'{command.Name}' gives advice '{advice}'");
                given += advice.Length > 0 ? 1 : 0;
            }
        }

        given.Should().BeGreaterThan(20);
        CliAdvice.Message(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.LanguageUnknown, "m")).Should().Be("m (set source_lang and target_lang in the manifest row)");
    }

    [Fact]
    public void Text_whose_language_cannot_be_told_gets_the_option_of_the_command_that_read_it()
    {
        string unclear = Path.Combine(_dir, "unclear.txt");
        File.WriteAllText(unclear, "xx yy zz.\n");

        var sections = CliRunner.Invoke("sections", unclear);
        var lines = CliRunner.Invoke("align", "--input", "lines", unclear, TestFiles.Spanish2021);

        sections.Stderr.Should().Contain("could not tell the language; assuming 'en' (use --lang to set it)");
        lines.Stderr.Should().Contain("could not tell the language; assuming 'en' (use --source-lang or --target-lang to set it)").And.NotContain("--lang ");
    }

    private static IEnumerable<Command> Commands(Command command) => command.Subcommands.SelectMany(Commands).Prepend(command);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
