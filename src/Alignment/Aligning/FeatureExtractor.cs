using Alignment.Languages;
using Alignment.Loading;
using Alignment.Numbers;

namespace Alignment.Aligning;

/// <summary>
/// Turns the sentences of a language pair into <see cref="SentenceFeatures"/>: content tokens and the keys
/// they can meet under — numbers written either way ("1 054" = "1,054", "ocho" = "8"), identical words (names, acronyms),
/// cognates by spelling ("especializadas"/"specialized"), bundled lexicon entries, and a lexicon learned from
/// the pair itself. It reads each sentence's tokens (<see cref="SentenceTokenizer"/>), gives each its keys
/// (<see cref="WordKeys"/>), interns the keys as numbers in a <see cref="Session"/>, and builds a
/// <see cref="FeatureTable"/> per side; a long pair's two sides are extracted on two threads and the target's keys then
/// renumbered. Built once per language pair and thread-safe: what a call fills is a session of its own, rented from a
/// pool (<see cref="FeatureSessionPool"/>) and returned cleared; what calls share is the words' remembered analyses.
/// </summary>
internal sealed partial class FeatureExtractor
{
    // Below this many target sentences both sides are extracted on the calling thread.
    private const int MinSentencesForParallelSides = 64;

    // Characters per content token (words less stop words, and numbers): 9.5 in the English seed reports, 11.4-12.1 in the
    // Spanish ones; a little less, so that the lists are seldom grown.
    private const int CharactersPerToken = 8;

    // Each side's keys with the report lexicon alone (long pairs, and the many small extractions of a session), and with
    // the report and general lexicons (short pairs; loaded at the first short pair: a batch of long reports never reads it).
    private readonly Side _reportSource;
    private readonly Side _reportTarget;
    private readonly Lazy<(Side Source, Side Target, int LexiconSize)> _general;
    private readonly bool _generalLexicon;
    private readonly bool _parallel;
    private readonly FeatureSessionPool _sessions = new();

    /// <param name="source">The source language, or <see langword="null"/> for language-independent features.</param>
    /// <param name="target">The target language, or <see langword="null"/>.</param>
    /// <param name="dictionary">Extra word pairs used with the bundled lexicon.</param>
    /// <param name="parallel">Whether a long pair's two sides are extracted at the same time, on two threads.</param>
    /// <param name="generalLexicon">Whether a short pair also meets through the general-vocabulary lexicon (<see cref="AlignerOptions.GeneralLexicon"/>).</param>
    public FeatureExtractor(LanguageProfile? source, LanguageProfile? target, BilingualDictionary? dictionary = null, bool parallel = true, bool generalLexicon = true)
    {
        _parallel = parallel;
        _generalLexicon = generalLexicon;
        var sourceAnalyzer = WordAnalyzer.For(source);
        var targetAnalyzer = WordAnalyzer.For(target);
        var sourceCognates = new CognateSkeleton(source);
        var targetCognates = new CognateSkeleton(target);
        var sourceNumbers = source is null ? null : NumberReader.For(source);
        var targetNumbers = target is null ? null : NumberReader.For(target);
        var reportLexicon = Lexicon(BilingualLexicon.ReportKinds);
        _reportSource = new Side(new WordKeys(sourceAnalyzer, sourceCognates, reportLexicon, isFirstLanguage: true), sourceNumbers);
        _reportTarget = new Side(new WordKeys(targetAnalyzer, targetCognates, reportLexicon, isFirstLanguage: false), targetNumbers);
        _general = new(() =>
        {
            var lexicon = Lexicon(BilingualLexicon.AlignerKinds);
            return (new Side(new WordKeys(sourceAnalyzer, sourceCognates, lexicon, isFirstLanguage: true), sourceNumbers),
                new Side(new WordKeys(targetAnalyzer, targetCognates, lexicon, isFirstLanguage: false), targetNumbers),
                lexicon.Count);
        });

        BilingualLexicon Lexicon(string[] kinds)
        {
            var lexicon = source is not null && target is not null
                ? BilingualLexicon.Load(source, target, sourceAnalyzer, targetAnalyzer, kinds)
                : BilingualLexicon.Empty;
            return dictionary is { Entries.Count: > 0 } ? lexicon.With(dictionary, sourceAnalyzer, targetAnalyzer) : lexicon;
        }
    }

