namespace Alignment.Pairing;

/// <summary>
/// One finding of <see cref="DocumentPairer"/> about an archive: a <see cref="DocumentPair"/> (an original and its
/// translation), <see cref="RelatedDocuments"/> (another edition, another year, a copy) or an
/// <see cref="UnpairedDocument"/> (a document left without a partner, and why).
/// </summary>
public abstract record PairingOutcome;

/// <summary>An original (<paramref name="Source"/>, in the source language) and the document taken for its translation.</summary>
/// <param name="Source">Path of the document in the source language.</param>
/// <param name="Target">Path of the document taken for its translation.</param>
/// <param name="SourceLanguage">The source document's language.</param>
/// <param name="TargetLanguage">The target document's language.</param>
/// <param name="Score">How strongly the evidence says translation, 0 to 1 (pairs are made at <see cref="PairingOptions.PairThreshold"/> and above).</param>
/// <param name="Evidence">What the two documents share.</param>
public sealed record DocumentPair(string Source, string Target, Language SourceLanguage, Language TargetLanguage, double Score, PairingEvidence Evidence) : PairingOutcome;

/// <summary>How two documents that are not an original and its translation are related.</summary>
public enum DocumentRelation
{
    /// <summary>The same bytes twice.</summary>
    Duplicate,

    /// <summary>The same document in the same language, shortened or lightly edited (a truncated copy, a draft).</summary>
    NearDuplicate,

    /// <summary>Documents in the same language on the same matter with different content: another edition or another year.</summary>
    OtherEdition,

    /// <summary>Documents in two languages on the same matter that are not translations of each other: another edition or year of the original or of the translation.</summary>
    OtherEditionTranslated,
}

/// <summary>Two documents that are related without being an original and its translation.</summary>
/// <param name="First">Path of one document.</param>
/// <param name="Second">Path of the other.</param>
/// <param name="FirstLanguage">The first document's language.</param>
/// <param name="SecondLanguage">The second document's language.</param>
/// <param name="Relation">How they are related.</param>
/// <param name="Score">The strength of the evidence, 0 to 1.</param>
/// <param name="Evidence">What the two documents share.</param>
public sealed record RelatedDocuments(string First, string Second, Language FirstLanguage, Language SecondLanguage, DocumentRelation Relation, double Score, PairingEvidence Evidence) : PairingOutcome;

/// <summary>Why a document was left without a partner.</summary>
public enum UnpairedReason
{
    /// <summary>The file could not be read as a report (see <see cref="UnpairedDocument.Detail"/>).</summary>
    Unreadable,

    /// <summary>Its language is neither of the pair's languages, or could not be told.</summary>
    OtherLanguage,

    /// <summary>No document in the other language shares enough with it.</summary>
    NoCandidate,

    /// <summary>Its best candidate was taken by a document with stronger evidence.</summary>
    CandidateTaken,

    /// <summary>It is a copy of a document that was paired.</summary>
    CopyOfPaired,
}

/// <summary>A document left without a partner.</summary>
/// <param name="Path">The document's path.</param>
/// <param name="Language">Its language, or <see langword="null"/> when it could not be read or told.</param>
/// <param name="Reason">Why it has no partner.</param>
/// <param name="Detail">The reason in words, naming the best candidate and its score where there was one.</param>
public sealed record UnpairedDocument(string Path, Language? Language, UnpairedReason Reason, string Detail) : PairingOutcome;
