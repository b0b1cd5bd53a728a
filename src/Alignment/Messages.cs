namespace Alignment;

/// <summary>
/// Every user-facing message of the library, in one place. Messages say what is wrong, never which command-line
/// option fixes it: the library has callers other than the CLI, which adds its own advice by diagnostic code.
/// </summary>
internal static class Messages
{
    public static Diagnostic FileNotFound() => new(DiagnosticSeverity.Error, DiagnosticCodes.FileNotFound, "file not found");
    public static Diagnostic IsDirectory() => new(DiagnosticSeverity.Error, DiagnosticCodes.IsDirectory, "is a directory, not a file");
    public static Diagnostic PermissionDenied() => new(DiagnosticSeverity.Error, DiagnosticCodes.PermissionDenied, "permission denied");
    public static Diagnostic InputTooLarge(long limit) => new(DiagnosticSeverity.Error, DiagnosticCodes.TooLarge, $"input is larger than the limit of {limit:N0} bytes; stopped reading");
    public static Diagnostic DecompressesTooLarge(string part, long limit) => new(DiagnosticSeverity.Error, DiagnosticCodes.DecompressionLimit, $"{part} decompresses to more than {limit:N0} bytes, the limit for a report; refused as a possible decompression bomb");
    public static Diagnostic ExtractedTextTooLarge(long limit) => new(DiagnosticSeverity.Error, DiagnosticCodes.TooLarge, $"extracted text is larger than the limit of {limit:N0} bytes; stopped reading");
    public static Diagnostic InvalidUtf8Replaced(int sequences) => new(DiagnosticSeverity.Warning, DiagnosticCodes.InvalidUtf8, $"file is not valid UTF-8: {sequences} damaged byte sequence(s) replaced with U+FFFD");
    public static Diagnostic NulReplaced(int nuls, Diagnostic? damaged) => new(DiagnosticSeverity.Warning, DiagnosticCodes.InvalidUtf8, damaged is null ? $"file contains {nuls} NUL byte(s), which text never has: replaced with U+FFFD" : $"{damaged.Message}; {nuls} NUL byte(s) replaced too");
    public static Diagnostic StandardInputTwice() => new(DiagnosticSeverity.Error, DiagnosticCodes.StdinTwice, "can be read only once; give '-' for one input only");
    public static Diagnostic OutputIsInput() => new(DiagnosticSeverity.Error, DiagnosticCodes.OutputIsInput, "output file is one of the inputs; refusing to overwrite it (choose another file)");
    public static Diagnostic OutputFolderMissing() => new(DiagnosticSeverity.Error, DiagnosticCodes.OutputFolderMissing, "cannot write output: its folder does not exist");
    public static Diagnostic OutputUnwritable(string reason) => new(DiagnosticSeverity.Error, DiagnosticCodes.OutputUnwritable, $"cannot write output ({reason})");
    public static Diagnostic HtmlTooDeep(int limit) => new(DiagnosticSeverity.Error, DiagnosticCodes.HtmlTooDeep, $"HTML nests elements more than {limit:N0} deep; refused (no report is built that way, and parsing it would take minutes)");
    public static Diagnostic HtmlTooManyElements(int limit) => new(DiagnosticSeverity.Error, DiagnosticCodes.TooLarge, $"HTML has more than {limit:N0} elements; refused (a long report has tens of thousands, and the page's tree would take gigabytes)");
    public static Diagnostic HtmlTreeTooLarge(long budget) => new(DiagnosticSeverity.Error, DiagnosticCodes.TooLarge, $"HTML builds a tree of more than {budget:N0} bytes, far larger than the page; refused (its markup makes the parser repeat elements)");
    public static Diagnostic PdfTooManyGlyphs(long limit, bool page) => new(DiagnosticSeverity.Error, DiagnosticCodes.TooLarge, $"{(page ? "a page of the PDF" : "the PDF")} shows more than {limit:N0} characters; refused (no report has that many{(page ? " on a page" : "")}, and reading them would take gigabytes)");
    public static Diagnostic PdfDecodeWork(long limit) => new(DiagnosticSeverity.Error, DiagnosticCodes.DecompressionLimit, $"the PDF's streams decode to more than {limit:N0} bytes in all (a stream is decoded again for every page that shows it); refused as a possible decompression bomb");
    public static Diagnostic FileUnreadable(string reason) => new(DiagnosticSeverity.Error, DiagnosticCodes.FileUnreadable, $"cannot read file ({reason})");
    public static Diagnostic FileEmpty() => new(DiagnosticSeverity.Error, DiagnosticCodes.EmptyFile, "file is empty");
    public static Diagnostic NoText() => new(DiagnosticSeverity.Error, DiagnosticCodes.NoText, "file contains no text (only white space)");
    public static Diagnostic Binary() => new(DiagnosticSeverity.Error, DiagnosticCodes.BinaryFile, "file is binary, not text");
    public static Diagnostic Undecodable() => new(DiagnosticSeverity.Error, DiagnosticCodes.Undecodable, "file is not valid UTF-8, UTF-16 or Windows-1252 text");
    public static Diagnostic TooLarge(long bytes, long limit) => new(DiagnosticSeverity.Error, DiagnosticCodes.TooLarge, $"file is {bytes:N0} bytes; the limit is {limit:N0}");
    public static Diagnostic PdfNoTextLayer() => new(DiagnosticSeverity.Error, DiagnosticCodes.PdfNoText, "PDF has no text layer; run OCR first");
    public static Diagnostic PdfUnreadable(string reason) => new(DiagnosticSeverity.Error, DiagnosticCodes.PdfUnreadable, $"PDF cannot be read; it may be damaged or truncated ({reason})");
    public static Diagnostic PdfEncrypted() => new(DiagnosticSeverity.Error, DiagnosticCodes.PdfEncrypted, "PDF is encrypted; save an unprotected copy first");
    public static Diagnostic DocxUnreadable(string reason) => new(DiagnosticSeverity.Error, DiagnosticCodes.DocxUnreadable, $"Word document cannot be read; it may be damaged or truncated ({reason})");
    public static Diagnostic ZipNotDocx() => new(DiagnosticSeverity.Error, DiagnosticCodes.NotDocx, "file is a zip archive but not a Word document (.docx has word/document.xml)");
    public static Diagnostic ManifestEmpty() => new(DiagnosticSeverity.Error, DiagnosticCodes.ManifestEmpty, "manifest lists no pairs");
    public static Diagnostic ManifestHeader() => new(DiagnosticSeverity.Error, DiagnosticCodes.ManifestHeader, "CSV manifest must start with a header naming the columns source,target (and optionally name)");
    public static Diagnostic ManifestLine(int line, string reason) => new(DiagnosticSeverity.Error, DiagnosticCodes.ManifestLine, $"line {line}: {reason}");
    public static Diagnostic OutsideRoot(string root) => new(DiagnosticSeverity.Error, DiagnosticCodes.OutsideRoot, $"resolves outside the root folder {root}; refused");
    public static Diagnostic BaselineSuppressed(string id, int bead, string message, string who, string note) => new(DiagnosticSeverity.Info, DiagnosticCodes.BaselineSuppressed, $"finding {id} (bead {bead}: {message}) left out of the gate: marked false-alarm in the baseline by {who}{(note.Length > 0 ? " (" + note + ")" : "")}");
    public static Diagnostic BaselineUnmatched(string id, string decision, string? message) => new(DiagnosticSeverity.Warning, DiagnosticCodes.BaselineUnmatched, $"baseline entry {id} ({decision}{(message is null ? "" : ": " + message)}) matches no finding of this pair any more");
    public static Diagnostic BaselineUnreadable(string why) => new(DiagnosticSeverity.Error, DiagnosticCodes.BaselineUnreadable, $"baseline file is not a review decisions file: {why}");
    public static Diagnostic InputIsOutput() => new(DiagnosticSeverity.Error, DiagnosticCodes.InputIsOutput, "is the batch's output file; refused (the output never replaces an input)");
    public static Diagnostic DirectoryNoPairs(string sourceLanguage) => new(DiagnosticSeverity.Error, DiagnosticCodes.NoPairs, $"no NAME.{sourceLanguage}.EXT (or NAME_{sourceLanguage}.EXT) file with a counterpart in another language");
    public static Diagnostic UnpairedFile(string sourceLanguage) => new(DiagnosticSeverity.Warning, DiagnosticCodes.UnpairedFile, $"no counterpart: a pair needs NAME.{sourceLanguage}.EXT and NAME.xx.EXT (or NAME_{sourceLanguage}.EXT and NAME_xx.EXT); skipped");
    public static Diagnostic PairSameLanguage(string code) => new(DiagnosticSeverity.Error, DiagnosticCodes.SameLanguage, $"both documents are in '{code}': this is not a translation pair");
    public static Diagnostic DecodedAsWindows1252() => new(DiagnosticSeverity.Info, DiagnosticCodes.Windows1252, "file is not valid UTF-8; decoded as Windows-1252");
    public static Diagnostic PageFurnitureRemoved(int lines, int pages) => new(DiagnosticSeverity.Info, DiagnosticCodes.PageFurniture, $"left out {lines} running heads, running feet and page numbers of its {pages} pages");
    public static Diagnostic ReplacementCharacters(int count) => new(DiagnosticSeverity.Warning, DiagnosticCodes.ReplacementCharacters, $"text contains {count} replacement character(s) (U+FFFD): it was damaged before it reached us");
    public static Diagnostic LanguageUnknown(string fallback) => new(DiagnosticSeverity.Warning, DiagnosticCodes.LanguageUnknown, $"could not tell the language; assuming '{fallback}'");
    public static Diagnostic LanguageUndetermined(string which) => new(DiagnosticSeverity.Error, DiagnosticCodes.LanguageUndetermined, $"could not tell the languages of the pair: {which} too short or too mixed to tell, and the other document does not settle it");
    public static Diagnostic LanguageInferred(string code, string other) => new(DiagnosticSeverity.Info, DiagnosticCodes.LanguageInferred, $"language taken as '{code}': its own evidence is thin, and the other document is in '{other}'");
    public static Diagnostic LanguageUnsupported(string code) => new(DiagnosticSeverity.Error, DiagnosticCodes.LanguageUnsupported, $"language '{code}' is not supported");
    public static Diagnostic NoSections() => new(DiagnosticSeverity.Info, DiagnosticCodes.NoSections, "no section headings recognised; the document is one section");
    public static Diagnostic SameLanguage(string code) => new(DiagnosticSeverity.Warning, DiagnosticCodes.SameLanguage, $"both documents are in '{code}': this is not a translation pair");
    public static Diagnostic SameDocument(double shared) => new(DiagnosticSeverity.Error, DiagnosticCodes.SameDocument, $"is the same document as the source ({Math.Round(shared * 100)}% of its word sequences are in both): a translation pair needs an original and its translation");
    public static Diagnostic WholeDocumentFallback() => new(DiagnosticSeverity.Warning, DiagnosticCodes.WholeDocumentFallback, "sections could not be paired; the whole documents were aligned as one block");
    public static Diagnostic UnpairedSection(string kind, string? heading, string missingIn, bool joined) => new(DiagnosticSeverity.Warning, DiagnosticCodes.UnpairedSection, $"{kind} section {(heading is null ? "" : $"\"{heading}\" ")}has no counterpart in the {missingIn} document; {(joined ? "its sentences were aligned with the section before it" : "its sentences are left unmatched")}");
    public static Diagnostic MostlyUnaligned() => new(DiagnosticSeverity.Warning, DiagnosticCodes.MostlyUnaligned, "most beads have low confidence: the documents may not be translations of each other");
    public static Diagnostic IndexMissing() => new(DiagnosticSeverity.Error, DiagnosticCodes.IndexMissing, "no concordance index here");
    public static Diagnostic NotAnIndex() => new(DiagnosticSeverity.Error, DiagnosticCodes.NotAnIndex, "directory is not empty and holds no concordance index; choose an empty or new directory");
    public static Diagnostic IndexCorrupt(string reason) => new(DiagnosticSeverity.Error, DiagnosticCodes.IndexCorrupt, $"concordance index is corrupt or unreadable ({reason})");
    public static Diagnostic IndexLocked(TimeSpan waited) => new(DiagnosticSeverity.Error, DiagnosticCodes.IndexLocked, $"another process is adding to the concordance index (waited {waited.TotalSeconds:0.#} s for its write lock); try again when it has finished");
    public static Diagnostic QueryInvalid(string reason) => new(DiagnosticSeverity.Error, DiagnosticCodes.QueryInvalid, $"cannot parse the query ({reason}); put a backslash before special characters such as ( ) : \" * ? or quote the phrase");
    public static Diagnostic QueryRefused(string reason) => new(DiagnosticSeverity.Error, DiagnosticCodes.QueryInvalid, $"query refused: {reason}");
    public static Diagnostic QueryEmpty() => new(DiagnosticSeverity.Error, DiagnosticCodes.QueryEmpty, "the query has no searchable words (only stop words or punctuation)");
    public static Diagnostic DifferentLanguages(string oldCode, string newCode) => new(DiagnosticSeverity.Warning, DiagnosticCodes.DifferentLanguages, $"the versions are in different languages ('{oldCode}' and '{newCode}'): a version diff compares two versions of the same report");
    public static Diagnostic InternalError(Exception e) => new(DiagnosticSeverity.Error, DiagnosticCodes.InternalError, $"internal error, please report it: {e.GetType().Name}: {e.Message}");
    public static Diagnostic LanguageCodeInvalid(string code) => new(DiagnosticSeverity.Error, DiagnosticCodes.LanguageCodeInvalid, $"'{code}' is not a language code (two or three letters, such as de or fr)");
    public static Diagnostic BeadNumbersNotCompared(int bead, int sourceNumbers, int targetNumbers, int more) => new(DiagnosticSeverity.Warning, DiagnosticCodes.NumbersNotCompared,
        $"bead {bead} holds {sourceNumbers:N0} and {targetNumbers:N0} numbers, too many to pair one by one (at most {InputLimits.MaxNumberPairsPerBead:N0} pairs to weigh): its numbers were not compared{(more > 0 ? $"; nor those of {more} more such bead(s)" : "")}");
    public static Diagnostic NumbersNotCompared(string sourceCode, string targetCode) => new(DiagnosticSeverity.Warning, DiagnosticCodes.NumbersNotCompared, $"no language data for {sourceCode}-{targetCode}: segments aligned with language-independent features, numbers not compared, confidence not calibrated");
}
