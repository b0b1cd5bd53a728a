namespace Alignment.Tests;

/// <summary>Paths of the repository's seed documents and test data, found from the test binaries.</summary>
internal static class TestFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Alignment.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Alignment.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepositoryRoot => Root.Value;

    /// <summary>Spanish 2021, OCR'd from PDF.</summary>
    public static string Spanish2021 => Seed("000_a12f891843fbc0bc.txt");

    /// <summary>Spanish 2019.</summary>
    public static string Spanish2019 => Seed("001_c803b386e02e5f82.txt");

    /// <summary>English 2021, the original of <see cref="Spanish2021"/>.</summary>
    public static string English2021 => Seed("002_cdbada1f67068dd0.txt");

    /// <summary>Spanish 2013, older layout.</summary>
    public static string Spanish2013 => Seed("003_81311d7e8b204b27.txt");

    /// <summary>English NGO report with numbered headings.</summary>
    public static string EnglishNgo => Seed("004_3c32a31934e4dcfe.txt");

    public static string Seed(string name) => Path.Combine(RepositoryRoot, "seeds", name);

    public static string Data(string name) => Path.Combine(RepositoryRoot, "tests", "Alignment.Tests", "Data", name);

    /// <summary>The shared benchmark folder beside the repository (present in CI), or null.</summary>
    public static string? SharedBench
    {
        get
        {
            string path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "bench"));
            return Directory.Exists(path) ? path : null;
        }
    }
}
