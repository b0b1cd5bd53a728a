using Alignment.Languages;
using Alignment.Loading;
using static Alignment.Aligning.AlignmentModel;

namespace Alignment.Aligning;

/// <summary>
/// The keys a word of one side of a language pair can meet the other side's words under, as key names: the word itself
/// (<c>w:</c>, folded: names, acronyms), its cognate key (<c>c:</c>, <see cref="CognateSkeleton"/>) and its bundled lexicon
/// entries (<c>l:</c>); stop words and one-letter words have none. A word's keys are a pure function of the word, so they
/// are remembered, at most <see cref="MaxRememberedWords"/> words, for every later extraction of the pair (a batch of
/// reports shares most of its vocabulary). Thread-safe.
/// </summary>
internal sealed class WordKeys
{
    private readonly WordAnalyzer _analyzer;
    private readonly CognateSkeleton _cognates;
    private readonly BilingualLexicon _lexicon;
    private readonly bool _isFirstLanguage;
    private readonly RememberedWords _remembered = new();

    /// <param name="analyzer">The side's stop words and terms (stems).</param>
    /// <param name="cognates">The side's cognate skeleton.</param>
    /// <param name="lexicon">The pair's lexicon.</param>
    /// <param name="isFirstLanguage">Whether this side is the lexicon's first language (the source), else its second.</param>
    public WordKeys(WordAnalyzer analyzer, CognateSkeleton cognates, BilingualLexicon lexicon, bool isFirstLanguage)
    {
        _analyzer = analyzer;
        _cognates = cognates;
        _lexicon = lexicon;
        _isFirstLanguage = isFirstLanguage;
    }

    /// <summary>
    /// The word's term and key names (word, cognate, lexicon entries, in that order); no term and no keys for a word that is
    /// not a content word.
    /// </summary>
    public (string? Term, string[] Keys) Of(string word)
    {
        if (_remembered.TryGet(word, out var known))
        {
            return known;
        }

        var analysis = Analyse(word);
        _remembered.Add(word, analysis);
        return analysis;
    }

    private (string? Term, string[] Keys) Analyse(string word)
    {
        string folded = TextNormalizer.FoldAccents(word);
        if (_analyzer.IsStopWord(word.ToLowerInvariant()) || _analyzer.IsStopWord(folded) || folded.Length < 2)
        {
            return (null, []);
        }

        string? term = _analyzer.Term(word);
        if (term is null)
        {
            return (null, []);
        }

        var list = new List<string> { "w:" + folded };
        if (_cognates.Key(folded) is { } cognate)
        {
            list.Add("c:" + cognate);
        }

        foreach (int entry in _isFirstLanguage ? _lexicon.FirstEntries(term) : _lexicon.SecondEntries(term))
        {
            list.Add("l:" + entry);
        }

        return (term, list.ToArray());
    }

    /// <summary>
    /// The remembered analyses, shared by every extraction of the pair; at most <see cref="MaxRememberedWords"/> words, then
    /// new words are analysed each time (memory stays bounded in a long-running process). Whether a word was remembered
    /// never changes a result.
    /// </summary>
    private sealed class RememberedWords
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string? Term, string[] Keys)> _words = new(StringComparer.Ordinal);
        private int _count;

        public bool TryGet(string word, out (string? Term, string[] Keys) analysis) => _words.TryGetValue(word, out analysis);

        public void Add(string word, (string? Term, string[] Keys) analysis)
        {
            if (Volatile.Read(ref _count) < MaxRememberedWords && _words.TryAdd(word, analysis))
            {
                Interlocked.Increment(ref _count);
            }
        }
    }
}
