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
        var codes = new[] { typeof(Messages), typeof(DictionaryMessages) }
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.ReturnType == typeof(Diagnostic))
            .Select(m => ((Diagnostic)m.Invoke(null, m.GetParameters().Select(p => Sample(p.ParameterType)).ToArray())!).Code)
            .ToList();

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

    private static object? Sample(Type type) =>
        type == typeof(string) ? "x"
        : type == typeof(int) ? 2
        : type == typeof(long) ? 2L
        : type == typeof(double) ? 0.5
        : type == typeof(bool) ? true
        : type == typeof(TimeSpan) ? TimeSpan.FromSeconds(1)
        : type == typeof(Exception) ? new InvalidOperationException("x")
        : type.IsEnum ? Enum.GetValues(type).GetValue(0)
        : null;
}
