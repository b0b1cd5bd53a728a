namespace Alignment;

/// <summary>
/// What the aligning stages did for one pair, for a user who wants to see why a bead came out as it did
/// (<see cref="AlignerOptions.Explain"/>, <c>bitext align --explain</c>): the blocks the paired sections became, the anchors
/// found before aligning, each length model fitted, the first pass's beads, and the lexicon the second pass learned from them.
/// Sentence indexes are <see cref="SentenceSpan.Index"/> of the result's documents. Immutable.
/// </summary>
public sealed class AlignmentExplanation
{
    internal AlignmentExplanation(IReadOnlyList<ExplainedBlock> blocks, IReadOnlyList<SentenceIndexPair> anchors, IReadOnlyList<ExplainedLengthModel> lengthModels,
        IReadOnlyList<ExplainedBead> firstPass, IReadOnlyList<LearnedWordPair> learnedLexicon, bool secondPass)
    {
        Blocks = ReadOnlyLists.Copy(blocks);
        Anchors = ReadOnlyLists.Copy(anchors);
        LengthModels = ReadOnlyLists.Copy(lengthModels);
        FirstPass = ReadOnlyLists.Copy(firstPass);
        LearnedLexicon = ReadOnlyLists.Copy(learnedLexicon);
        SecondPass = secondPass;
    }

    /// <summary>The blocks the paired sections became, in document order: each is aligned on its own, so no bead crosses two.</summary>
    public IReadOnlyList<ExplainedBlock> Blocks { get; }

    /// <summary>
    /// Sentence pairs sure enough to pin the search before it starts (rare words, numbers and names that one sentence on each
    /// side shares, in order): they fit the first length model and guide the first pass.
    /// </summary>
    public IReadOnlyList<SentenceIndexPair> Anchors { get; }

    /// <summary>
    /// The Gale–Church length models in the order they were fitted: from the documents' totals, then from the anchors, then
    /// (second pass) from the first pass's confident 1-1 beads. The last one aligned the result.
    /// </summary>
    public IReadOnlyList<ExplainedLengthModel> LengthModels { get; }

    /// <summary>The first pass's beads (their shapes only: the second pass decides the result and its confidence).</summary>
    public IReadOnlyList<ExplainedBead> FirstPass { get; }

    /// <summary>Word pairs learned from the first pass's confident beads, which the second pass matches as it does the bundled lexicon.</summary>
    public IReadOnlyList<LearnedWordPair> LearnedLexicon { get; }

    /// <summary>Whether a second pass ran (<see cref="AlignerOptions.LearnLexicon"/>); without it the first pass is the result.</summary>
    public bool SecondPass { get; }
}

/// <summary>One block of an <see cref="AlignmentExplanation"/>: a section pair (or sections folded together) aligned on its own.</summary>
/// <param name="Kind">The kind of its sections.</param>
/// <param name="SourceSentences">How many source sentences it holds (its heading included).</param>
/// <param name="TargetSentences">How many target sentences it holds.</param>
/// <param name="HeadingsPaired">Whether its two headings were paired as a bead of their own before the body was aligned.</param>
public sealed record ExplainedBlock(SectionKind Kind, int SourceSentences, int TargetSentences, bool HeadingsPaired);

/// <summary>A source sentence and a target sentence, by <see cref="SentenceSpan.Index"/>.</summary>
/// <param name="Source">The source sentence's index.</param>
/// <param name="Target">The target sentence's index.</param>
public readonly record struct SentenceIndexPair(int Source, int Target);

/// <summary>A length model: target length ≈ <paramref name="TargetPerSourceChar"/> × source length, with variance <paramref name="Variance"/> × source length.</summary>
/// <param name="FittedOn">What it was fitted on: <c>document totals</c>, <c>anchors</c> or <c>first-pass beads</c>.</param>
/// <param name="Pairs">How many sentence pairs it was fitted on (0 for the totals); under 10 the model before it is kept.</param>
/// <param name="TargetPerSourceChar">Target characters per source character.</param>
/// <param name="Variance">The variance per source character.</param>
public sealed record ExplainedLengthModel(string FittedOn, int Pairs, double TargetPerSourceChar, double Variance);

/// <summary>A bead of the first pass, by sentence indexes.</summary>
public sealed class ExplainedBead
{
    internal ExplainedBead(IReadOnlyList<int> source, IReadOnlyList<int> target)
    {
        Source = ReadOnlyLists.Copy(source);
        Target = ReadOnlyLists.Copy(target);
    }

    /// <summary>Its source sentences' indexes (none for an addition).</summary>
    public IReadOnlyList<int> Source { get; }

    /// <summary>Its target sentences' indexes (none for an omission).</summary>
    public IReadOnlyList<int> Target { get; }
}

/// <summary>A word pair the second pass learned: stems that kept occurring together, unmatched, in confident beads.</summary>
/// <param name="Source">The source term.</param>
/// <param name="Target">The target term.</param>
public readonly record struct LearnedWordPair(string Source, string Target);
