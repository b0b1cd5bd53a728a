using Alignment.Indexing;
using Alignment.Tests.Robustness;

namespace Alignment.Tests.Indexing;

/// <summary>
/// Queries that would overflow Lucene's stack or make it build an exponential automaton are refused from their text,
/// in one line that never quotes more than a few dozen characters of them; ordinary queries still search.
/// </summary>
public sealed class QueryBudgetTests : IClassFixture<SeedPairFixture>, IDisposable
{
    private readonly BitextResult _pair;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bitext-budget-" + Guid.NewGuid().ToString("N"));

    public QueryBudgetTests(SeedPairFixture fixture) => _pair = fixture.Result;

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    public static TheoryData<string, string> Hostile => new()
    {
        { "/[a-z]{1,50000}/", "repeats" },
        { "/a{100000}/", "repeats" },
        { "/.*a.{25}/", "after a part of varying length" },
        { "/.{36}[^0-9](.+t)?b/", "and a part of varying length" },
        { "/(a|b)*a(a|b){14}/", "after a part of varying length" },
        { "/[ab]{0,13}a[ab]{13}/", "after a part of varying length" },
        { "/(((((((((((((((((((((a)))))))))))))))))))))/", "nests groups" },
        { "/(ab){40}(cd){40}/", "spells out more than" },
        { "/" + new string('a', 5_000) + "/", "characters long" },
        { "a*" + new string('?', 20), "'?' after a '*'" },
        { new string('(', 200) + "a" + new string(')', 200), "parentheses nest" },
        { string.Join(' ', Enumerable.Range(0, 100).Select(i => "w" + i)), "more than 64 terms" },
        { string.Join(' ', Enumerable.Range(0, 9).Select(i => "w" + i + "*")), "wildcard, fuzzy, range" },
        { new string('x', 108_000), "characters long" },
        { "/" + new string('a', 50_000), "characters long" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hostile_query_is_refused_in_one_short_line(string query, string reason)
    {
        using var index = Indexed();
        var act = () => index.Search(new ConcordanceQuery(query));

        var refusal = act.Should().Throw<ReportFormatException>().Which;
        refusal.Diagnostic.Code.Should().Be(DiagnosticCodes.QueryInvalid);
        refusal.Message.Should().StartWith("query refused: ").And.Contain(reason).And.NotContain("\n");
        refusal.Message.Length.Should().BeLessThan(260, "a refused query is quoted, cut short, never echoed whole");
    }

    [Theory]
    [InlineData("víct*", true)]
    [InlineData("/vict[ia]m.?/", true)]
    [InlineData("/[a-z]{3,20}ción/", false)]
    [InlineData("/.*human/", true)]
    [InlineData("/(right|human)/", true)]
    [InlineData("\"human rights\"~3", true)]
    [InlineData("trafficking AND (victims OR persons)", true)]
    [InlineData("victm~1", true)]
    [InlineData("/[0-9]{1,3}(\\.[0-9]{3})*/", false)]
    public void Ordinary_queries_are_within_the_budget_and_search(string query, bool hasHits)
    {
        QueryBudget.Refusal(query).Should().BeNull();
        using var index = Indexed();
        var results = index.Search(new ConcordanceQuery(query, Top: 5));
        if (hasHits)
        {
            results.Hits.Should().NotBeEmpty();
        }
        else
        {
            results.TotalHits.Should().BeGreaterThanOrEqualTo(0);
        }
    }

    [Theory]
    [InlineData("/a{2,1}/", "minimum exceeds")]
    [InlineData("/(ab/", "never closed")]
    [InlineData("/ab)/", "closes no group")]
    [InlineData("/a{x}/", "malformed repetition")]
    public void A_malformed_regular_expression_is_refused_in_our_words(string query, string reason)
    {
        using var index = Indexed();
        var act = () => index.Search(new ConcordanceQuery(query));
        act.Should().Throw<ReportFormatException>().Which.Message.Should().Contain(reason);
    }

    [Fact]
    public void A_parse_error_does_not_echo_the_query()
    {
        string query = "\"" + string.Join(' ', Enumerable.Range(0, 30).Select(i => "palabra" + i)) + " AND (";
        using var index = Indexed();
        var act = () => index.Search(new ConcordanceQuery(query + ")) OR"));
        var message = act.Should().Throw<ReportFormatException>().Which.Message;
        message.Should().StartWith("cannot parse the query").And.NotContain("palabra29").And.NotContain("Cannot parse '");
    }

    [Theory]
    [InlineData("/[a-z]{1,50000}/")]
    [InlineData("/a{100000}/")]
    [InlineData("/.*a.{25}/")]
    public void The_cli_refuses_what_overflowed_the_stack_or_the_memory_in_one_line_with_exit_2(string query)
    {
        using (Indexed())
        {
        }

        var (code, stdout, stderr) = LimitedProcess.Run("search", query, "--index", _dir);

        code.Should().Be(2, stderr);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("bitext: query refused: ").And.EndWith("\n");
        stderr.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void The_cli_quotes_at_most_a_few_dozen_characters_of_a_108_KB_query()
    {
        using (Indexed())
        {
        }

        var (code, _, stderr) = CliRunner.Invoke("search", "/" + new string('b', 108_000) + "/", "--index", _dir);

        code.Should().Be(2);
        stderr.Length.Should().BeLessThan(300);
        stderr.Should().NotContain(new string('b', 50));
    }

    private ConcordanceIndex Indexed()
    {
        var index = new ConcordanceIndex(_dir);
        if (!Directory.Exists(_dir))
        {
            index.Add(_pair);
        }

        return index;
    }
}
