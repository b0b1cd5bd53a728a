namespace Alignment.Loading;

/// <summary>
/// Reads streams without trusting what they say about their size: a pipe, a FIFO or a decompressing stream is
/// read only up to a byte budget, so a 3 GB decompression bomb or an endless <c>/dev/zero</c> costs at most the
/// budget in time and memory.
/// </summary>
internal static class BoundedReading
{
    private const int ChunkLength = 81920;

    /// <summary>Reads <paramref name="stream"/> to its end, or returns <see langword="null"/> as soon as it has more than <paramref name="maxBytes"/> bytes.</summary>
    public static byte[]? ReadAll(Stream stream, long maxBytes)
    {
        if (FirstBuffer(stream, maxBytes) is not { } buffer)
        {
            return null;
        }

        int length = 0;
        while (true)
        {
            if (length == buffer.Length && !TryGrow(ref buffer, maxBytes))
            {
                return null;
            }

            int read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (length > maxBytes)
            {
                return null;
            }
        }

        return Trimmed(buffer, length);
    }

    /// <summary>As <see cref="ReadAll"/>, reading asynchronously; <paramref name="cancellationToken"/> stops the reading.</summary>
    public static async Task<byte[]?> ReadAllAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        if (FirstBuffer(stream, maxBytes) is not { } buffer)
        {
            return null;
        }

        int length = 0;
        while (true)
        {
            if (length == buffer.Length && !TryGrow(ref buffer, maxBytes))
            {
                return null;
            }

            int read = await stream.ReadAsync(buffer.AsMemory(length, buffer.Length - length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (length > maxBytes)
            {
                return null;
            }
        }

        return Trimmed(buffer, length);
    }

    /// <summary>
    /// Reads and discards <paramref name="stream"/>, stopping after <paramref name="maxBytes"/> + 1 bytes:
    /// returns how many bytes it gave, at most <paramref name="maxBytes"/> + 1 (meaning "more than the budget").
    /// A stream that turns out damaged counts what it gave before the damage.
    /// </summary>
    public static long Drain(Stream stream, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[ChunkLength];
        long total = 0;
        try
        {
            while (total <= maxBytes)
            {
                int read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, maxBytes + 1 - total));
                if (read == 0)
                {
                    break;
                }

                total += read;
            }
        }
        catch (InvalidDataException)
        {
            // Damaged compressed data: what came before the damage is all a reader could get either.
        }

        return total;
    }

    // The buffer to start with: one byte more than a seekable stream has left, so a file that grew (or a pipe) is noticed
    // without a second buffer; null when the stream already says it holds more than maxBytes.
    private static byte[]? FirstBuffer(Stream stream, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        long expected = stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : ChunkLength;
        return expected > maxBytes ? null : new byte[Math.Min(expected + 1, Math.Min(maxBytes + 1, Array.MaxLength))];
    }

    // A full buffer grows (doubling, at least a chunk, at most maxBytes + 1); false when it already holds more than maxBytes.
    private static bool TryGrow(ref byte[] buffer, long maxBytes)
    {
        if (buffer.Length > maxBytes)
        {
            return false;
        }

        long grown = Math.Min(Math.Max(buffer.Length * 2L, ChunkLength), Math.Min(maxBytes + 1, Array.MaxLength));
        Array.Resize(ref buffer, (int)grown);
        return true;
    }

    private static byte[] Trimmed(byte[] buffer, int length)
    {
        if (length != buffer.Length)
        {
            Array.Resize(ref buffer, length);
        }

        return buffer;
    }
}

/// <summary>Thrown by <see cref="LengthLimitedStream"/> when more than its budget is read.</summary>
internal sealed class ReadLimitExceededException(long limit) : IOException($"more than {limit} bytes")
{
    /// <summary>The budget that was exceeded, in bytes.</summary>
    public long Limit { get; } = limit;
}

/// <summary>A read-only view of a stream that throws <see cref="ReadLimitExceededException"/> once more than a budget of bytes is read.</summary>
internal sealed class LengthLimitedStream(Stream inner, long maxBytes) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int read = inner.Read(buffer, offset, count);
        _read += read;
        return _read > maxBytes ? throw new ReadLimitExceededException(maxBytes) : read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
