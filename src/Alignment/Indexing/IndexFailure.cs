using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Alignment.Indexing;

/// <summary>Which exceptions mean a damaged or foreign index, and their one-line reason for the message.</summary>
internal static class IndexFailure
{
    /// <summary>
    /// Whether an exception comes from reading index files that are not what Lucene wrote: damaged bytes
    /// surface as format errors, but also as range and cast errors deep in the codecs.
    /// </summary>
    public static bool Is(Exception e) => e is not (ReportFormatException or ObjectDisposedException
        or ArgumentNullException or NullReferenceException or OutOfMemoryException or LockObtainFailedException
        or BooleanQuery.TooManyClausesException);

    /// <summary>What is wrong with the index, in our words (never Lucene's or .NET's text).</summary>
    public static string Reason(Exception e) => e switch
    {
        Lucene.Net.Index.IndexFormatTooOldException or Lucene.Net.Index.IndexFormatTooNewException => "written by a Lucene version this tool cannot read",
        EndOfStreamException => "a file of it is cut short",
        FileNotFoundException or DirectoryNotFoundException => "a file of it is missing",
        UnauthorizedAccessException => "permission denied",
        Lucene.Net.Index.CorruptIndexException => "its files are damaged",
        IOException io when io.GetType() == typeof(IOException) => Loading.FileSystemErrors.Reason(io),
        _ => "its files are damaged",
    };

    /// <summary>The first line of a message, trimmed.</summary>
    public static string FirstLine(string message)
    {
        int end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }
}
