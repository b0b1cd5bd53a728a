namespace Alignment.Indexing;

/// <summary>
/// A cross-process write lock on an index directory: a file held open with <see cref="FileShare.None"/>,
/// which the operating system releases when the holder exits, even after a crash.
/// </summary>
/// <remarks>
/// Lucene.Net 4.8.0-beta00017's <c>NativeFSLockFactory</c> does not keep a second process out on Linux (two
/// writers both obtained <c>write.lock</c> and corrupted the segment they both wrote), so additions take this
/// gate first; Lucene's own lock still guards writers within one process.
/// </remarks>
internal sealed class WriterGate : IDisposable
{
    public const string FileName = "bitext-writer.lock";

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _stream;

    private WriterGate(FileStream stream) => _stream = stream;

    /// <summary>Takes the gate, retrying until <paramref name="timeout"/>; <see langword="null"/> when another writer still holds it.</summary>
    public static WriterGate? TryAcquire(string directory, TimeSpan timeout)
    {
        string path = Path.Combine(directory, FileName);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new WriterGate(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(Poll);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
