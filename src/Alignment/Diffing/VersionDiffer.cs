using Alignment.Diffing;
using Alignment.Sentences;
using DiffPlex;
using DiffPlex.Chunkers;

namespace Alignment;

/// <summary>
/// Compares two versions of a report in the same language (a revised translation, last year's report and
/// this year's): sentences are matched with a minimal line diff, rewritten sentences are paired within each
/// changed stretch and diffed word by word, and changed numbers are called out.
/// Immutable and thread-safe; one instance serves any number of comparisons.
/// </summary>
/// <remarks>
/// The sentence lists are compared with DiffPlex's Myers diff rather than the bilingual aligner: between two
/// versions, an unchanged sentence is identical text, so an exact longest-common-subsequence match is both
/// cheaper and more precise than a length and lexicon model built for translations (which would happily
/// merge a rewritten sentence with its neighbour into a 2-1 bead).
/// </remarks>
public sealed class VersionDiffer
{
    private const double SameSentence = 0.5;
    private const int MaxPairingCells = 1_000_000;

    private readonly ReportAnalyzer _analyzer = new();

    /// <summary>Loads both files and compares them; throws <see cref="ReportFormatException"/> when a file cannot be used.</summary>
    /// <param name="oldPath">The earlier version.</param>
    /// <param name="newPath">The later version.</param>
    public VersionDiff Compare(string oldPath, string newPath) =>
        Compare(ReportDocument.LoadOrThrow(oldPath), ReportDocument.LoadOrThrow(newPath));

    /// <summary>Compares an earlier version of a report with a later one.</summary>
    public VersionDiff Compare(ReportDocument older, ReportDocument newer) => Compare(older, newer, CancellationToken.None);

    /// <summary>
    /// As <see cref="Compare(ReportDocument, ReportDocument)"/>; <paramref name="cancellationToken"/> is checked between
    /// the stages (<see cref="OperationCanceledException"/> when cancelled).
    /// </summary>
    public VersionDiff Compare(ReportDocument older, ReportDocument newer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        cancellationToken.ThrowIfCancellationRequested();
        var oldStructure = _analyzer.Analyze(older);
        cancellationToken.ThrowIfCancellationRequested();
        var newStructure = _analyzer.Analyze(newer);
        cancellationToken.ThrowIfCancellationRequested();
        var diagnostics = new List<Diagnostic>();
        if (older.Language != newer.Language)
        {
            diagnostics.Add(Messages.DifferentLanguages(older.Language.Code, newer.Language.Code));
        }

        var oldSentences = oldStructure.Sentences;
        var newSentences = newStructure.Sentences;
        var lines = Differ.Instance.CreateDiffs(Lines(oldSentences), Lines(newSentences), ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);

        var entries = new List<DiffEntry>();
        int a = 0, b = 0;
        foreach (var block in lines.DiffBlocks)
        {
            AddUnchanged(entries, oldSentences, newSentences, a, b, block.DeleteStartA - a);
            AddHunk(entries,
                Slice(oldSentences, block.DeleteStartA, block.DeleteCountA),
                Slice(newSentences, block.InsertStartB, block.InsertCountB));
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }

        AddUnchanged(entries, oldSentences, newSentences, a, b, oldSentences.Count - a);
        return new VersionDiff(oldStructure, newStructure, entries, diagnostics);
    }

    // One sentence a line: normalized text has no line breaks, but a stray one must not split a sentence.
    private static string Lines(IReadOnlyList<SentenceSpan> sentences) =>
        string.Join('\n', sentences.Select(s => s.NormalizedText.Replace('\n', ' ').Replace('\r', ' ')));

    private static List<SentenceSpan> Slice(IReadOnlyList<SentenceSpan> sentences, int start, int count) =>
        Enumerable.Range(start, count).Select(k => sentences[k]).ToList();

    private static void AddUnchanged(List<DiffEntry> entries, IReadOnlyList<SentenceSpan> old, IReadOnlyList<SentenceSpan> @new, int a, int b, int count)
    {
        if (count > 0)
        {
            entries.Add(new DiffEntry(DiffEntryKind.Unchanged, Slice(old, a, count), Slice(@new, b, count), [], [], []));
        }
    }

    /// <summary>
    /// Turns a stretch of removed and inserted sentences into changed pairs (the most similar in-order pairing,
    /// each pair sharing at least half its words) and plain removals and additions around them.
    /// </summary>
    private static void AddHunk(List<DiffEntry> entries, List<SentenceSpan> removed, List<SentenceSpan> inserted)
    {
        var pairs = Pair(removed, inserted);
        int r = 0, n = 0;
        foreach (var (pr, pn) in pairs.Append((removed.Count, inserted.Count)))
        {
            for (; r < pr; r++)
            {
                entries.Add(new DiffEntry(DiffEntryKind.Removed, [removed[r]], [], [], WordPieces.Numbers(removed[r].NormalizedText), []));
            }

            for (; n < pn; n++)
            {
                entries.Add(new DiffEntry(DiffEntryKind.Added, [], [inserted[n]], [], [], WordPieces.Numbers(inserted[n].NormalizedText)));
            }

            if (pr < removed.Count)
            {
                entries.Add(Changed(removed[pr], inserted[pn]));
                r = pr + 1;
                n = pn + 1;
            }
        }
    }

    private static List<(int Removed, int Inserted)> Pair(List<SentenceSpan> removed, List<SentenceSpan> inserted)
    {
        int rows = removed.Count, cols = inserted.Count;
        if (rows == 0 || cols == 0 || (long)rows * cols > MaxPairingCells)
        {
            return [];
        }

        var oldWords = removed.Select(s => Words(s.NormalizedText)).ToArray();
        var newWords = inserted.Select(s => Words(s.NormalizedText)).ToArray();
        var similarity = new double[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                similarity[i, j] = Dice(oldWords[i], newWords[j]);
            }
        }

