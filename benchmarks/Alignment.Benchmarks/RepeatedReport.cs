namespace Alignment.Benchmarks;

/// <summary>
/// A report concatenated with itself N times (blank line between copies): the ×N inputs of the benchmarks and of the
/// output snapshot test (tests/Alignment.Tests links this file), so both measure and check the very same text.
/// </summary>
internal static class RepeatedReport
{
    /// <summary>The text of the file at <paramref name="path"/>, <paramref name="copies"/> times, named by its file name.</summary>
    public static ReportDocument Load(string path, Language language, int copies)
    {
        string text = File.ReadAllText(path);
        string repeated = string.Join("\n\n", Enumerable.Repeat(text, copies));
        return ReportDocument.FromText(repeated, Path.GetFileName(path), language).GetDocumentOrThrow();
    }
}
