namespace Alignment.Batch;

/// <summary>What became of one pair of a batch: its alignment, or the one-line reason it failed.</summary>
/// <param name="Index">Position of the pair in the manifest, from 0.</param>
/// <param name="Pair">The pair.</param>
/// <param name="Result">The alignment, or <see langword="null"/> when the pair failed.</param>
/// <param name="Error">Why the pair failed, or <see langword="null"/>.</param>
/// <param name="Elapsed">Time spent on the pair (load, align, compare).</param>
public sealed record BatchPairResult(int Index, BatchPair Pair, BitextResult? Result, string? Error, TimeSpan Elapsed)
{
    /// <summary>Whether the pair failed (<see cref="Error"/> says why); when not, <see cref="Result"/> is not null, and the compiler knows it.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Result))]
    public bool Failed => Result is null;

    /// <summary>
    /// The stable code of the failure (a <see cref="DiagnosticCodes"/> constant such as <c>file-not-found</c>,
    /// <c>outside-root</c> or <c>same-language</c>), or <see langword="null"/> when the pair did not fail: what a script
    /// matches on, where <see cref="Error"/> is the message for people.
    /// </summary>
    public string? ErrorCode { get; init; }

    /// <summary>Time spent reading both reports (part of <see cref="Elapsed"/>).</summary>
    public TimeSpan Loading { get; init; }

    internal FindingCounts Findings => Result is null ? default : FindingCounts.Of(Result.Findings);
}
