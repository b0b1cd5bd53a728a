using Alignment.Aligning;
using Alignment.Languages;
using Alignment.Sentences;

namespace Alignment.Tests.Aligning;

/// <summary>The merges over sorted keys agree with looking each token's keys up one by one.</summary>
public class SentenceFeaturesTests
{
    [Fact]
    public void Matched_tokens_are_the_tokens_with_a_key_in_the_other_sentence()
    {
        var analyzer = new ReportAnalyzer();
        var english = analyzer.Analyze(ReportDocument.LoadOrThrow(TestFiles.English2021)).Sentences.Select(s => new AlignmentUnit(s.NormalizedText)).ToList();
        var spanish = analyzer.Analyze(ReportDocument.LoadOrThrow(TestFiles.Spanish2021)).Sentences.Select(s => new AlignmentUnit(s.NormalizedText)).ToList();
        var (source, target) = new FeatureExtractor(LanguageProfile.Get("en"), LanguageProfile.Get("es")).Extract(english, spanish);
        int compared = 0, matchedSomewhere = 0;

        for (int i = 0; i < source.Length; i++)
        {
            // The sentences around i's place on the other side: partners and near misses.
            int center = i * target.Length / source.Length;
            for (int j = Math.Max(0, center - 3); j < Math.Min(target.Length, center + 4); j++)
            {
                var bits = new ulong[(source[i].TokenCount + 63) / 64];
                SentenceFeatures.MatchedTokens(source[i], target[j], bits);
                for (int k = 0; k < source[i].TokenCount; k++)
                {
                    bool merged = (bits[k / 64] & (1UL << (k % 64))) != 0;
                    merged.Should().Be(target[j].HasAnyKey(source[i].KeysOf(k)), "token {0} of sentence {1} against sentence {2}", k, i, j);
                    matchedSomewhere += merged ? 1 : 0;
                    compared++;
                }
            }
        }

        compared.Should().BeGreaterThan(10_000);
        matchedSomewhere.Should().BeGreaterThan(compared / 20, "translations share numbers, names and cognates");
    }
}