    /// <summary>Entries in the bundled lexicons for this pair (report and general vocabulary).</summary>
    public int LexiconSize => _general.Value.LexiconSize;

    /// <summary>
    /// Extracts features for both sides; token weights are inverse document frequencies within each side. A short pair
    /// (<see cref="AlignmentModel.GeneralLexiconMaxSentences"/>) meets through the general lexicon too.
    /// </summary>
    public (SentenceFeatures[] Source, SentenceFeatures[] Target) Extract(IReadOnlyList<AlignmentUnit> source, IReadOnlyList<AlignmentUnit> target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var (sourceSide, targetSide) = _generalLexicon && Math.Min(source.Count, target.Count) <= AlignmentModel.GeneralLexiconMaxSentences
            ? (_general.Value.Source, _general.Value.Target)
            : (_reportSource, _reportTarget);
        if (!_parallel || target.Count < MinSentencesForParallelSides)
        {
            var only = RentSession();
            try
            {
                return Extract(source, target, only, sourceSide, targetSide);
            }
            finally
            {
                ReturnSession(only);
            }
        }

        // The two sides at the same time, the target with key numbers of its own; then its keys are renumbered to the
        // numbers one sequential pass gives them (the source, then the target, each key numbered where it first appears),
        // so the features are the very same.
        // The target's token weights do not depend on the key numbers: computed on its thread too.
        Session targetSession = RentSession(), session = RentSession();
        try
        {
            var targetTokens = Task.Run(() =>
            {
                var tokens = ExtractTokens(target, targetSide, targetSession.Keys, targetSession.TargetWords, targetSession.TargetNumbers);
                return (Tokens: tokens, Weights: FeatureTable.TermWeights.Of(tokens.TokenStart, tokens.Terms, targetSession.TermIds));
            });
            var sourceTable = ExtractTokens(source, sourceSide, session.Keys, session.SourceWords, session.SourceNumbers).Build(session.TermIds);
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
    /// A cleared <see cref="Session"/> of an earlier call of this extractor when there is one, else a new one
    /// (<see cref="FeatureSessionPool.Rent"/>). Give it back with <see cref="ReturnSession"/> once the features built with
    /// it are complete.
    /// </summary>
    internal Session RentSession() => _sessions.Rent();

    /// <summary>Clears <paramref name="session"/> and keeps it for a later call (<see cref="FeatureSessionPool.Return"/>).</summary>
    internal void ReturnSession(Session session) => _sessions.Return(session);

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
    /// Key numbers then depend on the earlier calls, so only which keys are equal is meaningful, not their order. Words meet
    /// through the report lexicon (not the general one): the parts of a bead are judged as in a long pair.
    /// </summary>
    public (SentenceFeatures[] Source, SentenceFeatures[] Target) Extract(IReadOnlyList<AlignmentUnit> source, IReadOnlyList<AlignmentUnit> target, Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Extract(source, target, session, _reportSource, _reportTarget);
    }

    private static (SentenceFeatures[] Source, SentenceFeatures[] Target) Extract(
        IReadOnlyList<AlignmentUnit> source, IReadOnlyList<AlignmentUnit> target, Session session, Side sourceSide, Side targetSide)
    {
        var sourceTable = ExtractTokens(source, sourceSide, session.Keys, session.SourceWords, session.SourceNumbers).Build(session.TermIds);
        var targetTable = ExtractTokens(target, targetSide, session.Keys, session.TargetWords, session.TargetNumbers).Build(session.TermIds);
        return (sourceTable.Sentences(), targetTable.Sentences());
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

    private static SideTokens ExtractTokens(IReadOnlyList<AlignmentUnit> sentences, Side side, Dictionary<string, int> keys,
        SpanCache<(string? Term, int[] Keys)> words, Dictionary<string, (string Term, int[] Keys)> numbers)
    {
        int n = sentences.Count;
        var lengths = new int[n];
        var shapes = new UnitShape[n];
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
            var tokenizer = new SentenceTokenizer(text, digits);
            while (tokenizer.MoveNext())
            {
                if (tokenizer.Digits is { } numberDigits)
                {
                    var (numberTerm, numberKeys) = Number(numbers, numberDigits, keys);
                    tokenKeys.Add(numberKeys);
                    terms.Add(numberTerm);
                    continue;
                }

                var span = tokenizer.Written;
                if (!words.TryGetValue(span, out var analysed))
                {
                    string word = span.ToString();
                    analysed = Analyse(word, side.Words, keys);
                    words.Add(word, analysed);
                }

                if (analysed.Term is not null)
                {
                    tokenKeys.Add(analysed.Keys);
                    terms.Add(analysed.Term);
                }
            }

            // Numbers written in words ("ocho", "a dozen") meet the same number written in digits on the other side.
            if (side.NumberReader is not null)
            {
                foreach (var mention in side.NumberReader.Read(text))
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

            lengths[s] = LengthWithoutLeaders(text);
            shapes[s] = Shape(sentences[s]);
            tokenStart[s + 1] = terms.Count;
        }

        return new SideTokens(lengths, shapes, tokenStart, tokenKeys.ToArray(), terms.ToArray());
    }

    private static UnitShape Shape(AlignmentUnit unit) =>
        (unit.IsHeading ? UnitShape.Heading : UnitShape.None)
        | (Sentences.SentencePunctuation.EndsAsSentence(unit.Text) ? UnitShape.None : UnitShape.Line)
        | (unit.StartsParagraph ? UnitShape.StartsParagraph : UnitShape.None)
        | (Sentences.SentencePunctuation.StartsAsNote(unit.Text) ? UnitShape.Note : UnitShape.None);

    /// <summary>
    /// The sentence's length for the length model, a table of contents' dot leaders counted as one character: a run of at least
    /// <see cref="AlignmentModel.LeaderMinDots"/> dots (spaces between them and ellipsis characters included) is the typesetter's,
    /// as long as the page is wide, not the text's ("D. Proceso de preparación de informes ........ 132–134 32" beside
    /// "D.Reporting process 132–13430").
    /// </summary>
    internal static int LengthWithoutLeaders(string text)
    {
        int length = text.Length;
        int k = text.AsSpan().IndexOfAny(LeaderCharacters);
        while (k >= 0 && k < text.Length)
        {
            int start = k, dots = 0;
            while (k < text.Length && text[k] is '.' or '\u2026' or ' ')
            {
                dots += text[k] == '.' ? 1 : text[k] == '\u2026' ? DotsPerEllipsis : 0;
                k++;
            }

            if (dots >= AlignmentModel.LeaderMinDots)
            {
                length -= k - start - 1;
            }

            int next = k < text.Length ? text.AsSpan(k).IndexOfAny(LeaderCharacters) : -1;
            k = next < 0 ? -1 : k + next;
        }

        return length;
    }

    // An ellipsis character stands for the three dots it replaces.
    private const int DotsPerEllipsis = 3;

    private static readonly System.Buffers.SearchValues<char> LeaderCharacters = System.Buffers.SearchValues.Create(".\u2026");

    /// <summary>One side's sentences as tokens with their keys, before the feature table is built from them.</summary>
    private sealed record SideTokens(int[] Lengths, UnitShape[] Shapes, int[] TokenStart, int[][] TokenKeys, string[] Terms)
    {
        public FeatureTable Build(Dictionary<string, int> termIds) => Build(FeatureTable.TermWeights.Of(TokenStart, Terms, termIds));

        /// <summary>The table, with weights computed before (<see cref="FeatureTable.TermWeights.Of"/> of these tokens).</summary>
        public FeatureTable Build(FeatureTable.TermWeights weights) => FeatureTable.Build(Lengths, Shapes, TokenStart, TokenKeys, Terms, weights);
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
    private static (string? Term, int[] Keys) Analyse(string word, WordKeys wordKeys, Dictionary<string, int> keys)
    {
        var (term, names) = wordKeys.Of(word);
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

    private static int Intern(Dictionary<string, int> keys, string key)
    {
        if (!keys.TryGetValue(key, out int id))
        {
            id = keys.Count;
            keys[key] = id;
        }

        return id;
    }

    /// <summary>One side of the pair: its words' keys, and its reader of numbers written in words (none without a language).</summary>
    private sealed record Side(WordKeys Words, NumberReader? NumberReader);
}
