using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Alignment.Batch;

/// <summary>
/// Aligns many report pairs for a service: results come as an <see cref="IAsyncEnumerable{T}"/> in the order of the
/// pairs, each as soon as it and every pair before it are done, several pairs aligned at once. The caller reads at its
/// own pace (at most a few pairs per worker are held ahead) and stops the batch by cancelling or by leaving the
/// loop: no new pair is started and the pairs running finish. A bad pair (missing file, undecodable, both sides in one
/// language) is a failed <see cref="BatchPairResult"/>, never an exception. Immutable and thread-safe.
/// </summary>
public sealed class BatchAligner
{
    private readonly BatchRunner _runner;

    /// <summary>Creates a batch aligner.</summary>
    /// <param name="aligner">The aligner of every pair; <see langword="null"/> for one with the default options.</param>
    /// <param name="parallelism">Pairs aligned at once, at least 1; <see langword="null"/> for the processor count. More than four
    /// per processor is taken as four per processor (<see cref="Parallelism"/> says how many): more workers only add memory.</param>
    public BatchAligner(BitextAligner? aligner = null, int? parallelism = null)
    {
        _runner = new BatchRunner(aligner ?? new BitextAligner(), parallelism ?? Environment.ProcessorCount);
    }

    /// <summary>How many pairs are aligned at once: the parallelism asked for, at most four per processor.</summary>
    public int Parallelism => _runner.Parallelism;

    /// <summary>
    /// Aligns <paramref name="pairs"/> (read lazily, a few ahead of the workers) and yields one result per pair in their order.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the results
    /// yielded before are the first N pairs'.</exception>
    public async IAsyncEnumerable<BatchPairResult> AlignAsync(IEnumerable<BatchPair> pairs, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // One result waits for the reader at a time: a slow reader holds the workers back instead of filling memory.
        var results = Channel.CreateBounded<BatchPairResult>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var run = Task.Run(async () =>
        {
            try
            {
                await _runner.RunAsync(pairs, result => results.Writer.WriteAsync(result, stop.Token).AsTask().GetAwaiter().GetResult(), null, stop.Token)
                    .ConfigureAwait(false);
                results.Writer.TryComplete();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                results.Writer.TryComplete();
            }
            catch (Exception e)
            {
                results.Writer.TryComplete(e);
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var result in results.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                // A result already waiting in the channel is not handed on once the caller has cancelled.
                cancellationToken.ThrowIfCancellationRequested();
                yield return result;
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            // Leaving early (break, an exception, cancellation) stops the batch; running pairs finish before we return.
            await stop.CancelAsync().ConfigureAwait(false);
            await run.ConfigureAwait(false);
        }
    }
}
