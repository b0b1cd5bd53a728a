using System.Security.Cryptography;
using System.Text;

namespace Alignment.Cli.Review;

/// <summary>A request the review refuses: its HTTP status (400, 404, 409) and one line saying why.</summary>
internal sealed class ReviewRequestException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>The reviewed state of a pair at one revision: the corrected alignment, its findings and their stable ids.</summary>
internal sealed record ReviewState(long Revision, BitextResult Result, IReadOnlyList<string> FindingIds, IReadOnlyList<StoredBead> Beads, IReadOnlyDictionary<string, FindingDecision> Decisions);

/// <summary>
/// One pair under review: the aligner's alignment, the reviewers' corrections from the <see cref="ReviewStore"/>
/// replayed on it (beads by sentence index, so the same text gives the same beads), and the edits a reviewer makes.
/// Thread-safe: every edit is one store transaction; the corrected alignment is cached per revision.
/// </summary>
internal sealed class ReviewSession
{
    private readonly BitextAligner _aligner;
    private readonly BitextResult _aligned;
    private readonly object _gate = new();
    private (long Revision, BitextResult Result, IReadOnlyList<StoredBead> Beads)? _cache;

    public ReviewSession(BitextAligner aligner, BitextResult aligned, ReviewStore store, string reviewer)
    {
        _aligner = aligner;
        _aligned = aligned;
        Store = store;
        Reviewer = reviewer;
        SourceSha = Sha256(aligned.Source.Document.Text);
        TargetSha = Sha256(aligned.Target.Document.Text);
    }

    public ReviewStore Store { get; }

    public string Reviewer { get; }

    public string SourceSha { get; }

    public string TargetSha { get; }

    public BitextResult Aligned => _aligned;

    /// <summary>The SHA-256 (lower-case hex) of a document's decoded text: what decisions are keyed by.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The pair as reviewed now.</summary>
    public ReviewState Current()
    {
        var stored = Store.LoadAlignment(SourceSha, TargetSha);
        long revision = stored?.Revision ?? 0;
        BitextResult result;
        IReadOnlyList<StoredBead> beads;
        lock (_gate)
        {
            if (_cache is { } cached && cached.Revision == revision)
            {
                (result, beads) = (cached.Result, cached.Beads);
            }
            else
            {
                beads = stored?.Beads ?? FromBeads(_aligned.Beads);
                result = stored is null ? _aligned : _aligner.Recompare(_aligned, ToBeads(beads));
                _cache = (revision, result, beads);
            }
        }

        return new ReviewState(revision, result, FindingIdentity.Of(result), beads, Store.LoadDecisions(SourceSha, TargetSha));
    }

    /// <summary>Bead <paramref name="n"/> and the next become one bead.</summary>
    public WriteOutcome MergeNext(int n, long expected, string? who) => Edit(expected, who, $"merge-next {n}", beads =>
    {
        Bead(beads, n);
        if (n + 1 >= beads.Count)
        {
            throw new ReviewRequestException(400, $"bead {n} is the last bead: there is no next bead to merge with");
        }

        var (a, b) = (beads[n], beads[n + 1]);
        beads[n] = new StoredBead(a.Section, [.. a.Source, .. b.Source], [.. a.Target, .. b.Target], Math.Min(a.Confidence, b.Confidence), null, null);
        beads.RemoveAt(n + 1);
    });

    /// <summary>Bead <paramref name="n"/> becomes two: its first <paramref name="sourceCount"/> source and <paramref name="targetCount"/> target sentences, then the rest.</summary>
    public WriteOutcome Split(int n, int sourceCount, int targetCount, long expected, string? who) => Edit(expected, who, $"split {n} at {sourceCount}/{targetCount}", beads =>
    {
        var bead = Bead(beads, n);
        if (sourceCount < 0 || sourceCount > bead.Source.Length || targetCount < 0 || targetCount > bead.Target.Length)
        {
            throw new ReviewRequestException(400, $"bead {n} has {bead.Source.Length} source and {bead.Target.Length} target sentences: split at source 0..{bead.Source.Length}, target 0..{bead.Target.Length}");
        }

        if (sourceCount + targetCount == 0 || sourceCount + targetCount == bead.Source.Length + bead.Target.Length)
        {
            throw new ReviewRequestException(400, $"splitting bead {n} at source {sourceCount}, target {targetCount} leaves one part empty");
        }

        beads[n] = bead with { Source = bead.Source[..sourceCount], Target = bead.Target[..targetCount], CheckedBy = null, CheckedAt = null };
        beads.Insert(n + 1, bead with { Source = bead.Source[sourceCount..], Target = bead.Target[targetCount..], CheckedBy = null, CheckedAt = null });
    });

