using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Alignment.Tests.Indexing;

/// <summary>The seed pair (002 English original ↔ 000 Spanish translation), aligned once for every test.</summary>
public sealed class SeedPairFixture
{
    public BitextResult Result { get; } = new BitextAligner().Align(TestFiles.English2021, TestFiles.Spanish2021);
}

public sealed class ConcordanceIndexTests : IClassFixture<SeedPairFixture>, IDisposable
{
    private readonly BitextResult _pair;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bitext-index-" + Guid.NewGuid().ToString("N"));

    public ConcordanceIndexTests(SeedPairFixture fixture) => _pair = fixture.Result;

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_dir))
        {
            System.IO.Directory.Delete(_dir, recursive: true);
        }
    }

    private ConcordanceIndex Indexed()
    {
        var index = new ConcordanceIndex(_dir);
        index.Add(_pair);
        return index;
    }

    [Fact]
    public void Stores_one_document_per_bead()
    {
        using var index = Indexed();
        index.Count.Should().Be(_pair.Beads.Count).And.BeGreaterThan(50);
    }

    [Fact]
    public void Spanish_victima_finds_victimas_written_with_or_without_accent()
    {
        using var index = Indexed();
        var results = index.Search(new ConcordanceQuery("víctima", Language: Language.Spanish, Top: 100));

        results.Hits.Should().NotBeEmpty();
        results.Hits.Should().OnlyContain(h => h.Target.Language == "es" && h.Target.Highlights.Count > 0);
        var marked = results.Hits.SelectMany(h => h.Target.Highlights.Select(s => h.Target.Text[s.Start..s.End].ToLowerInvariant())).ToHashSet();
        marked.Should().Contain("victimas", "the OCR'd 000 seed writes it without the accent");
        results.Hits[0].Target.Highlighted().Should().Contain("«victimas»");
    }

    [Fact]
    public void Accented_and_plain_queries_find_the_same_beads()
    {
        using var index = Indexed();
        var accented = index.Search(new ConcordanceQuery("víctimas", Language.Spanish, Top: 500));
        var plain = index.Search(new ConcordanceQuery("victima", Language.Spanish, Top: 500));

        plain.TotalHits.Should().Be(accented.TotalHits).And.BeGreaterThan(0);
    }

    [Fact]
    public void An_accented_prefix_query_finds_the_folded_words()
    {
        using var index = Indexed();
        var results = index.Search(new ConcordanceQuery("víct*", Language.Spanish, Top: 100));

        results.TotalHits.Should().Be(index.Search(new ConcordanceQuery("vict*", Language.Spanish, Top: 100)).TotalHits).And.BeGreaterThan(0);
        results.Hits[0].Target.Highlights.Should().NotBeEmpty();
    }

    [Fact]
    public void English_prosecute_finds_prosecuted()
    {
        using var index = Indexed();
        var results = index.Search(new ConcordanceQuery("prosecute", Language: Language.English, Top: 100));

        var marked = results.Hits.SelectMany(h => h.Source.Highlights.Select(s => h.Source.Text[s.Start..s.End].ToLowerInvariant())).ToHashSet();
        marked.Should().Contain("prosecuted");
        results.Hits.Should().OnlyContain(h => h.Source.Language == "en");
    }

    [Fact]
    public void A_language_without_data_is_refused_with_its_code()
    {
        using var index = Indexed();

        var search = () => index.Search(new ConcordanceQuery("victims", Language.Parse("de")));

        search.Should().Throw<ReportFormatException>().Which.Diagnostic.Code.Should().Be(DiagnosticCodes.LanguageUnsupported);
    }

    [Fact]
    public void A_hit_carries_both_sides_and_their_offsets_into_the_originals()
    {
        using var index = Indexed();
        var hit = index.Search(new ConcordanceQuery("victims", Language.English, Top: 1)).Hits.Single();
        var bead = _pair.Beads[hit.BeadIndex];

        hit.PairName.Should().Be("002_cdbada1f67068dd0.txt ↔ 000_a12f891843fbc0bc.txt");
        hit.PairId.Should().Be(ConcordanceIndex.PairId(TestFiles.English2021, TestFiles.Spanish2021));
        hit.BeadType.Should().Be(bead.Type);
        hit.Source.Start.Should().Be(bead.Source[0].Start);
        hit.Target.End.Should().Be(bead.Target[^1].End);
        hit.Target.Text.Should().NotBeEmpty();
    }

    [Fact]
    public void Without_a_language_both_sides_are_searched()
    {
        using var index = Indexed();
        var english = index.Search(new ConcordanceQuery("trafficking", Language.English, Top: 1)).TotalHits;
        var spanish = index.Search(new ConcordanceQuery("trata", Language.Spanish, Top: 1)).TotalHits;
        var both = index.Search(new ConcordanceQuery("trafficking OR trata", Top: 1)).TotalHits;

        english.Should().BeGreaterThan(0);
        spanish.Should().BeGreaterThan(0);
        both.Should().BeGreaterThanOrEqualTo(Math.Max(english, spanish));
    }

    [Fact]
    public void Section_filter_keeps_only_beads_of_that_kind()
    {
        using var index = Indexed();
        var present = _pair.Beads.GroupBy(b => b.Section).OrderByDescending(g => g.Count()).First().Key;
        var absent = Enum.GetValues<SectionKind>().First(k => _pair.Beads.All(b => b.Section != k));

        var inPresent = index.Search(new ConcordanceQuery("victims", Language.English, present, Top: 500));
        var inAbsent = index.Search(new ConcordanceQuery("victims", Language.English, absent, Top: 500));

        inPresent.Hits.Should().NotBeEmpty().And.OnlyContain(h => h.Section == present);
        inAbsent.TotalHits.Should().Be(0);
    }

    [Fact]
    public void Adding_the_same_pair_again_replaces_its_entries()
    {
        using var index = Indexed();
        int before = index.Count;
        index.Add(_pair, "renamed");

        index.Count.Should().Be(before);
        index.Search(new ConcordanceQuery("victims", Language.English, Top: 500)).Hits.Should().OnlyContain(h => h.PairName == "renamed");
    }

    [Fact]
    public void A_new_instance_finds_what_an_earlier_one_stored()
    {
        Indexed().Dispose();

        using var reopened = new ConcordanceIndex(_dir);
        reopened.Count.Should().Be(_pair.Beads.Count);
        reopened.Search(new ConcordanceQuery("prosecuted", Language.English)).Hits.Should().NotBeEmpty();
    }

    [Fact]
    public void Search_works_while_another_writer_holds_the_lock_and_a_second_writer_is_refused()
    {
        Indexed().Dispose();
        using var luceneDir = FSDirectory.Open(_dir);
        using var writer = new IndexWriter(luceneDir, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new KeywordAnalyzer()));

        using var reader = new ConcordanceIndex(_dir);
        reader.Search(new ConcordanceQuery("víctima", Language.Spanish)).Hits.Should().NotBeEmpty();

        using var second = new ConcordanceIndex(_dir, TimeSpan.FromMilliseconds(200));
        var add = () => second.Add(_pair);
        add.Should().Throw<ReportFormatException>().Which.Diagnostic.Code.Should().Be(DiagnosticCodes.IndexLocked);
    }

    [Fact]
    public void Processes_adding_at_once_take_turns_and_every_pair_is_kept()
    {
        string bitext = System.Reflection.Assembly.Load("bitext").Location;
        var pairs = new[] { (TestFiles.English2021, TestFiles.Spanish2021), (TestFiles.English2021, TestFiles.Spanish2019), (TestFiles.EnglishNgo, TestFiles.Spanish2013) };

        var processes = pairs.Select(p => System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            ArgumentList = { bitext, "index", "add", p.Item1, p.Item2, "--index", _dir },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!).ToList();
        foreach (var process in processes)
        {
            process.StandardError.ReadToEnd();
            process.WaitForExit();
        }

        processes.Select(p => p.ExitCode).Should().OnlyContain(code => code == 0);
        var aligner = new BitextAligner();
        int expected = pairs.Sum(p => aligner.Align(p.Item1, p.Item2).Beads.Count);
        using var index = new ConcordanceIndex(_dir);
        index.Count.Should().Be(expected);
    }

    [Fact]
    public void A_writer_holding_the_gate_keeps_a_second_writer_out()
    {
        System.IO.Directory.CreateDirectory(_dir);
        using var held = Alignment.Indexing.WriterGate.TryAcquire(_dir, TimeSpan.Zero);
        held.Should().NotBeNull();

        using var second = new ConcordanceIndex(_dir, TimeSpan.FromMilliseconds(300));
        var add = () => second.Add(_pair);

        add.Should().Throw<ReportFormatException>().Which.Diagnostic.Code.Should().Be(DiagnosticCodes.IndexLocked);
    }

    [Fact]
    public void A_missing_directory_is_a_clear_error()
    {
        using var index = new ConcordanceIndex(_dir);
        var search = () => index.Search(new ConcordanceQuery("victims"));

        search.Should().Throw<ReportFormatException>().Which.Diagnostic.Code.Should().Be(DiagnosticCodes.IndexMissing);
    }

    [Fact]
    public void Random_bytes_in_index_files_are_a_clear_error()
    {
        System.IO.Directory.CreateDirectory(_dir);
        var random = new Random(6);
        foreach (var name in new[] { "segments_1", "segments.gen", "_0.cfs", "_0.cfe", "_0.si" })
        {
            var bytes = new byte[300];
            random.NextBytes(bytes);
            File.WriteAllBytes(Path.Combine(_dir, name), bytes);
        }

        using var index = new ConcordanceIndex(_dir, TimeSpan.FromMilliseconds(200));
        var search = () => index.Search(new ConcordanceQuery("victims"));
        var add = () => index.Add(_pair);

        search.Should().Throw<ReportFormatException>().Which.Diagnostic.Code.Should().Be(DiagnosticCodes.IndexCorrupt);
        search.Should().Throw<ReportFormatException>().Which.Message.Should().NotContain("Exception", "the reason is said in our words, not Lucene's");
        add.Should().Throw<ReportFormatException>().Which.Diagnostic.Code.Should().Be(DiagnosticCodes.IndexCorrupt);
    }

    [Fact]
    public void A_directory_of_other_files_is_neither_searched_nor_written_into()
    {
        System.IO.Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "notes.txt"), "not an index");

        using var index = new ConcordanceIndex(_dir);
        var add = () => index.Add(_pair);

        add.Should().Throw<ReportFormatException>().Which.Diagnostic.Code.Should().Be(DiagnosticCodes.NotAnIndex);
        System.IO.Directory.GetFiles(_dir).Should().ContainSingle();
    }

    [Theory]
    [InlineData("víctima (2021")]
    [InlineData("\"unclosed phrase")]
    public void A_query_with_broken_syntax_is_a_clear_error(string query)
    {
        using var index = Indexed();
        var search = () => index.Search(new ConcordanceQuery(query));

        search.Should().Throw<ReportFormatException>().Which.Diagnostic.Code.Should().Be(DiagnosticCodes.QueryInvalid);
    }

    [Fact]
    public void The_cli_prints_one_line_and_exits_2_for_a_missing_index()
    {
        var (code, _, stderr) = CliRunner.Invoke("search", "victims", "--index", _dir);

        code.Should().Be(2);
        stderr.TrimEnd().Should().StartWith("bitext: ").And.NotContain("\n").And.Contain("no concordance index");
    }

    [Fact]
    public void The_cli_adds_then_searches_with_marked_hits()
    {
        var add = CliRunner.Invoke("index", "add", TestFiles.English2021, TestFiles.Spanish2021, "--index", _dir);
        var (search, stdout, _) = CliRunner.Invoke("search", "prosecute", "--index", _dir, "--lang", "en", "--top", "3");

        add.Code.Should().Be(0);
        search.Should().Be(0);
        stdout.Should().Contain("«prosecuted»").And.Contain("3 of ");
    }
}
