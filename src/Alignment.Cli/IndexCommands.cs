using System.CommandLine;
using System.Text;
using System.Text.Json;
using Alignment;
using Alignment.Export;

namespace Alignment.Cli;

/// <summary>
/// <c>bitext index add SOURCE TARGET --index DIR</c> and <c>bitext search QUERY --index DIR</c>: the concordance.
/// A missing or corrupt index, a held write lock or a bad query is a <see cref="ReportFormatException"/>, which
/// <see cref="BitextCommand"/> turns into one line on standard error and exit code 2.
/// </summary>
internal static class IndexCommands
{
    private static readonly BitextAligner Aligner = new();

    /// <summary>The <c>index</c> command with its <c>add</c> subcommand.</summary>
    internal static Command Create(TextWriter stdout, TextWriter stderr, ReportInputs inputs)
    {
        var index = new Command("index", "Maintain a concordance index of aligned report pairs.");
        index.Subcommands.Add(AddCommand(stdout, stderr, inputs));
        return index;
    }

    /// <summary>The <c>search</c> command.</summary>
    internal static Command CreateSearch(TextWriter stdout, TextWriter stderr)
    {
        var query = new Argument<string>("QUERY") { Description = "Words to find (Lucene syntax: \"a phrase\", OR, -word, prefix*)." };
        var dir = IndexOption();
        var lang = new Option<string?>("--lang") { Description = "Search only this language's side." };
        lang.AcceptOnlyFromAmong(ConcordanceIndex.Languages.ToArray());
        var section = new Option<string?>("--section") { Description = "Only beads in sections of this kind." };
        section.AcceptOnlyFromAmong(Enum.GetValues<SectionKind>().Select(WireNames.Of).ToArray());
        var top = new Option<int>("--top", "-n") { Description = "At most this many hits.", DefaultValueFactory = _ => 10 };
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--top must be at least 1");
            }
        });
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("search", "Find aligned sentence pairs in a concordance index; hits are marked «like this».")
        {
            query, dir, lang, section, top, format,
        };
        command.SetAction(parse =>
        {
            SectionKind? kind = parse.GetValue(section) is { } name ? WireNames.ParseSectionKind(name) : null;
            var request = new ConcordanceQuery(parse.GetValue(query)!, parse.GetValue(lang) is { } code ? Language.Parse(code) : null, kind, parse.GetValue(top));
            using var concordance = new ConcordanceIndex(parse.GetValue(dir)!);
            var results = concordance.Search(request);
            if (parse.GetValue(format) == "json")
            {
                WriteJson(request, results, stdout);
            }
            else
            {
                WriteText(results, stdout);
            }

            return BitextCommand.Ok;
        });
        return command;
    }

    private static Command AddCommand(TextWriter stdout, TextWriter stderr, ReportInputs inputs)
    {
        var source = new Argument<string>("SOURCE") { Description = "The original report." };
        var target = new Argument<string>("TARGET") { Description = "Its translation." };
        var dir = IndexOption();
        var name = new Option<string?>("--name") { Description = "The pair's name in search results (default: \"SOURCE file ↔ TARGET file\")." };
        var sourceLang = new Option<string?>("--source-lang") { Description = "Language of SOURCE (es, en) instead of detecting it." };
        var targetLang = new Option<string?>("--target-lang") { Description = "Language of TARGET (es, en) instead of detecting it." };
        var command = new Command("add", "Align SOURCE with TARGET and store the beads in the index, replacing the pair's earlier entries.")
        {
            source, target, dir, name, sourceLang, targetLang,
        };
        command.SetAction(parse =>
        {
            var (sourceDocument, targetDocument) = inputs.LoadPair(parse.GetValue(source)!, parse.GetValue(sourceLang), parse.GetValue(target)!, parse.GetValue(targetLang));
            var result = Aligner.Align(sourceDocument, targetDocument);
            WarningLines.Write(stderr, "warning", result.Diagnostics, parse.CommandResult.Command);

            using var concordance = new ConcordanceIndex(parse.GetValue(dir)!);
            int added = concordance.Add(result, parse.GetValue(name));
            stdout.WriteLine($"indexed {Plural.Of(added, "bead")} into {concordance.Path} ({Plural.Of(concordance.Count, "bead")} in the index)");
            return BitextCommand.Ok;
        });
        return command;
    }

    private static Option<string> IndexOption() =>
        new("--index") { Description = "The index directory.", Required = true };

    private static void WriteText(ConcordanceResults results, TextWriter output)
    {
        int rank = 0;
        foreach (var hit in results.Hits)
        {
            output.WriteLine($"[{++rank}] {TerminalText.Escape(hit.PairName)}  {WireNames.Of(hit.Section)} #{hit.BeadIndex} {hit.BeadType} {hit.Confidence:0.00}");
            output.WriteLine($"  {hit.Source.Language}: {TerminalText.Escape(hit.Source.Highlighted())}");
            output.WriteLine($"  {hit.Target.Language}: {TerminalText.Escape(hit.Target.Highlighted())}");
        }

        output.WriteLine($"{results.Hits.Count} of {Plural.Of(results.TotalHits, "matching bead")}");
    }

    private static void WriteJson(ConcordanceQuery request, ConcordanceResults results, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", JsonOutput.SchemaVersion);
            json.WriteString("query", request.Text);
            json.WriteNumber("totalHits", results.TotalHits);
            json.WriteStartArray("hits");
            foreach (var hit in results.Hits)
            {
                json.WriteStartObject();
                json.WriteString("pair", hit.PairName);
                json.WriteString("pairId", hit.PairId);
                json.WriteString("section", WireNames.Of(hit.Section));
                json.WriteNumber("bead", hit.BeadIndex);
                json.WriteString("type", hit.BeadType.ToString());
                json.WriteNumber("confidence", Math.Round(hit.Confidence, 4));
                json.WriteNumber("score", Math.Round(hit.Score, 4));
                WriteSide(json, "source", hit.Source);
                WriteSide(json, "target", hit.Target);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteSide(Utf8JsonWriter json, string name, ConcordanceSide side)
    {
        json.WriteStartObject(name);
        json.WriteString("language", side.Language);
        json.WriteString("text", side.Text);
        json.WriteString("highlighted", side.Highlighted());
        json.WriteNumber("start", side.Start);
        json.WriteNumber("end", side.End);
        json.WriteStartArray("highlights");
        foreach (var h in side.Highlights)
        {
            json.WriteStartArray();
            json.WriteNumberValue(h.Start);
            json.WriteNumberValue(h.End);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
