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
            ReportDocument.FromText(string.Join("\n\n", english), "en.txt", Language.English).GetDocumentOrThrow(),
            ReportDocument.FromText(string.Join("\n\n", spanish), "es.txt", Language.Spanish).GetDocumentOrThrow());
        var segments = new SegmentAligner().Align(english.Select(s => new Segment(s)).ToList(), spanish.Select(s => new Segment(s)).ToList(), Language.English, Language.Spanish).Result;
        var lines = Aligner.AlignLines(Lines(english, Language.English), Lines(spanish, Language.Spanish));

        foreach (var result in new[] { report, segments, lines })
        {
            Summary(result).Should().Contain(FindingKind.PartialOmission + ":" + PartialOmissionTests.EnglishItems[3])
                .And.Contain(FindingKind.PartialOmission + ":" + PartialOmissionTests.EnglishItems[6]);
        }

        Summary(segments).Should().Equal(Summary(lines));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.7)]
    public void A_truncated_translation_is_found_through_every_door(double kept)
    {
        var english = Aligner.Analyze(ReportDocument.LoadOrThrow(TestFiles.English2021)).Sentences.Select(s => s.Text.Replace('\n', ' ')).ToList();
        var spanish = Aligner.Analyze(ReportDocument.LoadOrThrow(TestFiles.Spanish2021)).Sentences.Select(s => s.Text.Replace('\n', ' ')).ToList();
        spanish = spanish.Take((int)(spanish.Count * kept)).ToList();

        var report = Aligner.Align(
            ReportDocument.FromText(string.Join("\n\n", english), "en.txt", Language.English).GetDocumentOrThrow(),
            ReportDocument.FromText(string.Join("\n\n", spanish), "es.txt", Language.Spanish).GetDocumentOrThrow());
        var segments = new SegmentAligner().Align(english.Select(s => new Segment(s)).ToList(), spanish.Select(s => new Segment(s)).ToList(), Language.English, Language.Spanish).Result;
        var lines = Aligner.AlignLines(Lines(english, Language.English), Lines(spanish, Language.Spanish));

        foreach (var (door, result) in new[] { ("report", report), ("segments", segments), ("lines", lines) })
        {
            result.Findings.Should().ContainSingle(f => f.Kind == FindingKind.Truncated, door);
        }
    }

    private static ReportDocument Lines(IReadOnlyList<string> sentences, Language language)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", sentences)));
        return LinesAligner.FromStream(stream, language + ".txt", language);
    }

    private static List<string> Summary(BitextResult result) =>
        result.Findings.Select(f => f.Kind + ":" + (f.SourceSpan?.Text ?? "")).ToList();

    [Theory]
    [InlineData(nameof(AlignerOptions.InitialBand))]
    [InlineData(nameof(AlignerOptions.LengthWeight))]
    [InlineData(nameof(AlignerOptions.UnmatchedSimilarity))]
    [InlineData(nameof(AlignerOptions.LowConfidence))]
    public void Options_out_of_range_are_refused_when_an_aligner_is_built_not_in_a_run(string setting)
    {
        var options = setting switch
        {
            nameof(AlignerOptions.InitialBand) => new AlignerOptions { InitialBand = 0 },
            nameof(AlignerOptions.LengthWeight) => new AlignerOptions { LengthWeight = double.NaN },
            nameof(AlignerOptions.UnmatchedSimilarity) => new AlignerOptions { UnmatchedSimilarity = 1.5 },
            _ => new AlignerOptions { LowConfidence = -0.1 },
        };

        FluentActions.Invoking(() => new BitextAligner(options)).Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*{setting}*");
        FluentActions.Invoking(() => new SegmentAligner(options)).Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*{setting}*");
        FluentActions.Invoking(() => new BitextAligner(new AlignerOptions { LengthWeight = 0, LexicalWeight = 0 })).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void One_pipeline_per_language_pair_is_built_once_and_shared_by_every_door()
    {
        var aligner = new BitextAligner(new AlignerOptions { LowConfidence = 0.6 });

        var first = aligner.Pipeline(Language.English, Language.Spanish);

        aligner.Pipeline(Language.Parse("EN"), Language.Parse("es")).Should().BeSameAs(first);
        aligner.Pipeline(Language.Spanish, Language.English).Should().NotBeSameAs(first);
        first.Options.LowConfidence.Should().Be(0.6);
        var result = aligner.AlignLines(Lines(["Police rescued 12 victims."], Language.English), Lines(["La policía rescató a 21 víctimas."], Language.Spanish));
        result.Options.Should().BeSameAs(aligner.Options);
        result.Findings.Should().Contain(f => f.Kind == FindingKind.ValueMismatch);
    }
}
