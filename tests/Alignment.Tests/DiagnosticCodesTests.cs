using System.Reflection;

namespace Alignment.Tests;

public sealed class DiagnosticCodesTests
{
    private static readonly IReadOnlyList<string> Published = typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    [Fact]
    public void Every_message_of_the_library_carries_a_published_code()
    {
        var codes = LibraryDiagnostics.Of(typeof(Messages), typeof(DictionaryMessages)).Select(d => d.Code).ToList();

        codes.Should().HaveCountGreaterThan(45);
        codes.Should().OnlyContain(c => Published.Contains(c));
        Published.Should().OnlyContain(c => codes.Contains(c), "a published code no message uses is dead");
    }

    [Fact]
    public void Published_codes_are_distinct_lower_case_words_joined_by_hyphens()
    {
        Published.Should().OnlyHaveUniqueItems();
        Published.Should().OnlyContain(c => System.Text.RegularExpressions.Regex.IsMatch(c, "^[a-z0-9]+(-[a-z0-9]+)*$"));
    }
}
