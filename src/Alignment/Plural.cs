using System.Globalization;

namespace Alignment;

/// <summary>A count with its noun in the right number, for messages and text outputs: "1 finding", "3 findings".</summary>
internal static class Plural
{
    /// <summary><c>1 pair</c>, <c>0 pairs</c>, <c>2 pairs</c>; <paramref name="plural"/> when adding "s" is wrong.</summary>
    public static string Of(long count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");
}
