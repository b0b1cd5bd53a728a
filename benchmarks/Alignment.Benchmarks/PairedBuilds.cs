using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace Alignment.Benchmarks;

/// <summary>
/// Two builds of the library compared in one process, their calls interleaved: each build is loaded into an
/// <see cref="AssemblyLoadContext"/> of its own and aligns the seed pair (×copies) in turn, A then B, then B then A, so
/// both see the same machine at the same moment. On a VM whose speed drifts from minute to minute, this is what shows a
/// change of a few percent: two BenchmarkDotNet runs minutes apart can differ by more. Prints each build's median and the
/// median of the per-call differences (B − A). Run by <c>benchmarks/paired.sh</c>, which builds the two folders.
/// </summary>
internal static class PairedBuilds
{
    /// <summary>Compares the builds in <paramref name="folderA"/> and <paramref name="folderB"/> (each holding an Alignment.dll).</summary>
    public static void Run(string folderA, string folderB, int calls, int copies, bool oneThread)
    {
        string english = Repeat(File.ReadAllText(SeedFiles.English2021), copies);
        string spanish = Repeat(File.ReadAllText(SeedFiles.Spanish2021), copies);
        var a = Load(folderA, english, spanish, oneThread);
        var b = Load(folderB, english, spanish, oneThread);

        // Warm-up: tiered compilation of both builds settles.
        for (int k = 0; k < Math.Max(20, calls / 5); k++)
        {
            a();
            b();
        }

        var timesA = new double[calls];
        var timesB = new double[calls];
        for (int k = 0; k < calls; k++)
        {
            if (k % 2 == 0)
            {
                timesA[k] = Time(a);
                timesB[k] = Time(b);
            }
            else
            {
                timesB[k] = Time(b);
                timesA[k] = Time(a);
            }
        }

        var differences = timesB.Zip(timesA, (y, x) => y - x).Order().ToArray();
        double medianA = Median(timesA), medianB = Median(timesB), difference = differences[calls / 2];
        Console.WriteLine($"seed pair x{copies}, {calls} calls each, {(oneThread ? "one thread" : "parallel within the pair")}");
        Console.WriteLine($"A {folderA}: median {medianA:F2} ms");
        Console.WriteLine($"B {folderB}: median {medianB:F2} ms");
        Console.WriteLine($"B - A, median of the paired differences: {difference:+0.00;-0.00} ms ({100 * difference / medianA:+0.0;-0.0} %)");
    }

    private static string Repeat(string text, int copies) => string.Join("\n\n", Enumerable.Repeat(text, copies));

    private static double Time(Action align)
    {
        long start = Stopwatch.GetTimestamp();
        align();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    // The build's BitextAligner.Align on the two documents, through reflection (the build's types are not this one's).
    private static Action Load(string folder, string english, string spanish, bool oneThread)
    {
        var assembly = new BuildContext(folder).LoadFromAssemblyPath(Path.GetFullPath(Path.Combine(folder, "Alignment.dll")));
        var documentType = assembly.GetType("Alignment.ReportDocument", throwOnError: true)!;
        var fromText = documentType.GetMethods().Single(m => m.Name == "FromText" && m.GetParameters() is [{ ParameterType: var p }, _, _] && p == typeof(string));
        // The language: a code in builds before the Language type, the build's own Language after it.
        var languageType = fromText.GetParameters()[2].ParameterType;
        object Language(string code) => languageType == typeof(string)
            ? code
            : assembly.GetType("Alignment.Language", throwOnError: true)!.GetMethod("Parse")!.Invoke(null, [code])!;
        object Document(string text, string name, string language)
        {
            object loaded = fromText.Invoke(null, [text, name, Language(language)])!;
            return loaded.GetType().GetMethod("GetDocumentOrThrow")!.Invoke(loaded, null)!;
        }

        object source = Document(english, "en.txt", "en"), target = Document(spanish, "es.txt", "es");
        var alignerType = assembly.GetType("Alignment.BitextAligner", throwOnError: true)!;
        object aligner = alignerType.GetConstructors().Single().Invoke([null]);
        if (oneThread)
        {
            alignerType.GetProperty("ParallelWithinPair", BindingFlags.NonPublic | BindingFlags.Instance)!.SetValue(aligner, false);
        }

        var align = alignerType.GetMethod("Align", [documentType, documentType])!;
        return () => align.Invoke(aligner, [source, target]);
    }

    // Loads a build's assemblies from its folder; what the folder lacks comes from this process.
    private sealed class BuildContext(string folder) : AssemblyLoadContext(isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            string path = Path.GetFullPath(Path.Combine(folder, name.Name + ".dll"));
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
