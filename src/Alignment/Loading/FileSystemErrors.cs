namespace Alignment.Loading;

/// <summary>
/// Turns the exceptions of the file system into our one-line messages ("file not found", "permission denied"),
/// so no .NET text ("Could not find a part of the path", "Access to the path is denied") reaches a user.
/// </summary>
internal static class FileSystemErrors
{
    /// <summary>Whether <paramref name="e"/> is what the file system throws for a path it cannot open or read.</summary>
    public static bool IsFileSystemError(Exception e) =>
        e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException;

    /// <summary>The diagnostic for a file that could not be opened or read.</summary>
    public static Diagnostic Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException or ArgumentException => Messages.FileNotFound(),
        UnauthorizedAccessException or System.Security.SecurityException => Messages.PermissionDenied(),
        PathTooLongException => Messages.FileUnreadable("path is too long"),
        IOException io => Messages.FileUnreadable(Reason(io)),
        _ => Messages.FileUnreadable("not a readable file"),
    };

    /// <summary>
    /// The operating system's reason for an I/O error without the path .NET appends to it
    /// (<c>Input/output error : '/mnt/x'</c> becomes <c>Input/output error</c>); the caller names the path.
    /// </summary>
    public static string Reason(IOException e)
    {
        string message = e.Message;
        int end = message.IndexOfAny(['\r', '\n']);
        if (end >= 0)
        {
            message = message[..end];
        }

        int path = message.IndexOf(" : '", StringComparison.Ordinal);
        if (path >= 0)
        {
            message = message[..path];
        }

        return message.Length is 0 or > 120 ? "I/O error" : message.TrimEnd('.');
    }
}
