namespace Alignment.Batch;

/// <summary>
/// One entry of a batch: a report (<paramref name="Source"/>) and its translation (<paramref name="Target"/>), as paths,
/// or as texts carried in the manifest row (<see cref="SourceText"/>, <see cref="TargetText"/>).
/// </summary>
/// <param name="Name">A name for messages and output: given in the manifest, or the source file's name.</param>
/// <param name="Source">Path of the original report; <see langword="null"/> when its text is inline.</param>
/// <param name="Target">Path of its translation; <see langword="null"/> when its text is inline.</param>
public sealed record BatchPair(string Name, string? Source, string? Target)
{
    /// <summary>The original report's text, when the row carries it instead of a path.</summary>
    public string? SourceText { get; init; }

    /// <summary>The translation's text, when the row carries it instead of a path.</summary>
    public string? TargetText { get; init; }

    /// <summary>The original report's language (<c>source_lang</c> in a manifest row), or <see langword="null"/> to detect it.</summary>
    public Language? SourceLanguage { get; init; }

    /// <summary>The translation's language (<c>target_lang</c> in a manifest row), or <see langword="null"/> to detect it.</summary>
    public Language? TargetLanguage { get; init; }

    /// <summary>Why the manifest row could not be read (the pair then fails with it), or <see langword="null"/>.</summary>
    internal string? Problem { get; init; }

    /// <summary>The stable code of <see cref="Problem"/> (a <see cref="DiagnosticCodes"/> constant).</summary>
    internal string? ProblemCode { get; init; }

    /// <summary>A row that could not be read: it keeps its place in the output as a failed pair.</summary>
    internal static BatchPair Unreadable(string name, Diagnostic problem) => new(name, null, null) { Problem = problem.Message, ProblemCode = problem.Code };
}
