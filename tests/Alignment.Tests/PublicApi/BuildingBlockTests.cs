using Alignment.Aligning;
using Alignment.Batch;
using Alignment.Evaluation;
using Alignment.Comparing;
using Alignment.Numbers;
using Alignment.Tests.Loading;

namespace Alignment.Tests.PublicApi;

/// <summary>The public building blocks, used as a tool would use them.</summary>
public class BuildingBlockTests
{
    private static string TextBerg => Path.Combine(TestFiles.SharedBench ?? throw new InvalidOperationException("../shared/bench is missing"), "textberg");

    [Fact]
    public void Segments_of_a_pair_without_language_data_align_as_the_lines_input_does()
    {
        string stem = Path.Combine(TextBerg, "test1");
        var german = File.ReadAllLines(stem + ".de").Select((line, k) => new Segment(line, $"de{k}")).ToList();
        var french = File.ReadAllLines(stem + ".fr").Select((line, k) => new Segment(line, $"fr{k}")).ToList();

        var alignment = new SegmentAligner().Align(german, french, Language.Parse("de"), Language.Parse("fr"));

        var test = alignment.Beads.Select(b => (b.Source.Select(s => s.Index).ToArray(), b.Target.Select(s => s.Index).ToArray())).ToList();
        AlignmentScore.Compute(test, AlignmentScore.Parse(File.ReadAllLines(stem + ".defr")))
            .Should().Be(TextBergEvaluation.Run(TextBerg, AlignerOptions.Default, documents: ["test1"]));
        alignment.SourceOf(alignment.Beads[0]).Select(s => s.Id).Should().Equal(alignment.Beads[0].Source.Select(s => $"de{s.Index}"));
        alignment.Result.Diagnostics.Should().ContainSingle(d => d.Code == "numbers-not-compared");
    }

    [Fact]
    public void Segments_with_a_line_break_keep_their_text_and_offsets()
    {
        var alignment = new SegmentAligner().Align([new Segment("Line one\nstill one."), new Segment("Two.")], [new Segment("Línea uno\naún."), new Segment("Dos.")], Language.English, Language.Spanish);

        var first = alignment.Beads[0].Source[0];
        alignment.Result.Source.Document.Text[first.Start..first.End].Should().Be("Line one\nstill one.");
        alignment.Beads.Should().HaveCount(2);
    }

    [Fact]
    public void A_bad_language_code_is_an_argument_error()
    {
        FluentActions.Invoking(() => Language.Parse("english")).Should().Throw<ArgumentException>().WithParameterName("code");
        Language.TryParse("e1", out _).Should().BeFalse();
        Language.TryParse("DE", out var german).Should().BeTrue();
        german.Should().BeSameAs(Language.Parse("de"));
        german!.HasLanguageData.Should().BeFalse();
        Language.Parse("ES").Should().Be(Language.Spanish);
        Language.Spanish.HasLanguageData.Should().BeTrue();
    }

