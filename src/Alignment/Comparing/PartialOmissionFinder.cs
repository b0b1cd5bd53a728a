using Alignment.Aligning;
using Alignment.Languages;
using Alignment.Loading;
using static Alignment.Aligning.AlignmentModel;

namespace Alignment.Comparing;

/// <summary>
/// Finds parts of a bead's source that its target leaves out: the source sentences are cut into parts at
/// <c>;</c>, bullets and parentheses (list items, clauses, parentheticals), and a part is left out when the
/// words that only it has (its distinctive tokens) meet no partner in the target while the bead's other parts
/// do. Partners are the aligner's own evidence (<see cref="FeatureExtractor"/>: numbers read either way, names,
/// cognates, the bundled lexicon), so a part counts as translated on the same grounds a sentence does.
/// Built once per language pair; immutable and thread-safe.
/// </summary>
internal sealed class PartialOmissionFinder
{
    private readonly FeatureExtractor _features;
    private readonly OmissionMessages.Side _source;
    private readonly OmissionMessages.Side _target;

    public PartialOmissionFinder(LanguageProfile source, LanguageProfile target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        _features = new FeatureExtractor(source, target);
        _source = new OmissionMessages.Side(source.Name, "source");
        _target = new OmissionMessages.Side(target.Name, "target");
    }

    /// <summary>The partial omissions of every two-sided bead, in bead order.</summary>
    public List<Finding> Find(IReadOnlyList<Bead> beads)
    {
        ArgumentNullException.ThrowIfNull(beads);
        var findings = new List<Finding>();
        var session = _features.RentSession();
        try
        {
            Find(beads, session, findings);
        }
        finally
        {
            _features.ReturnSession(session);
        }

        return findings;
    }

    private void Find(IReadOnlyList<Bead> beads, FeatureExtractor.Session session, List<Finding> findings)
    {
        double ratio = LengthRatio(beads);
        foreach (var bead in beads)
        {
            if (bead.Source.Count == 0 || bead.Target.Count == 0)
            {
                continue;
            }

            var parts = Parts(bead.Source);
            if (parts.Count < 2)
            {
                continue;
            }

            double deficit = Length(bead.Source) - Length(bead.Target) / ratio;
            if (deficit < MinLengthDeficit * ShortestPart(parts))
            {
                // No part fits in the target's length deficit (see OmittedParts): nothing to weigh.
                continue;
            }

            foreach (var part in OmittedParts(parts, bead.Target, deficit, session))
            {
                var target = new DocumentSpan(bead.Target[0].Start, bead.Target[^1].End,
                    OmissionMessages.Excerpt(string.Join(' ', bead.Target.Select(t => t.NormalizedText))));
                findings.Add(new Finding(FindingKind.PartialOmission, FindingSeverity.Warning, bead.Index,
                    OmissionMessages.PartialOmission(_source, _target, part.Text), null, null, null)
                {
                    SourceSpan = new DocumentSpan(part.Start, part.End, OmissionMessages.Excerpt(part.Text)),
                    TargetSpan = target,
                });
            }
        }
    }

    /// <summary>How the judgement sees a bead: each part of its source, its distinctive tokens and how many meet a partner.</summary>
    internal IReadOnlyList<(Part Part, int Distinctive, int Matched, bool Paired)> Evidence(IReadOnlyList<SentenceSpan> source, IReadOnlyList<SentenceSpan> target) =>
        Evidence(Parts(source), target, new FeatureExtractor.Session());

    // Target length over source length of the two-sided beads (normalized text), 1 when there are none.
    private static double LengthRatio(IReadOnlyList<Bead> beads)
    {
        double source = 0, target = 0;
        foreach (var bead in beads)
        {
            if (bead.Source.Count > 0 && bead.Target.Count > 0)
            {
                source += Length(bead.Source);
                target += Length(bead.Target);
            }
        }

        return source > 0 && target > 0 ? target / source : 1.0;
    }

    private static double Length(IReadOnlyList<SentenceSpan> sentences) => sentences.Sum(s => (double)s.NormalizedText.Length);

    private static int ShortestPart(List<Part> parts)
    {
        int shortest = int.MaxValue;
        foreach (var part in parts)
        {
            shortest = Math.Min(shortest, part.Text.Length);
        }

        return shortest;
    }

    // The parts with no lexical counterpart, the least matched first, as far as the target's length deficit accounts for them; in source order.
    private IEnumerable<Part> OmittedParts(List<Part> parts, IReadOnlyList<SentenceSpan> target, double deficit, FeatureExtractor.Session session)
    {
        double accounted = 0;
        var omitted = new List<Part>();
        foreach (var (part, _) in Unmatched(parts, target, session).OrderBy(c => c.Share))
        {
            accounted += part.Text.Length * MinLengthDeficit;
            if (accounted > deficit)
            {
                break;
            }

            omitted.Add(part);
        }

        return omitted.OrderBy(p => p.Start);
    }

    private IEnumerable<(Part Part, double Share)> Unmatched(List<Part> parts, IReadOnlyList<SentenceSpan> target, FeatureExtractor.Session session)
    {
        var evidence = Evidence(parts, target, session);
        for (int p = 0; p < evidence.Count; p++)
        {
            var (part, distinctive, matched, paired) = evidence[p];
            if (paired || distinctive < MinDistinctiveTokens || matched > MaxOmittedMatchShare * distinctive)
            {
                continue;
            }

            int restDistinctive = 0, restMatched = 0;
            for (int q = 0; q < evidence.Count; q++)
            {
                if (q != p)
                {
                    restDistinctive += evidence[q].Distinctive;
                    restMatched += evidence[q].Matched;
                }
            }

            if (restDistinctive > 0 && restMatched >= MinRestMatchShare * restDistinctive)
            {
                yield return (part, (double)matched / distinctive);
            }
        }
    }

