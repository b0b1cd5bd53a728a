namespace Alignment.Tests.Aligning;

public class BitextAlignerTests
{
    private static readonly Lazy<BitextResult> SeedPair = new(() =>
        new BitextAligner().Align(ReportDocument.LoadOrThrow(TestFiles.English2021), ReportDocument.LoadOrThrow(TestFiles.Spanish2021)));

    [Fact]
    public void Every_sentence_of_both_documents_is_in_exactly_one_bead_in_order()
    {
        var result = SeedPair.Value;

        result.Beads.SelectMany(b => b.Source).Select(s => s.Index).Should().Equal(result.Source.Sentences.Select(s => s.Index));
        result.Beads.SelectMany(b => b.Target).Select(s => s.Index).Should().Equal(result.Target.Sentences.Select(s => s.Index));
        result.Beads.Select(b => b.Index).Should().Equal(Enumerable.Range(0, result.Beads.Count));
    }

    [Fact]
    public void Every_bead_has_a_confidence_between_0_and_1()
    {
        SeedPair.Value.Beads.Should().OnlyContain(b => b.Confidence >= 0 && b.Confidence <= 1);
    }

    [Fact]
    public void Aligns_the_seed_pair_mostly_one_to_one()
    {
        var result = SeedPair.Value;

        result.Beads.Count(b => b.Type == BeadType.OneToOne).Should().BeGreaterThan(result.Beads.Count * 3 / 4);
    }

    [Fact]
    public void Two_Spanish_documents_get_a_same_language_warning()
    {
        var result = new BitextAligner().Align(ReportDocument.LoadOrThrow(TestFiles.Spanish2019), ReportDocument.LoadOrThrow(TestFiles.Spanish2021));

        result.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.SameLanguage);
    }

    [Fact]
    public void Unrelated_documents_are_flagged_as_mostly_unaligned()
    {
        var result = new BitextAligner().Align(ReportDocument.LoadOrThrow(TestFiles.EnglishNgo), ReportDocument.LoadOrThrow(TestFiles.Spanish2021));

        result.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.MostlyUnaligned);
    }

    [Fact]
    public void A_pair_with_no_sentence_paired_at_all_is_flagged_as_mostly_unaligned()
    {
        // One run-on line of English words (no sentence end) against 300 short Spanish sentences: every bead is 1-0 or 0-1,
        // which gave no warning at all, while a pair with a few forced pairings did.
        var random = new Random(7);
        string[] english = "the government of the region reported that victims were identified by police officers in the capital".Split(' ');
        string[] spanish = "el gobierno de la región informó que las víctimas fueron identificadas por la policía en la capital".Split(' ');
        string source = string.Join(" ", Enumerable.Range(0, 20_000).Select(_ => english[random.Next(english.Length)]));
        string target = string.Join("\n", Enumerable.Range(0, 300).Select(_ => "Dijo " + string.Join(" ", Enumerable.Range(0, 10).Select(_ => spanish[random.Next(spanish.Length)])) + "."));

        var result = new BitextAligner().Align(ReportDocument.FromText(source, "run-on.txt", Language.English).GetDocumentOrThrow(),
            ReportDocument.FromText(target, "many.txt", Language.Spanish).GetDocumentOrThrow());

        result.Beads.Should().OnlyContain(b => b.Source.Count == 0 || b.Target.Count == 0);
        result.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.MostlyUnaligned);
    }

    [Fact]
    public void One_aligner_used_from_eight_threads_gives_the_sequential_result()
    {
        var aligner = new BitextAligner();
        var source = ReportDocument.LoadOrThrow(TestFiles.English2021);
        var target = ReportDocument.LoadOrThrow(TestFiles.Spanish2021);
        string expected = Describe(aligner.Align(source, target));

        var results = new string[8];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k => results[k] = Describe(aligner.Align(source, target)));

        results.Should().AllBe(expected);
    }

    [Fact]
    public void Without_headings_the_whole_documents_are_aligned_and_the_fallback_is_reported()
    {
        // The English report with its title and headings removed: nothing to pair sections by.
        var lines = File.ReadAllLines(TestFiles.English2021)
            .Where(l => l.Length == 0 || (l != l.ToUpperInvariant() && !l.StartsWith("Peru (Tier", StringComparison.Ordinal)));
        var english = ReportDocument.FromText(string.Join("\n", lines), "no-headings.txt").GetDocumentOrThrow();

        var result = new BitextAligner().Align(english, ReportDocument.LoadOrThrow(TestFiles.Spanish2021));

        result.UsedWholeDocumentFallback.Should().BeTrue();
        result.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.WholeDocumentFallback);
        result.Findings.Where(f => f.Severity == FindingSeverity.Error).Should().ContainSingle()
            .Which.Message.Should().Be("English says 1.5 million soles, Spanish says 15.5 million soles");
    }

    private static string Describe(BitextResult result) =>
        string.Join(';', result.Beads.Select(b => $"{b.Type}:{b.Source.FirstOrDefault()?.Start}:{b.Target.FirstOrDefault()?.Start}:{b.Confidence}"))
        + "|" + string.Join(';', result.Findings.Select(f => f.Message));
}
