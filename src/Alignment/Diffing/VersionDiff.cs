namespace Alignment;

/// <summary>What happened to a stretch of a report between two versions.</summary>
public enum DiffEntryKind
{
    /// <summary>A run of sentences identical in both versions (after normalizing white space).</summary>
    Unchanged,

    /// <summary>A sentence rewritten: similar enough to its old form to be the same sentence, but not identical.</summary>
    Changed,

    /// <summary>A sentence only in the old version.</summary>
    Removed,

    /// <summary>A sentence only in the new version.</summary>
    Added,
}

/// <summary>What a piece of a changed sentence's word diff is.</summary>
public enum WordChangeKind
{
    /// <summary>In both versions.</summary>
    Unchanged,

    /// <summary>Only in the old version.</summary>
    Deleted,

    /// <summary>Only in the new version.</summary>
    Inserted,
}

/// <summary>A run of text in a word diff; concatenating the non-inserted runs gives the old sentence, the non-deleted ones the new.</summary>
/// <param name="Kind">Whether the run was kept, deleted or inserted.</param>
/// <param name="Text">The run's text, white space included.</param>
public sealed record WordChange(WordChangeKind Kind, string Text);

/// <summary>
/// One step of a version diff. <see cref="DiffEntryKind.Unchanged"/> entries hold a run of sentences (the same
/// count on both sides); the others hold one sentence per side that has it.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="Old">The old version's sentences (empty for <see cref="DiffEntryKind.Added"/>).</param>
/// <param name="New">The new version's sentences (empty for <see cref="DiffEntryKind.Removed"/>).</param>
/// <param name="Words">For a changed sentence, the word-level diff from old to new; otherwise empty.</param>
/// <param name="RemovedNumbers">Numbers (digit runs such as <c>15</c>, <c>1.054,5</c>) in the old sentence but not the new, as written.</param>
/// <param name="AddedNumbers">Numbers in the new sentence but not the old, as written.</param>
public sealed record DiffEntry(
    DiffEntryKind Kind,
    IReadOnlyList<SentenceSpan> Old,
    IReadOnlyList<SentenceSpan> New,
    IReadOnlyList<WordChange> Words,
    IReadOnlyList<string> RemovedNumbers,
    IReadOnlyList<string> AddedNumbers)
{
    private readonly IReadOnlyList<SentenceSpan> _old = ReadOnlyLists.Copy(Old);

    /// <summary>The old version's sentences (empty for <see cref="DiffEntryKind.Added"/>) (immutable).</summary>
    public IReadOnlyList<SentenceSpan> Old { get => _old; init => _old = ReadOnlyLists.Copy(value); }

    private readonly IReadOnlyList<SentenceSpan> _new = ReadOnlyLists.Copy(New);

    /// <summary>The new version's sentences (empty for <see cref="DiffEntryKind.Removed"/>) (immutable).</summary>
    public IReadOnlyList<SentenceSpan> New { get => _new; init => _new = ReadOnlyLists.Copy(value); }

    private readonly IReadOnlyList<WordChange> _words = ReadOnlyLists.Copy(Words);

    /// <summary>For a changed sentence, the word-level diff from old to new; otherwise empty (immutable).</summary>
    public IReadOnlyList<WordChange> Words { get => _words; init => _words = ReadOnlyLists.Copy(value); }

    private readonly IReadOnlyList<string> _removedNumbers = ReadOnlyLists.Copy(RemovedNumbers);

    /// <summary>Numbers (digit runs such as <c>15</c>, <c>1.054,5</c>) in the old sentence but not the new, as written (immutable).</summary>
    public IReadOnlyList<string> RemovedNumbers { get => _removedNumbers; init => _removedNumbers = ReadOnlyLists.Copy(value); }

    private readonly IReadOnlyList<string> _addedNumbers = ReadOnlyLists.Copy(AddedNumbers);

    /// <summary>Numbers in the new sentence but not the old, as written (immutable).</summary>
    public IReadOnlyList<string> AddedNumbers { get => _addedNumbers; init => _addedNumbers = ReadOnlyLists.Copy(value); }

    /// <summary>Whether a number was changed, removed or added.</summary>
    public bool ChangesNumbers => RemovedNumbers.Count > 0 || AddedNumbers.Count > 0;
}

/// <summary>
/// The differences between two versions of a report in the same language, sentence by sentence and in
/// document order of both versions. Immutable.
/// </summary>
/// <param name="Old">The old version, split into sections and sentences.</param>
/// <param name="New">The new version, split into sections and sentences.</param>
/// <param name="Entries">Every sentence of both versions in exactly one entry, in order.</param>
/// <param name="Diagnostics">Warnings, such as versions in different languages.</param>
public sealed record VersionDiff(ReportStructure Old, ReportStructure New, IReadOnlyList<DiffEntry> Entries, IReadOnlyList<Diagnostic> Diagnostics)
{
    private readonly IReadOnlyList<DiffEntry> _entries = ReadOnlyLists.Copy(Entries);

    /// <summary>Every sentence of both versions in exactly one entry, in order (immutable).</summary>
    public IReadOnlyList<DiffEntry> Entries { get => _entries; init => _entries = ReadOnlyLists.Copy(value); }

    private readonly IReadOnlyList<Diagnostic> _diagnostics = ReadOnlyLists.Copy(Diagnostics);

    /// <summary>Warnings, such as versions in different languages (immutable).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get => _diagnostics; init => _diagnostics = ReadOnlyLists.Copy(value); }

    /// <summary>Whether the versions differ in any sentence.</summary>
    public bool HasChanges => Entries.Any(e => e.Kind != DiffEntryKind.Unchanged);

    /// <summary>How many sentences are identical in both versions.</summary>
    public int UnchangedCount => Entries.Where(e => e.Kind == DiffEntryKind.Unchanged).Sum(e => e.Old.Count);

    /// <summary>How many entries are of <paramref name="kind"/> (for <see cref="DiffEntryKind.Unchanged"/>, how many runs).</summary>
    public int Count(DiffEntryKind kind) => Entries.Count(e => e.Kind == kind);
}
