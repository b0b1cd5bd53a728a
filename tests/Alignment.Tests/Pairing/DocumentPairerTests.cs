using Alignment.Pairing;
using Xunit.Abstractions;

namespace Alignment.Tests.Pairing;

public class DocumentPairerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_seeds_pair_002_with_000_relate_the_other_years_and_leave_the_NGO_report_unpaired()
    {
        var outcomes = new List<PairingOutcome>();
        await foreach (var outcome in new DocumentPairer().PairAsync([Path.Combine(TestFiles.RepositoryRoot, "seeds")]))
        {
            output.WriteLine(outcome.ToString());
            outcomes.Add(outcome);
        }

        var pair = outcomes.OfType<DocumentPair>().Should().ContainSingle().Subject;
        Path.GetFileName(pair.Source).Should().Be(Path.GetFileName(TestFiles.English2021));
        Path.GetFileName(pair.Target).Should().Be(Path.GetFileName(TestFiles.Spanish2021));
        pair.Evidence.NumberSimilarity.Should().BeGreaterThan(0.9, "the translation keeps the original's figures in order");

        var related = outcomes.OfType<RelatedDocuments>().Select(r => (Name(r.First), Name(r.Second), r.Relation)).ToList();
        related.Should().Contain([("000", "001", DocumentRelation.OtherEdition), ("000", "003", DocumentRelation.OtherEdition),
            ("002", "001", DocumentRelation.OtherEditionTranslated), ("002", "003", DocumentRelation.OtherEditionTranslated)]);
        related.Should().NotContain(r => r.Item1 == "004" || r.Item2 == "004", "an NGO report on the same matter is no edition of the narrative");

        var unpaired = outcomes.OfType<UnpairedDocument>().ToDictionary(u => Name(u.Path));
        unpaired.Keys.Should().BeEquivalentTo(["001", "003", "004"]);
        unpaired.Values.Should().OnlyContain(u => u.Reason == UnpairedReason.NoCandidate);
    }

    private static string Name(string path) => Path.GetFileName(path)[..3];
}
