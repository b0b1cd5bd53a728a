using System.Text.Json;
using System.Text.RegularExpressions;
using Alignment.Diffing;

namespace Alignment.Tests.Diffing;

public sealed class VersionDifferTests
{
    private const string AddedSentence = "La comisión aprobó un nuevo plan nacional contra la trata de personas con metas anuales.";

    private static readonly string Original = File.ReadAllText(TestFiles.Spanish2021);

    private static readonly VersionDiffer Differ = new();

    /// <summary>The 000 seed with 15.5 millones → 16.5 millones, one sentence removed and one added.</summary>
    private static string Revised()
    {
        string text = Original.Replace("15.5 millones de soles", "16.5 millones de soles", StringComparison.Ordinal);
        text = Regex.Replace(text, @"Los jueces\s+pronunciaron 15 absoluciones\.\s+", "", RegexOptions.None, TimeSpan.FromSeconds(1));
        text = text.Replace("Expertos locales informaron", AddedSentence + " Expertos locales informaron", StringComparison.Ordinal);
        text.Should().NotBe(Original);
        return text;
    }

    private static ReportDocument Spanish(string text, string name) => ReportDocument.FromText(text, name, Language.Spanish).GetDocumentOrThrow();

    private static VersionDiff RevisedDiff() => Differ.Compare(Spanish(Original, "old.txt"), Spanish(Revised(), "new.txt"));

    [Fact]
    public void Reports_exactly_the_changed_number_the_removed_and_the_added_sentence()
    {
        var diff = RevisedDiff();

        var changed = diff.Entries.Where(e => e.Kind == DiffEntryKind.Changed).Should().ContainSingle().Subject;
        changed.RemovedNumbers.Should().Equal("15.5");
        changed.AddedNumbers.Should().Equal("16.5");
        changed.Words.Where(w => w.Kind != WordChangeKind.Unchanged).Select(w => w.Text).Should().Equal("15.5", "16.5");

        diff.Entries.Where(e => e.Kind == DiffEntryKind.Removed).Should().ContainSingle()
            .Which.Old[0].NormalizedText.Should().Be("Los jueces pronunciaron 15 absoluciones.");
        diff.Entries.Where(e => e.Kind == DiffEntryKind.Added).Should().ContainSingle()
            .Which.New[0].NormalizedText.Should().Be(AddedSentence);
    }

    [Fact]
    public void Every_sentence_of_both_versions_is_in_exactly_one_entry()
    {
        var diff = RevisedDiff();

        diff.Entries.SelectMany(e => e.Old).Select(s => s.Index).Should().Equal(Enumerable.Range(0, diff.Old.Sentences.Count));
        diff.Entries.SelectMany(e => e.New).Select(s => s.Index).Should().Equal(Enumerable.Range(0, diff.New.Sentences.Count));
        diff.UnchangedCount.Should().Be(diff.Old.Sentences.Count - 2);
    }

    [Fact]
    public void Identical_versions_have_no_changes()
    {
        var diff = Differ.Compare(Spanish(Original, "a.txt"), Spanish(Original, "b.txt"));

        diff.HasChanges.Should().BeFalse();
        diff.Entries.Should().ContainSingle().Which.Old.Should().HaveCount(diff.Old.Sentences.Count);
    }

    [Fact]
    public void Word_diff_keeps_a_number_whole_and_joins_neighbouring_changes()
    {
        var words = VersionDiffer.WordDiff("asignó 15.5 millones de soles", "asignó 16,2 mil millones de soles");

        words.Should().Equal(
            new WordChange(WordChangeKind.Unchanged, "asignó "),
            new WordChange(WordChangeKind.Deleted, "15.5"),
            new WordChange(WordChangeKind.Inserted, "16,2 mil"),
            new WordChange(WordChangeKind.Unchanged, " millones de soles"));
    }

    [Fact]
    public void Text_output_collapses_unchanged_runs_and_marks_the_changed_number()
    {
        var output = new StringWriter();
        DiffTextWriter.Write(RevisedDiff(), output);
        string text = output.ToString();

        text.Should().MatchRegex(@"… \d+ unchanged sentences …");
        text.Should().Contain("[-15.5-]{+16.5+}").And.Contain("numbers: 15.5 → 16.5");
        text.Should().Contain("- [").And.Contain("+ [");
        text.Should().Contain("1 changed (1 with numbers), 1 removed, 1 added");
    }

    [Fact]
    public void Json_output_lists_the_entries_with_their_numbers()
    {
        using var stream = new MemoryStream();
        DiffJsonWriter.Write(RevisedDiff(), stream);
        using var json = JsonDocument.Parse(stream.ToArray());

        var summary = json.RootElement.GetProperty("summary");
        summary.GetProperty("changed").GetInt32().Should().Be(1);
        summary.GetProperty("removed").GetInt32().Should().Be(1);
        summary.GetProperty("added").GetInt32().Should().Be(1);
        var changed = json.RootElement.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "changed");
        changed.GetProperty("addedNumbers")[0].GetString().Should().Be("16.5");
    }

    [Fact]
    public void Html_output_escapes_document_text()
    {
        string old = "Informe anual sobre la trata de personas en el país.\n\nEl Gobierno asignó 15 millones de soles.\n";
        string revised = "Informe anual sobre la trata de personas en el país.\n\nEl Gobierno asignó 16 millones de soles <script>alert(1)</script>.\n";
        var output = new StringWriter();

        DiffHtmlWriter.Write(Differ.Compare(Spanish(old, "a<b>.txt"), Spanish(revised, "b.txt")), output);
        string html = output.ToString();

        html.Should().NotContain("<script>").And.Contain("&lt;script&gt;").And.Contain("a&lt;b&gt;.txt");
        html.Should().Contain("<del>15</del>").And.Contain("<ins>16</ins>").And.NotContain("http");
    }

    [Fact]
    public void Html_output_escapes_with_the_review_pages_escaper_keeping_accented_letters_and_dropping_control_characters()
    {
        string old = "Informe anual sobre la trata de personas en el país.\n\nEl Gobierno asignó 15 millones de soles.\n";
        string revised = "Informe anual sobre la trata de personas en el país.\n\nEl Gobierno asignó 16 millones de soles 'hoy'.\n";
        var output = new StringWriter();

        DiffHtmlWriter.Write(Differ.Compare(Spanish(old, "a\u0001b.txt"), Spanish(revised, "b.txt")), output);
        string html = output.ToString();

        html.Should().Contain("asignó").And.NotContain("&#243;").And.Contain("&#39;hoy&#39;");
        html.Should().Contain("ab.txt").And.NotContain("\u0001");
    }

    [Fact]
    public void The_cli_exits_1_when_versions_differ_and_0_when_they_do_not()
    {
        string revisedPath = Path.Combine(Path.GetTempPath(), $"bitext-diff-{Guid.NewGuid():N}.txt");
        File.WriteAllText(revisedPath, Revised());
        try
        {
            var differ = CliRunner.Invoke("diff", TestFiles.Spanish2021, revisedPath);
            var same = CliRunner.Invoke("diff", TestFiles.Spanish2021, TestFiles.Spanish2021, "--format", "json");

            differ.Code.Should().Be(1);
            differ.Stdout.Should().Contain("[-15.5-]{+16.5+}");
            same.Code.Should().Be(0);
            same.Stdout.Should().Contain("\"changed\": 0");
        }
        finally
        {
            File.Delete(revisedPath);
        }
    }
}
