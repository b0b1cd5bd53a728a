using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Alignment.Tests.Cli;

/// <summary>
/// The README's commands, run as a new user runs them: its blocks are read from README.md, so the README cannot drift
/// from what <c>bitext</c> does. The recipes run in bash against the real <c>bitext</c> executable.
/// </summary>
public class ReadmeTests : IDisposable
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-readme-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Readme => File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "README.md"));

    [Fact]
    public void The_first_command_exits_1_and_prints_the_output_shown_under_it()
    {
        var first = Regex.Match(Readme, "```bash\\n(?<line>[^\\n]*)\\n", RegexOptions.None, RegexTimeout);
        string line = first.Groups["line"].Value;
        line.Should().StartWith("dotnet run --project src/Alignment.Cli -c Release -- check ");
        var args = line["dotnet run --project src/Alignment.Cli -c Release -- ".Length..].Split(' ')
            .Select(a => a.StartsWith("seeds/", StringComparison.Ordinal) ? Path.Combine(TestFiles.RepositoryRoot, a) : a).ToArray();
        var shown = Regex.Match(Readme, "<!-- output of the first command -->\\n```text\\n(?<text>.*?)```", RegexOptions.Singleline, RegexTimeout);

        var (code, stdout, _) = CliRunner.Invoke(args);

        code.Should().Be(1, "the seed pair's budget error is a finding at the default --fail-on error");
        shown.Success.Should().BeTrue("README.md shows the first command's output under it");
        stdout.Replace("\r\n", "\n", StringComparison.Ordinal).Should().Be(
            shown.Groups["text"].Value,
            "README.md must show the real output; paste `bitext check` on the seed pair into the block when it changes");
        Readme.Should().Contain("**It exits 1, and that is the expected result: it found a real disagreement**")
            .And.Contain("1.5 million soles is 15.5 million soles");
    }

    [Fact]
    public void The_command_table_lists_each_commands_default_format_first_in_bold()
    {
        var rows = Regex.Matches(Readme, @"^\| `bitext (?<command>[a-z]+(?: add)?) [^|]*?(?:\\\|[^|]*?)*` \|(?<formats>[^|]*)\|", RegexOptions.Multiline, RegexTimeout);
        rows.Should().HaveCount(10);

        foreach (Match row in rows)
        {
            string[] command = row.Groups["command"].Value.Split(' ');
            string help = CliRunner.Invoke([.. command, "--help"]).Stdout;
            var option = Regex.Match(help, @"--format <(?<allowed>[a-z0-9|]+)>.*?\[default: (?<default>[a-z]+)\]", RegexOptions.None, RegexTimeout);
            string formats = row.Groups["formats"].Value.Trim();
            if (!option.Success)
            {
                formats.Should().BeEmpty($"bitext {row.Groups["command"].Value} has no --format");
                continue;
            }

            var listed = formats.Split(", ").Select(f => f.Trim('*')).ToList();
            formats.Should().StartWith($"**{option.Groups["default"].Value}**", $"the default of bitext {command[0]} comes first, in bold");
            listed.Should().BeEquivalentTo(option.Groups["allowed"].Value.Split('|'), $"the README lists the formats bitext {command[0]} accepts");
        }
    }

    [Fact]
    public void The_version_line_names_the_version_the_build_stamps()
    {
        string props = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "Directory.Build.props"));
        string version = Regex.Match(props, "<Version>(?<v>[^<]+)</Version>", RegexOptions.None, RegexTimeout).Groups["v"].Value;

        version.Should().NotBeEmpty();
        Readme.Should().Contain($"(`bitext {version} (commit ");
        Regex.Matches(Readme, @"`bitext (?<v>\d+\.\d+\.\d+\S*) \(commit", RegexOptions.None, RegexTimeout).Select(m => m.Groups["v"].Value).Should().OnlyContain(v => v == version);
    }

    [Fact]
    public void The_install_step_packs_outside_the_clone_and_pkgs_is_ignored_anyway()
    {
        var pack = Regex.Match(Readme, @"^dotnet pack src/Alignment\.Cli -c Release -o (?<folder>\S+)$", RegexOptions.Multiline, RegexTimeout);
        pack.Success.Should().BeTrue();
        Path.IsPathRooted(pack.Groups["folder"].Value).Should().BeTrue("a relative folder would be left in the clone");
        Readme.Should().Contain($"dotnet tool install -g Bitext.Alignment.Cli --add-source {pack.Groups["folder"].Value} --prerelease");

        var (code, _) = Run("git", ["check-ignore", "-q", "pkgs/Alignment.Cli.0.1.0-preview.1.nupkg"], TestFiles.RepositoryRoot);
        if (code != 127)
        {
            code.Should().Be(0, "the old instructions' pkgs/ folder is ignored by git");
        }
    }

    [Fact]
    public void The_translator_recipe_reviews_in_the_server_and_exports_a_tmx_and_an_xliff_1_2_that_name_files_only()
    {
        var (code, output) = RunRecipe("translator");

        code.Should().Be(0, output);
        var tmx = XDocument.Load(Path.Combine(_dir, "out", "peru-2021.en-es.tmx"));
        var props = tmx.Root!.Element("header")!.Elements("prop").ToDictionary(p => (string)p.Attribute("type")!, p => p.Value);
        props["x-source-document"].Should().Be("002_cdbada1f67068dd0.txt");
        props["x-target-document"].Should().Be("000_a12f891843fbc0bc.txt");
        tmx.Root.Element("body")!.Elements("tu").Should().HaveCountGreaterThan(100);
        tmx.Root.Descendants("seg").Should().Contain(s => s.Value.StartsWith("• ", StringComparison.Ordinal), "the TMX keeps the bullets OmegaT segments keep");
        XDocument.Load(Path.Combine(_dir, "out", "peru-2021.en-es.xlf")).Root!.Attribute("version")!.Value.Should().Be("1.2");
        File.Exists(Path.Combine(_dir, "out", "peru-2021.review.sqlite")).Should().BeTrue("the review server keeps its decisions there");
        File.ReadAllText(Path.Combine(_dir, "out", "peru-2021.en-es.tmx")).Should().NotContain(TestFiles.RepositoryRoot).And.NotContain(_dir);
    }

    [Fact]
    public void The_qa_recipe_fails_the_job_with_exit_1_and_jq_prints_the_findings()
    {
        var (code, output) = RunRecipe("qa");

        code.Should().Be(1, "the seed pair has an error, at --fail-on warning, and the baseline marks nothing: " + output);
        File.ReadAllText(Path.Combine(_dir, "out", "qa-baseline.json")).Should().Contain("\"decisions\": []");
        File.ReadAllText(Path.Combine(_dir, "out", "check.json")).Should().Contain("\"schemaVersion\": 1");
        if (Run("sh", ["-c", "command -v jq"], _dir).Code == 0)
        {
            // "seis" no longer stands alone: the reader finds the "six" that the English source glues into "sixweek".
            output.Split('\n').Should().Contain("error bead 46 (valueMismatch): English says 1.5 million soles, Spanish says 15.5 million soles")
                .And.NotContain(l => l.StartsWith("warning", StringComparison.Ordinal));
            output.Should().NotContain("info bead");
        }
    }

    /// <summary>Runs the README's block after <c>&lt;!-- recipe: NAME --&gt;</c> in bash, in a folder holding the seeds, with the real <c>bitext</c> on PATH.</summary>
    private (int Code, string Output) RunRecipe(string name)
    {
        var block = Regex.Match(Readme, $"<!-- recipe: {name} -->\\n```bash\\n(?<script>.*?)\\n```\\n", RegexOptions.Singleline, RegexTimeout);
        block.Success.Should().BeTrue($"README.md has the {name} recipe");
        Directory.CreateDirectory(Path.Combine(_dir, "seeds"));
        foreach (string seed in Directory.GetFiles(Path.Combine(TestFiles.RepositoryRoot, "seeds")))
        {
            File.Copy(seed, Path.Combine(_dir, "seeds", Path.GetFileName(seed)));
        }

        string bin = Path.Combine(_dir, "bin");
        Directory.CreateDirectory(bin);
        string bitext = Path.Combine(bin, "bitext");
        File.WriteAllText(bitext, $"#!/bin/sh\nexec dotnet \"{Path.Combine(AppContext.BaseDirectory, "bitext.dll")}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(bitext, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        string script = Path.Combine(_dir, "recipe.sh");
        File.WriteAllText(script, block.Groups["script"].Value);
        return Run("bash", [script], _dir, ("PATH", $"{bin}:{Environment.GetEnvironmentVariable("PATH")}"));
    }

    private static (int Code, string Output) Run(string file, string[] args, string directory, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        args.ToList().ForEach(start.ArgumentList.Add);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit(TimeSpan.FromMinutes(3)).Should().BeTrue($"{file} finishes");
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (127, $"{file} is not installed");
        }
    }
}
