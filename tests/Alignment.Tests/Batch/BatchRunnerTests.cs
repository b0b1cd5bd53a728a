using Alignment.Batch;

namespace Alignment.Tests.Batch;

public class BatchRunnerTests
{
    private static readonly BitextAligner Aligner = new();

    [Fact]
    public async Task Pairs_are_taken_only_a_window_ahead_of_the_results_handed_on()
    {
        var runner = new BatchRunner(Aligner, parallelism: 2);
        int taken = 0, handedOn = 0, mostAhead = 0;
        var handed = new List<int>();
        IEnumerable<BatchPair> Pairs()
        {
            for (int i = 0; i < 40; i++)
            {
                taken++;
                mostAhead = Math.Max(mostAhead, taken - Volatile.Read(ref handedOn));
                yield return Inline(i);
            }
        }

        int count = await runner.RunAsync(Pairs(), r =>
        {
            handed.Add(r.Index);
            Interlocked.Increment(ref handedOn);
        });

        count.Should().Be(40);
        handed.Should().Equal(Enumerable.Range(0, 40), "results come in manifest order");
        mostAhead.Should().BeLessThanOrEqualTo(runner.Window, "a long manifest must not be read, nor its results held, ahead of the output");
    }

    [Fact]
    public async Task Results_handed_on_are_not_kept_by_the_runner()
    {
        var runner = new BatchRunner(Aligner, parallelism: 1);
        var handed = new List<WeakReference>();
        var aliveWhenLastWasHandedOn = -1;

        await runner.RunAsync(Enumerable.Range(0, 12).Select(Inline), r =>
        {
            handed.Add(new WeakReference(r));
            if (r.Index == 11)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                aliveWhenLastWasHandedOn = handed.Take(10).Count(w => w.IsAlive);
            }
        });

        aliveWhenLastWasHandedOn.Should().Be(0, "memory must not grow with the manifest: a written result is garbage");
    }

    [Fact]
    public async Task A_stop_hands_on_a_gapless_prefix_and_starts_no_new_pair()
    {
        var runner = new BatchRunner(Aligner, parallelism: 2);
        using var stop = new CancellationTokenSource();
        var handed = new List<int>();
        int taken = 0;
        IEnumerable<BatchPair> Pairs()
        {
            for (int i = 0; i < 1000; i++)
            {
                taken++;
                yield return Inline(i);
            }
        }

        int count = await runner.RunAsync(Pairs(), r =>
        {
            handed.Add(r.Index);
            if (r.Index == 4)
            {
                stop.Cancel();
            }
        }, stop: stop.Token);

        count.Should().Be(handed.Count);
        handed.Should().Equal(Enumerable.Range(0, count));
        count.Should().BeGreaterThanOrEqualTo(5);
        taken.Should().BeLessThanOrEqualTo(5 + runner.Window + 1);
    }

    [Fact]
    public async Task An_output_that_throws_stops_the_batch_and_the_error_comes_back()
    {
        var runner = new BatchRunner(Aligner, parallelism: 2);
        int taken = 0;
        IEnumerable<BatchPair> Pairs()
        {
            for (int i = 0; i < 1000; i++)
            {
                taken++;
                yield return Inline(i);
            }
        }

        var run = () => runner.RunAsync(Pairs(), r => throw new IOException("Broken pipe"));

        await run.Should().ThrowAsync<IOException>().WithMessage("Broken pipe");
        taken.Should().BeLessThanOrEqualTo(runner.Window + 1);
    }

    [Fact]
    public void Inline_texts_align_like_the_same_texts_read_from_files()
    {
        var runner = new BatchRunner(Aligner, parallelism: 1);
        var fromFiles = runner.Run(0, new BatchPair("files", TestFiles.English2021, TestFiles.Spanish2021));
        var inline = runner.Run(1, new BatchPair("inline", null, null)
        {
            SourceText = File.ReadAllText(TestFiles.English2021),
            TargetText = File.ReadAllText(TestFiles.Spanish2021),
        });

        inline.Error.Should().BeNull();
        inline.Result!.Beads.Count.Should().Be(fromFiles.Result!.Beads.Count);
        inline.Findings.Should().Be(fromFiles.Findings);
    }

    // Small real pairs keep the runner tests fast; a pair differs from the next by its numbers.
    private static BatchPair Inline(int i) => new($"p{i}", null, null)
    {
        SourceText = $"The government prosecuted {i + 10} traffickers in 2021. It identified {i + 300} victims and referred them to shelters.",
        TargetText = $"El gobierno procesó a {i + 10} tratantes en 2021. Identificó a {i + 300} víctimas y las remitió a albergues.",
    };
}
