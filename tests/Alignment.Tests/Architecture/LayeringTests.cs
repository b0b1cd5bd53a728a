namespace Alignment.Tests.Architecture;

/// <summary>The pipeline's stages depend only downstream: Loading → Sections → Sentences → Numbers → Aligning → Comparing → Export / Indexing / Diffing → Batch.</summary>
public sealed class LayeringTests
{
    private static readonly string SourceRoot = Path.Combine(TestFiles.RepositoryRoot, "src", "Alignment");

    [Fact]
    public void Every_stage_of_the_library_uses_only_its_own_and_earlier_stages()
    {
        var sources = Directory.EnumerateFiles(SourceRoot, "*.cs", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(SourceRoot, p).Replace('\\', '/'))
            .Where(p => !p.StartsWith("bin/", StringComparison.Ordinal) && !p.StartsWith("obj/", StringComparison.Ordinal))
            .Select(p => (p, File.ReadAllText(Path.Combine(SourceRoot, p))))
            .ToList();

        var (errors, violations, unplaced) = StageLayering.Check(sources, StageLayering.RuntimeReferences());

        sources.Should().HaveCountGreaterThan(50, "the library's sources were found");
        errors.Select(e => e.ToString()).Should().BeEmpty("every name must bind for the check to see it");
        unplaced.Should().BeEmpty("every file sits in a stage folder or is listed in StageLayering.RootFiles");
        violations.Select(v => v.ToString()).Should().BeEmpty();
    }

    [Fact]
    public void The_check_reports_a_lower_stage_that_uses_a_higher_one()
    {
        var sources = new[]
        {
            ("Loading/Reader.cs", "namespace A; internal static class Reader { public static int Width(Export.Page p) => p.Width; }"),
            ("Export/Page.cs", "namespace A.Export; internal sealed class Page { public int Width => 1; }"),
        };

        var (errors, violations, _) = StageLayering.Check(sources, StageLayering.RuntimeReferences());

        errors.Should().BeEmpty();
        violations.Should().ContainSingle().Which.Should().Be(new LayerViolation("Loading/Reader.cs", 1, "Reader", Stage.Loading, "Page", Stage.Export));
    }

    [Fact]
    public void The_check_accepts_a_higher_stage_that_uses_a_lower_one_and_reports_a_file_outside_the_stages()
    {
        var sources = new[]
        {
            ("Export/Page.cs", "namespace A; internal sealed class Page { public Loading.Line Line = new(); }"),
            ("Loading/Line.cs", "namespace A.Loading; internal sealed class Line { }"),
            ("Helpers.cs", "namespace A; internal static class Helpers { }"),
        };

        var (errors, violations, unplaced) = StageLayering.Check(sources, StageLayering.RuntimeReferences());

        errors.Should().BeEmpty();
        violations.Should().BeEmpty();
        unplaced.Should().Equal("Helpers.cs");
    }
}
