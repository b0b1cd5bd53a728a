using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace Alignment.Batch;

/// <summary>
/// Aligns many report pairs with one shared <see cref="BitextAligner"/>, several at a time, and hands each result on in
/// manifest order as soon as it and every pair before it are done. Memory stays flat whatever the length of the run:
/// pairs are taken from the manifest only as workers free up, and a result is dropped once it has been handed on, so at
/// most <see cref="Window"/> pairs and results are held at a time. A bad pair (missing file, undecodable, not a report,
/// both sides in one language, outside the root) becomes a failed <see cref="BatchPairResult"/> and the batch goes on.
/// Immutable and thread-safe.
/// </summary>
internal sealed class BatchRunner
{
    // Pairs taken ahead per worker: enough that a slow pair does not idle the other workers at once, few enough
    // that held results stay a handful (seed-sized results are ~1 MB each).
    private const int PairsAheadPerWorker = 4;

    private readonly BitextAligner _aligner;
    private readonly BatchInputPaths _paths;

    public BatchRunner(BitextAligner aligner, int parallelism, BatchInputPaths? paths = null)
    {
        ArgumentNullException.ThrowIfNull(aligner);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        // Each worker aligns its pairs on its own thread, so N workers use N cores (in-pair parallelism would make
        // one worker already use them all, and the workers would only contend).
        _aligner = aligner.ParallelWithinPair ? new BitextAligner(aligner.Options) { ParallelWithinPair = false } : aligner;
        _paths = paths ?? new BatchInputPaths(null, null);
        Parallelism = Math.Min(parallelism, InputLimits.MaxParallelism);
    }

    /// <summary>How many pairs are aligned at once: the parallelism asked for, at most <see cref="InputLimits.MaxParallelism"/>.</summary>
    public int Parallelism { get; }

    /// <summary>Most pairs taken from the manifest and not yet handed on, at any time.</summary>
    public int Window => Parallelism * PairsAheadPerWorker;

