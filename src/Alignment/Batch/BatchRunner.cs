using System.Diagnostics;

namespace Alignment.Batch;

/// <summary>
/// Aligns many report pairs with one shared <see cref="BitextAligner"/>, several at a time, and hands the results
/// back in manifest order. A bad pair (missing file, undecodable, not a report, both sides in one language)
/// becomes a failed <see cref="BatchPairResult"/> and the batch goes on. Immutable and thread-safe.
/// </summary>
internal sealed class BatchRunner
{
    private readonly BitextAligner _aligner;

    public BatchRunner(BitextAligner aligner, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(aligner);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        _aligner = aligner;
        Parallelism = parallelism;
    }

    /// <summary>How many pairs are aligned at once.</summary>
    public int Parallelism { get; }

    /// <summary>
    /// Runs every pair. <paramref name="completed"/> sees each result as soon as it is done (any order, any
    /// thread, one at a time: for progress); <paramref name="inOrder"/> sees them in manifest order (one at a
    /// time: for output that must not wait for the whole batch). Returns every result in manifest order.
    /// </summary>
    public async Task<IReadOnlyList<BatchPairResult>> RunAsync(
        IReadOnlyList<BatchPair> pairs,
        Action<BatchPairResult>? completed = null,
        Action<BatchPairResult>? inOrder = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var results = new BatchPairResult?[pairs.Count];
        var gate = new object();
        int next = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, pairs.Count), options, (index, _) =>
        {
            var result = Run(index, pairs[index]);
            lock (gate)
            {
                results[index] = result;
                completed?.Invoke(result);

                // Release the finished prefix: output stays in manifest order whatever finishes first.
                while (next < results.Length && results[next] is { } ready)
                {
                    inOrder?.Invoke(ready);
                    next++;
                }
            }

            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);

        return results.Select(r => r!).ToArray();
    }

    /// <summary>Loads and aligns one pair; bad input becomes a failed result, never an exception.</summary>
    public BatchPairResult Run(int index, BatchPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var clock = Stopwatch.StartNew();
        var source = ReportDocument.Load(pair.Source);
        var target = ReportDocument.Load(pair.Target);
        string? error = FirstError(source) ?? FirstError(target);
        if (error is null && source.Document!.Language == target.Document!.Language)
        {
            // One file given twice, or a copy, is the clearer message when it applies.
            error = SameDocumentCheck.AreSame(_aligner.Analyze(source.Document), _aligner.Analyze(target.Document!), out double shared)
                ? $"{pair.Target}: {Messages.SameDocument(shared).Message}"
                : Messages.PairSameLanguage(source.Document.Language).Message;
        }

        if (error is not null)
        {
            return new BatchPairResult(index, pair, null, error, clock.Elapsed);
        }

        try
        {
            var result = _aligner.Align(source.Document!, target.Document!);
            return new BatchPairResult(index, pair, result, null, clock.Elapsed);
        }
        catch (ReportFormatException e)
        {
            return new BatchPairResult(index, pair, null, e.Message, clock.Elapsed);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Bad input never gets here (it is a diagnostic above); this is a bug. One pair's bug must not
            // cost an archive audit its other pairs: it is reported as that pair's error and the batch goes on.
            return new BatchPairResult(index, pair, null, Messages.InternalError(e).Message, clock.Elapsed);
        }
    }

    private static string? FirstError(LoadResult load) =>
        load.Succeeded ? null : $"{load.Path}: {load.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error).Message}";
}
