namespace Alignment.Benchmarks;

/// <summary>Finds the repository's seed documents from the benchmark binaries.</summary>
internal static class SeedFiles
{
    public static string English2021 => Seed("002_cdbada1f67068dd0.txt");

    public static string Spanish2021 => Seed("000_a12f891843fbc0bc.txt");

    public static string Seed(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Alignment.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Alignment.sln not found"), "seeds", name);
    }
}
