namespace Alignment.Tests.Comparing;

public class FindingCodesTests
{
    [Fact]
    public void Every_finding_kind_has_its_own_kebab_case_code()
    {
        var codes = Enum.GetValues<FindingKind>().Select(FindingCodes.Of).ToList();

        codes.Should().OnlyHaveUniqueItems();
        codes.Should().OnlyContain(c => System.Text.RegularExpressions.Regex.IsMatch(c, "^[a-z]+(-[a-z]+)*$"));
        typeof(FindingCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Should().BeEquivalentTo(codes);
    }

    [Fact]
    public void A_numeric_finding_points_at_its_mentions()
    {
        var mention = new NumberMention(10, 14, "1054", 1054, null, NumberKind.Cardinal, null, 1);

        var finding = new Finding(FindingKind.MissingInTarget, FindingSeverity.Warning, 3, "m", mention, null, null);

        finding.SourceSpan.Should().Be(new DocumentSpan(10, 14, "1054"));
        finding.TargetSpan.Should().BeNull();
        finding.Code.Should().Be(FindingCodes.MissingInTarget);
    }
}
