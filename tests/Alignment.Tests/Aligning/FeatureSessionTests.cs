using Alignment.Aligning;
using Alignment.Languages;

namespace Alignment.Tests.Aligning;

/// <summary>The per-call tables of feature extraction (<see cref="FeatureExtractor.Session"/>) are reused, never shared.</summary>
public class FeatureSessionTests
{
    private static readonly List<AlignmentUnit> English =
        [new("The government allocated 2.35 million soles to the national plan."), new("Police identified 640 victims in 2020.")];

    private static readonly List<AlignmentUnit> Spanish =
        [new("El Gobierno asigno 2.35 millones de soles al Plan Nacional."), new("La policia identifico a 640 victimas en 2020.")];

    [Fact]
    public void A_returned_session_comes_back_empty_and_extracts_what_a_new_one_does()
    {
        var extractor = new FeatureExtractor(LanguageProfile.Get("en"), LanguageProfile.Get("es"), parallel: false);
        var fresh = extractor.Extract(English, Spanish, new FeatureExtractor.Session());

        var used = extractor.RentSession();
        extractor.Extract(Spanish.Concat(English).ToList(), English, used);
        used.Keys.Should().NotBeEmpty();
        extractor.ReturnSession(used);
        var again = extractor.RentSession();

        again.Should().BeSameAs(used, "a returned session is kept for the next call");
        again.Keys.Should().BeEmpty();
        again.SourceNumbers.Should().BeEmpty();
        again.TermIds.Should().BeEmpty();
        var reused = extractor.Extract(English, Spanish, again);
        Describe(reused.Source).Should().Equal(Describe(fresh.Source));
        Describe(reused.Target).Should().Equal(Describe(fresh.Target));
        extractor.RentSession().Should().NotBeSameAs(again, "a session is never handed out twice");
    }

    [Fact]
    public void A_session_grown_past_its_limit_is_not_kept()
    {
        var extractor = new FeatureExtractor(null, null);
        var big = extractor.RentSession();
        for (int k = 0; k <= 100_000; k++)
        {
            big.Keys[$"w:{k}"] = k;
        }

        extractor.ReturnSession(big);

        extractor.RentSession().Should().NotBeSameAs(big);
    }

    [Fact]
    public void Term_weights_with_a_used_table_are_those_with_a_new_one()
    {
        int[] tokenStart = [0, 3, 5, 8];
        string[] terms = ["polic", "victim", "2020", "polic", "plan", "plan", "nacional", "victim"];
        var table = new Dictionary<string, int>(StringComparer.Ordinal) { ["stale"] = 7, ["polic"] = 3 };

        var reused = FeatureTable.TermWeights.Of(tokenStart, terms, table);
        var fresh = FeatureTable.TermWeights.Of(tokenStart, terms);

        reused.Weights.Should().Equal(fresh.Weights);
        reused.Totals.Should().Equal(fresh.Totals);
        table.Should().NotContainKey("stale");
        // "nacional" is in one sentence of three, "plan" and "polic" in two: ln(1 + 3/1) against ln(1 + 3/2).
        fresh.Weights[6].Should().BeApproximately((float)Math.Log(4.0), 1e-6f);
        fresh.Weights[4].Should().BeApproximately((float)Math.Log(2.5), 1e-6f);
        fresh.Weights[0].Should().BeApproximately((float)Math.Log(2.5), 1e-6f);
    }

    // Each sentence's distinct keys and token weights: what the aligner reads of it.
    private static List<string> Describe(SentenceFeatures[] sentences) =>
        sentences.Select(s => string.Join(",", s.DistinctKeys.ToArray()) + "|" + string.Join(",", Enumerable.Range(0, s.TokenCount).Select(s.Weight))).ToList();
}