        // Best in-order pairing: an LCS where a cell scores the pair's similarity, if it is high enough.
        var best = new double[rows + 1, cols + 1];
        for (int i = rows - 1; i >= 0; i--)
        {
            for (int j = cols - 1; j >= 0; j--)
            {
                double take = similarity[i, j] >= SameSentence ? similarity[i, j] + best[i + 1, j + 1] : double.NegativeInfinity;
                best[i, j] = Math.Max(take, Math.Max(best[i + 1, j], best[i, j + 1]));
            }
        }

        var pairs = new List<(int, int)>();
        for (int i = 0, j = 0; i < rows && j < cols;)
        {
            if (similarity[i, j] >= SameSentence && best[i, j] == similarity[i, j] + best[i + 1, j + 1])
            {
                pairs.Add((i++, j++));
            }
            else if (best[i, j] == best[i + 1, j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return pairs;
    }

    private static Dictionary<string, int> Words(string text)
    {
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var piece in WordPieces.Split(text))
        {
            if (char.IsLetterOrDigit(piece[0]))
            {
                words[piece] = words.GetValueOrDefault(piece) + 1;
            }
        }

        return words;
    }

    private static double Dice(Dictionary<string, int> x, Dictionary<string, int> y)
    {
        int total = x.Values.Sum() + y.Values.Sum();
        if (total == 0)
        {
            return 0;
        }

        int shared = 0;
        foreach (var (word, count) in x)
        {
            shared += Math.Min(count, y.GetValueOrDefault(word));
        }

        return 2.0 * shared / total;
    }

    private static DiffEntry Changed(SentenceSpan old, SentenceSpan @new)
    {
        var oldNumbers = WordPieces.Numbers(old.NormalizedText);
        var newNumbers = WordPieces.Numbers(@new.NormalizedText);
        return new DiffEntry(DiffEntryKind.Changed, [old], [@new], WordDiff(old.NormalizedText, @new.NormalizedText),
            Without(oldNumbers, newNumbers), Without(newNumbers, oldNumbers));
    }

    /// <summary>The items of <paramref name="items"/> left after taking out those of <paramref name="other"/>, counting repeats.</summary>
    private static List<string> Without(List<string> items, List<string> other)
    {
        var left = other.GroupBy(x => x, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var item in items)
        {
            if (left.GetValueOrDefault(item) > 0)
            {
                left[item]--;
            }
            else
            {
                result.Add(item);
            }
        }

        return result;
    }

    internal static List<WordChange> WordDiff(string old, string @new)
    {
        var diff = Differ.Instance.CreateDiffs(old, @new, ignoreWhiteSpace: false, ignoreCase: false, WordPieces.Instance);
        var pieces = new List<(WordChangeKind Kind, string Text)>();
        int a = 0;
        foreach (var block in diff.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++)
            {
                pieces.Add((WordChangeKind.Unchanged, diff.PiecesOld[a]));
            }

            for (int k = 0; k < block.DeleteCountA; k++)
            {
                pieces.Add((WordChangeKind.Deleted, diff.PiecesOld[block.DeleteStartA + k]));
            }

            for (int k = 0; k < block.InsertCountB; k++)
            {
                pieces.Add((WordChangeKind.Inserted, diff.PiecesNew[block.InsertStartB + k]));
            }

            a = block.DeleteStartA + block.DeleteCountA;
        }

        for (; a < diff.PiecesOld.Count; a++)
        {
            pieces.Add((WordChangeKind.Unchanged, diff.PiecesOld[a]));
        }

        return Coalesce(pieces);
    }

    /// <summary>
    /// Joins neighbouring changes: a lone space kept between two changes becomes part of both, and each
    /// changed stretch reads as all its old text, then all its new text ("[-15 millones-]{+16 millions+}").
    /// </summary>
    private static List<WordChange> Coalesce(List<(WordChangeKind Kind, string Text)> pieces)
    {
        var result = new List<WordChange>();
        var deleted = new System.Text.StringBuilder();
        var inserted = new System.Text.StringBuilder();
        var unchanged = new System.Text.StringBuilder();
        for (int k = 0; k < pieces.Count; k++)
        {
            var (kind, text) = pieces[k];
            bool bridge = kind == WordChangeKind.Unchanged && string.IsNullOrWhiteSpace(text)
                && (deleted.Length > 0 || inserted.Length > 0)
                && k + 1 < pieces.Count && pieces[k + 1].Kind != WordChangeKind.Unchanged;
            if (kind == WordChangeKind.Unchanged && !bridge)
            {
                Flush();
                unchanged.Append(text);
                continue;
            }

            if (unchanged.Length > 0)
            {
                result.Add(new WordChange(WordChangeKind.Unchanged, unchanged.ToString()));
                unchanged.Clear();
            }

            if (kind != WordChangeKind.Inserted)
            {
                deleted.Append(text);
            }

            if (kind != WordChangeKind.Deleted)
            {
                inserted.Append(text);
            }
        }

        Flush();
        if (unchanged.Length > 0)
        {
            result.Add(new WordChange(WordChangeKind.Unchanged, unchanged.ToString()));
        }

        return result;

        void Flush()
        {
            if (deleted.Length > 0)
            {
                result.Add(new WordChange(WordChangeKind.Deleted, deleted.ToString()));
            }

            if (inserted.Length > 0)
            {
                result.Add(new WordChange(WordChangeKind.Inserted, inserted.ToString()));
            }

            deleted.Clear();
            inserted.Clear();
        }
    }
}
