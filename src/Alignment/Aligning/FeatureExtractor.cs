using System.Text;
using Alignment.Languages;
using Alignment.Loading;
using static Alignment.Aligning.AlignmentModel;

namespace Alignment.Aligning;

/// <summary>
/// Turns the sentences of a language pair into <see cref="SentenceFeatures"/>: content tokens and the keys
/// they can meet under — numbers written either way ("1 054" = "1,054"), identical words (names, acronyms),
/// cognates by spelling ("especializadas"/"specialized"), bundled lexicon entries, and a lexicon learned from
/// the pair itself. Built once per language pair; immutable and thread-safe (per-call state is local).
/// </summary>
internal sealed class FeatureExtractor
{
    // Below this many target sentences both sides are extracted on the calling thread.
    private const int MinSentencesForParallelSides = 64;

    // Characters per content token (words less stop words, and numbers): 9.5 in the English seed reports, 11.4-12.1 in the
    // Spanish ones; a little less, so that the lists are seldom grown.
    private const int CharactersPerToken = 8;

    // Sessions kept for reuse: two per pair being extracted, for a few pairs at once (batch workers, a service's requests).
    private const int MaxPooledSessions = 8;

    // A session with more keys than this is not kept (its tables take a few MB). The seed pair, 65,000 characters, has 3,325
    // keys, and a vocabulary grows more slowly than its text: only reports of several MB, or very mixed ones, get there.
    private const int MaxPooledSessionKeys = 100_000;

    private readonly Side _source;
    private readonly Side _target;
    private readonly BilingualLexicon _lexicon;
    private readonly bool _parallel;
    private readonly WordAnalyses _sourceAnalyses = new();
    private readonly WordAnalyses _targetAnalyses = new();
    private readonly Stack<Session> _freeSessions = new();

    /// <param name="source">The source language, or <see langword="null"/> for language-independent features.</param>
    /// <param name="target">The target language, or <see langword="null"/>.</param>
    /// <param name="dictionary">Extra word pairs used with the bundled lexicon.</param>
    /// <param name="parallel">Whether a long pair's two sides are extracted at the same time, on two threads.</param>
    public FeatureExtractor(LanguageProfile? source, LanguageProfile? target, BilingualDictionary? dictionary = null, bool parallel = true)
    {
        _parallel = parallel;
        _source = new Side(source, WordAnalyzer.For(source));
        _target = new Side(target, WordAnalyzer.For(target));
        _lexicon = source is not null && target is not null
            ? BilingualLexicon.Load(source, target, _source.Analyzer, _target.Analyzer)
            : BilingualLexicon.Empty;
        if (dictionary is { Entries.Count: > 0 })
        {
            _lexicon = _lexicon.With(dictionary, _source.Analyzer, _target.Analyzer);
        }
    }

    /// <summary>Entries in the bundled lexicon for this pair.</summary>
    public int LexiconSize => _lexicon.Count;

    /// <summary>Extracts features for both sides; token weights are inverse document frequencies within each side.</summary>
    public (SentenceFeatures[] Source, SentenceFeatures[] Target) Extract(IReadOnlyList<AlignmentUnit> source, IReadOnlyList<AlignmentUnit> target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (!_parallel || target.Count < MinSentencesForParallelSides)
        {
            var only = RentSession();
            try
            {
                return Extract(source, target, only);
            }
            finally
            {
                ReturnSession(only);
            }
        }

        // The two sides at the same time, the target with key numbers of its own; then its keys are renumbered as one
        // sequential pass (the source, then the target, each key numbered where it first appears) numbers them, so the
        // features are the very same.
        // The target's token weights do not depend on the key numbers: computed on its thread too.
        Session targetSession = RentSession(), session = RentSession();
        try
        {
            var targetTokens = Task.Run(() =>
            {
                var tokens = ExtractTokens(target, _target, isFirst: false, targetSession.Keys, targetSession.TargetWords, targetSession.TargetNumbers);
                return (Tokens: tokens, Weights: FeatureTable.TermWeights.Of(tokens.TokenStart, tokens.Terms, targetSession.TermIds));
            });
            var sourceTable = ExtractTokens(source, _source, isFirst: true, session.Keys, session.SourceWords, session.SourceNumbers).Build(session.TermIds);
            var (tokens, weights) = targetTokens.GetAwaiter().GetResult();
            targetSession.RenumberTargetKeys(Renumbering(targetSession.Keys, session.Keys));
            return (sourceTable.Sentences(), tokens.Build(weights).Sentences());
        }
        finally
        {
            ReturnSession(targetSession);
            ReturnSession(session);
        }
    }

