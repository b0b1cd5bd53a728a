namespace Alignment;

/// <summary>
/// Sorts spans of <see cref="long"/> ascending: introsort (quicksort on a median of three, insertion sort for short runs,
/// heapsort past a depth of 2 log2 n), the algorithm of <c>MemoryExtensions.Sort</c>, with the comparison written out.
/// </summary>
/// <remarks>
/// Why not <c>span.Sort()</c>: compiled ahead of time (the native tool), it falls back on the comparer-based sort and
/// calls <c>Comparer&lt;long&gt;.Default</c> for every comparison; the key pairs of the feature tables and the shingles
/// of the same-document check spent 5 % of a batch pair there (perf, native tool, 200 seed pairs). The JIT build sorts
/// as fast either way.
/// </remarks>
internal static class LongSort
{
    // Runs this short are insertion-sorted (as MemoryExtensions.Sort does: IntrosortSizeThreshold).
    private const int InsertionSortLength = 16;

    /// <summary>Sorts <paramref name="values"/> in place, ascending.</summary>
    public static void Sort(Span<long> values)
    {
        if (values.Length > 1)
        {
            IntroSort(values, 2 * (int.Log2(values.Length) + 1));
        }
    }

    private static void IntroSort(Span<long> values, int depthLimit)
    {
        while (values.Length > InsertionSortLength)
        {
            if (depthLimit-- == 0)
            {
                HeapSort(values);
                return;
            }

            int pivot = Partition(values);
            IntroSort(values[(pivot + 1)..], depthLimit);
            values = values[..pivot];
        }

        InsertionSort(values);
    }

    // Median of the first, middle and last as pivot, moved next to the end; returns the pivot's final index.
    private static int Partition(Span<long> values)
    {
        int hi = values.Length - 1, middle = hi >> 1;
        SwapIfGreater(values, 0, middle);
        SwapIfGreater(values, 0, hi);
        SwapIfGreater(values, middle, hi);
        long pivot = values[middle];
        (values[middle], values[hi - 1]) = (values[hi - 1], values[middle]);
        int left = 0, right = hi - 1;
        while (left < right)
        {
            while (values[++left] < pivot)
            {
            }

            while (pivot < values[--right])
            {
            }

            if (left >= right)
            {
                break;
            }

            (values[left], values[right]) = (values[right], values[left]);
        }

        if (left != hi - 1)
        {
            (values[left], values[hi - 1]) = (values[hi - 1], values[left]);
        }

        return left;
    }

    private static void SwapIfGreater(Span<long> values, int i, int j)
    {
        if (values[i] > values[j])
        {
            (values[i], values[j]) = (values[j], values[i]);
        }
    }

    private static void InsertionSort(Span<long> values)
    {
        for (int i = 1; i < values.Length; i++)
        {
            long value = values[i];
            int j = i - 1;
            while (j >= 0 && values[j] > value)
            {
                values[j + 1] = values[j];
                j--;
            }

            values[j + 1] = value;
        }
    }

    private static void HeapSort(Span<long> values)
    {
        int n = values.Length;
        for (int i = (n >> 1) - 1; i >= 0; i--)
        {
            SiftDown(values, i, n);
        }

        for (int end = n - 1; end > 0; end--)
        {
            (values[0], values[end]) = (values[end], values[0]);
            SiftDown(values, 0, end);
        }
    }

    private static void SiftDown(Span<long> values, int root, int length)
    {
        long value = values[root];
        while (true)
        {
            int child = (2 * root) + 1;
            if (child >= length)
            {
                break;
            }

            if (child + 1 < length && values[child + 1] > values[child])
            {
                child++;
            }

            if (values[child] <= value)
            {
                break;
            }

            values[root] = values[child];
            root = child;
        }

        values[root] = value;
    }
}
