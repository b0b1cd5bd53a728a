namespace Alignment.Tests;

/// <summary><see cref="LongSort"/> sorts as <see cref="Array.Sort(Array)"/> does, whatever the order and the duplicates.</summary>
public class LongSortTests
{
    public static TheoryData<string, int> Shapes => new()
    {
        { "random", 1 }, { "random", 2 }, { "random", 17 }, { "random", 1_000 }, { "random", 100_000 },
        { "few distinct", 5_000 }, { "sorted", 5_000 }, { "reversed", 5_000 }, { "all equal", 5_000 },
        { "sawtooth", 5_000 }, { "organ pipe", 5_000 }, { "extremes", 1_000 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Sorts_like_array_sort(string shape, int length)
    {
        var random = new Random(length * 31 + shape.Length);
        long[] values = Enumerable.Range(0, length).Select(k => shape switch
        {
            "few distinct" => random.Next(4),
            "sorted" => k,
            "reversed" => length - k,
            "all equal" => 7,
            "sawtooth" => k % 37,
            "organ pipe" => Math.Min(k, length - k),
            "extremes" => random.Next(3) switch { 0 => long.MinValue, 1 => long.MaxValue, _ => 0 },
            _ => random.NextInt64(long.MinValue, long.MaxValue),
        }).ToArray();
        long[] expected = (long[])values.Clone();
        Array.Sort(expected);

        LongSort.Sort(values);

        values.Should().Equal(expected, shape);
    }

    [Fact]
    public void Sorts_only_the_span_it_is_given()
    {
        long[] values = [9, 5, 3, 8, 1, 0];

        LongSort.Sort(values.AsSpan(1, 4));

        values.Should().Equal(9, 1, 3, 5, 8, 0);
    }
}