    /// <summary>The last sentence of one side of bead <paramref name="n"/> moves to the next bead, or its first to the previous one.</summary>
    public WriteOutcome Move(int n, bool sourceSide, bool toNext, long expected, string? who) => Edit(expected, who, $"move {n} {(sourceSide ? "source" : "target")} {(toNext ? "next" : "previous")}", beads =>
    {
        var bead = Bead(beads, n);
        int other = toNext ? n + 1 : n - 1;
        if (other < 0 || other >= beads.Count)
        {
            throw new ReviewRequestException(400, $"bead {n} has no {(toNext ? "next" : "previous")} bead");
        }

        int[] side = sourceSide ? bead.Source : bead.Target;
        if (side.Length == 0)
        {
            throw new ReviewRequestException(400, $"bead {n} has no {(sourceSide ? "source" : "target")} sentence to move");
        }

        int moved = toNext ? side[^1] : side[0];
        int[] rest = toNext ? side[..^1] : side[1..];
        var neighbour = beads[other];
        int[] there = sourceSide ? neighbour.Source : neighbour.Target;
        int[] joined = toNext ? [moved, .. there] : [.. there, moved];
        beads[n] = sourceSide ? bead with { Source = rest, CheckedBy = null, CheckedAt = null } : bead with { Target = rest, CheckedBy = null, CheckedAt = null };
        beads[other] = sourceSide ? neighbour with { Source = joined, CheckedBy = null, CheckedAt = null } : neighbour with { Target = joined, CheckedBy = null, CheckedAt = null };
        if (beads[n].Source.Length == 0 && beads[n].Target.Length == 0)
        {
            beads.RemoveAt(n);
        }
    });

    /// <summary>Marks bead <paramref name="n"/> checked (or not), with who and when.</summary>
    public WriteOutcome Check(int n, bool isChecked, long expected, string? who) => Edit(expected, who, $"checked {n} {isChecked}", beads =>
    {
        var bead = Bead(beads, n);
        beads[n] = isChecked
            ? bead with { CheckedBy = who ?? Reviewer, CheckedAt = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) }
            : bead with { CheckedBy = null, CheckedAt = null };
    });

    /// <summary>A reviewer's decision on the finding with <paramref name="id"/> (one of the current findings).</summary>
    public WriteOutcome Decide(string id, string decision, string note, long expected, string? who)
    {
        if (decision is not ("confirmed" or "false-alarm"))
        {
            throw new ReviewRequestException(400, "decision must be \"confirmed\" or \"false-alarm\"");
        }

        if (!Current().FindingIds.Contains(id, StringComparer.Ordinal))
        {
            throw new ReviewRequestException(404, $"no finding {id} in the current alignment");
        }

        return Store.SaveDecision(SourceSha, TargetSha, id, expected, decision, note, who ?? Reviewer);
    }

    private WriteOutcome Edit(long expected, string? who, string action, Action<List<StoredBead>> edit) =>
        Store.SaveAlignment(SourceSha, TargetSha, expected, latest =>
        {
            var beads = (latest?.Beads ?? FromBeads(_aligned.Beads)).ToList();
            edit(beads);
            return beads;
        }, who ?? Reviewer, action);

    private static StoredBead Bead(List<StoredBead> beads, int n) =>
        n >= 0 && n < beads.Count ? beads[n] : throw new ReviewRequestException(404, $"no bead {n}: the alignment has beads 0 to {beads.Count - 1}");

    private static List<StoredBead> FromBeads(IReadOnlyList<Bead> beads) =>
        beads.Select(b => new StoredBead((int)b.Section, b.Source.Select(s => s.Index).ToArray(), b.Target.Select(s => s.Index).ToArray(), b.Confidence, null, null)).ToList();

    private List<Bead> ToBeads(IReadOnlyList<StoredBead> beads)
    {
        var source = _aligned.Source.Sentences;
        var target = _aligned.Target.Sentences;
        return beads.Select((b, i) => new Bead(i, (SectionKind)b.Section, b.Source.Select(k => source[k]).ToArray(), b.Target.Select(k => target[k]).ToArray(), b.Confidence)).ToList();
    }
}
