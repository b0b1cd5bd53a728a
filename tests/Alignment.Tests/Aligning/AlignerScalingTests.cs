using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

/// <summary>Memory of the aligner grows linearly with the input, also when the two sides differ a lot in length.</summary>
public class AlignerScalingTests
{
    [Theory]
    [InlineData(1.0)]
    [InlineData(5.0)]
    public void Allocations_double_when_the_input_doubles(double targetPerSource)
    {
        var aligner = new BlockAligner(null, null, AlignerOptions.Default);
        Allocated(aligner, 100, targetPerSource);

        long small = Allocated(aligner, 300, targetPerSource);
        long large = Allocated(aligner, 600, targetPerSource);

        // Quadratic growth (a band as wide as the length difference) would be about 4×.
        ((double)large / small).Should().BeLessThan(2.6);
    }

    private static long Allocated(BlockAligner aligner, int sourceCount, double targetPerSource)
    {
        var random = new Random(7);
        var source = Sentences(sourceCount, random);
        var target = Sentences((int)(sourceCount * targetPerSource), random);
        long before = GC.GetAllocatedBytesForCurrentThread();
        aligner.Align([(source, target)]);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static List<AlignmentUnit> Sentences(int count, Random random) =>
        Enumerable.Range(0, count)
            .Select(_ => new AlignmentUnit(string.Join(' ', Enumerable.Range(0, 12).Select(_ => "w" + random.Next(2000))) + "."))
            .ToList();
}
