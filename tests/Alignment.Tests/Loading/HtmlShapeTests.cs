using System.Text;
using Alignment.Loading;
using Alignment.Tests.Robustness;

namespace Alignment.Tests.Loading;

/// <summary>
/// The HTML guard counts nesting as tree building would (end tags nothing opened, tags inside attribute values or
/// scripts, end tags stopped by a special element do not lower it) and bounds the elements a page may make.
/// </summary>
public sealed class HtmlShapeTests : IDisposable
{
    private const string Paragraph = "<p>El Gobierno aumentó sus esfuerzos de aplicación de la ley contra la trata de personas en 2021.</p>";
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-html-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Page(string body) => $"<html><body>{Paragraph}{body}{Paragraph}</body></html>";

    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    public static TheoryData<string, string> Bypasses => new()
    {
        { "end tags never opened", Repeat("<div></x>", 2_100) },
        { "end tags inside attribute values", Repeat("<div title=\"</div>\">", 2_100) },
        { "end tags inside single-quoted values", Repeat("<div data-x='</div></div>'>", 2_100) },
        { "end tags inside scripts", Repeat("<div><script>document.write('</div>')</script>", 2_100) },
        { "end tags stopped by a special element", Repeat("<span><div></span>", 1_100) },
        { "self-closed HTML elements, which HTML opens", Repeat("<div/>", 2_100) },
    };

    [Theory]
    [MemberData(nameof(Bypasses))]
    public void Nesting_hidden_from_a_naive_count_is_still_refused(string how, string body)
    {
        var result = ReportLoader.FromBytes(Encoding.UTF8.GetBytes(Page(body)), "deep.html", null);

        result.Succeeded.Should().BeFalse(how);
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.HtmlTooDeep, how);
    }

    public static TheoryData<string, string> Ordinary => new()
    {
        { "many sibling blocks", Repeat("<div>" + Paragraph + "</div>", 5_000) },
        { "deep but closed, again and again", Repeat(Repeat("<div>", 150) + "x" + Repeat("</div>", 150), 60) },
        { "an inline chart of self-closed paths", "<svg>" + Repeat("<path d=\"M0 0L1 1\"/>", 5_000) + "</svg>" },
        { "end tags closing implied paragraphs and cells", "<table>" + Repeat("<tr><td><div>dato</div></td>", 3_000) + "</table>" },
        { "markup-like text in a script", "<script>" + Repeat("<div>", 5_000) + "</script>" },
    };

    [Theory]
    [MemberData(nameof(Ordinary))]
    public void Ordinary_pages_load(string how, string body)
    {
        var result = ReportLoader.FromBytes(Encoding.UTF8.GetBytes(Page(body)), "page.html", Language.Spanish);

        result.Succeeded.Should().BeTrue(how + ": " + string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        result.Document!.Text.Should().Contain("trata de personas");
    }

    [Fact]
    public void Elements_reopened_by_tree_building_are_counted_as_they_are_made()
    {
        // 1,000 distinct formatting elements left open in a paragraph are reopened in each of the next 300: 300,000
        // elements from 1,300 tags, which the tag count alone would let through.
        string body = "<p>" + string.Concat(Enumerable.Range(0, 1_000).Select(k => $"<b id=\"b{k}\">")) + Repeat("</p><p>x", 300);
        HtmlShape.Check(Page(body)).Should().BeNull("the tags alone are within the budget");

        var result = ReportLoader.FromBytes(Encoding.UTF8.GetBytes(Page(body)), "reopened.html", Language.Spanish);

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().StartWith("HTML builds a tree of more than");
    }

    [Theory]
    [InlineData("<div></x>", 200_000)]
    [InlineData("<i></i>", 8_500_000)]
    [InlineData("<!---->", 3_000_000)]
    public void The_cli_refuses_a_bomb_page_quickly_in_bounded_memory(string unit, int count)
    {
        string path = Path.Combine(_dir, "bomb.html");
        File.WriteAllText(path, "<html><body>" + Repeat(unit, count) + "</body></html>");

        var (code, stdout, stderr) = LimitedProcess.Run("sections", path);

        code.Should().Be(2, stderr);
        stdout.Should().BeEmpty();
        stderr.Trim().Should().StartWith($"bitext: {path}: HTML ").And.NotContain("\n");
    }
}