    /// <summary>
    /// A cleared <see cref="Session"/> of an earlier call when there is one, else a new one: a session's tables grow to the
    /// size of a document's vocabulary, and reusing them spares allocating (and collecting) them again for every pair.
    /// Give it back with <see cref="ReturnSession"/> once the features built with it are complete.
    /// </summary>
    internal Session RentSession()
    {
        lock (_freeSessions)
        {
            return _freeSessions.Count > 0 ? _freeSessions.Pop() : new Session();
        }
    }

    /// <summary>
    /// Clears <paramref name="session"/> and keeps it for a later call; a session grown past
    /// <see cref="MaxPooledSessionKeys"/> keys is dropped instead, so that one huge document does not pin its tables.
    /// </summary>
    internal void ReturnSession(Session session)
    {
        if (session.Keys.Count > MaxPooledSessionKeys)
        {
            return;
        }

        session.Clear();
        lock (_freeSessions)
        {
            if (_freeSessions.Count < MaxPooledSessions)
            {
                _freeSessions.Push(session);
            }
        }
    }

    // For each of the target's own key numbers, its number after the source's keys: the source's number for a key both
    // sides have, else the next free one, in the order the target first used them.
    private static int[] Renumbering(Dictionary<string, int> targetKeys, Dictionary<string, int> keys)
    {
        var names = new string[targetKeys.Count];
        foreach (var (name, id) in targetKeys)
        {
            names[id] = name;
        }

        var map = new int[names.Length];
        for (int k = 0; k < names.Length; k++)
        {
            map[k] = Intern(keys, names[k]);
        }

        return map;
    }

    /// <summary>
    /// As <see cref="Extract(IReadOnlyList{AlignmentUnit}, IReadOnlyList{AlignmentUnit})"/>, with the keys and analysed words of
    /// <paramref name="session"/>, which earlier calls filled: many small extractions (the parts of each bead) analyse each word once.
    /// Key numbers then depend on the earlier calls, so only which keys are equal is meaningful, not their order.
    /// </summary>
    public (SentenceFeatures[] Source, SentenceFeatures[] Target) Extract(IReadOnlyList<AlignmentUnit> source, IReadOnlyList<AlignmentUnit> target, Session session)
    {
        ArgumentNullException.ThrowIfNull(session);

        var sourceTable = ExtractTokens(source, _source, isFirst: true, session.Keys, session.SourceWords, session.SourceNumbers).Build(session.TermIds);
        var targetTable = ExtractTokens(target, _target, isFirst: false, session.Keys, session.TargetWords, session.TargetNumbers).Build(session.TermIds);
        return (sourceTable.Sentences(), targetTable.Sentences());
    }

    /// <summary>What extractions share: interned keys, and each side's analysed words and numbers. Not thread-safe: one per caller.</summary>
    internal sealed class Session
    {
        internal Dictionary<string, int> Keys { get; } = new(StringComparer.Ordinal);

        internal SpanCache<(string? Term, int[] Keys)> SourceWords { get; } = new();

        internal SpanCache<(string? Term, int[] Keys)> TargetWords { get; } = new();

        internal Dictionary<string, (string Term, int[] Keys)> SourceNumbers { get; } = new(StringComparer.Ordinal);

        internal Dictionary<string, (string Term, int[] Keys)> TargetNumbers { get; } = new(StringComparer.Ordinal);

        /// <summary>Room for the term ids of <see cref="FeatureTable.TermWeights.Of"/>, empty between calls.</summary>
        internal Dictionary<string, int> TermIds { get; } = new(StringComparer.Ordinal);

