using Alignment.Aligning;
using Alignment.Evaluation;

namespace Alignment.Tests.Aligning;

/// <summary>The kinds of damage the stress set does to the seed pair.</summary>
public enum Damage
{
    /// <summary>A whole body paragraph is missing on one side.</summary>
    DropParagraph,

    /// <summary>An unrelated paragraph (from another seed report in the same language) is inserted on one side.</summary>
    InsertParagraph,

    /// <summary>Every heading is removed on one side (a web copy that lost its titles).</summary>
    StripHeadings,

    /// <summary>One side stops after 40–85 % of its sentences.</summary>
    Truncate,

    /// <summary>Pairs of neighbouring sentences on one side are joined into one ("…; and …").</summary>
    MergeSentences,

    /// <summary>Long sentences on one side are split in two at a semicolon or comma.</summary>
    SplitSentences,

    /// <summary>A clause between commas is left out of sentences on one side.</summary>
    DropClauses,
}

/// <summary>
/// A seeded stress set of damaged variants of the seed pair (English 2021 original 002 ↔ its Spanish OCR translation 000),
/// each with a known gold alignment.
/// <para>
/// How the gold is made: the undamaged pair is aligned once (it scores strict F1 1.000 on the hand gold, see
/// <see cref="SeedPairGoldTests"/>) and its beads are the reference. A variant is built from "pieces": each sentence of a
/// document is one piece carrying the ids of the original sentences it holds (a merged piece holds two, a split sentence
/// gives two pieces with the same id, an inserted sentence holds a fresh id). The variant's text joins its pieces (blank
/// lines between paragraphs, headings on their own line) and goes through the whole pipeline. A gold bead is a reference
/// bead with each side replaced by the pieces holding its sentences; reference beads that come to share a piece are
/// joined; a gold bead left with one empty side becomes one 1-0 (0-1) bead per piece, and so does an inserted piece.
/// The aligner's sentences are mapped back to pieces by offset, and beads are scored as pieces with
/// <see cref="AlignmentScore"/> (Vecalign's strict and lax definitions).
/// </para>
/// <para>
/// Seeds 1–6 of every kind are the dev split (the aligner's constants were tuned on them); seeds 101–110 are the test
/// split, reported in the issue note and asserted by <see cref="StressSetTests"/>.
/// </para>
/// </summary>
internal static class StressSet
{
    public static readonly int[] DevSeeds = [1, 2, 3, 4, 5, 6];

    public static readonly int[] TestSeeds = [101, 102, 103, 104, 105, 106, 107, 108, 109, 110];

    private static readonly Lazy<Reference> Seed = new(Reference.Build);

    /// <summary>The diagnostics of the last variant run (for looking into one).</summary>
    public static string LastDiagnostics { get; private set; } = "";

    /// <summary>The pieces of each bead of the last variant run, in bead order (for looking into one).</summary>
    public static IReadOnlyList<(int[] Source, int[] Target)> LastTest { get => _lastTest ?? []; private set => _lastTest = value; }

    // Per thread: test classes run in parallel, and each reads the pieces of the variant it ran itself.
    [ThreadStatic]
    private static IReadOnlyList<(int[] Source, int[] Target)>? _lastTest;

    /// <summary>
    /// Whether a bead (its pieces, as <see cref="LastTest"/> holds them) lies inside one gold bead of the variant without being
    /// it: a segmentation difference, both sides translating each other where the gold joins more (two 1-1 beads for a gold
    /// 2-2 after one side's sentence was split where the other's two sentences meet). A reviewer finds nothing to correct in
    /// such a bead, though it is no strict hit.
    /// </summary>
    public static bool WithinOneGoldBead(Variant variant, (int[] Source, int[] Target) bead) =>
        bead.Source.Length > 0 && bead.Target.Length > 0
        && variant.Gold.Any(g => bead.Source.All(g.Source.Contains) && bead.Target.All(g.Target.Contains)
            && !(g.Source.Length == bead.Source.Length && g.Target.Length == bead.Target.Length));

    /// <summary>The aligner run on every variant.</summary>
    public static BitextAligner Aligner { get; } = new();

