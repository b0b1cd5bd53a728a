using System.Text.Json;
using Alignment.Cli;

namespace Alignment.Tests.Pairing;

public class PairCommandTests
{
    [Fact]
    public void Pair_writes_a_manifest_that_batch_aligns_and_skips_the_related_and_unpaired_lines()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"bitext-pair-cli-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            string manifest = Path.Combine(folder, "pairs.jsonl");
            var (stdout, stderr) = (new StringWriter(), new StringWriter());
            int exit = BitextCommand.Run(["pair", Path.Combine(TestFiles.RepositoryRoot, "seeds"), "-o", manifest], stdout, stderr);
            exit.Should().Be(0, stderr.ToString());
            stderr.ToString().Should().Contain("1 pair, 5 related pairs, 3 documents without a partner");

            var lines = File.ReadAllLines(manifest).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            var pair = lines.Should().ContainSingle(l => l.GetProperty("kind").GetString() == "pair").Subject;
            Path.GetFileName(pair.GetProperty("source").GetString()).Should().StartWith("002_");
            Path.GetFileName(pair.GetProperty("target").GetString()).Should().StartWith("000_");
            pair.GetProperty("evidence").GetProperty("shared_numbers").GetInt32().Should().BeGreaterThan(100);
            lines.Where(l => l.GetProperty("kind").GetString() == "unpaired").Select(l => Path.GetFileName(l.GetProperty("path").GetString()![..^0])[..3])
                .Should().BeEquivalentTo(["001", "003", "004"]);

            // The same file is the manifest of a batch: one pair aligned (exit 1: the seed pair's known 1.5 vs 15.5 million).
            var batchOut = new StringWriter();
            int batchExit = BitextCommand.Run(["batch", manifest], batchOut, new StringWriter());
            batchExit.Should().Be(1);
            batchOut.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Batch_pair_pairs_the_archive_then_aligns_each_pair()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        int exit = BitextCommand.Run(["batch", "--pair", Path.Combine(TestFiles.RepositoryRoot, "seeds")], stdout, stderr);
        exit.Should().Be(1, "the seed pair has its known 1.5 vs 15.5 million soles error; stderr: {0}", stderr);
        stderr.ToString().Should().Contain("1 pair found, 3 documents without a partner");
        var line = JsonDocument.Parse(stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Subject).RootElement;
        line.GetProperty("source").GetProperty("file").GetString().Should().StartWith("002_");
        line.GetProperty("target").GetProperty("file").GetString().Should().StartWith("000_");
    }

    [Fact]
    public void Batch_pair_needs_a_directory()
    {
        var stderr = new StringWriter();
        BitextCommand.Run(["batch", "--pair", TestFiles.English2021], new StringWriter(), stderr).Should().Be(2);
        stderr.ToString().Should().Contain("--pair needs a directory");
    }

    [Fact]
    public void An_output_inside_the_archive_is_refused_and_no_document_is_touched()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"bitext-pair-inside-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            string document = Path.Combine(folder, "a.txt");
            File.Copy(TestFiles.English2021, document);
            var stderr = new StringWriter();
            BitextCommand.Run(["pair", folder, "-o", document], new StringWriter(), stderr).Should().Be(2);
            BitextCommand.Run(["pair", folder, "-o", Path.Combine(folder, "pairs.jsonl")], new StringWriter(), stderr).Should().Be(2);
            stderr.ToString().Should().Contain("the archive being paired");
            File.ReadAllBytes(document).Should().Equal(File.ReadAllBytes(TestFiles.English2021));
            Directory.GetFiles(folder).Should().ContainSingle();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Equal_languages_are_refused_with_exit_2()
    {
        var stderr = new StringWriter();
        BitextCommand.Run(["pair", TestFiles.English2021, "--source-lang", "es", "--target-lang", "es"], new StringWriter(), stderr).Should().Be(2);
        stderr.ToString().Should().Contain("both 'es'");
    }
}
