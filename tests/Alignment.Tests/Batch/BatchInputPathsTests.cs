using Alignment.Batch;

namespace Alignment.Tests.Batch;

public class BatchInputPathsTests : IDisposable
{
    private readonly string _dir = BatchInputPaths.Resolve(Directory.CreateTempSubdirectory("bitext-paths-").FullName);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Resolve_follows_links_in_every_part_and_applies_dot_dot_after_the_link()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "real", "deep"));
        File.WriteAllText(Path.Combine(_dir, "real", "deep", "es.txt"), "x");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "link"), Path.Combine("real", "deep"));
        File.CreateSymbolicLink(Path.Combine(_dir, "file-link"), Path.Combine(_dir, "link", "es.txt"));

        BatchInputPaths.Resolve(Path.Combine(_dir, "link", "es.txt")).Should().Be(Path.Combine(_dir, "real", "deep", "es.txt"));
        BatchInputPaths.Resolve(Path.Combine(_dir, "file-link")).Should().Be(Path.Combine(_dir, "real", "deep", "es.txt"));
        BatchInputPaths.Resolve(Path.Combine(_dir, "link", "..", "x.txt")).Should().Be(Path.Combine(_dir, "real", "x.txt"), "the kernel applies .. to the link's target");
        BatchInputPaths.Resolve(Path.Combine(_dir, "missing", "y.txt")).Should().Be(Path.Combine(_dir, "missing", "y.txt"));
    }

    [Fact]
    public void A_loop_of_links_ends()
    {
        File.CreateSymbolicLink(Path.Combine(_dir, "a"), Path.Combine(_dir, "b"));
        File.CreateSymbolicLink(Path.Combine(_dir, "b"), Path.Combine(_dir, "a"));

        BatchInputPaths.Resolve(Path.Combine(_dir, "a")).Should().StartWith(_dir);
    }

    [Fact]
    public void With_a_root_only_paths_resolving_inside_it_are_allowed()
    {
        string root = Directory.CreateDirectory(Path.Combine(_dir, "root")).FullName;
        File.WriteAllText(Path.Combine(root, "in.txt"), "x");
        File.WriteAllText(Path.Combine(_dir, "secret.txt"), "x");
        File.CreateSymbolicLink(Path.Combine(root, "escape.txt"), Path.Combine(_dir, "secret.txt"));
        Directory.CreateDirectory(Path.Combine(_dir, "root-sibling"));
        var paths = new BatchInputPaths(root, output: null);

        paths.Check(Path.Combine(root, "in.txt")).Should().Be((Path.Combine(root, "in.txt"), (Diagnostic?)null));
        paths.Check(Path.Combine(root, "escape.txt")).Error!.Message.Should().EndWith(Messages.OutsideRoot(root).Message);
        paths.Check(Path.Combine(root, "escape.txt")).Error!.Code.Should().Be(DiagnosticCodes.OutsideRoot);
        paths.Check(Path.Combine(root, "..", "secret.txt")).Error.Should().NotBeNull();
        paths.Check(Path.Combine(_dir, "root-sibling", "x.txt")).Error.Should().NotBeNull("root-sibling starts with the root's name but is not inside it");
        paths.Check("/etc/passwd").Error.Should().NotBeNull();
        new BatchInputPaths(null, null).Check("/etc/passwd").Should().Be(("/etc/passwd", (Diagnostic?)null), "without a root, manifests are trusted");
    }

    [Fact]
    public void The_output_file_is_no_input_whatever_its_spelling()
    {
        var paths = new BatchInputPaths(null, Path.Combine(_dir, "out.jsonl"));

        paths.Check(Path.Combine(_dir, ".", "sub", "..", "out.jsonl")).Error!.Message.Should().EndWith(Messages.InputIsOutput().Message);
        paths.Check(Path.Combine(_dir, ".", "sub", "..", "out.jsonl")).Error!.Code.Should().Be(DiagnosticCodes.InputIsOutput);
        paths.Check(Path.Combine(_dir, "in.txt")).Error.Should().BeNull();
    }
}
