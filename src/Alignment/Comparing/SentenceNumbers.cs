namespace Alignment.Comparing;

/// <summary>
/// The numbers the comparer read in each sentence of both documents, kept so that later stages (the HTML review page)
/// use the same mentions instead of reading the text again. Filled by <see cref="NumberComparer"/> ahead of the comparison
/// (<see cref="NumberComparer.ReadAhead"/>) or while it compares;
/// read-only once the result is built.
/// </summary>
internal sealed class SentenceNumbers
{
    private IReadOnlyList<NumberMention>?[] _source;
    private IReadOnlyList<NumberMention>?[] _target;

    /// <summary>Room for the sentences of both documents (<see cref="SentenceSpan.Index"/> is the place).</summary>
    public SentenceNumbers(int sourceSentences, int targetSentences)
    {
        _source = new IReadOnlyList<NumberMention>?[sourceSentences];
        _target = new IReadOnlyList<NumberMention>?[targetSentences];
    }

    /// <summary>Room that grows with the sentences kept, for numbers read before a document's sentences are all known.</summary>
    public SentenceNumbers()
        : this(0, 0)
    {
    }

    /// <summary>The mentions read in a sentence, or <see langword="null"/> when it was not read.</summary>
    public IReadOnlyList<NumberMention>? Of(bool sourceSide, SentenceSpan sentence)
    {
        var side = sourceSide ? _source : _target;
        return (uint)sentence.Index < (uint)side.Length ? side[sentence.Index] : null;
    }

    /// <summary>Keeps what was read in a sentence.</summary>
    internal void Keep(bool sourceSide, SentenceSpan sentence, IReadOnlyList<NumberMention> mentions)
    {
        ref var side = ref sourceSide ? ref _source : ref _target;
        if (sentence.Index < 0)
        {
            return;
        }

        if (sentence.Index >= side.Length)
        {
            Array.Resize(ref side, Math.Max(sentence.Index + 1, side.Length * 2));
        }

        side[sentence.Index] = mentions;
    }
}