    /// <summary>Builds the damaged variant of one kind for one seed.</summary>
    public static Variant Make(Damage damage, int seed)
    {
        var reference = Seed.Value;
        var random = new Random(seed * 31 + (int)damage);
        bool onSource = random.Next(2) == 0;
        var source = reference.Source.ToList();
        var target = reference.Target.ToList();
        var pieces = onSource ? source : target;
        int nextId = 1_000_000;
        switch (damage)
        {
            case Damage.DropParagraph:
                DropParagraph(pieces, random);
                break;
            case Damage.InsertParagraph:
                InsertParagraph(pieces, onSource ? reference.SourceExtra : reference.TargetExtra, random, ref nextId);
                break;
            case Damage.StripHeadings:
                pieces.RemoveAll(p => p.IsHeading);
                break;
            case Damage.Truncate:
                Truncate(pieces, random);
                break;
            case Damage.MergeSentences:
                for (int k = 0; k < 4; k++)
                {
                    Merge(pieces, random);
                }

                break;
            case Damage.SplitSentences:
                for (int k = 0; k < 4; k++)
                {
                    Split(pieces, random);
                }

                break;
            case Damage.DropClauses:
                for (int k = 0; k < 6; k++)
                {
                    DropClause(pieces, random);
                }

                break;
        }

        return new Variant(damage, seed, onSource, source, target, Gold(reference.Beads, source, target));
    }

    /// <summary>Aligns a variant and scores it against its gold; also returns each output bead with whether it is a strict hit.</summary>
    public static (AlignmentScore Score, List<(Bead Bead, bool Right, bool Unrelated)> Beads) Run(Variant variant, BitextAligner? aligner = null)
    {
        var (sourceText, sourceMap) = Compose(variant.Source);
        var (targetText, targetMap) = Compose(variant.Target);
        var result = (aligner ?? Aligner).Align(ReportDocument.FromText(sourceText, "en.txt", Language.English).GetDocumentOrThrow(),
            ReportDocument.FromText(targetText, "es.txt", Language.Spanish).GetDocumentOrThrow());
        LastDiagnostics = string.Join(" / ", result.Diagnostics.Select(d => d.Message));
        var test = result.Beads.Select(b => (Ids(b.Source, sourceMap), Ids(b.Target, targetMap))).ToList();
        LastTest = test;
        var gold = variant.Gold;
        var score = AlignmentScore.Compute(test, gold);
        var exact = gold.Select(Key).ToHashSet();
        var links = gold.SelectMany(g => g.Source.SelectMany(a => g.Target.Select(b => (a, b)))).ToHashSet();
        var judged = result.Beads.Zip(test, (bead, ids) => (bead, exact.Contains(Key(ids)),
            ids.Item1.Length > 0 && ids.Item2.Length > 0 && !ids.Item1.Any(a => ids.Item2.Any(b => links.Contains((a, b)))))).ToList();
        return (score, judged);
    }

    private static string Key((int[] Source, int[] Target) bead) => string.Join(',', bead.Source) + ":" + string.Join(',', bead.Target);

    private static int[] Ids(IReadOnlyList<SentenceSpan> sentences, List<(int Start, int Piece)> map) =>
        sentences.Select(s => PieceAt(map, s.Start)).Distinct().Order().ToArray();

