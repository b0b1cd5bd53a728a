using System.Security.Cryptography;
using System.Text;
using Alignment.Aligning;
using Alignment.Benchmarks;
using Alignment.Evaluation;
using Alignment.Export;

namespace Alignment.Tests.Snapshots;

/// <summary>
/// Speed work and refactoring change no output: the alignment JSON of the seed pair (002 English → 000 Spanish),
/// of the seed pair ×10 (built as the benchmarks build it) and the Text+Berg hypotheses (<c>--format beads</c> of
/// every test document) are compared with the snapshots in Data/snapshots, written by the same library writers the
/// CLI uses (<c>bitext align --format json</c> / <c>--format beads</c>), in process. The seed pair is kept whole for
/// readable diffs; the larger outputs as SHA-256 hashes.
/// </summary>
/// <remarks>
/// To regenerate: <c>UPDATE_SNAPSHOTS=1 dotnet test tests/Alignment.Tests -c Release --filter OutputSnapshotTests</c>.
/// Regenerating is only allowed in an accuracy commit (a change meant to change the alignment), committed on its
/// own and saying so; a speed or refactoring commit that needs it has changed the output and is wrong.
/// </remarks>
public class OutputSnapshotTests
{
    private const string UpdateVariable = "UPDATE_SNAPSHOTS";
    private const string SeedPairFile = "seed-pair.json";
    private const string HashesFile = "hashes.sha256";
    private static readonly object HashesLock = new();
    private static readonly BitextAligner Aligner = new();

    private static string Folder => TestFiles.Data("snapshots");

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    private static string TextBerg => Path.Combine(TestFiles.SharedBench ?? throw new InvalidOperationException("../shared/bench is missing"), "textberg");

    public static TheoryData<string> TextBergDocuments => new(TextBergEvaluation.Test);

    [Fact]
    public void Seed_pair_alignment_json_is_unchanged()
    {
        // As `bitext align --format json 002.txt 000.txt`: loaded from the files, languages detected.
        var result = Aligner.Align(ReportDocument.LoadOrThrow(TestFiles.English2021), ReportDocument.LoadOrThrow(TestFiles.Spanish2021));
        byte[] output = Json(result);
        string path = Path.Combine(Folder, SeedPairFile);
        if (Updating)
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllBytes(path, output);
            return;
        }

        File.Exists(path).Should().BeTrue($"the snapshot {path} exists ({Regenerate})");
        string expected = File.ReadAllText(path);
        string actual = Encoding.UTF8.GetString(output);
        if (actual != expected)
        {
            Assert.Fail($"The alignment JSON of the seed pair changed: {FirstDifference(expected, actual)}. {Regenerate}");
        }
    }

    [Fact]
    public void The_single_threaded_pair_a_batch_worker_runs_writes_the_same_json_as_the_parallel_one()
    {
        // Batch workers align each pair on one thread (N workers, N cores); the output must not depend on it.
        var english = RepeatedReport.Load(TestFiles.English2021, Language.English, 10);
        var spanish = RepeatedReport.Load(TestFiles.Spanish2021, Language.Spanish, 10);
        var sequential = new BitextAligner { ParallelWithinPair = false };

        Json(sequential.Align(english, spanish)).Should().Equal(Json(Aligner.Align(english, spanish)));
    }

    [Fact]
    public void An_aligner_writes_the_same_json_whatever_pairs_it_aligned_before()
    {
        // An aligner remembers the analyses of the words it has seen (for batches); what it aligned before must not show.
        var english = ReportDocument.LoadOrThrow(TestFiles.English2021);
        var spanish = ReportDocument.LoadOrThrow(TestFiles.Spanish2021);
        var used = new BitextAligner();
        used.Align(ReportDocument.LoadOrThrow(TestFiles.EnglishNgo), ReportDocument.LoadOrThrow(TestFiles.Spanish2019));
        used.Align(english, ReportDocument.LoadOrThrow(TestFiles.Spanish2013));

        Json(used.Align(english, spanish)).Should().Equal(Json(new BitextAligner().Align(english, spanish)));
    }

    [Fact]
    public void Seed_pair_x10_alignment_json_is_unchanged()
    {
        var result = Aligner.Align(
            RepeatedReport.Load(TestFiles.English2021, Language.English, 10),
            RepeatedReport.Load(TestFiles.Spanish2021, Language.Spanish, 10));

        CheckHash("seed-pair-x10.json", Json(result), "the alignment JSON of the seed pair ×10");
    }

    [Theory]
    [MemberData(nameof(TextBergDocuments))]
    public void Text_Berg_hypotheses_are_unchanged(string document)
    {
        // As `bitext align --input lines --format beads --source-lang de --target-lang fr testN.de testN.fr`.
        string stem = Path.Combine(TextBerg, document);
        var result = Aligner.AlignLines(LinesAligner.Load(stem + ".de", Language.Parse("de")), LinesAligner.Load(stem + ".fr", Language.Parse("fr")));
        var writer = new StringWriter { NewLine = "\n" };
        BeadListWriter.Write(result, writer);

        CheckHash($"textberg-{document}.beads", Encoding.UTF8.GetBytes(writer.ToString()), $"the Text+Berg beads of {document}");
    }

    private static string Regenerate =>
        $"If the change is meant to change the output (accuracy work only, in its own commit), regenerate with {UpdateVariable}=1 "
        + "dotnet test tests/Alignment.Tests -c Release --filter OutputSnapshotTests; speed work and refactoring must not change it";

    private static byte[] Json(BitextResult result)
    {
        using var stream = new MemoryStream();
        BitextJsonWriter.Write(result, stream, DocumentPathStyle.FileName);
        return stream.ToArray();
    }

    private static void CheckHash(string name, byte[] output, string what)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(output));
        string path = Path.Combine(Folder, HashesFile);
        lock (HashesLock)
        {
            var hashes = ReadHashes(path);
            if (Updating)
            {
                hashes[name] = hash;
                Directory.CreateDirectory(Folder);
                File.WriteAllLines(path, hashes.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => $"{h.Value}  {h.Key}"));
                return;
            }

            hashes.Should().ContainKey(name, $"{path} holds the hash of {what} ({Regenerate})");
            if (hashes[name] != hash)
            {
                Assert.Fail($"{char.ToUpperInvariant(what[0])}{what[1..]} changed (SHA-256 {hash}, snapshot {hashes[name]} in {HashesFile}). {Regenerate}");
            }
        }
    }

    private static Dictionary<string, string> ReadHashes(string path) =>
        File.Exists(path)
            ? File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => l.Split("  ", 2)).ToDictionary(p => p[1], p => p[0])
            : [];

    private static string FirstDifference(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Min(e.Length, a.Length); i++)
        {
            if (e[i] != a[i])
            {
                return $"line {i + 1} was `{e[i].Trim()}`, is now `{a[i].Trim()}`";
            }
        }

        return $"it had {e.Length} lines, now {a.Length}";
    }
}
