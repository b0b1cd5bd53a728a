using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Alignment.Tests.Export;

/// <summary>
/// Every JSON output of the real command line validates against its published schema (<c>schemas/*.schema.json</c>,
/// JSON Schema draft 2020-12), checked with JsonSchema.Net; and the schemas are strict enough to catch a renamed field.
/// </summary>
public class JsonSchemaTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-schema-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> SchemaFiles => new(Directory.GetFiles(SchemaFolder, "*.schema.json").Select(Path.GetFileName)!);

    private static string SchemaFolder => Path.Combine(TestFiles.RepositoryRoot, "schemas");

    [Theory]
    [InlineData("align")]
    [InlineData("check")]
    public void Align_and_check_json_validate_against_the_alignment_schema(string command)
    {
        var (_, seeds, _) = CliRunner.Invoke(command, TestFiles.English2021, TestFiles.Spanish2021, "--format", "json");
        var (_, older, _) = CliRunner.Invoke(command, TestFiles.Spanish2013, TestFiles.EnglishNgo, "--format", "json");

        ShouldBeValid("alignment", seeds);
        ShouldBeValid("alignment", older);
        JsonNode.Parse(seeds)!["findings"]!.AsArray().Should().NotBeEmpty("the seed pair has findings, so their shape is validated too");
    }

    [Fact]
    public void Check_json_with_truncated_and_partial_omission_findings_validates_against_the_alignment_schema()
    {
        string spanish = Path.Combine(_dir, "es.txt");
        File.WriteAllText(spanish, File.ReadAllText(TestFiles.Spanish2021)[..4096]);

        var (_, stdout, _) = CliRunner.Invoke("check", TestFiles.English2021, spanish, "--format", "json");

        ShouldBeValid("alignment", stdout);
        var codes = JsonNode.Parse(stdout)!["findings"]!.AsArray().Select(f => f!["code"]!.GetValue<string>());
        codes.Should().Contain(FindingCodes.Truncated);
    }

    [Fact]
    public void Check_json_with_the_number_fact_findings_validates_against_the_alignment_schema()
    {
        string english = Path.Combine(_dir, "facts.en"), spanish = Path.Combine(_dir, "facts.es");
        File.WriteAllLines(english,
        [
            "The police identified 62 victims and arrested 18 traffickers.",
            "Supreme Decree No. 005-2018-IN approved the regulations of the law.",
            "The commission was set up in 2018 with civil society representatives.",
            "The program's budget was S/3.2 million in 2021.",
            "The hearing began at 4:45 p.m. on November 5, 2020.",
            "Inspectors visited 35 factories in the district.",
        ]);
        File.WriteAllLines(spanish,
        [
            "La policía identificó a 18 víctimas y detuvo a 62 tratantes.",
            "El Decreto Supremo N° 005-2016-IN aprobó el reglamento de la ley.",
            "La comisión se instaló en 2O19 con representantes de la sociedad civil.",
            "El presupuesto del programa fue de S/ 3.200 millones en 2021.",
            "La audiencia comenzó a las 16:45 horas del 06/11/2020.",
            "Los inspectores visitaron 35 trabajadores en el distrito.",
        ]);

        var (_, stdout, stderr) = CliRunner.Invoke("check", english, spanish, "--input", "lines", "--source-lang", "en", "--target-lang", "es", "--format", "json");

        ShouldBeValid("alignment", stdout);
        var codes = JsonNode.Parse(stdout)!["findings"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()).ToList();
        codes.Should().Contain([FindingCodes.CountSwap, FindingCodes.CountedThingMismatch, FindingCodes.IdentifierMismatch, FindingCodes.DamagedNumber, FindingCodes.SeparatorConflict], stderr);
    }

    [Theory]
    [InlineData("align")]
    [InlineData("check")]
    public void Json_from_lines_input_in_a_pair_without_language_data_validates_against_the_alignment_schema(string command)
    {
        string stem = Path.Combine(TestFiles.SharedBench ?? throw new InvalidOperationException("../shared/bench is missing"), "textberg", "test4");

        var (code, json, stderr) = CliRunner.Invoke(command, "--input", "lines", "--source-lang", "de", "--target-lang", "fr", stem + ".de", stem + ".fr", "--format", "json");

        code.Should().Be(0, stderr);
        ShouldBeValid("alignment", json);
        JsonNode.Parse(json)!["diagnostics"]!.AsArray().Select(d => (string?)d!["code"]).Should().Contain(DiagnosticCodes.NumbersNotCompared);
    }

    [Theory]
    [InlineData("sections")]
    [InlineData("sentences")]
    public void Sections_and_sentences_json_validate_against_their_schemas(string command)
    {
        foreach (string seed in new[] { TestFiles.English2021, TestFiles.Spanish2021, TestFiles.Spanish2013, TestFiles.EnglishNgo })
        {
            ShouldBeValid(command, CliRunner.Invoke(command, seed, "--format", "json").Stdout);
        }
    }

    [Fact]
    public void Diff_json_validates_against_the_diff_schema()
    {
        string edited = Path.Combine(_dir, "edited.txt");
        File.WriteAllText(edited, File.ReadAllText(TestFiles.English2021).Replace("1.5 million", "2.5 million", StringComparison.Ordinal) + "\nA sentence added at the end.\n");
        var (_, versions, _) = CliRunner.Invoke("diff", TestFiles.Spanish2019, TestFiles.Spanish2021, "--format", "json");
        var (_, small, _) = CliRunner.Invoke("diff", TestFiles.English2021, edited, "--format", "json");

        ShouldBeValid("diff", versions);
        ShouldBeValid("diff", small);
        var kinds = JsonNode.Parse(small)!["entries"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()).Distinct();
        kinds.Should().Contain(["unchanged", "changed", "added"]);
    }

    [Fact]
    public void Batch_lines_validate_against_the_batch_line_schema_for_a_pair_and_a_failed_pair()
    {
        File.Copy(TestFiles.English2021, Path.Combine(_dir, "peru.en.txt"));
        File.Copy(TestFiles.Spanish2021, Path.Combine(_dir, "peru.es.txt"));
        string manifest = Path.Combine(_dir, "pairs.csv");
        File.WriteAllText(manifest, "source,target\nperu.en.txt,peru.es.txt\nperu.en.txt,missing.txt\n");

        var lines = CliRunner.Invoke("batch", manifest, "--parallel", "1").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Should().HaveCount(2);
        lines.Should().AllSatisfy(l => ShouldBeValid("batch-line", l));
        lines[1].Should().Contain("\"error\"");
    }

    [Fact]
    public void Search_json_validates_against_the_search_schema()
    {
        string index = Path.Combine(_dir, "index");
        CliRunner.Invoke("index", "add", TestFiles.English2021, TestFiles.Spanish2021, "--index", index).Code.Should().Be(0);

        var (_, stdout, _) = CliRunner.Invoke("search", "millones", "--index", index, "--format", "json");

        ShouldBeValid("search", stdout);
        JsonNode.Parse(stdout)!["hits"]!.AsArray().Should().NotBeEmpty();
    }

    [Fact]
    public void The_schemas_catch_a_renamed_field_and_a_missing_schema_version()
    {
        var (_, stdout, _) = CliRunner.Invoke("check", TestFiles.English2021, TestFiles.Spanish2021, "--format", "json");
        var renamed = JsonNode.Parse(stdout)!.AsObject();
        var source = renamed["source"]!.AsObject();
        source["path"] = source["file"]!.GetValue<string>();
        source.Remove("file");
        var unversioned = JsonNode.Parse(stdout)!.AsObject();
        unversioned.Remove("schemaVersion");

        Evaluate("alignment", renamed.ToJsonString()).IsValid.Should().BeFalse();
        Evaluate("alignment", unversioned.ToJsonString()).IsValid.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Each_schema_is_a_draft_2020_12_schema_that_pins_schemaVersion(string file)
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaFolder, file)))!;

        schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        File.ReadAllText(Path.Combine(SchemaFolder, file)).Should().Contain("\"schemaVersion\"");
        Load(Path.GetFileName(file).Replace(".schema.json", "", StringComparison.Ordinal)).Should().NotBeNull();
    }

    private static JsonSchema Load(string name) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(SchemaFolder, name + ".schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static EvaluationResults Evaluate(string schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Load(schema).Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static void ShouldBeValid(string schema, string json)
    {
        var results = Evaluate(schema, json);
        var errors = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"));
        results.IsValid.Should().BeTrue($"the output should match schemas/{schema}.schema.json:\n{string.Join('\n', errors.Take(20))}");
    }
}
