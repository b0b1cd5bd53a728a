namespace Alignment;

/// <summary>The messages about user dictionaries, in one place.</summary>
internal static class DictionaryMessages
{
    public static Diagnostic UnknownFormat(int line) =>
        new(DiagnosticSeverity.Error, DiagnosticCodes.DictionaryFormat, $"line {line}: not a dictionary entry: expected \"target @ source\" (hunalign) or \"source<TAB>target\" (TSV)");

    public static Diagnostic BadLine(int line, DictionaryFormat format) =>
        new(DiagnosticSeverity.Error, DiagnosticCodes.DictionaryLine, format == DictionaryFormat.Hunalign
            ? $"line {line}: expected one \"target @ source\" entry (hunalign format)"
            : $"line {line}: expected one \"source<TAB>target\" entry (TSV)");

    public static Diagnostic BadIndexLine(int line) =>
        new(DiagnosticSeverity.Error, DiagnosticCodes.DictionaryLine, $"line {line}: expected \"headword<TAB>offset<TAB>length\" (dictd index, base-64 numbers)");

    public static Diagnostic IndexPastEnd(int line, string dictName) =>
        new(DiagnosticSeverity.Error, DiagnosticCodes.DictionaryLine, $"line {line}: points past the end of {Path.GetFileName(dictName)}");

    public static Diagnostic NotGzip(string reason) =>
        new(DiagnosticSeverity.Error, DiagnosticCodes.DictionaryUnreadable, $"not a gzip/dictzip file ({reason})");

    public static Diagnostic NotUtf8() =>
        new(DiagnosticSeverity.Error, DiagnosticCodes.DictionaryUnreadable, "dictionary is not valid UTF-8 text");
}
