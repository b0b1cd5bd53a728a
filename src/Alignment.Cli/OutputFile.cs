using Alignment;
using Alignment.Loading;

namespace Alignment.Cli;

/// <summary>
/// A file a command writes its result to (<c>-o FILE</c>): never one of the command's inputs (compared as resolved
/// full paths, symbolic links followed), and never left half-written: the result goes to a temporary file in the
/// same folder, renamed over the destination only once complete, and removed if writing fails.
/// A device (<c>/dev/stdout</c>, <c>/dev/null</c>) is written to directly, since it cannot be replaced.
/// </summary>
internal static class OutputFile
{
    private const int MaxLinkHops = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Throws <see cref="ReportFormatException"/> (exit 2) when <paramref name="output"/> is the same file as one of <paramref name="inputs"/>.</summary>
    public static void EnsureNotAnInput(string output, IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(inputs);
        string target = ResolvedPath(output);
        foreach (string input in inputs)
        {
            if (ReportInputs.IsFile(input) && string.Equals(ResolvedPath(input), target, PathComparison))
            {
                throw new ReportFormatException(Messages.OutputIsInput(), output);
            }
        }
    }

    /// <summary>Writes <paramref name="path"/> through a temporary file renamed at the end; failures throw <see cref="ReportFormatException"/> naming the path.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        string full = Path.GetFullPath(path);
        if (IsDeviceFolder(full))
        {
            // /dev/stdout resolves to /proc/self/fd/1 and then to "pipe:[...]": write to the name as given.
            WriteDirectly(path, full, write);
            return;
        }

        string destination = ResolvedPath(path);
        if (Directory.Exists(destination))
        {
            throw new ReportFormatException(Messages.IsDirectory(), path);
        }

        if (IsDeviceFolder(destination))
        {
            WriteDirectly(path, destination, write);
            return;
        }

        string temporary = TemporaryFor(destination);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            Replace(destination, temporary);
        }
        catch (Exception e) when (FileSystemErrors.IsFileSystemError(e))
        {
            TryDelete(temporary);
            throw new ReportFormatException(Describe(e), path);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>
    /// A new temporary file name beside <paramref name="destination"/> (same folder, so the final rename is atomic):
    /// <c>.NAME.RANDOM.tmp</c>, with NAME cut (at a character) so the whole stays within the 255 bytes a file name may
    /// have; a legal 255-byte output name must not make an illegal temporary one.
    /// </summary>
    public static string TemporaryFor(string destination)
    {
        string name = Path.GetFileName(destination);
        string suffix = $".{Guid.NewGuid():N}"[..13] + ".tmp";
        int room = MaxFileNameBytes - 1 - System.Text.Encoding.UTF8.GetByteCount(suffix);
        while (System.Text.Encoding.UTF8.GetByteCount(name) > room)
        {
            name = name[..(char.IsLowSurrogate(name[^1]) && name.Length > 1 ? name.Length - 2 : name.Length - 1)];
        }

        return Path.Combine(Path.GetDirectoryName(destination) ?? ".", $".{name}{suffix}");
    }

    /// <summary>The longest file name (one path component) in bytes on Linux and macOS file systems (NAME_MAX).</summary>
    private const int MaxFileNameBytes = 255;

    /// <summary>Renames the finished <paramref name="temporary"/> over <paramref name="destination"/>, which keeps its permissions.</summary>
    public static void Replace(string destination, string temporary)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(destination))
        {
            // The replaced file keeps its permissions (a 0600 report stays private).
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(destination));
        }

        File.Move(temporary, destination, overwrite: true);
    }

    /// <summary>
    /// <paramref name="path"/> as an absolute path with every symbolic link in it followed, so two names of one file
    /// compare equal (hard links are not detected).
    /// </summary>
    public static string ResolvedPath(string path)
    {
        string current = Path.GetFullPath(path);
        for (int hops = 0; hops < MaxLinkHops; hops++)
        {
            string? next = FollowFirstLink(current);
            if (next is null)
            {
                return current;
            }

            current = next;
        }

        return current;
    }

    // The path with its first symbolic link (from the root down) replaced by the link's target, or null when it has none.
    private static string? FollowFirstLink(string fullPath)
    {
        string root = Path.GetPathRoot(fullPath) ?? "/";
        string[] parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        string current = root;
        for (int k = 0; k < parts.Length; k++)
        {
            string next = Path.Combine(current, parts[k]);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception e) when (FileSystemErrors.IsFileSystemError(e))
            {
                return null;
            }

            if (target is not null)
            {
                string resolved = Path.GetFullPath(target, current);
                return Path.GetFullPath(Path.Combine([resolved, .. parts[(k + 1)..]]));
            }

            current = next;
        }

        return null;
    }

    // Devices cannot be renamed over; on Unix they live in /dev (and /proc/self/fd). .NET cannot tell a FIFO
    // elsewhere from a regular file, so one is replaced like a file.
    private static bool IsDeviceFolder(string path) =>
        !OperatingSystem.IsWindows() && (path.StartsWith("/dev/", StringComparison.Ordinal) || path.StartsWith("/proc/", StringComparison.Ordinal));

    private static void WriteDirectly(string path, string destination, Action<Stream> write)
    {
        try
        {
            using var stream = new FileStream(destination, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            write(stream);
        }
        catch (Exception e) when (FileSystemErrors.IsFileSystemError(e))
        {
            throw new ReportFormatException(Describe(e), path);
        }
    }

    /// <summary>A file-system failure on the output in our words (without .NET's text).</summary>
    internal static Diagnostic Describe(Exception e) => e switch
    {
        UnauthorizedAccessException => Messages.PermissionDenied(),
        DirectoryNotFoundException => Messages.OutputFolderMissing(),
        IOException io => Messages.OutputUnwritable(FileSystemErrors.Reason(io)),
        _ => Messages.OutputUnwritable("not a writable path"),
    };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (FileSystemErrors.IsFileSystemError(e))
        {
            // The temporary file stays; its name starts with a dot and ends .tmp, so it is recognisably ours.
        }
    }
}
