namespace Alignment.Diffing;

/// <summary>
/// Writes a <see cref="VersionDiff"/> for a terminal: unchanged runs collapsed to one line, a changed sentence
/// as a word diff (<c>[-old-]{+new+}</c>, as wdiff writes it) with its changed numbers, removed sentences
/// after <c>-</c> and added ones after <c>+</c>.
/// </summary>
public static class DiffTextWriter
{
    /// <summary>Writes <paramref name="diff"/> to <paramref name="output"/>.</summary>
    public static void Write(VersionDiff diff, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"--- {Describe(diff.Old)}");
        output.WriteLine($"+++ {Describe(diff.New)}");
        foreach (var entry in diff.Entries)
        {
            switch (entry.Kind)
            {
                case DiffEntryKind.Unchanged:
                    output.WriteLine($"… {Plural.Of(entry.Old.Count, "unchanged sentence")} …");
                    break;
                case DiffEntryKind.Removed:
                    output.WriteLine($"- [{Where(entry.Old[0])}] {entry.Old[0].NormalizedText}");
                    break;
                case DiffEntryKind.Added:
                    output.WriteLine($"+ [{Where(entry.New[0])}] {entry.New[0].NormalizedText}");
                    break;
                default:
                    output.WriteLine($"~ [{Where(entry.Old[0])} → {Where(entry.New[0])}] {WordDiff(entry.Words)}");
                    if (entry.ChangesNumbers)
                    {
                        output.WriteLine($"    numbers: {Numbers(entry.RemovedNumbers)} → {Numbers(entry.AddedNumbers)}");
                    }

                    break;
            }
        }

        output.WriteLine(Summary(diff));
    }

    /// <summary>One line counting what changed, e.g. <c>1 changed (1 with numbers), 1 removed, 1 added, 240 unchanged</c>.</summary>
    public static string Summary(VersionDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        int numbers = diff.Entries.Count(e => e.Kind == DiffEntryKind.Changed && e.ChangesNumbers);
        return $"{diff.Count(DiffEntryKind.Changed)} changed ({numbers} with numbers), {diff.Count(DiffEntryKind.Removed)} removed, "
            + $"{diff.Count(DiffEntryKind.Added)} added, {diff.UnchangedCount} unchanged";
    }

    private static string Describe(ReportStructure structure) =>
        $"{structure.Document.Name} ({structure.Document.Language}, {Plural.Of(structure.Sentences.Count, "sentence")})";

    private static string Where(SentenceSpan sentence) => $"#{sentence.Index} @{sentence.Start}";

    private static string Numbers(IReadOnlyList<string> numbers) => numbers.Count == 0 ? "(none)" : string.Join(", ", numbers);

    private static string WordDiff(IReadOnlyList<WordChange> words) => string.Concat(words.Select(w => w.Kind switch
    {
        WordChangeKind.Deleted => $"[-{w.Text}-]",
        WordChangeKind.Inserted => $"{{+{w.Text}+}}",
        _ => w.Text,
    }));
}