        /// <summary>Forgets everything, keeping the tables' room.</summary>
        internal void Clear()
        {
            Keys.Clear();
            SourceWords.Clear();
            TargetWords.Clear();
            SourceNumbers.Clear();
            TargetNumbers.Clear();
            TermIds.Clear();
        }

        /// <summary>
        /// Replaces every key k of the target's tokens by <paramref name="map"/>[k]. Every token's key array is the one its word
        /// or number has in this session (one array per word, never shared), so each is renumbered once.
        /// </summary>
        internal void RenumberTargetKeys(int[] map)
        {
            foreach (var (_, keys) in TargetWords.Values())
            {
                Renumber(keys);
            }

            foreach (var (_, keys) in TargetNumbers.Values)
            {
                Renumber(keys);
            }

            void Renumber(int[] keys)
            {
                for (int k = 0; k < keys.Length; k++)
                {
                    keys[k] = map[keys[k]];
                }
            }
        }
    }

    /// <summary>
    /// The same features with a learned term pair as one more key on each side's tokens of those terms.
    /// Learned keys are negative, so they never collide with the interned ones; nothing is analysed again, and the
    /// learned keys sit beside the first pass's arrays (<see cref="FeatureTable.WithLearned"/>) instead of copies of them.
    /// Each side's sentences must come from one table (as Extract returns them). With <paramref name="parallel"/> the two
    /// sides are extended on two threads.
    /// </summary>
    public static (SentenceFeatures[] Source, SentenceFeatures[] Target) WithLearned(
        SentenceFeatures[] source, SentenceFeatures[] target, IReadOnlyList<(string Source, string Target)> learned, bool parallel = false)
    {
        var sourceKeys = KeysOfTerms(learned.Select(pair => pair.Source));
        var targetKeys = KeysOfTerms(learned.Select(pair => pair.Target));

        // The two sides are independent: extended at the same time when the caller may use another thread.
        var extendedTarget = parallel ? Task.Run(() => Extend(target, targetKeys)) : null;
        var extendedSource = Extend(source, sourceKeys);
        return (extendedSource, extendedTarget?.GetAwaiter().GetResult() ?? Extend(target, targetKeys));

        // Each term's learned keys: the k-th pair's key is -1 - k.
        static Dictionary<string, int[]> KeysOfTerms(IEnumerable<string> terms) =>
            terms.Select((term, k) => (Term: term, Key: -1 - k))
                .GroupBy(x => x.Term, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(x => x.Key).ToArray(), StringComparer.Ordinal);

        static SentenceFeatures[] Extend(SentenceFeatures[] sentences, Dictionary<string, int[]> learnedKeys)
        {
            if (sentences.Length == 0)
            {
                return sentences;
            }

            var table = sentences[0].Table;
            if (table.Count != sentences.Length)
            {
                throw new ArgumentException("The sentences are not one whole feature table.", nameof(sentences));
            }

            var extended = table.WithLearned(learnedKeys);
            return ReferenceEquals(extended, table) ? sentences : extended.Sentences();
        }
    }

