using System.CommandLine;
using System.CommandLine.Parsing;

namespace Alignment.Cli;

/// <summary>
/// Usage errors said the way a user meant the command line: a misspelled command or option is named as such, with the
/// nearest real one (<c>unknown command 'algn' (did you mean 'align'?)</c>), instead of System.CommandLine's list of
/// every token it could not place. An option the command does not have, written before the files, is taken by the
/// parser as the first file, so the files after it are "unrecognized": the option is blamed here, not the files.
/// (System.CommandLine's own <c>ParseErrorAction.ShowTypoCorrections</c> only sees unmatched tokens, so it misses that
/// case, and it prints several lines per token.)
/// </summary>
internal static class UsageErrors
{
    /// <summary>How far (edits, adjacent swaps counting one) a word may be from a name to be suggested for it.</summary>
    private const int MaxSuggestionDistance = 2;

    /// <summary>
    /// The errors to print for <paramref name="parse"/>, or none when the command line is fine. An argument that looks
    /// like an option (<c>--x</c>, <c>-x</c>) and names no existing file is an unknown option even when the parse
    /// succeeded (<c>bitext align --formt json</c> would otherwise look for a file named <c>--formt</c>).
    /// </summary>
    public static IReadOnlyList<string> Of(ParseResult parse, IReadOnlyList<string> args)
    {
        var command = parse.CommandResult.Command;
        int doubleDash = IndexOf(args, "--");
        var literal = doubleDash < 0 ? [] : args.Skip(doubleDash + 1).ToHashSet(StringComparer.Ordinal);

        if (command is RootCommand && parse.Errors.Count > 0
            && args.Take(doubleDash < 0 ? args.Count : doubleDash).FirstOrDefault(a => !a.StartsWith('-')) is { } word
            && command.Subcommands.All(c => c.Name != word))
        {
            return [$"unknown command '{word}'{Suggestion(word, command.Subcommands.Select(c => c.Name))}"];
        }

        var positional = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value)
            .Concat(parse.UnmatchedTokens);
        var unknown = positional.Where(value => LooksLikeOption(value) && !literal.Contains(value) && !File.Exists(value) && !Directory.Exists(value))
            .Distinct()
            .Select(value => $"unknown option '{value}' for '{CommandPath(parse.CommandResult)}'{Suggestion(value, OptionNames(parse.CommandResult))}")
            .ToList();
        if (unknown.Count > 0)
        {
            return unknown;
        }

        return parse.Errors.Select(e => OneLine(e.Message)).Distinct().ToList();
    }

    /// <summary><c>bitext align</c>: the words of the command being parsed.</summary>
    internal static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (var command = result; command.Parent is CommandResult parent; command = parent)
        {
            names.Insert(0, command.Command.Name);
        }

        return string.Join(' ', ["bitext", .. names]);
    }

    /// <summary>Every name and alias of the options the command accepts, its own and the recursive ones of its parents.</summary>
    internal static IEnumerable<string> OptionNames(CommandResult result)
    {
        var names = result.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name));
        for (var parent = result.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
        {
            names = names.Concat(parent.Command.Options.Where(o => o.Recursive).SelectMany(o => o.Aliases.Prepend(o.Name)));
        }

        return names.Distinct();
    }

    /// <summary><c> (did you mean 'align'?)</c>, or nothing when no name is near enough.</summary>
    internal static string Suggestion(string word, IEnumerable<string> names)
    {
        // An option named like another command's (--source-lang where this command has --lang): the names that end in the same word.
        var namesList = names.ToList();
        var sameLastWord = LastWord(word) is { Length: >= 3 } last && word.StartsWith("--", StringComparison.Ordinal)
            ? namesList.Where(n => n.StartsWith("--", StringComparison.Ordinal) && n != word && LastWord(n) == last).Order(StringComparer.Ordinal).ToList()
            : [];
        if (sameLastWord.Count > 0)
        {
            return $" (did you mean {string.Join(" or ", sameLastWord.Select(n => $"'{n}'"))}?)";
        }

        var near = namesList.Where(n => n.Length > 2 || word.Length <= 2)
            .Select(n => (Name: n, Distance: n.StartsWith(word, StringComparison.Ordinal) && word.TrimStart('-').Length >= 2 ? 0 : Distance(word, n)))
            .Where(c => c.Distance <= MaxSuggestionDistance && c.Distance < Math.Max(1, c.Name.TrimStart('-').Length))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        if (near.Count == 0)
        {
            return "";
        }

        var best = near.TakeWhile(c => c.Distance == near[0].Distance).Select(c => $"'{c.Name}'").ToList();
        return $" (did you mean {string.Join(" or ", best)}?)";
    }

    private static string LastWord(string name) => name[(name.LastIndexOf('-') + 1)..];

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps count one each.</summary>
    internal static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > MaxSuggestionDistance)
        {
            return MaxSuggestionDistance + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary><c>--x</c> or <c>-x</c> (one letter): not <c>-</c> (standard input) nor a negative number.</summary>
    private static bool LooksLikeOption(string value) =>
        value.Length >= 2 && value[0] == '-' && (value[1] == '-' ? value.Length > 2 && char.IsLetter(value[2]) : value.Length == 2 && char.IsLetter(value[1]));

    private static int IndexOf(IReadOnlyList<string> args, string value)
    {
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>System.CommandLine puts a list of allowed values one per line: joined onto its line.</summary>
    private static string OneLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Length <= 1 ? message.Trim() : $"{lines[0]} {string.Join(", ", lines[1..])}";
    }
}
