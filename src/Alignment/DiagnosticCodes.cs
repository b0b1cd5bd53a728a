namespace Alignment;

/// <summary>
/// The stable codes of <see cref="Diagnostic.Code"/>: what scripts match on, in the JSON outputs and in
/// <see cref="ReportFormatException.Diagnostic"/>. A code never changes once published; several messages may share one.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>Info: <c>finding … (bead …: …) left out of the gate: marked false-alarm in the baseline by … (note)</c> (<c>check</c>, <c>batch</c> with <c>--baseline</c>).</summary>
    public const string BaselineSuppressed = "baseline-suppressed";

    /// <summary>Warning: <c>baseline entry … (…) matches no finding of this pair any more</c>.</summary>
    public const string BaselineUnmatched = "baseline-unmatched";

    /// <summary>Error: <c>baseline file is not a review decisions file: …</c>.</summary>
    public const string BaselineUnreadable = "baseline-unreadable";

    /// <summary>Error: <c>file is binary, not text</c>.</summary>
    public const string BinaryFile = "binary-file";

    /// <summary>Error: <c>… decompresses to more than … bytes, the limit for a report; refused as a possible decompression bomb</c>.</summary>
    public const string DecompressionLimit = "decompression-limit";

    /// <summary>Error: <c>line …: not a dictionary entry: expected "target @ source" (hunalign) or "source&lt;TAB&gt;target" (TSV)</c>.</summary>
    public const string DictionaryFormat = "dictionary-format";

    /// <summary>Error: <c>line …: expected one "target @ source" entry (hunalign format)</c>, and the other malformed lines of a dictionary or its index.</summary>
    public const string DictionaryLine = "dictionary-line";

    /// <summary>Error: <c>not a gzip/dictzip file (…)</c>.</summary>
    public const string DictionaryUnreadable = "dictionary-unreadable";

    /// <summary>Warning: <c>the versions are in different languages ('…' and '…'): a version diff compares two versions of the same report</c>.</summary>
    public const string DifferentLanguages = "different-languages";

    /// <summary>Error: <c>Word document cannot be read; it may be damaged or truncated (…)</c>.</summary>
    public const string DocxUnreadable = "docx-unreadable";

    /// <summary>Error: <c>file is empty</c>.</summary>
    public const string EmptyFile = "empty-file";

    /// <summary>Error: <c>file not found</c>.</summary>
    public const string FileNotFound = "file-not-found";

    /// <summary>Error: <c>cannot read file (…)</c>.</summary>
    public const string FileUnreadable = "file-unreadable";

    /// <summary>Error: <c>HTML nests elements more than … deep; refused (no report is built that way, and parsing it would take minutes)</c>.</summary>
    public const string HtmlTooDeep = "html-too-deep";

    /// <summary>Error: <c>concordance index is corrupt or unreadable (…)</c>.</summary>
    public const string IndexCorrupt = "index-corrupt";

    /// <summary>Error: <c>another process is adding to the concordance index (waited … s for its write lock); try again when it has finished</c>.</summary>
    public const string IndexLocked = "index-locked";

    /// <summary>Error: <c>no concordance index here</c>.</summary>
    public const string IndexMissing = "index-missing";

    /// <summary>Error: <c>is the batch's output file; refused (the output never replaces an input)</c>.</summary>
    public const string InputIsOutput = "input-is-output";

    /// <summary>Error: <c>internal error, please report it: …: …</c>.</summary>
    public const string InternalError = "internal-error";

    /// <summary>Warning: <c>file is not valid UTF-8: … damaged byte sequence(s) replaced with U+FFFD</c>.</summary>
    public const string InvalidUtf8 = "invalid-utf-8";

    /// <summary>Error: <c>is a directory, not a file</c>.</summary>
    public const string IsDirectory = "is-directory";

    /// <summary>Error: <c>'…' is not a language code (two or three letters, such as de or fr)</c>.</summary>
    public const string LanguageCodeInvalid = "language-code-invalid";

    /// <summary>Warning: <c>could not tell the language; assuming '…'</c>.</summary>
    public const string LanguageUnknown = "language-unknown";

    /// <summary>Info: <c>language taken as '…': its own evidence is thin, and the other document is in '…'</c>.</summary>
    public const string LanguageInferred = "language-inferred";

    /// <summary>Error: <c>could not tell the languages of the pair: …</c> (a short or mixed text the other document cannot settle).</summary>
    public const string LanguageUndetermined = "language-undetermined";

    /// <summary>Error: <c>language '…' is not supported</c>.</summary>
    public const string LanguageUnsupported = "language-unsupported";

    /// <summary>Error: <c>manifest lists no pairs</c>.</summary>
    public const string ManifestEmpty = "manifest-empty";

    /// <summary>Error: <c>CSV manifest must start with a header naming the columns source,target (and optionally name)</c>.</summary>
    public const string ManifestHeader = "manifest-header";

    /// <summary>Error: <c>line …: …</c>.</summary>
    public const string ManifestLine = "manifest-line";

    /// <summary>Warning: <c>most beads have low confidence: the documents may not be translations of each other</c>.</summary>
    public const string MostlyUnaligned = "mostly-unaligned";

    /// <summary>Error: <c>no NAME.….EXT (or NAME_….EXT) file with a counterpart in another language</c>.</summary>
    public const string NoPairs = "no-pairs";

    /// <summary>Info: <c>no section headings recognised; the document is one section</c>.</summary>
    public const string NoSections = "no-sections";

    /// <summary>Error: <c>file contains no text (only white space)</c>.</summary>
    public const string NoText = "no-text";

    /// <summary>Error: <c>directory is not empty and holds no concordance index; choose an empty or new directory</c>.</summary>
    public const string NotAnIndex = "not-an-index";

    /// <summary>Error: <c>file is a zip archive but not a Word document (.docx has word/document.xml)</c>.</summary>
    public const string NotDocx = "not-docx";

    /// <summary>
    /// Warning: <c>no language data for …-…: segments aligned with language-independent features, numbers not compared, confidence not calibrated</c>,
    /// or <c>bead … holds … and … numbers, too many to pair one by one …: its numbers were not compared</c>.
    /// </summary>
    public const string NumbersNotCompared = "numbers-not-compared";

    /// <summary>Error: <c>cannot write output: its folder does not exist</c>.</summary>
    public const string OutputFolderMissing = "output-folder-missing";

    /// <summary>Error: <c>output file is one of the inputs; refusing to overwrite it (choose another file)</c>.</summary>
    public const string OutputIsInput = "output-is-input";

    /// <summary>Error: <c>cannot write output (…)</c>.</summary>
    public const string OutputUnwritable = "output-unwritable";

    /// <summary>Error: <c>resolves outside the root folder …; refused</c>.</summary>
    public const string OutsideRoot = "outside-root";

    /// <summary>Error: <c>PDF is encrypted; save an unprotected copy first</c>.</summary>
    public const string PdfEncrypted = "pdf-encrypted";

    /// <summary>Error: <c>PDF has no text layer; run OCR first</c>.</summary>
    public const string PdfNoText = "pdf-no-text";

    /// <summary>Error: <c>PDF cannot be read; it may be damaged or truncated (…)</c>.</summary>
    public const string PdfUnreadable = "pdf-unreadable";

    /// <summary>Error: <c>permission denied</c>.</summary>
    public const string PermissionDenied = "permission-denied";

    /// <summary>Info: <c>left out … running heads, running feet and page numbers of its … pages</c> (a paginated text: PDF extraction, pdftotext output).</summary>
    public const string PageFurniture = "page-furniture";

    /// <summary>Error: <c>the query has no searchable words (only stop words or punctuation)</c>.</summary>
    public const string QueryEmpty = "query-empty";

    /// <summary>Error: <c>cannot parse the query (…); put a backslash before special characters such as ( ) : " * ? or quote the phrase</c>.</summary>
    public const string QueryInvalid = "query-invalid";

    /// <summary>Warning: <c>text contains … replacement character(s) (U+FFFD): it was damaged before it reached us</c>.</summary>
    public const string ReplacementCharacters = "replacement-characters";

    /// <summary>Error: <c>is the same document as the source (…% of its word sequences are in both): a translation pair needs an original and its translation</c>.</summary>
    public const string SameDocument = "same-document";

    /// <summary>Error: <c>both documents are in '…': this is not a translation pair</c>.</summary>
    public const string SameLanguage = "same-language";

    /// <summary>Error: <c>can be read only once; give '-' for one input only</c>.</summary>
    public const string StdinTwice = "stdin-twice";

    /// <summary>Error: <c>input is larger than the limit of … bytes; stopped reading</c>.</summary>
    public const string TooLarge = "too-large";

    /// <summary>Error: <c>file is not valid UTF-8, UTF-16 or Windows-1252 text</c>.</summary>
    public const string Undecodable = "undecodable";

    /// <summary>Warning: <c>no counterpart: a pair needs NAME.….EXT and NAME.xx.EXT (or NAME_….EXT and NAME_xx.EXT); skipped</c>.</summary>
    public const string UnpairedFile = "unpaired-file";

    /// <summary>Warning: <c>"… section …has no counterpart in the … document</c>.</summary>
    public const string UnpairedSection = "unpaired-section";

    /// <summary>Warning: <c>sections could not be paired; the whole documents were aligned as one block</c>.</summary>
    public const string WholeDocumentFallback = "whole-document-fallback";

    /// <summary>Info: <c>file is not valid UTF-8; decoded as Windows-1252</c>.</summary>
    public const string Windows1252 = "windows-1252";
}
