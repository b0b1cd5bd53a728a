using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Alignment.Tests.Packaging;

/// <summary>
/// Packs the library and the tool into a local folder, installs the tool from there into a temporary tool
/// path and runs it on the seeds, and builds a console app whose Program.cs is the README's usage example
/// against the packed library. Slow (about a minute): it runs real <c>dotnet pack</c>, <c>tool install</c> and <c>run</c>.
/// The tool is packed with <c>-p:ToolNativeAot=false</c> (its ReadyToRun linux-x64 package); the Native AOT package
/// that a plain <c>dotnet pack</c> writes is checked by <c>benchmarks/aot-smoke.sh</c>.
/// </summary>
public sealed class PackageTests : IClassFixture<PackageTests.PackedPackages>
{
    private readonly PackedPackages _packages;

    public PackageTests(PackedPackages packages) => _packages = packages;

    [Fact]
    public void The_library_package_has_docs_readme_licence_symbols_and_repository_metadata()
    {
        var nupkg = Directory.GetFiles(_packages.Folder, "Bitext.Alignment.*.nupkg").Single(p => !Path.GetFileName(p).StartsWith("Bitext.Alignment.Cli", StringComparison.Ordinal));
        using var zip = System.IO.Compression.ZipFile.OpenRead(nupkg);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        names.Should().Contain(["lib/net8.0/Alignment.dll", "lib/net8.0/Alignment.xml", "README.md"]);
        names.Should().Contain(Directory.GetFiles(Path.Combine(TestFiles.RepositoryRoot, "schemas"), "*.schema.json").Select(f => "schemas/" + Path.GetFileName(f)))
            .And.Contain("schemas/alignment.schema.json");
        using var reader = new StreamReader(zip.GetEntry("Bitext.Alignment.nuspec")!.Open());
        string nuspec = reader.ReadToEnd();
        nuspec.Should().Contain("<license type=\"expression\">MIT</license>").And.Contain("<readme>README.md</readme>").And.MatchRegex("<repository type=\"git\"[^>]*commit=\"[0-9a-f]{40}\"");
        File.Exists(Path.ChangeExtension(nupkg, ".snupkg")).Should().BeTrue();
    }

    [Fact]
    public void The_linux_x64_tool_package_holds_ReadyToRun_images_of_the_tool_and_what_it_loads()
    {
        string nupkg = Path.Combine(_packages.Folder, $"Bitext.Alignment.Cli.linux-x64.{PackedPackages.Version}.nupkg");
        File.Exists(Path.Combine(_packages.Folder, $"Bitext.Alignment.Cli.any.{PackedPackages.Version}.nupkg")).Should().BeTrue("other platforms get the framework-dependent package");
        using var zip = System.IO.Compression.ZipFile.OpenRead(nupkg);

        foreach (string assembly in new[] { "bitext.dll", "Alignment.dll", "System.CommandLine.dll", "Lucene.Net.dll", "Lucene.Net.Analysis.Common.dll" })
        {
            var entry = zip.GetEntry($"tools/net10.0/linux-x64/{assembly}");
            entry.Should().NotBeNull(assembly);
            using var image = new MemoryStream();
            using (var stream = entry!.Open())
            {
                stream.CopyTo(image);
            }

            image.Position = 0;
            using var pe = new System.Reflection.PortableExecutable.PEReader(image);
            pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size.Should().BeGreaterThan(0, $"{assembly} is precompiled (ReadyToRun)");
        }
    }

    [Fact]
    public void The_tool_installs_from_the_local_folder_and_checks_the_seeds()
    {
        string toolPath = Path.Combine(_packages.Work, "tools");
        Run("dotnet", $"tool install Bitext.Alignment.Cli --tool-path \"{toolPath}\" --add-source \"{_packages.Folder}\" --version {PackedPackages.Version}", _packages.Work, _packages.Cache).Code.Should().Be(0);

        var (code, output) = Run(Path.Combine(toolPath, "bitext"), $"check \"{TestFiles.English2021}\" \"{TestFiles.Spanish2021}\" --format json", _packages.Work);

        code.Should().BeOneOf(0, 1);
        output.Should().Contain("\"findings\"");
    }

    [Fact]
    public void The_README_dotnet_app_recipe_builds_the_usage_example_against_the_package_and_aligns_the_seed_pair()
    {
        string readme = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "README.md"));
        var recipe = Regex.Match(readme, "<!-- recipe: dotnet -->\n```bash\n(?<script>.*?)\n```\n", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        recipe.Success.Should().BeTrue("README.md has the .NET app recipe");
        Regex.IsMatch(readme, "```csharp\n.*?```", RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Should().BeTrue("the recipe compiles README.md's C# example");
        string app = Path.Combine(_packages.Work, "report-check");
        var lines = recipe.Groups["script"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines[0].Should().StartWith("dotnet pack src/Alignment -c Release -o /tmp/bitext-packages");

        // The fixture has packed already, with an artifacts folder of its own so the running tests' binaries stay put.
        string script = string.Join('\n', lines.Skip(1))
            .Replace("/tmp/bitext-packages", _packages.Folder, StringComparison.Ordinal)
            .Replace("/tmp/report-check", app, StringComparison.Ordinal);
        string scriptPath = Path.Combine(_packages.Work, "dotnet-recipe.sh");
        File.WriteAllText(scriptPath, "set -e\n" + script + "\n");

        var (code, output) = Run("bash", $"\"{scriptPath}\"", TestFiles.RepositoryRoot, _packages.Cache);

        code.Should().Be(0, output);
        File.ReadAllText(Path.Combine(app, "Program.cs")).Should().Contain("new BitextAligner()");
        output.Should().MatchRegex(@"\d+ beads, \d+ findings");
    }

    /// <param name="packageCache">A NuGet packages folder of the test's own, so the package just packed is restored, not a copy cached by an earlier run.</param>
    private static (int Code, string Output) Run(string file, string arguments, string directory, string? packageCache = null)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        if (packageCache is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packageCache;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // Packing the tool compiles it ReadyToRun: minutes on a busy machine.
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish in 10 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>Packs both packages once for the class, into a temporary folder with its own artifacts path.</summary>
    public sealed class PackedPackages : IDisposable
    {
        public const string Version = "0.1.0-preview.1";

        public PackedPackages()
        {
            Work = Directory.CreateTempSubdirectory("alignment-pack-").FullName;
            Folder = Path.Combine(Work, "packages");
            // The tool without Native AOT (its ReadyToRun package): the suite needs no native toolchain and no minutes of
            // native compilation; benchmarks/aot-smoke.sh checks the AOT package command by command.
            foreach (var (project, properties) in new[] { ("src/Alignment/Alignment.csproj", ""), ("src/Alignment.Cli/Alignment.Cli.csproj", " -p:ToolNativeAot=false") })
            {
                var (code, output) = Run("dotnet", $"pack \"{Path.Combine(TestFiles.RepositoryRoot, project)}\" -c Release -o \"{Folder}\" --artifacts-path \"{Path.Combine(Work, "artifacts")}\"{properties}", TestFiles.RepositoryRoot);
                if (code != 0)
                {
                    throw new InvalidOperationException($"dotnet pack {project} failed:\n{output}");
                }
            }
        }

        public string Work { get; }

        public string Folder { get; }

        public string Cache => Path.Combine(Work, "nuget-cache");

        public void Dispose() => Directory.Delete(Work, recursive: true);
    }
}
