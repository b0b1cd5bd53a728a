using Alignment;
using Alignment.Loading;

namespace Alignment.Cli;

/// <summary>
/// Reads the report arguments of one command line: a path (a file, a FIFO, <c>/dev/stdin</c>), or <c>-</c> for
/// standard input, read once and within the same size limit as a file. Load warnings go to standard error as
/// <c>bitext: PATH: message</c>.
/// </summary>
internal sealed class ReportInputs(Func<Stream> openStandardInput, TextWriter stderr)
{
    /// <summary>The argument that means standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>How standard input is named in messages and results.</summary>
    public const string StandardInputName = "standard input";

    private bool _standardInputRead;

    /// <summary>The command being run, once the command line is parsed: the advice its warnings give names only its options.</summary>
    public System.CommandLine.Command? Command { get; set; }

    /// <summary>Whether <paramref name="path"/> names a file rather than standard input.</summary>
    public static bool IsFile(string path) => path != StandardInput;

    /// <summary>Loads one report; throws <see cref="ReportFormatException"/> when it cannot be used.</summary>
    public ReportDocument Load(string path, string? language) => Load(path, language, inPair: false);

    /// <summary>
    /// A language option read at the edge: <see langword="null"/> when not given; a code that is not two or three letters is
    /// refused (<see cref="DiagnosticCodes.LanguageCodeInvalid"/>) naming the file it was given for.
    /// </summary>
    public static Language? ParseLanguage(string? code, string path) =>
        code is null ? null
        : Language.TryParse(code, out var language) ? language
        : throw new ReportFormatException(Messages.LanguageCodeInvalid(code), path == StandardInput ? StandardInputName : path);

    private ReportDocument Load(string path, string? code, bool inPair)
    {
        var language = ParseLanguage(code, path);
        LoadResult result;
        if (path == StandardInput)
        {
            using var stream = OpenStandardInputOnce();
            result = ReportLoader.FromStream(stream, StandardInputName, language, ReportLoader.MaxFileBytes);
        }
        else
        {
            result = ReportDocument.Load(path, language);
        }

        return Warned(result.GetDocumentOrThrow(), result.Path, inPair);
    }

    /// <summary>
    /// Loads a source and a target report, two files at the same time; warnings and errors still come in that order
    /// (the source's first), as from two <see cref="Load(string, string?)"/> calls.
    /// </summary>
    public (ReportDocument Source, ReportDocument Target) LoadPair(string source, string? sourceLanguage, string target, string? targetLanguage)
    {
        if (!IsFile(source) || !IsFile(target))
        {
            return (Load(source, sourceLanguage, inPair: true), Load(target, targetLanguage, inPair: true));
        }

        var sourceCode = ParseLanguage(sourceLanguage, source);
        var targetCode = ParseLanguage(targetLanguage, target);
        var targetResult = Task.Run(() => ReportDocument.Load(target, targetCode));
        var sourceResult = ReportDocument.Load(source, sourceCode);
        var sourceDocument = Warned(sourceResult.GetDocumentOrThrow(), sourceResult.Path, inPair: true);
        var loaded = targetResult.GetAwaiter().GetResult();
        return (sourceDocument, Warned(loaded.GetDocumentOrThrow(), loaded.Path, inPair: true));
    }

    // Standard input can be read once per command line (`align - -` is refused).
    private Stream OpenStandardInputOnce()
    {
        if (_standardInputRead)
        {
            throw new ReportFormatException(Messages.StandardInputTwice(), StandardInputName);
        }

        _standardInputRead = true;
        return openStandardInput();
    }

    /// <summary>Loads one file of segments, one a line (<c>--input lines</c>); throws <see cref="ReportFormatException"/> when it cannot be used.</summary>
    public ReportDocument LoadLines(string path, string? code)
    {
        var language = ParseLanguage(code, path);
        ReportDocument document;
        if (path == StandardInput)
        {
            using var stream = OpenStandardInputOnce();
            document = LinesAligner.FromStream(stream, StandardInputName, language);
        }
        else
        {
            document = LinesAligner.Load(path, language);
        }

        return Warned(document, document.Name, inPair: false);
    }

    // Warnings of a loaded document go to standard error, one line each, named as the user named the file. A document of a
    // pair whose language could not be told is not warned about here: the pair settles its language or is refused.
    private ReportDocument Warned(ReportDocument document, string name, bool inPair)
    {
        WarningLines.Write(stderr, name, document.Diagnostics.Where(d => !(inPair && d.Code == DiagnosticCodes.LanguageUnknown)), Command);

        return document;
    }
}
