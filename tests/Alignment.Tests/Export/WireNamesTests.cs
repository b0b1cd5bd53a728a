using Alignment.Export;
using FluentAssertions;
using Xunit;

namespace Alignment.Tests.Export;

/// <summary>Every enum value that reaches an output has one written-out wire name, and the names round-trip.</summary>
public sealed class WireNamesTests
{
    [Fact]
    public void Every_section_kind_has_a_distinct_lower_case_name_that_parses_back()
    {
        var names = Enum.GetValues<SectionKind>().Select(WireNames.Of).ToList();
        names.Should().OnlyHaveUniqueItems().And.OnlyContain(n => n.Length > 0 && n == n.ToLowerInvariant());
        foreach (var kind in Enum.GetValues<SectionKind>())
        {
            WireNames.ParseSectionKind(WireNames.Of(kind)).Should().Be(kind);
        }

        WireNames.Of(SectionKind.Prosecution).Should().Be("prosecution");
        WireNames.ParseSectionKind("Prosecution").Should().BeNull("wire names are matched exactly");
    }

    [Fact]
    public void Every_severity_has_a_name()
    {
        Enum.GetValues<FindingSeverity>().Select(WireNames.Of).Should().Equal("info", "warning", "error");
        Enum.GetValues<DiagnosticSeverity>().Select(WireNames.Of).Should().Equal("info", "warning", "error");
    }

    [Fact]
    public void A_value_outside_the_enum_is_refused_not_named_by_accident() =>
        FluentActions.Invoking(() => WireNames.Of((SectionKind)99)).Should().Throw<ArgumentOutOfRangeException>();
}
