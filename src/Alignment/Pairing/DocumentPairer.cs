using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Alignment.Languages;

namespace Alignment.Pairing;

/// <summary>
/// Finds, in an archive of reports in two languages, which document is the translation of which: the step before
/// sentence alignment when there is no manifest. Each document is read once into a small fingerprint (its numbers in
/// order, its names, its length); the fingerprints go into an on-disk Lucene.Net index, each document's rarest
/// features query it for a few candidates, and each candidate is verified by how many of the two documents' numbers
/// they share in order, their names and their length ratio. Pairs are then made strongest first, each document in at
/// most one. Same-language documents that share much (another year, a copy) are reported as related, never as pairs.
/// </summary>
/// <remarks>
/// Thread-safe: one instance can pair several archives at once. Memory grows with the number of documents (a few
/// kilobytes each), not with their size; time with the number of documents times the candidates looked at.
/// </remarks>
public sealed class DocumentPairer
{
    /// <summary>The most documents read at once, per core: reading is CPU work, so more would only queue.</summary>
    private const int MaxParallelismPerCore = 4;

    /// <summary>Pairs with <see cref="PairingOptions.Default"/>.</summary>
    public DocumentPairer()
        : this(PairingOptions.Default)
    {
    }

    /// <summary>Pairs with <paramref name="options"/>, checked now: unsupported or equal languages and thresholds outside (0, 1] throw.</summary>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public DocumentPairer(PairingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.SourceLanguage, nameof(options));
        ArgumentNullException.ThrowIfNull(options.TargetLanguage, nameof(options));
        if (!options.SourceLanguage.HasLanguageData || !options.TargetLanguage.HasLanguageData)
        {
            throw new ArgumentException($"languages '{options.SourceLanguage}' and '{options.TargetLanguage}': each must be one of {string.Join(", ", Language.WithLanguageData)}", nameof(options));
        }

        if (options.SourceLanguage == options.TargetLanguage)
        {
            throw new ArgumentException($"the source and target languages are both '{options.SourceLanguage}'", nameof(options));
        }

        if (options.PairThreshold is not (> 0 and <= 1) || options.RelatedThreshold is not (> 0 and <= 1))
        {
            throw new ArgumentException("thresholds must be above 0 and at most 1", nameof(options));
        }

        if (options.MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentException("the degree of parallelism must be at least 1", nameof(options));
        }

