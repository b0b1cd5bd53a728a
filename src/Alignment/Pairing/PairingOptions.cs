namespace Alignment.Pairing;

/// <summary>Settings of <see cref="DocumentPairer"/>. Immutable; the defaults (with their sources in the internal <c>PairingModel</c>) are the measured best.</summary>
public sealed record PairingOptions
{
    /// <summary>The default options: English originals, Spanish translations.</summary>
    public static PairingOptions Default { get; } = new();

    /// <summary>The language of the originals (the <c>source</c> of each pair).</summary>
    public Language SourceLanguage { get; init; } = Language.English;

    /// <summary>The language of the translations (the <c>target</c> of each pair).</summary>
    public Language TargetLanguage { get; init; } = Language.Spanish;

    /// <summary>The score, 0 to 1, at which two documents are taken for an original and its translation.</summary>
    public double PairThreshold { get; init; } = PairingModel.PairThreshold;

    /// <summary>The estimated share of three-word phrases, 0 to 1, at which two documents in one language are reported as related (another edition or year, a copy).</summary>
    public double RelatedThreshold { get; init; } = PairingModel.RelatedShingles;

    /// <summary>Documents read and compared at once; at most the core count times four is used.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