    private SideTokens ExtractTokens(IReadOnlyList<AlignmentUnit> sentences, Side side, bool isFirst, Dictionary<string, int> keys,
        SpanCache<(string? Term, int[] Keys)> words, Dictionary<string, (string Term, int[] Keys)> numbers)
    {
        int n = sentences.Count;
        var lengths = new int[n];
        var headings = new bool[n];
        var tokenStart = new int[n + 1];
        // About one content token per CharactersPerToken characters: the lists are sized once instead of grown by doubling.
        long characters = 0;
        for (int s = 0; s < n; s++)
        {
            characters += sentences[s].Text.Length;
        }

        int expected = (int)Math.Min(characters / CharactersPerToken + 16, 1 << 24);
        var tokenKeys = new List<int[]>(expected);
        var terms = new List<string>(expected);
        Span<char> digits = stackalloc char[64];
        for (int s = 0; s < n; s++)
        {
            string text = sentences[s].Text;
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (char.IsDigit(c))
                {
                    // "1 054", "1,054", "1.054" and "1054" share one key: the digits without separators.
                    var run = new DigitRun(digits);
                    while (i < text.Length)
                    {
                        if (char.IsDigit(text[i]))
                        {
                            run.Append(text[i]);
                            i++;
                        }
                        else if (text[i] is '.' or ',' or ' ' or '\u00A0' or '\u202F' && i + 1 < text.Length && char.IsDigit(text[i + 1])
                            && (text[i] is '.' or ',' || IsThousandsGroup(text, i + 1)))
                        {
                            i++;
                        }
                        else
                        {
                            break;
                        }
                    }

                    var number = Number(numbers, run.ToString(), keys);
                    tokenKeys.Add(number.Keys);
                    terms.Add(number.Term);
                    continue;
                }

                if (!char.IsLetter(c))
                {
                    i++;
                    continue;
                }

                int start = i;
                i = WordEnd(text, i);

                var span = text.AsSpan(start, i - start);
                if (!words.TryGetValue(span, out var analysed))
                {
                    string word = span.ToString();
                    analysed = Analyse(word, side, isFirst, keys);
                    words.Add(word, analysed);
                }

                if (analysed.Term is not null)
                {
                    tokenKeys.Add(analysed.Keys);
                    terms.Add(analysed.Term);
                }
            }

            // Numbers written in words ("ocho", "a dozen") meet the same number written in digits on the other side.
            if (side.Numbers is not null)
            {
                foreach (var mention in side.Numbers.Read(text))
                {
                    if (mention.IsWords)
                    {
                        string value = mention.Value.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture).Replace(".", "", StringComparison.Ordinal);
                        var number = Number(numbers, value, keys);
                        tokenKeys.Add(number.Keys);
                        terms.Add(number.Term);
                    }
                }
            }

