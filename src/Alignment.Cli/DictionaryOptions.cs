using System.CommandLine;

namespace Alignment.Cli;

/// <summary>
/// The <c>--dictionary FILE</c> option of <c>align</c>, <c>check</c> and <c>batch</c>: extra word pairs for the aligner,
/// in hunalign's format, as TSV, or a dictd dictionary (FreeDict's <c>.index</c> with its <c>.dict</c>/<c>.dict.dz</c>).
/// </summary>
internal static class DictionaryOptions
{
    /// <summary>A new <c>--dictionary</c> option.</summary>
    public static Option<string?> File() =>
        new("--dictionary")
        {
            Description = "Extra bilingual word pairs: hunalign's 'target @ source' lines, TSV 'source<TAB>target' lines, "
                + "or a dictd .index file (with its .dict or .dict.dz beside it).",
        };

    /// <summary>A new <c>--dictionary-format</c> option.</summary>
    public static Option<string> Format()
    {
        var option = new Option<string>("--dictionary-format")
        {
            Description = "How --dictionary is written; auto tells hunalign from TSV by its first entry and takes a .index file as dictd.",
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong("auto", "hunalign", "tsv", "dictd");
        return option;
    }

    /// <summary>
    /// The aligner to use: <paramref name="shared"/> without a dictionary, else one with the dictionary read from
    /// <paramref name="path"/> (a bad file throws <see cref="ReportFormatException"/>: exit 2, one line).
    /// </summary>
    public static BitextAligner Aligner(BitextAligner shared, string? path, string format)
    {
        if (path is null)
        {
            return shared;
        }

        var dictionary = format == "dictd" || (format == "auto" && path.EndsWith(".index", StringComparison.OrdinalIgnoreCase))
            ? BilingualDictionary.LoadDictd(path)
            : BilingualDictionary.Load(path, format switch
            {
                "hunalign" => DictionaryFormat.Hunalign,
                "tsv" => DictionaryFormat.Tsv,
                _ => DictionaryFormat.Detect,
            });
        return new BitextAligner(shared.Options with { Dictionary = dictionary });
    }
}