    /// <summary>
    /// Runs the pairs, reading <paramref name="pairs"/> lazily. <paramref name="inOrder"/> sees every result in
    /// manifest order, one at a time, as soon as it can (for output that must not wait for the whole batch);
    /// <paramref name="completed"/> sees each as it finishes (any order, one at a time: for progress). When
    /// <paramref name="stop"/> is signalled no new pair is started, pairs already running finish, and the results
    /// handed on are exactly the first N of the manifest. If <paramref name="inOrder"/> throws (its output was
    /// closed), the batch stops the same way and the exception is rethrown. Returns how many pairs were handed on.
    /// </summary>
    public async Task<int> RunAsync(
        IEnumerable<BatchPair> pairs,
        Action<BatchPairResult> inOrder,
        Action<BatchPairResult>? completed = null,
        CancellationToken stop = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(inOrder);
        using var halt = CancellationTokenSource.CreateLinkedTokenSource(stop);
        using var slots = new SemaphoreSlim(Window);
        var work = Channel.CreateUnbounded<(int Index, BatchPair Pair)>(new UnboundedChannelOptions { SingleWriter = true });
        var ready = new Dictionary<int, BatchPairResult>();
        var gate = new object();
        int next = 0;
        ExceptionDispatchInfo? outputFailure = null;

        // Each worker is a thread of its own, not a thread-pool thread: aligning a pair blocks for its whole length and
        // itself runs work on the pool (both documents analysed at once, blocks in parallel), so workers on the pool
        // would hold the very threads that work waits for, and the pool would grow only as fast as it injects threads.
        var workers = Enumerable.Range(0, Parallelism).Select(_ => Task.Factory.StartNew(() =>
        {
            foreach (var (index, pair) in Taken(work.Reader))
            {
                if (halt.IsCancellationRequested)
                {
                    continue; // taken but not started: dropped, so no later result is handed on after a gap
                }

                var result = Run(index, pair);
                lock (gate)
                {
                    completed?.Invoke(result);
                    ready[index] = result;
                    while (outputFailure is null && ready.Remove(next, out var inTurn))
                    {
                        try
                        {
                            inOrder(inTurn);
                            next++;
                            slots.Release();
                        }
                        catch (Exception e)
                        {
                            outputFailure = ExceptionDispatchInfo.Capture(e);
                            halt.Cancel();
                        }
                    }
                }
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        // The manifest may be a pipe that blocks: it is read on its own task, and a stop does not wait for it.
        var producer = Task.Run(async () =>
        {
            int index = 0;
            using var manifest = pairs.GetEnumerator();
            while (true)
            {
                // A slot first, then a row: the manifest is read no further ahead than the window.
                await slots.WaitAsync(halt.Token).ConfigureAwait(false);
                if (!manifest.MoveNext() || !work.Writer.TryWrite((index++, manifest.Current)))
                {
                    return;
                }
            }
        });
        var halted = new TaskCompletionSource();
        using (halt.Token.Register(() => halted.TrySetResult()))
        {
            await Task.WhenAny(producer, halted.Task).ConfigureAwait(false);
        }

        work.Writer.TryComplete();
        await Task.WhenAll(workers).ConfigureAwait(false);
        outputFailure?.Throw();
        if (producer is { IsFaulted: true, Exception: { } failure } && !halt.IsCancellationRequested)
        {
            ExceptionDispatchInfo.Capture(failure.GetBaseException()).Throw();
        }

        return next;
    }

    // The items of a channel, read by a thread that blocks while it waits for the next, until the channel is completed.
    private static IEnumerable<T> Taken<T>(ChannelReader<T> reader)
    {
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var item))
            {
                yield return item;
            }
        }
    }

    /// <summary>Loads and aligns one pair; bad input becomes a failed result, never an exception.</summary>
    public BatchPairResult Run(int index, BatchPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var clock = Stopwatch.StartNew();
        if (pair.Problem is not null)
        {
            return Failed(index, pair, new Diagnostic(DiagnosticSeverity.Error, pair.ProblemCode ?? DiagnosticCodes.ManifestLine, pair.Problem), clock);
        }

        var source = Load(pair.Source, pair.SourceText, $"{pair.Name}: source_text", pair.SourceLanguage);
        var target = Load(pair.Target, pair.TargetText, $"{pair.Name}: target_text", pair.TargetLanguage);
        Diagnostic? error = source.Error ?? target.Error ?? FirstError(source.Load!) ?? FirstError(target.Load!);
        if (error is null)
        {
            try
            {
                var (sourceDocument, targetDocument) = Alignment.Loading.LanguagePairing.Resolve(source.Load!.Document!, target.Load!.Document!);
                source = (source.Load with { Document = sourceDocument }, null);
                target = (target.Load with { Document = targetDocument }, null);
            }
            catch (ReportFormatException e)
            {
                error = e.Diagnostic with { Message = $"{e.Message} (set \"source_lang\" and \"target_lang\" in the row)" };
            }
        }

        if (error is null && source.Load!.Document!.Language == target.Load!.Document!.Language)
        {
            // One file given twice, or a copy, is the clearer message when it applies.
            error = SameDocumentCheck.AreSame(_aligner.Analyze(source.Load.Document), _aligner.Analyze(target.Load.Document!), out double shared)
                ? Messages.SameDocument(shared) is var same ? same with { Message = $"{pair.Target ?? pair.Name}: {same.Message}" } : null
                : Messages.PairSameLanguage(source.Load.Document.Language.Code);
        }

        var loading = clock.Elapsed;
        if (error is not null)
        {
            return Failed(index, pair, error, clock) with { Loading = loading };
        }

        try
        {
            var result = _aligner.Align(source.Load!.Document!, target.Load!.Document!);
            return new BatchPairResult(index, pair, result, null, clock.Elapsed) { Loading = loading };
        }
        catch (ReportFormatException e)
        {
            return Failed(index, pair, e.Diagnostic with { Message = e.Message }, clock);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Bad input never gets here (it is a diagnostic above); this is a bug. One pair's bug must not
            // cost an archive audit its other pairs: it is reported as that pair's error and the batch goes on.
            return Failed(index, pair, Messages.InternalError(e), clock) with { Loading = loading };
        }
    }

    // A failed pair: the diagnostic's one-line message and its stable code.
    private static BatchPairResult Failed(int index, BatchPair pair, Diagnostic error, Stopwatch clock) =>
        new(index, pair, null, error.Message, clock.Elapsed) { ErrorCode = error.Code };

    private (LoadResult? Load, Diagnostic? Error) Load(string? path, string? text, string inlineName, Language? language)
    {
        if (text is not null)
        {
            return (ReportDocument.FromText(text, inlineName, language), null);
        }

        var (allowed, error) = _paths.Check(path!);
        return error is not null ? (null, error) : (ReportDocument.Load(allowed!, language), null);
    }

    private static Diagnostic? FirstError(LoadResult load) =>
        load.Succeeded ? null : load.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error) is var d ? d with { Message = $"{load.Path}: {d.Message}" } : null;
}