    // Only which keys are equal matters here (token counts), so one extraction session serves every bead of a Find.
    private IReadOnlyList<(Part Part, int Distinctive, int Matched, bool Paired)> Evidence(List<Part> parts, IReadOnlyList<SentenceSpan> target,
        FeatureExtractor.Session session)
    {
        var targetParts = Parts(target);
        var targetTexts = new List<string>(targetParts.Count + 1) { string.Join(' ', target.Select(t => t.NormalizedText)) };
        targetTexts.AddRange(targetParts.Select(p => p.Text));
        var (features, other) = _features.Extract(parts.Select(p => new AlignmentUnit(p.Text)).ToList(), targetTexts.Select(t => new AlignmentUnit(t)).ToList(), session);
        var paired = targetParts.Count >= 2 ? PairInOrder(features, other.AsSpan(1)) : new bool[parts.Count];
        var judged = Judge(features, other[0]);
        var result = new List<(Part, int, int, bool)>(parts.Count);
        for (int p = 0; p < parts.Count; p++)
        {
            result.Add((parts[p], judged[p].Distinctive, judged[p].Matched, paired[p]));
        }

        return result;
    }

    /// <summary>
    /// Which source parts an order-keeping matching of source parts to target parts (list items keep their
    /// order in translation) pairs with a target part, maximizing the tokens the pairs share: a part whose
    /// words are all common to the list still finds its own item by position.
    /// </summary>
    private static bool[] PairInOrder(SentenceFeatures[] source, ReadOnlySpan<SentenceFeatures> target)
    {
        int n = source.Length, m = target.Length;
        var best = new int[n + 1, m + 1];
        var score = new int[n, m];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
            {
                score[i, j] = SentenceFeatures.MatchedTokenCount(source[i], target[j]) + SentenceFeatures.MatchedTokenCount(target[j], source[i]);
            }
        }

        for (int i = 1; i <= n; i++)
        {
            for (int j = 1; j <= m; j++)
            {
                best[i, j] = Math.Max(Math.Max(best[i - 1, j], best[i, j - 1]),
                    score[i - 1, j - 1] > 0 ? best[i - 1, j - 1] + score[i - 1, j - 1] : 0);
            }
        }

        var paired = new bool[n];
        for (int i = n, j = m; i > 0 && j > 0;)
        {
            if (score[i - 1, j - 1] > 0 && best[i, j] == best[i - 1, j - 1] + score[i - 1, j - 1])
            {
                paired[i - 1] = true;
                i--;
                j--;
            }
            else if (best[i, j] == best[i - 1, j])
            {
                i--;
            }
            else
            {
                j--;
            }
        }

        return paired;
    }

    // Per part: tokens no other part has a key of (its distinctive tokens), and how many of them meet a partner in the target.
    private static (int Distinctive, int Matched)[] Judge(SentenceFeatures[] features, SentenceFeatures target)
    {
        var keyParts = new Dictionary<int, int>();
        foreach (var f in features)
        {
            foreach (int key in f.DistinctKeys)
            {
                keyParts[key] = keyParts.GetValueOrDefault(key) + 1;
            }
        }

        var result = new (int, int)[features.Length];
        for (int p = 0; p < features.Length; p++)
        {
            int distinctive = 0, matched = 0;
            for (int k = 0; k < features[p].TokenCount; k++)
            {
                // A token whose keys another part also has would meet its partner through that part's translation.
                var token = features[p].KeysOf(k);
                if (token.Length == 0 || SharedWithAnotherPart(token, keyParts))
                {
                    continue;
                }

                distinctive++;
                if (target.HasAnyKey(token))
                {
                    matched++;
                }
            }

            result[p] = (distinctive, matched);
        }

        return result;
    }

    private static bool SharedWithAnotherPart(ReadOnlySpan<int> token, Dictionary<int, int> keyParts)
    {
        foreach (int key in token)
        {
            if (keyParts[key] > 1)
            {
                return true;
            }
        }

        return false;
    }

    // Where a part ends: a semicolon, a bullet or a parenthesis. A plain loop: string.IndexOfAny with these eight (five of
    // them past ASCII) builds a character map at every call, and the native tool runs its vector search without the
    // vector instructions (2 % of a batch pair, perf).
    private static int NextSeparator(string text, int start)
    {
        for (int k = start; k < text.Length; k++)
        {
            if (text[k] is ';' or '(' or ')' or '•' or '▪' or '◦' or '●' or '\u2023')
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The parts of the sentences: stretches between separators, trimmed, with their offsets into the document text.</summary>
    internal static List<Part> Parts(IReadOnlyList<SentenceSpan> sentences)
    {
        var parts = new List<Part>();
        foreach (var sentence in sentences)
        {
            string text = sentence.Text;
            int start = 0;
            while (start <= text.Length)
            {
                int end = NextSeparator(text, start);
                if (end < 0)
                {
                    end = text.Length;
                }

                int a = start, b = end;
                while (a < b && !char.IsLetterOrDigit(text[a]))
                {
                    a++;
                }

                while (b > a && (char.IsWhiteSpace(text[b - 1]) || text[b - 1] is ',' or ':' or '.' or '—' or '-'))
                {
                    b--;
                }

                if (b > a)
                {
                    parts.Add(new Part(sentence.Start + a, sentence.Start + b, TextNormalizer.Normalize(text, a, b).Text));
                }

                start = end + 1;
            }
        }

        return parts;
    }

    /// <summary>A part of a source sentence: <c>[Start, End)</c> in the document text, and its normalized text.</summary>
    internal sealed record Part(int Start, int End, string Text);
}
