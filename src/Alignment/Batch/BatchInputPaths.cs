namespace Alignment.Batch;

/// <summary>
/// Decides which files a batch may read. Manifests are trusted input: without a root, a row may name any file the user
/// can read. With a root, every path must resolve, symbolic links followed, to a place inside the root, or its row
/// fails. A row that names the batch's own output file fails too, so the output never replaces an input. Immutable and
/// thread-safe.
/// </summary>
internal sealed class BatchInputPaths
{
    // Linux's own limit on links followed while resolving one path (MAXSYMLINKS); a loop of links stops here.
    private const int MaxLinksFollowed = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private readonly string? _output;

    /// <param name="root">The folder every input must lie in, or <see langword="null"/> for no restriction.</param>
    /// <param name="output">The batch's output file, or <see langword="null"/> when results go to standard output.</param>
    public BatchInputPaths(string? root, string? output)
    {
        Root = root is null ? null : Resolve(root);
        _output = output is null ? null : Resolve(output);
    }

    /// <summary>The root, fully resolved (links followed), or <see langword="null"/>.</summary>
    public string? Root { get; }

    /// <summary>
    /// The path to read for <paramref name="path"/> (links resolved, so what was checked is what is read), or the
    /// one-line reason the row may not read it.
    /// </summary>
    public (string? Path, Diagnostic? Error) Check(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string resolved = Resolve(path);
        if (Root is not null && !IsInside(resolved, Root))
        {
            return (null, Named(path, Messages.OutsideRoot(Root)));
        }

        if (_output is not null && SamePath(resolved, _output))
        {
            return (null, Named(path, Messages.InputIsOutput()));
        }

        return (Root is null ? path : resolved, null);
    }

    // "PATH: message": the row's error names the path it refused.
    private static Diagnostic Named(string path, Diagnostic diagnostic) => diagnostic with { Message = $"{path}: {diagnostic.Message}" };

    /// <summary>Whether two paths name the same file once both are resolved (links followed).</summary>
    public static bool SameFile(string first, string second) => SamePath(Resolve(first), Resolve(second));

    /// <summary>
    /// The absolute path with every symbolic link on the way resolved, like POSIX <c>realpath</c>; parts that do not
    /// exist are kept as written. <c>..</c> is applied after the link before it is resolved, as the kernel does.
    /// </summary>
    public static string Resolve(string path)
    {
        // Not Path.GetFullPath: it applies ".." before the links are known, where the kernel applies it after.
        string full = Path.IsPathFullyQualified(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path);
        string current = Path.GetPathRoot(full) ?? "/";
        var rest = new Stack<string>(Parts(full[current.Length..]).Reverse());
        int links = 0;
        while (rest.TryPop(out string? part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            string next = Path.Combine(current, part);
            string? target = LinkTarget(next);
            if (target is null || ++links > MaxLinksFollowed)
            {
                current = next;
                continue;
            }

            foreach (string targetPart in Parts(target).Reverse())
            {
                rest.Push(targetPart);
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? current;
            }
        }

        return current;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static bool IsInside(string path, string root) =>
        SamePath(path, root)
        || path.StartsWith(Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar, PathComparison);

    private static bool SamePath(string first, string second) => string.Equals(first, second, PathComparison);
}