    [Fact]
    public void A_cancelled_token_stops_every_long_call()
    {
        var cancelled = new CancellationToken(canceled: true);
        var source = ReportDocument.LoadOrThrow(TestFiles.English2021);
        var target = ReportDocument.LoadOrThrow(TestFiles.Spanish2021);

        FluentActions.Invoking(() => new SegmentAligner().Align([new Segment("a")], [new Segment("b")], Language.English, Language.Spanish, cancelled)).Should().Throw<OperationCanceledException>();
        FluentActions.Invoking(() => new BitextAligner().Align(source, target, cancelled)).Should().Throw<OperationCanceledException>();
        FluentActions.Invoking(() => new BitextAligner().Align(TestFiles.English2021, TestFiles.Spanish2021, cancelled)).Should().Throw<OperationCanceledException>();
        FluentActions.Invoking(() => new VersionDiffer().Compare(source, source, cancelled)).Should().Throw<OperationCanceledException>();
        FluentActions.Awaiting(() => new BitextAligner().AlignAsync(source, target, cancelled)).Should().ThrowAsync<OperationCanceledException>();
        FluentActions.Invoking(() => TextAnalysis.Analyze(source, cancelled)).Should().Throw<OperationCanceledException>();
        FluentActions.Invoking(() => TextAnalysis.SplitSentences("Una. Dos.", Language.Spanish, cancelled)).Should().Throw<OperationCanceledException>();
        FluentActions.Awaiting(() => ReportDocument.FromStreamAsync(new MemoryStream([65, 66]), "x.txt", cancellationToken: cancelled)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task AlignAsync_gives_what_Align_gives()
    {
        var source = ReportDocument.LoadOrThrow(TestFiles.English2021);
        var target = ReportDocument.LoadOrThrow(TestFiles.Spanish2021);
        var aligner = new BitextAligner();

        var result = await aligner.AlignAsync(source, target);

        result.Beads.Select(b => (b.Type, b.Confidence)).Should().Equal(aligner.Align(source, target).Beads.Select(b => (b.Type, b.Confidence)));
    }

    [Fact]
    public async Task A_cancelled_batch_has_yielded_the_first_pairs_in_order_and_throws()
    {
        var pairs = Enumerable.Range(0, 20).Select(k => new BatchPair($"pair{k}", TestFiles.English2021, TestFiles.Spanish2021));
        using var stop = new CancellationTokenSource();
        var seen = new List<int>();

        var run = async () =>
        {
            await foreach (var result in new BatchAligner(parallelism: 2).AlignAsync(pairs, stop.Token))
            {
                seen.Add(result.Index);
                if (seen.Count == 3)
                {
                    await stop.CancelAsync();
                }
            }
        };

        await run.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().Equal(0, 1, 2);
    }

    [Fact]
    public async Task Leaving_the_batch_loop_early_stops_it_and_reading_the_pairs_stops_too()
    {
        int taken = 0;
        IEnumerable<BatchPair> Pairs()
        {
            for (int k = 0; k < 1000; k++)
            {
                taken++;
                yield return new BatchPair($"pair{k}", null, null) { SourceText = "One sentence here. Another one.", TargetText = "Una frase aquí. Otra más." };
            }
        }

        var batch = new BatchAligner(parallelism: 1);
        await foreach (var result in batch.AlignAsync(Pairs()))
        {
            result.Index.Should().Be(0);
            break;
        }

        taken.Should().BeLessThan(20, "the manifest is read only a few pairs ahead of the workers");
    }

    [Fact]
    public void A_report_loads_from_bytes_and_a_stream_as_from_its_path()
    {
        string path = TestFiles.Data("formats/report-es.pdf");
        var fromPath = ReportDocument.LoadOrThrow(path);

        var fromBytes = ReportDocument.FromBytes(File.ReadAllBytes(path), "upload.pdf").GetDocumentOrThrow();
        using var stream = File.OpenRead(path);
        var fromStream = ReportDocument.FromStream(stream, "upload.pdf").GetDocumentOrThrow();

        fromBytes.Text.Should().Be(fromPath.Text);
        fromStream.Text.Should().Be(fromPath.Text);
        fromStream.Name.Should().Be("upload.pdf");
    }

    [Fact]
    public async Task Bytes_that_inflate_past_the_limit_are_refused_with_one_diagnostic()
    {
        byte[] bomb = CompressedReports.Docx(new string('x', 1000), 70_000);

        var fromBytes = ReportDocument.FromBytes(bomb, "bomb.docx");
        var fromStream = await ReportDocument.FromStreamAsync(new MemoryStream(bomb), "bomb.docx");

        fromBytes.Succeeded.Should().BeFalse();
        fromBytes.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("decompression-limit");
        fromStream.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("decompression-limit");
    }

    [Fact]
    public void Sentences_carry_offsets_into_the_text_and_join_line_end_hyphens_in_the_normalized_text()
    {
        string text = "El Lic. Naser informó de 1.054 víc-\ntimas. Fue en Lima.";

        var sentences = TextAnalysis.SplitSentences(text, Language.Spanish);

        sentences.Should().HaveCount(2);
        sentences.Select(s => text.Substring(s.Start, s.End - s.Start)).Should().Equal(sentences.Select(s => s.Text));
        sentences[0].NormalizedText.Should().Contain("víctimas");
    }

    [Fact]
    public void The_number_reader_refuses_a_language_without_data_and_its_mentions_cannot_be_changed()
    {
        FluentActions.Invoking(() => NumberReader.For(Language.Parse("de"))).Should().Throw<ArgumentException>().WithParameterName("language");

        var mentions = NumberReader.For(Language.English).Read("It fell 15 % to $414,480.");

        mentions.Select(m => m.Value).Should().Equal(15, 414480);
        mentions.Should().BeAssignableTo<IList<NumberMention>>().Which.IsReadOnly.Should().BeTrue();
    }

    [Fact]
    public void Two_segments_numbers_are_compared_as_a_bead_is()
    {
        var comparer = new SegmentNumberComparer(Language.English, Language.Spanish);

        var findings = comparer.Compare("The budget was 1.5 million soles.", "El presupuesto fue de 15.5 millones de soles.");

        findings.Should().ContainSingle().Which.Code.Should().Be(FindingCodes.ValueMismatch);
        comparer.Compare("It identified 1,054 victims.", "Identificó 1.054 víctimas.").Should().BeEmpty();
        comparer.Compare("It identified 1,054 victims.", "").Should().ContainSingle().Which.Kind.Should().Be(FindingKind.UnalignedNumber);
    }
}
