using System.Text.Json;
using System.Text.RegularExpressions;

namespace Alignment.Tests.Aligning;

/// <summary>
/// Real published Spanish/English pairs of genres other than TIP narratives (press releases, speeches, UN messages,
/// letters, report summaries, chapters, UN submissions), with hand-written gold beads: <c>Data/genres</c>, sources and
/// the gold's conventions in its README. A unit of the gold is a sentence or a line that is a unit of its own, its
/// whitespace collapsed; a bead is right when both sides hold exactly the gold's units (strict).
/// </summary>
internal static partial class GenreSet
{
    public static string Folder => TestFiles.Data("genres");

    private static readonly BitextAligner Aligner = new();

    /// <summary>Every document of a split (<c>dev</c> or <c>test</c>) listed in <c>split.tsv</c> and <c>READY</c>.</summary>
    public static IReadOnlyList<string> Documents(string split)
    {
        var ready = File.ReadAllLines(Path.Combine(Folder, "READY")).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet();
        return File.ReadAllLines(Path.Combine(Folder, "split.tsv"))
            .Select(l => l.Split('\t'))
            .Where(f => f.Length >= 2 && f[1] == split && ready.Contains(f[0]))
            .Select(f => f[0]).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Aligns one document pair (English source, Spanish target) and scores its beads against the gold.</summary>
    public static DocumentScore Score(string id) => Score(id, Aligner);

    /// <summary>As <see cref="Score(string)"/>, with another aligner (the confidence fit keeps each bead's evidence).</summary>
    public static DocumentScore Score(string id, BitextAligner aligner) => Score(id, aligner, text => text);

    /// <summary>As <see cref="Score(string)"/>, on both texts changed by <paramref name="copy"/> (another copy of the same
    /// document, such as a hard-wrapped one: the gold's units collapse whitespace, so line breaks may move).</summary>
    public static DocumentScore Score(string id, BitextAligner aligner, Func<string, string> copy)
    {
        string en = copy(File.ReadAllText(Path.Combine(Folder, id + ".en.txt")));
        string es = copy(File.ReadAllText(Path.Combine(Folder, id + ".es.txt")));
        var gold = File.ReadAllLines(Path.Combine(Folder, id + ".gold.jsonl")).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => Key(e.GetProperty("en").EnumerateArray().Select(u => Collapse(u.GetString()!)), e.GetProperty("es").EnumerateArray().Select(u => Collapse(u.GetString()!))))
            .ToList();
        var source = ReportDocument.FromText(en, id + ".en.txt").GetDocumentOrThrow();
        var target = ReportDocument.FromText(es, id + ".es.txt").GetDocumentOrThrow();
        var result = aligner.Align(source, target);
        // A unit's text as the document holds it: a paginated copy's running heads inside a sentence are blanked there.
        var beads = result.Beads.Select(b => (Key: Key(b.Source.Select(s => Collapse(source.Text[s.Start..s.End])), b.Target.Select(s => Collapse(target.Text[s.Start..s.End]))), Bead: b)).ToList();
        var goldSet = gold.ToHashSet(StringComparer.Ordinal);
        var testSet = beads.Select(b => b.Key).ToHashSet(StringComparer.Ordinal);
        return new DocumentScore(id, beads.Count(b => goldSet.Contains(b.Key)), beads.Count, gold.Count(testSet.Contains), gold.Count,
            beads.Select(b => (b.Bead, goldSet.Contains(b.Key))).ToList(), result);
    }

    /// <summary>The text with whitespace runs collapsed and a list item's bullet dropped: the gold copies bullets, the analyzer
    /// keeps them out of a unit's span as layout (ReportAnalyzer.SkipBullet); a bead's boundaries are what is scored.</summary>
    public static string Collapse(string text)
    {
        string collapsed = Whitespace().Replace(text, " ").Trim();
        int start = Alignment.Sentences.ReportAnalyzer.SkipBullet(collapsed, 0, collapsed.Length);
        return collapsed[start..];
    }

    private static string Key(IEnumerable<string> en, IEnumerable<string> es) => string.Join(" ‖ ", en) + " | " + string.Join(" ‖ ", es);

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();
}

/// <summary>Strict bead counts of one document: beads right, beads produced, gold beads found, gold beads.</summary>
internal sealed record DocumentScore(string Id, int Right, int Produced, int Found, int Gold, IReadOnlyList<(Bead Bead, bool Right)> Beads, BitextResult Result)
{
    public double Precision => Produced == 0 ? 0 : (double)Right / Produced;

    public double Recall => Gold == 0 ? 0 : (double)Found / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Pooled strict F1 of several documents (bead counts summed).</summary>
    public static double Pooled(IEnumerable<DocumentScore> scores)
    {
        var list = scores.ToList();
        double p = (double)list.Sum(s => s.Right) / Math.Max(1, list.Sum(s => s.Produced));
        double r = (double)list.Sum(s => s.Found) / Math.Max(1, list.Sum(s => s.Gold));
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