    private static int PieceAt(List<(int Start, int Piece)> map, int offset)
    {
        int low = 0, high = map.Count - 1;
        while (low < high)
        {
            int mid = (low + high + 1) / 2;
            if (map[mid].Start <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return map[low].Piece;
    }

    /// <summary>The variant's text, and where each piece starts (pieces are numbered by position).</summary>
    private static (string Text, List<(int Start, int Piece)> Map) Compose(IReadOnlyList<Piece> pieces)
    {
        var text = new System.Text.StringBuilder();
        var map = new List<(int, int)>();
        for (int k = 0; k < pieces.Count; k++)
        {
            if (k > 0)
            {
                text.Append(pieces[k].IsHeading || pieces[k - 1].IsHeading || pieces[k].StartsParagraph ? "\n\n" : " ");
            }

            map.Add((text.Length, k));
            text.Append(pieces[k].Text);
        }

        return (text.ToString(), map);
    }

    /// <summary>Gold beads over piece positions (see the class summary).</summary>
    private static List<(int[] Source, int[] Target)> Gold(IReadOnlyList<(int[] Source, int[] Target)> reference, List<Piece> source, List<Piece> target)
    {
        // Union-find over reference beads: two beads sharing a piece become one.
        var parent = Enumerable.Range(0, reference.Count).ToArray();
        var sourceBead = BeadOf(reference, b => b.Source);
        var targetBead = BeadOf(reference, b => b.Target);
        var groups = new Dictionary<int, (List<int> Source, List<int> Target)>();
        var lonely = new List<(int[] Source, int[] Target)>();
        Join(source, sourceBead);
        Join(target, targetBead);
        Collect(source, sourceBead, isSource: true);
        Collect(target, targetBead, isSource: false);
        var gold = new List<(int[] Source, int[] Target)>();
        foreach (var (source1, target1) in groups.Values)
        {
            if (source1.Count > 0 && target1.Count > 0)
            {
                gold.Add((source1.ToArray(), target1.ToArray()));
            }
            else
            {
                gold.AddRange(source1.Select(p => (new[] { p }, Array.Empty<int>())));
                gold.AddRange(target1.Select(p => (Array.Empty<int>(), new[] { p })));
            }
        }

        gold.AddRange(lonely);
        return gold;

        void Join(List<Piece> pieces, Dictionary<int, int> beadOf)
        {
            foreach (var piece in pieces)
            {
                var beads = piece.Originals.Where(beadOf.ContainsKey).Select(o => Find(beadOf[o])).Distinct().ToList();
                for (int k = 1; k < beads.Count; k++)
                {
                    parent[Find(beads[k])] = Find(beads[0]);
                }
            }
        }

        void Collect(List<Piece> pieces, Dictionary<int, int> beadOf, bool isSource)
        {
            for (int position = 0; position < pieces.Count; position++)
            {
                var originals = pieces[position].Originals.Where(beadOf.ContainsKey).ToList();
                if (originals.Count == 0)
                {
                    lonely.Add(isSource ? ([position], []) : ([], [position]));
                    continue;
                }

                int root = Find(beadOf[originals[0]]);
                if (!groups.TryGetValue(root, out var group))
                {
                    groups[root] = group = ([], []);
                }

                (isSource ? group.Source : group.Target).Add(position);
            }
        }

        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
    }

    private static Dictionary<int, int> BeadOf(IReadOnlyList<(int[] Source, int[] Target)> beads, Func<(int[] Source, int[] Target), int[]> side)
    {
        var map = new Dictionary<int, int>();
        for (int b = 0; b < beads.Count; b++)
        {
            foreach (int id in side(beads[b]))
            {
                map[id] = b;
            }
        }

        return map;
    }

    private static List<(int Start, int Count)> Paragraphs(List<Piece> pieces)
    {
        var paragraphs = new List<(int, int)>();
        int start = -1;
        for (int k = 0; k <= pieces.Count; k++)
        {
            bool boundary = k == pieces.Count || pieces[k].IsHeading || pieces[k].StartsParagraph;
            if (boundary && start >= 0)
            {
                paragraphs.Add((start, k - start));
                start = -1;
            }

            if (k < pieces.Count && !pieces[k].IsHeading && start < 0)
            {
                start = k;
            }
        }

        return paragraphs;
    }

    private static void DropParagraph(List<Piece> pieces, Random random)
    {
        var paragraphs = Paragraphs(pieces).Where(p => p.Count is >= 2 and <= 12).ToList();
        var (start, count) = paragraphs[random.Next(paragraphs.Count)];
        bool startsParagraph = pieces[start].StartsParagraph;
        pieces.RemoveRange(start, count);
        if (start < pieces.Count && !pieces[start].IsHeading)
        {
            pieces[start] = pieces[start] with { StartsParagraph = true };
        }
    }

    private static void InsertParagraph(List<Piece> pieces, IReadOnlyList<Piece> extra, Random random, ref int nextId)
    {
        var donor = Paragraphs(extra.ToList()).Where(p => p.Count is >= 2 and <= 8).ToList();
        var (from, count) = donor[random.Next(donor.Count)];
        var paragraphs = Paragraphs(pieces);
        int at = paragraphs[random.Next(1, paragraphs.Count)].Start;
        var inserted = new List<Piece>();
        for (int k = 0; k < count; k++)
        {
            inserted.Add(extra[from + k] with { Originals = [nextId++], StartsParagraph = k == 0 });
        }

        pieces[at] = pieces[at] with { StartsParagraph = true };
        pieces.InsertRange(at, inserted);
    }

    private static void Truncate(List<Piece> pieces, Random random)
    {
        int keep = (int)(pieces.Count * (0.4 + (0.45 * random.NextDouble())));
        pieces.RemoveRange(keep, pieces.Count - keep);
    }

    private static void Merge(List<Piece> pieces, Random random)
    {
        for (int attempt = 0; attempt < 50; attempt++)
        {
            int k = random.Next(pieces.Count - 1);
            var (a, b) = (pieces[k], pieces[k + 1]);
            if (a.IsHeading || b.IsHeading || b.StartsParagraph || a.Text.Length + b.Text.Length > 600 || !a.Text.EndsWith('.'))
            {
                continue;
            }

            string joined = a.Text[..^1] + "; " + char.ToLowerInvariant(b.Text[0]) + b.Text[1..];
            pieces[k] = a with { Text = joined, Originals = [.. a.Originals, .. b.Originals] };
            pieces.RemoveAt(k + 1);
            return;
        }
    }

    private static void Split(List<Piece> pieces, Random random)
    {
        for (int attempt = 0; attempt < 50; attempt++)
        {
            int k = random.Next(pieces.Count);
            var piece = pieces[k];
            int cut = SplitPoint(piece.Text);
            if (piece.IsHeading || cut < 0)
            {
                continue;
            }

            string first = piece.Text[..cut].TrimEnd(',', ';', ' ') + ".";
            string rest = piece.Text[(cut + 1)..].TrimStart();
            pieces[k] = piece with { Text = first };
            pieces.Insert(k + 1, piece with { Text = char.ToUpperInvariant(rest[0]) + rest[1..], StartsParagraph = false });
            return;
        }
    }

    // A semicolon, else a comma, between 35 % and 65 % of a sentence of at least 120 characters.
    private static int SplitPoint(string text)
    {
        if (text.Length < 120)
        {
            return -1;
        }

        foreach (char mark in new[] { ';', ',' })
        {
            for (int k = text.Length * 35 / 100; k < text.Length * 65 / 100; k++)
            {
                if (text[k] == mark && text[k + 1] == ' ' && char.IsLetter(text[k + 2]))
                {
                    return k;
                }
            }
        }

        return -1;
    }

    private static void DropClause(List<Piece> pieces, Random random)
    {
        for (int attempt = 0; attempt < 50; attempt++)
        {
            int k = random.Next(pieces.Count);
            var text = pieces[k].Text;
            int first = text.IndexOf(", ", StringComparison.Ordinal);
            int second = first < 0 ? -1 : text.IndexOf(", ", first + 2, StringComparison.Ordinal);
            if (pieces[k].IsHeading || second < 0 || second - first > text.Length / 2)
            {
                continue;
            }

            pieces[k] = pieces[k] with { Text = text[..first] + text[second..] };
            return;
        }
    }

    /// <summary>One sentence (or heading) of a variant and the original sentences it holds.</summary>
    internal sealed record Piece(string Text, int[] Originals, bool IsHeading, bool StartsParagraph);

    /// <summary>A damaged variant: its pieces on both sides and its gold over piece positions.</summary>
    internal sealed record Variant(Damage Damage, int Seed, bool DamagedSource, List<Piece> Source, List<Piece> Target, List<(int[] Source, int[] Target)> Gold);

    private sealed record Reference(Piece[] Source, Piece[] Target, Piece[] SourceExtra, Piece[] TargetExtra, List<(int[] Source, int[] Target)> Beads)
    {
        public static Reference Build()
        {
            var source = ReportDocument.LoadOrThrow(TestFiles.English2021);
            var target = ReportDocument.LoadOrThrow(TestFiles.Spanish2021);
            var result = Aligner.Align(source, target);
            var beads = result.Beads.Select(b => (b.Source.Select(s => s.Index).ToArray(), b.Target.Select(s => s.Index).ToArray())).ToList();
            return new Reference(Pieces(result.Source), Pieces(result.Target),
                Pieces(Aligner.Analyze(ReportDocument.LoadOrThrow(TestFiles.EnglishNgo))),
                Pieces(Aligner.Analyze(ReportDocument.LoadOrThrow(TestFiles.Spanish2019))), beads);
        }

        private static Piece[] Pieces(ReportStructure structure)
        {
            var sentences = structure.Sentences;
            var pieces = new Piece[sentences.Count];
            for (int k = 0; k < sentences.Count; k++)
            {
                var s = sentences[k];
                bool startsParagraph = k == 0 || sentences[k - 1].IsHeading
                    || structure.Document.Text.AsSpan(sentences[k - 1].End, Math.Max(0, s.Start - sentences[k - 1].End)).Contains("\n\n", StringComparison.Ordinal);
                pieces[k] = new Piece(s.NormalizedText, [s.Index], s.IsHeading, startsParagraph);
            }

            return pieces;
        }
    }
}
