using System.Text;
using Alignment.Languages;
using Alignment.Loading;

namespace Alignment.Aligning;

/// <summary>
/// Turns the sentences of a language pair into <see cref="SentenceFeatures"/>: content tokens and the keys
/// they can meet under — numbers written either way ("1 054" = "1,054"), identical words (names, acronyms),
/// cognates by spelling ("especializadas"/"specialized"), bundled lexicon entries, and a lexicon learned from
/// the pair itself. Built once per language pair; immutable and thread-safe (per-call state is local).
/// </summary>
internal sealed class FeatureExtractor
{
    private const int CognatePrefixLength = 5;

    private readonly Side _source;
    private readonly Side _target;
    private readonly BilingualLexicon _lexicon;

    public FeatureExtractor(LanguageProfile? source, LanguageProfile? target)
    {
        _source = new Side(source, WordAnalyzer.For(source));
        _target = new Side(target, WordAnalyzer.For(target));
        _lexicon = source is not null && target is not null
            ? BilingualLexicon.Load(source, target, _source.Analyzer, _target.Analyzer)
            : BilingualLexicon.Empty;
    }

    /// <summary>Entries in the bundled lexicon for this pair.</summary>
    public int LexiconSize => _lexicon.Count;

    /// <summary>Extracts features for both sides; token weights are inverse document frequencies within each side.</summary>
    public (SentenceFeatures[] Source, SentenceFeatures[] Target) Extract(IReadOnlyList<AlignmentUnit> source, IReadOnlyList<AlignmentUnit> target)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        return (Weighted(ExtractSide(source, _source, isFirst: true, keys)), Weighted(ExtractSide(target, _target, isFirst: false, keys)));
    }

    /// <summary>
    /// Weights each token by ln(1 + N / df), N the side's sentences and df those containing the term (Sparck Jones 1972):
    /// "government" in every sentence tells little about which sentence is the partner, a rare name or number a lot.
    /// </summary>
    private static SentenceFeatures[] Weighted(SentenceFeatures[] sentences)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var term in sentence.Terms.Distinct())
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        var result = new SentenceFeatures[sentences.Length];
        for (int i = 0; i < sentences.Length; i++)
        {
            var terms = sentences[i].Terms;
            var weights = new float[terms.Length];
            for (int k = 0; k < terms.Length; k++)
            {
                weights[k] = (float)Math.Log(1.0 + (double)sentences.Length / documentFrequency[terms[k]]);
            }

            result[i] = sentences[i].WithWeights(weights);
        }

        return result;
    }

    /// <summary>
    /// The same features with a learned term pair as one more key on each side's tokens of those terms.
    /// Learned keys are negative, so they never collide with the interned ones; nothing is analysed again.
    /// </summary>
    public static (SentenceFeatures[] Source, SentenceFeatures[] Target) WithLearned(
        SentenceFeatures[] source, SentenceFeatures[] target, IReadOnlyList<(string Source, string Target)> learned)
    {
        var sourceKeys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var targetKeys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int k = 0; k < learned.Count; k++)
        {
            Add(sourceKeys, learned[k].Source, -1 - k);
            Add(targetKeys, learned[k].Target, -1 - k);
        }

        return (Extend(source, sourceKeys), Extend(target, targetKeys));

        static void Add(Dictionary<string, List<int>> map, string term, int key)
        {
            if (!map.TryGetValue(term, out var list))
            {
                map[term] = list = [];
            }

            list.Add(key);
        }

        static SentenceFeatures[] Extend(SentenceFeatures[] sentences, Dictionary<string, List<int>> learnedKeys)
        {
            var result = new SentenceFeatures[sentences.Length];
            for (int i = 0; i < sentences.Length; i++)
            {
                var sentence = sentences[i];
                int[][]? tokens = null;
                for (int k = 0; k < sentence.Terms.Length; k++)
                {
                    if (learnedKeys.TryGetValue(sentence.Terms[k], out var extra))
                    {
                        tokens ??= (int[][])sentence.TokenKeys.Clone();
                        tokens[k] = [.. tokens[k], .. extra];
                    }
                }

                result[i] = tokens is null ? sentence : sentence.WithKeys(tokens);
            }

            return result;
        }
    }

    private SentenceFeatures[] ExtractSide(IReadOnlyList<AlignmentUnit> sentences, Side side, bool isFirst, Dictionary<string, int> keys)
    {
        var words = new Dictionary<string, (string? Term, int[] Keys)>(StringComparer.Ordinal);
        var result = new SentenceFeatures[sentences.Count];
        var tokenKeys = new List<int[]>();
        var terms = new List<string>();
        var digits = new StringBuilder();
        for (int s = 0; s < sentences.Count; s++)
        {
            string text = sentences[s].Text;
            tokenKeys.Clear();
            terms.Clear();
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (char.IsDigit(c))
                {
                    // "1 054", "1,054", "1.054" and "1054" share one key: the digits without separators.
                    digits.Clear();
                    while (i < text.Length)
                    {
                        if (char.IsDigit(text[i]))
                        {
                            digits.Append(text[i]);
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

                    tokenKeys.Add([Intern(keys, "n:" + digits)]);
                    terms.Add("#" + digits);
                    continue;
                }

                if (!char.IsLetter(c))
                {
                    i++;
                    continue;
                }

                int start = i;
                while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }

                // OCR damage such as "continu6": letters glued to a digit are one damaged word.
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                string word = text[start..i];
                if (!words.TryGetValue(word, out var analysed))
                {
                    analysed = Analyse(word, side, isFirst, keys);
                    words[word] = analysed;
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
                        tokenKeys.Add([Intern(keys, "n:" + value)]);
                        terms.Add("#" + value);
                    }
                }
            }

            result[s] = new SentenceFeatures(text.Length, tokenKeys.ToArray(), terms.ToArray(), sentences[s].IsHeading);
        }

        return result;
    }

    private (string? Term, int[] Keys) Analyse(string word, Side side, bool isFirst, Dictionary<string, int> keys)
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

        var list = new List<int> { Intern(keys, "w:" + folded) };
        if (folded.Length >= CognatePrefixLength + 1)
        {
            string skeleton = side.CognateSkeleton(folded);
            if (skeleton.Length >= CognatePrefixLength)
            {
                list.Add(Intern(keys, "c:" + skeleton[..CognatePrefixLength]));
            }
        }

        foreach (int entry in isFirst ? _lexicon.FirstEntries(term) : _lexicon.SecondEntries(term))
        {
            list.Add(Intern(keys, "l:" + entry));
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
