using System.CommandLine;
using Alignment.Pairing;

namespace Alignment.Cli;

/// <summary>
/// <c>bitext pair PATH...</c>: finds which document of an archive translates which. One JSON line per pair (a row
/// <c>bitext batch</c> takes as its manifest), then one per related pair of documents and one per document left
/// without a partner, with the reason. Exits 0, or 2 on bad usage; a count goes to standard error.
/// </summary>
internal static class PairCommand
{
    internal static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files and folders (searched with their subfolders) of reports in any format 'align' reads.", Arity = ArgumentArity.OneOrMore };
        var sourceLang = new Option<string>("--source-lang") { Description = "The language of the originals (the source of each pair).", DefaultValueFactory = _ => "en" };
        var targetLang = new Option<string>("--target-lang") { Description = "The language of the translations.", DefaultValueFactory = _ => "es" };
        var output = BitextCommand.OutputOption();
        var command = new Command("pair", "Find which document of an archive translates which; JSON lines that 'bitext batch' takes as a manifest.")
        {
            paths, sourceLang, targetLang, output,
        };
        command.SetAction(parse =>
        {
            DocumentPairer pairer;
            try
            {
                // The languages are read here, at the edge: a code that is not two or three letters is refused like one without data.
                pairer = new DocumentPairer(new PairingOptions { SourceLanguage = Language.Parse(parse.GetValue(sourceLang)!), TargetLanguage = Language.Parse(parse.GetValue(targetLang)!) });
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"bitext: {e.Message.Split(" (Parameter")[0]}");
                return BitextCommand.BadInput;
            }

            string[] inputs = parse.GetValue(paths)!;
            string? path = parse.GetValue(output);
            if (path is not null)
            {
                BitextCommand.RefuseOutputOntoInput(path, inputs);
                if (FolderHolding(path, inputs) is { } folder)
                {
                    // It could replace a document of the archive, and the next run would read it as one.
                    stderr.WriteLine($"bitext: {TerminalText.Escape(path)}: is inside {TerminalText.Escape(folder)}, the archive being paired; write it elsewhere");
                    return BitextCommand.BadInput;
                }
            }

            var outcomes = Collect(pairer, inputs);
            BitextCommand.WriteTo(path, stdout, (_, writer) =>
            {
                foreach (var outcome in outcomes)
                {
                    writer.WriteLine(PairingJsonWriter.Line(outcome));
                }
            });
            stderr.WriteLine($"bitext: {Plural.Of(outcomes.OfType<DocumentPair>().Count(), "pair")}, {Plural.Of(outcomes.OfType<RelatedDocuments>().Count(), "related pair")}, "
                + $"{Plural.Of(outcomes.OfType<UnpairedDocument>().Count(), "document")} without a partner");
            return BitextCommand.Ok;
        });
        return command;
    }

    /// <summary>The input folder <paramref name="output"/> would be written in (at any depth), or <see langword="null"/>.</summary>
    private static string? FolderHolding(string output, IEnumerable<string> inputs)
    {
        string full = Path.GetFullPath(output);
        return inputs.Where(Directory.Exists)
            .FirstOrDefault(folder => full.StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    /// <summary>Every outcome of pairing <paramref name="inputs"/>, in the pairer's order.</summary>
    internal static List<PairingOutcome> Collect(DocumentPairer pairer, IEnumerable<string> inputs)
    {
        var outcomes = new List<PairingOutcome>();
        var enumerator = pairer.PairAsync(inputs).GetAsyncEnumerator();
        try
        {
            while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                outcomes.Add(enumerator.Current);
            }
        }
        finally
        {
            enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return outcomes;
    }
}
