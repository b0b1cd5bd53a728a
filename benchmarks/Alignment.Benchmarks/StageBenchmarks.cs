using Alignment.Aligning;
using Alignment.Export;
using Alignment.Languages;
using Alignment.Loading;
using Alignment.Sections;
using BenchmarkDotNet.Attributes;

namespace Alignment.Benchmarks;

// One suite per pipeline stage of the seed pair (002 English ↔ 000 Spanish), so a change shows in the stage it
// touches: load, sections, features, DP, writers (sentences: SentenceSplitterBenchmarks; numbers:
// NumberReaderBenchmarks; the whole pair: AlignmentBenchmarks). Each calls the stage's own entry point, the same one
// the pipeline calls. Run one: dotnet run -c Release --project benchmarks/Alignment.Benchmarks -- --filter '*LoadBenchmarks*'

/// <summary>Loading: reading and decoding a seed file, paragraphs, normalization and language detection.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    [Benchmark]
    public int English2021() => ReportDocument.LoadOrThrow(SeedFiles.English2021).Text.Length;

    [Benchmark]
    public int Spanish2021Ocr() => ReportDocument.LoadOrThrow(SeedFiles.Spanish2021).Text.Length;
}

/// <summary>Sections: paragraphs and the heading families that cut a loaded document into sections.</summary>
[MemoryDiagnoser]
public class SectionsBenchmarks
{
    private string _english = "";
    private string _spanish = "";
    private SectionSplitter _englishSplitter = null!;
    private SectionSplitter _spanishSplitter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _english = ReportDocument.LoadOrThrow(SeedFiles.English2021).Text;
        _spanish = ReportDocument.LoadOrThrow(SeedFiles.Spanish2021).Text;
        _englishSplitter = new SectionSplitter(LanguageProfile.Get("en"));
        _spanishSplitter = new SectionSplitter(LanguageProfile.Get("es"));
    }

    [Benchmark]
    public int English2021() => Split(_englishSplitter, _english);

    [Benchmark]
    public int Spanish2021Ocr() => Split(_spanishSplitter, _spanish);

    private static int Split(SectionSplitter splitter, string text) =>
        splitter.Split(text, ParagraphBuilder.Build(text, splitter.IsHeadingLine)).Count;
}

/// <summary>The sentences of the seed pair ×N as the aligner's units, for the features and DP suites.</summary>
public abstract class AlignmentUnitsBenchmark
{
    /// <summary>Copies of the seed pair.</summary>
    [Params(1, 10)]
    public int Copies { get; set; }

    private protected AlignmentUnit[] Source { get; private set; } = [];

    private protected AlignmentUnit[] Target { get; private set; } = [];

    private protected LanguageProfile English { get; } = LanguageProfile.Get("en");

    private protected LanguageProfile Spanish { get; } = LanguageProfile.Get("es");

    protected void LoadUnits()
    {
        var aligner = new BitextAligner();
        Source = Units(aligner.Analyze(RepeatedReport.Load(SeedFiles.English2021, Language.English, Copies)));
        Target = Units(aligner.Analyze(RepeatedReport.Load(SeedFiles.Spanish2021, Language.Spanish, Copies)));

        static AlignmentUnit[] Units(ReportStructure structure) =>
            structure.Sentences.Select(s => new AlignmentUnit(s.NormalizedText, s.IsHeading)).ToArray();
    }
}

/// <summary>Features: tokens, stems, lexicon keys, numbers and lengths of every sentence of both sides (a new extractor each time, as a pair gets).</summary>
[MemoryDiagnoser]
public class FeaturesBenchmarks : AlignmentUnitsBenchmark
{
    [GlobalSetup]
    public void Setup() => LoadUnits();

    [Benchmark]
    public int Extract() => new FeatureExtractor(English, Spanish).Extract(Source, Target).Source.Length;
}

/// <summary>DP: the banded dynamic-programming search over the whole pair as one block, features extracted beforehand.</summary>
[MemoryDiagnoser]
public class DpBenchmarks : AlignmentUnitsBenchmark
{
    private SentenceFeatures[] _source = [];
    private SentenceFeatures[] _target = [];
    private LengthModel _lengths = null!;
    private SentenceAligner _aligner = null!;

    [GlobalSetup]
    public void Setup()
    {
        LoadUnits();
        (_source, _target) = new FeatureExtractor(English, Spanish).Extract(Source, Target);
        _lengths = LengthModel.FromTotals(_source.Sum(f => (long)f.Length), _target.Sum(f => (long)f.Length));
        _aligner = new SentenceAligner(AlignerOptions.Default);
    }

    [Benchmark]
    public int Search() => _aligner.Align(_source, _target, _lengths).Count;
}

/// <summary>Writers: each output format of the aligned seed pair ×N, written to a null stream.</summary>
[MemoryDiagnoser]
public class WriterBenchmarks
{
    private BitextResult _result = null!;

    /// <summary>Copies of the seed pair.</summary>
    [Params(1, 10)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _result = new BitextAligner().Align(RepeatedReport.Load(SeedFiles.English2021, Language.English, Copies), RepeatedReport.Load(SeedFiles.Spanish2021, Language.Spanish, Copies));

    [Benchmark]
    public void Json() => BitextJsonWriter.Write(_result, Stream.Null);

    [Benchmark]
    public void Tsv() => TsvWriter.Write(_result, TextWriter.Null);

    [Benchmark]
    public void Tmx() => TmxWriter.Write(_result, Stream.Null);

    [Benchmark]
    public void Xliff() => XliffWriter.Write(_result, Stream.Null);

    [Benchmark]
    public void Html() => HtmlReviewWriter.Write(_result, TextWriter.Null);
}