        Options = options with
        {
            MaxDegreeOfParallelism = Math.Min(options.MaxDegreeOfParallelism, Environment.ProcessorCount * MaxParallelismPerCore),
        };
    }

    /// <summary>The options this pairer uses.</summary>
    public PairingOptions Options { get; }

    /// <summary>
    /// Pairs the reports in <paramref name="paths"/> (files, and folders searched with their subfolders; hidden files are
    /// skipped): first every <see cref="DocumentPair"/> (by source path), then every <see cref="RelatedDocuments"/>,
    /// then every <see cref="UnpairedDocument"/>, each document named by the path it was found under.
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="cancellationToken">Stops reading, indexing and comparing; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    public async IAsyncEnumerable<PairingOutcome> PairAsync(IEnumerable<string> paths, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = Files(paths.ToList(), out var missing);
        var outcomes = await Task.Run(() => ReadAndPair(files, cancellationToken), cancellationToken).ConfigureAwait(false);
        foreach (var outcome in outcomes.Concat(missing).OrderBy(Rank).ThenBy(FirstPath, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return outcome;
        }
    }

    /// <summary>Pairs fingerprints already read (the core of <see cref="PairAsync"/>, and what tests and benchmarks call).</summary>
    internal IReadOnlyList<PairingOutcome> Pair(IReadOnlyList<DocumentFingerprint> documents, CancellationToken cancellationToken)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (string feature in document.Features())
            {
                frequency[feature] = frequency.GetValueOrDefault(feature) + 1;
            }
        }

        var scorer = new PairScorer(frequency, documents.Count);
        foreach (var document in documents)
        {
            document.Weigh(scorer.Weight);
        }

        int common = Math.Max(PairingModel.CommonFeatureFloor, (int)(PairingModel.CommonFeatureShare * documents.Count));
        string[][] query = documents.Select(d => Rarest(d, frequency, PairingModel.MaxQueryFeatures, common)).ToArray();
        using var index = CandidateIndex.Build(documents, d => Rarest(d, frequency, PairingModel.MaxIndexedFeatures, common), cancellationToken);

        var scored = new ConcurrentDictionary<(int, int), (double Score, PairingEvidence Evidence)>();
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism, CancellationToken = cancellationToken }, i =>
        {
            var document = documents[i];
            var other = document.Language == Options.SourceLanguage ? Options.TargetLanguage : Options.SourceLanguage;
            var candidates = index.Candidates(query[i], other, i, PairingModel.Candidates)
                .Concat(index.Candidates(query[i], document.Language, i, PairingModel.SameLanguageCandidates));
            foreach (int j in candidates)
            {
                var key = Key(documents, i, j);
                if (!scored.ContainsKey(key))
                {
                    scored.TryAdd(key, scorer.Score(documents[key.Item1], documents[key.Item2]));
                }
            }
        });

        // Documents with too few numbers to tell a translation by them (letters, speeches, short statements): their best
        // candidates are verified by aligning them, sentence by sentence.
        var thin = scored
            .Where(s => documents[s.Key.Item1].Language != documents[s.Key.Item2].Language
                && Math.Min(s.Value.Evidence.SourceNumbers, s.Value.Evidence.TargetNumbers) < PairingModel.FewNumbers)
            .SelectMany(s => new[] { (Document: s.Key.Item1, Pair: s), (Document: s.Key.Item2, Pair: s) })
            .GroupBy(x => x.Document)
            .SelectMany(g => g.Select(x => x.Pair).OrderByDescending(p => p.Value.Score).Take(PairingModel.AlignedCandidates))
            .Select(p => p.Key)
            .Distinct()
            .ToList();
        Parallel.ForEach(thin, new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism, CancellationToken = cancellationToken }, key =>
        {
            var (score, evidence) = scored[key];
            if (AlignedShare(documents[key.Item1], documents[key.Item2]) is { } aligned)
            {
                scored[key] = ((PairingModel.AlignedWeight * aligned) + ((1 - PairingModel.AlignedWeight) * scorer.LengthPlausibility(documents[key.Item1], documents[key.Item2], evidence.LengthRatio)),
                    evidence with { AlignedShare = aligned });
            }
        });

        return Decide(documents, scored, scorer, cancellationToken);
    }

    /// <summary>
    /// The share of the beads of two documents' sentence alignment that are confident and have a sentence on both sides,
    /// or <see langword="null"/> when either file cannot be read again. A translation aligns (0.5–1.0 on the genre dev set),
    /// an unrelated document of the same kind does not (0.0–0.3).
    /// </summary>
    private static double? AlignedShare(DocumentFingerprint source, DocumentFingerprint target)
    {
        if (ReportDocument.Load(source.Path, source.Language).Document is not { } first
            || ReportDocument.Load(target.Path, target.Language).Document is not { } second)
        {
            return null;
        }

        var beads = Aligner.Align(first, second).Beads;
        return beads.Count == 0 ? 0 : (double)beads.Count(b => b.Confidence >= AlignerOptions.DefaultLowConfidence && b.Source.Count > 0 && b.Target.Count > 0) / beads.Count;
    }

    private static readonly BitextAligner Aligner = new(AlignerOptions.Default with { GeneralLexicon = false });

    /// <summary>The pair key of two documents: the source-language one first, else the lower position first.</summary>
    private (int, int) Key(IReadOnlyList<DocumentFingerprint> documents, int i, int j)
    {
        bool iFirst = documents[i].Language != documents[j].Language
            ? documents[i].Language == Options.SourceLanguage
            : i < j;
        return iFirst ? (i, j) : (j, i);
    }

    private List<PairingOutcome> Decide(IReadOnlyList<DocumentFingerprint> documents, IReadOnlyDictionary<(int, int), (double Score, PairingEvidence Evidence)> scored, PairScorer scorer, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var outcomes = new List<PairingOutcome>();
        var partner = new int?[documents.Count];
        var crossLanguage = scored
            .Where(s => documents[s.Key.Item1].Language != documents[s.Key.Item2].Language)
            .OrderByDescending(s => s.Value.Score)
            .ThenBy(s => documents[s.Key.Item1].Path, StringComparer.Ordinal)
            .ThenBy(s => documents[s.Key.Item2].Path, StringComparer.Ordinal)
            .ToList();

        // Strongest evidence first; a document is in one pair at most (competitive linking).
        foreach (var ((s, t), (score, evidence)) in crossLanguage)
        {
            if (score < Options.PairThreshold || partner[s] is not null || partner[t] is not null)
            {
                continue;
            }

            partner[s] = t;
            partner[t] = s;
            outcomes.Add(new DocumentPair(documents[s].Path, documents[t].Path, documents[s].Language, documents[t].Language, score, evidence));
        }

        // Related: same-language documents that share their phrasing (another edition or year, a copy), and through a pair,
        // the other document of the pair (another year's Spanish report is related to the English original of this year's).
        var related = new List<RelatedDocuments>();
        foreach (var ((a, b), (score, evidence)) in scored.OrderBy(s => s.Key))
        {
            var (first, second) = (documents[a], documents[b]);
            if (first.Language != second.Language)
            {
                continue;
            }

            bool duplicate = first.ContentHash == second.ContentHash;
            if (!duplicate && (evidence.PhrasingSimilarity < Options.RelatedThreshold || PairScorer.ProperNames(first, second) < PairingModel.RelatedNames))
            {
                continue;
            }

            var relation = duplicate ? DocumentRelation.Duplicate : Contained(evidence) ? DocumentRelation.NearDuplicate : DocumentRelation.OtherEdition;
            related.Add(new RelatedDocuments(first.Path, second.Path, first.Language, second.Language, relation, score, evidence));
            foreach (var (member, other) in new[] { (a, b), (b, a) })
            {
                if (partner[member] is int translation && partner[other] is null)
                {
                    var (x, y) = Key(documents, translation, other);
                    var (crossScore, crossEvidence) = scored.TryGetValue((x, y), out var known) ? known : scorer.Score(documents[x], documents[y]);
                    related.Add(new RelatedDocuments(documents[x].Path, documents[y].Path, documents[x].Language, documents[y].Language,
                        duplicate ? DocumentRelation.Duplicate : DocumentRelation.OtherEditionTranslated, crossScore, crossEvidence));
                }
            }
        }

        outcomes.AddRange(related.DistinctBy(r => (r.First, r.Second)));

        // Each document's strongest other-language candidate: the first it has in the list, which is strongest first.
        var best = new Dictionary<int, ((int, int) Key, double Score)>();
        foreach (var (key, (score, _)) in crossLanguage)
        {
            best.TryAdd(key.Item1, (key, score));
            best.TryAdd(key.Item2, (key, score));
        }

        var paired = partner.Select((p, i) => (p, i)).Where(x => x.p is not null).Select(x => documents[x.i].ContentHash).ToHashSet();
        for (int i = 0; i < documents.Count; i++)
        {
            if (partner[i] is null)
            {
                outcomes.Add(Unpaired(documents, i, best.TryGetValue(i, out var candidate) ? candidate : null, paired));
            }
        }

        return outcomes;
    }

    /// <summary>Whether the shorter of two same-language documents is all but wholly inside the longer one: a copy, not another edition.</summary>
    private static bool Contained(PairingEvidence evidence)
    {
        int fewer = Math.Min(evidence.SourceNumbers, evidence.TargetNumbers);
        return fewer >= PairingModel.FewNumbers
            ? evidence.SharedNumbers >= PairingModel.NearDuplicateContainment * fewer
            : evidence.NameSimilarity >= PairingModel.NearDuplicateContainment;
    }

    private UnpairedDocument Unpaired(IReadOnlyList<DocumentFingerprint> documents, int i, ((int, int) Key, double Score)? best, HashSet<long> paired)
    {
        var document = documents[i];
        if (paired.Contains(document.ContentHash))
        {
            return new UnpairedDocument(document.Path, document.Language, UnpairedReason.CopyOfPaired, "the same text as a document that was paired");
        }

        if (best is not { } candidate)
        {
            return new UnpairedDocument(document.Path, document.Language, UnpairedReason.NoCandidate, "no document in the other language shares its numbers or names");
        }

        string other = documents[candidate.Key.Item1 == i ? candidate.Key.Item2 : candidate.Key.Item1].Path;
        return candidate.Score >= Options.PairThreshold
            ? new UnpairedDocument(document.Path, document.Language, UnpairedReason.CandidateTaken,
                $"its best candidate {other} (score {candidate.Score:0.00}) was paired with a document of stronger evidence")
            : new UnpairedDocument(document.Path, document.Language, UnpairedReason.NoCandidate,
                $"its best candidate {other} scores {candidate.Score:0.00}, under the {Options.PairThreshold:0.00} a translation needs");
    }

    /// <summary>
    /// A document's rarest features that another document also has, at most <paramref name="count"/>, rarest first;
    /// features in more than <see cref="PairingModel.CommonFeatureShare"/> of the archive are left out: they select
    /// nothing, and a query with them would read a posting list as long as the archive (time quadratic in its size).
    /// </summary>
    private static string[] Rarest(DocumentFingerprint document, Dictionary<string, int> frequency, int count, int common) =>
        document.Features()
            .Select(f => (Feature: f, Frequency: frequency[f]))
            .Where(f => f.Frequency >= 2 && f.Frequency <= common)
            .OrderBy(f => f.Frequency)
            .ThenBy(f => f.Feature, StringComparer.Ordinal)
            .Take(count)
            .Select(f => f.Feature)
            .ToArray();


    /// <summary>Reads every file into a fingerprint, in parallel; a file that cannot be read or is in another language becomes an unpaired outcome.</summary>
    private List<PairingOutcome> ReadAndPair(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var fingerprints = new DocumentFingerprint?[files.Count];
        var rejected = new UnpairedDocument?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism, CancellationToken = cancellationToken }, i =>
        {
            (fingerprints[i], rejected[i]) = Read(files[i]);
        });

        var outcomes = Pair(fingerprints.OfType<DocumentFingerprint>().ToList(), cancellationToken).ToList();
        outcomes.AddRange(rejected.OfType<UnpairedDocument>());
        return outcomes;
    }

    private (DocumentFingerprint?, UnpairedDocument?) Read(string path)
    {
        var loaded = ReportDocument.Load(path);
        if (loaded.Document is not { } document)
        {
            string why = loaded.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error)?.Message ?? "could not be read";
            return (null, new UnpairedDocument(path, null, UnpairedReason.Unreadable, why));
        }

        if (loaded.Diagnostics.Any(d => d.Code == DiagnosticCodes.LanguageUnknown)
            || (document.Language != Options.SourceLanguage && document.Language != Options.TargetLanguage))
        {
            return (null, new UnpairedDocument(path, null, UnpairedReason.OtherLanguage, $"its language is neither '{Options.SourceLanguage}' nor '{Options.TargetLanguage}', or could not be told"));
        }

        if (ThirdLanguage.Share(document.Text) >= PairingModel.ThirdLanguageShare)
        {
            return (null, new UnpairedDocument(path, null, UnpairedReason.OtherLanguage, "it reads as a third language (French, Portuguese, Italian, Catalan or German), not as Spanish or English"));
        }

        return (DocumentFingerprint.Read(path, document), null);
    }

    /// <summary>The files under <paramref name="paths"/>, in the order given (a folder's files in ordinal order); paths that do not exist become unpaired outcomes.</summary>
    private static List<string> Files(IReadOnlyList<string> paths, out List<UnpairedDocument> missing)
    {
        missing = [];
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", options).Where(f => !Path.GetFileName(f).StartsWith('.')).ToList();
                found.Sort(StringComparer.Ordinal);
                files.AddRange(found.Where(f => seen.Add(Path.GetFullPath(f))));
            }
            else if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    files.Add(path);
                }
            }
            else
            {
                missing.Add(new UnpairedDocument(path, null, UnpairedReason.Unreadable, "no such file or folder"));
            }
        }

        return files;
    }

    private static int Rank(PairingOutcome outcome) => outcome switch
    {
        DocumentPair => 0,
        RelatedDocuments => 1,
        _ => 2,
    };

    private static string FirstPath(PairingOutcome outcome) => outcome switch
    {
        DocumentPair pair => pair.Source,
        RelatedDocuments related => related.First,
        UnpairedDocument unpaired => unpaired.Path,
        _ => "",
    };
}
