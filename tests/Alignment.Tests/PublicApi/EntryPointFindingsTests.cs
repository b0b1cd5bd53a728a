using System.Text;
using Alignment.Tests.Comparing;

namespace Alignment.Tests.PublicApi;

/// <summary>Every door into the aligner (reports, segments, lines) reports the same kinds of finding on the same pair.</summary>
public class EntryPointFindingsTests
{
    private static readonly BitextAligner Aligner = new();

    // The seed pair with two of eight recommendations dropped in the Spanish list sentence: two partial omissions.
    private static (IReadOnlyList<string> English, IReadOnlyList<string> Spanish) Sentences()
    {
        var (english, spanish) = PartialOmissionTests.SeedsWithListSentence(dropInSpanish: [3, 6]);
        var en = Aligner.Analyze(english).Sentences.Select(s => s.Text.Replace('\n', ' ')).ToList();
        var es = Aligner.Analyze(spanish).Sentences.Select(s => s.Text.Replace('\n', ' ')).ToList();
        return (en, es);
    }

    [Fact]
    public void Segments_and_lines_get_the_partial_omissions_a_report_pair_gets()
    {
        var (english, spanish) = Sentences();
        var report = Aligner.Align(
            ReportDocument.FromText(string.Join("\n\n", english), "en.txt", "en").GetDocumentOrThrow(),
            ReportDocument.FromText(string.Join("\n\n", spanish), "es.txt", "es").GetDocumentOrThrow());
        var segments = new SegmentAligner().Align(english.Select(s => new Segment(s)).ToList(), spanish.Select(s => new Segment(s)).ToList(), "en", "es").Result;
        var lines = LinesAligner.Align(Lines(english, "en"), Lines(spanish, "es"), Aligner.Options);

        foreach (var result in new[] { report, segments, lines })
        {
            Summary(result).Should().Contain(FindingKind.PartialOmission + ":" + PartialOmissionTests.EnglishItems[3])
                .And.Contain(FindingKind.PartialOmission + ":" + PartialOmissionTests.EnglishItems[6]);
        }

        Summary(segments).Should().Equal(Summary(lines));
    }

    private static ReportDocument Lines(IReadOnlyList<string> sentences, string language)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", sentences)));
        return LinesAligner.FromStream(stream, language + ".txt", language);
    }

    private static List<string> Summary(BitextResult result) =>
        result.Findings.Select(f => f.Kind + ":" + (f.SourceSpan?.Text ?? "")).ToList();
}