            lengths[s] = text.Length;
            headings[s] = sentences[s].IsHeading;
            tokenStart[s + 1] = terms.Count;
        }

        return new SideTokens(lengths, headings, tokenStart, tokenKeys.ToArray(), terms.ToArray());
    }

    /// <summary>One side's sentences as tokens with their keys, before the feature table is built from them.</summary>
    private sealed record SideTokens(int[] Lengths, bool[] Headings, int[] TokenStart, int[][] TokenKeys, string[] Terms)
    {
        public FeatureTable Build(Dictionary<string, int> termIds) => Build(FeatureTable.TermWeights.Of(TokenStart, Terms, termIds));

        /// <summary>The table, with weights computed before (<see cref="FeatureTable.TermWeights.Of"/> of these tokens).</summary>
        public FeatureTable Build(FeatureTable.TermWeights weights) => FeatureTable.Build(Lengths, Headings, TokenStart, TokenKeys, Terms, weights);
    }

    // A number's term and key, the same arrays for every token of the same digits.
    private static (string Term, int[] Keys) Number(Dictionary<string, (string Term, int[] Keys)> numbers, string digits, Dictionary<string, int> keys)
    {
        if (!numbers.TryGetValue(digits, out var number))
        {
            number = ("#" + digits, [Intern(keys, "n:" + digits)]);
            numbers[digits] = number;
        }

        return number;
    }

    // A word's term and keys, the keys interned in the order they are listed (word, cognate, lexicon entries).
    private (string? Term, int[] Keys) Analyse(string word, Side side, bool isFirst, Dictionary<string, int> keys)
    {
        var (term, names) = AnalyseKeys(word, side, isFirst);
        if (term is null)
        {
            return (null, []);
        }

        var ids = new int[names.Length];
        for (int k = 0; k < names.Length; k++)
        {
            ids[k] = Intern(keys, names[k]);
        }

        return (term, ids);
    }

    // What Analyse interns, as key names: a pure function of the word, so it is kept for the next extraction of the same
    // pair (a batch of reports shares most of its vocabulary).
    private (string? Term, string[] Keys) AnalyseKeys(string word, Side side, bool isFirst)
    {
        var analyses = isFirst ? _sourceAnalyses : _targetAnalyses;
        if (analyses.TryGet(word, out var known))
        {
            return known;
        }

        var analysis = AnalyseKeysOnce(word, side, isFirst);
        analyses.Add(word, analysis);
        return analysis;
    }

    private (string? Term, string[] Keys) AnalyseKeysOnce(string word, Side side, bool isFirst)
    {
        string folded = TextNormalizer.FoldAccents(word);
        if (side.Analyzer.IsStopWord(word.ToLowerInvariant()) || side.Analyzer.IsStopWord(folded) || folded.Length < 2)
        {
            return (null, []);
        }

        string? term = side.Analyzer.Term(word);
        if (term is null)
        {
            return (null, []);
        }

        var list = new List<string> { "w:" + folded };
        if (folded.Length >= CognatePrefixLength + 1)
        {
            string skeleton = side.CognateSkeleton(folded);
            if (skeleton.Length >= CognatePrefixLength)
            {
                list.Add("c:" + skeleton[..CognatePrefixLength]);
            }
        }

        foreach (int entry in isFirst ? _lexicon.FirstEntries(term) : _lexicon.SecondEntries(term))
        {
            list.Add("l:" + entry);
        }

        return (term, list.ToArray());
    }

    // A space between digits is a thousands separator only before exactly three digits ("1 054", not "12 20").
    private static bool IsThousandsGroup(string text, int i)
    {
        int k = i;
        while (k < text.Length && char.IsDigit(text[k]))
        {
            k++;
        }

        return k - i == 3;
    }

    private static int Intern(Dictionary<string, int> keys, string key)
    {
        if (!keys.TryGetValue(key, out int id))
        {
            id = keys.Count;
            keys[key] = id;
        }

        return id;
    }

    /// <summary>The digits of a number, collected in a stack buffer while short (a string only when looked up).</summary>
    private ref struct DigitRun(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;
        private System.Text.StringBuilder? _long;
        private int _length;

        public void Append(char c)
        {
            if (_long is null && _length < _buffer.Length)
            {
                _buffer[_length++] = c;
                return;
            }

            _long ??= new System.Text.StringBuilder().Append(_buffer[.._length]);
            _long.Append(c);
        }

        public override readonly string ToString() => _long?.ToString() ?? new string(_buffer[.._length]);
    }

    /// <summary>
    /// The end of the word that starts at <paramref name="start"/>: letters, with an apostrophe between letters (<c>don't</c>),
    /// then any letters or digits glued on (OCR damage such as <c>continu6</c> is one damaged word).
    /// </summary>
    private static int WordEnd(string text, int start)
    {
        int i = start;
        while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
        {
            i++;
        }

        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// The analyses of one side's words, shared by every extraction of this pair and thread-safe; at most
    /// <see cref="MaxRememberedWords"/> words, then new words are analysed each time (memory stays bounded in a long-running
    /// process). An analysis is a pure function of the word, so whether it was remembered never changes a result.
    /// </summary>
    private sealed class WordAnalyses
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

    private sealed class Side
    {
        private readonly (string From, string To)[] _prefixRules;

        public Side(LanguageProfile? profile, WordAnalyzer analyzer)
        {
            Analyzer = analyzer;
            Numbers = profile is null ? null : Alignment.Numbers.NumberReader.For(profile);
            _prefixRules = profile?.CognateRewrites.ToArray() ?? [];
        }

        public WordAnalyzer Analyzer { get; }

        public Alignment.Numbers.NumberReader? Numbers { get; }

        /// <summary>A spelling skeleton for cognate matching: language prefix rules, then doubled letters and ph/th simplified.</summary>
        public string CognateSkeleton(string folded)
        {
            foreach (var (from, to) in _prefixRules)
            {
                if (folded.StartsWith(from, StringComparison.Ordinal))
                {
                    folded = to + folded[from.Length..];
                    break;
                }
            }

            var builder = new StringBuilder(folded.Length);
            for (int k = 0; k < folded.Length; k++)
            {
                char c = folded[k];
                if (k + 1 < folded.Length && folded[k + 1] == 'h' && c is 'p' or 't')
                {
                    builder.Append(c == 'p' ? 'f' : 't');
                    k++;
                    continue;
                }

                char mapped = c switch { 'y' => 'i', 'k' => 'c', _ => c };
                if (builder.Length > 0 && builder[^1] == mapped)
                {
                    continue;
                }

                builder.Append(mapped);
            }

            return builder.ToString();
        }
    }
}
