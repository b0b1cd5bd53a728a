using Alignment.Aligning;
using Alignment.Languages;
using Alignment.Loading;

namespace Alignment;

/// <summary>
/// Aligns files of pre-split segments, one a line (the input of hunalign, Vecalign, Bleualign and the Moses
/// tools): no sections, no sentence splitting, segment ids are 0-based line numbers. A language pair without
/// language data (<c>de</c>–<c>fr</c>) is aligned with the language-independent features only, exactly as
/// the Text+Berg benchmark does, and its numbers are not compared. Stateless and thread-safe.
/// </summary>
internal static class LinesAligner
{
    /// <summary>What <see cref="ReportDocument.TextSource"/> says of a document read as one segment a line.</summary>
    public const string TextSource = "plain text, one segment a line";

    /// <summary>
    /// Reads a text file (or FIFO) whose lines are segments. <paramref name="language"/> may be any language code; codes
    /// without language data are kept as given. Throws <see cref="ReportFormatException"/> for unusable files.
    /// </summary>
    public static ReportDocument Load(string path, string? language)
    {
        ArgumentNullException.ThrowIfNull(path);
        CheckLanguage(language, path);
        if (Directory.Exists(path))
        {
            throw new ReportFormatException(Messages.IsDirectory(), path);
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        }
        catch (Exception e) when (FileSystemErrors.IsFileSystemError(e))
        {
            throw new ReportFormatException(FileSystemErrors.Describe(e), path);
        }

        using (stream)
        {
            return FromStream(stream, path, language);
        }
    }

    /// <summary>Reads segments, one a line, from a stream (standard input, a pipe) within <see cref="ReportLoader.MaxFileBytes"/>.</summary>
    public static ReportDocument FromStream(Stream stream, string name, string? language)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        CheckLanguage(language, name);
        byte[]? bytes;
        try
        {
            bytes = BoundedReading.ReadAll(stream, ReportLoader.MaxFileBytes);
        }
        catch (Exception e) when (FileSystemErrors.IsFileSystemError(e))
        {
            throw new ReportFormatException(FileSystemErrors.Describe(e), name);
        }

        if (bytes is null)
        {
            throw new ReportFormatException(Messages.InputTooLarge(ReportLoader.MaxFileBytes), name);
        }

        if (bytes.Length == 0)
        {
            throw new ReportFormatException(Messages.FileEmpty(), name);
        }

        // Decoded as text whatever it looks like: a segment file is never a PDF, DOCX or HTML page.
        var (text, encodingName, problem, note) = TextDecoder.Decode(bytes);
        if (text is null)
        {
            throw new ReportFormatException(problem ?? Messages.Undecodable(), name);
        }

        bool known = language is null || LanguageProfile.Find(language) is not null;
        var loaded = ReportLoader.FromText(text, name, known ? language : null, encodingName, TextSource, note is null ? [] : [note]).GetDocumentOrThrow();
        if (known)
        {
            return loaded;
        }

        var diagnostics = loaded.Diagnostics.Where(d => d.Code != DiagnosticCodes.LanguageUnknown).ToList();
        return new ReportDocument(loaded.Name, loaded.Text, language!.ToLowerInvariant(), loaded.EncodingName, loaded.TextSource, diagnostics);
    }

    private static void CheckLanguage(string? language, string name)
    {
        if (language is not null && !IsLanguageCode(language))
        {
            throw new ReportFormatException(Messages.LanguageCodeInvalid(language), name);
        }
    }

    /// <summary>Splits a document into its lines: one segment each (empty lines too, so ids stay line numbers), one section.</summary>
    public static ReportStructure Segments(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        var segments = new List<SentenceSpan>();
        int start = 0;
        while (start < text.Length)
        {
            int newline = text.IndexOf('\n', start);
            int next = newline < 0 ? text.Length : newline + 1;
            int end = newline < 0 ? text.Length : newline;
            if (end > start && text[end - 1] == '\r')
            {
                end--;
            }

            string line = text[start..end];
            segments.Add(new SentenceSpan(segments.Count, 0, start, end, line, line, IsHeading: false));
            start = next;
        }

        var section = new Section(0, SectionKind.Other, null, 0, 0, 0, text.Length);
        return new ReportStructure(document, [section], segments, []);
    }

    /// <summary>Aligns the segments of two documents as one block; numbers are compared when both languages have data.</summary>
    public static BitextResult Align(ReportDocument source, ReportDocument target, AlignerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        return Align(Segments(source), Segments(target), BlockAlignerFor(source.Language, target.Language, options), options, cancellationToken);
    }

    /// <summary>The block aligner of a language pair: full features with language data for both, else the language-independent ones.</summary>
    public static BlockAligner BlockAlignerFor(string sourceLanguage, string targetLanguage, AlignerOptions options)
    {
        var sourceProfile = LanguageProfile.Find(sourceLanguage);
        var targetProfile = LanguageProfile.Find(targetLanguage);
        return sourceProfile is not null && targetProfile is not null
            ? new BlockAligner(sourceProfile, targetProfile, options)
            : new BlockAligner(null, null, options);
    }

    /// <summary>
    /// Aligns two one-section structures of segments as one block with <paramref name="aligner"/> (from
    /// <see cref="BlockAlignerFor"/> for the documents' languages).
    /// </summary>
    public static BitextResult Align(ReportStructure sourceStructure, ReportStructure targetStructure, BlockAligner aligner, AlignerOptions options,
        CancellationToken cancellationToken)
    {
        var source = sourceStructure.Document;
        var target = targetStructure.Document;
        var diagnostics = new List<Diagnostic>();
        if (source.Language == target.Language)
        {
            diagnostics.Add(Messages.SameLanguage(source.Language));
        }

        bool profiled = LanguageProfile.Find(source.Language) is not null && LanguageProfile.Find(target.Language) is not null;
        var section = sourceStructure.Sections[0];
        var block = new AlignmentBlock(SectionKind.Other, sourceStructure.Sentences, targetStructure.Sentences);
        var beads = SectionBlocks.AlignAll(aligner, [block], cancellationToken);
        // Confidence is calibrated on es-en features: without language data most right beads score below the
        // threshold (87 % on Text+Berg, whose strict precision is 0.83), so the warning would be a false alarm.
        if (profiled && beads.Count > 0 && beads.Count(b => b.Confidence < options.LowConfidence) > beads.Count / 2)
        {
            diagnostics.Add(Messages.MostlyUnaligned());
        }

        var pairs = new[] { new SectionPair(SectionKind.Other, section, targetStructure.Sections[0]) };
        IReadOnlyList<Finding> findings = [];
        Comparing.SentenceNumbers? numbers = null;
        if (profiled)
        {
            // The same findings as a report pair: numbers, then truncation, missing content and partial omissions.
            cancellationToken.ThrowIfCancellationRequested();
            numbers = new Comparing.SentenceNumbers(sourceStructure.Sentences.Count, targetStructure.Sentences.Count);
            var numberFindings = Comparing.NumberComparer.For(source, target).Compare(beads, source, target, numbers);
            var partial = FindingsStage.PartialFinder(source.Language, target.Language).Find(beads);
            findings = FindingsStage.Complete(sourceStructure, targetStructure, pairs, beads, numberFindings, partial, options.LowConfidence);
        }
        else
        {
            diagnostics.Add(Messages.NumbersNotCompared(source.Language, target.Language));
        }

        return new BitextResult(sourceStructure, targetStructure, pairs, beads, findings, diagnostics) { Numbers = numbers, LowConfidenceThreshold = options.LowConfidence };
    }

    /// <summary>Whether <paramref name="code"/> looks like a language code: two or three ASCII letters.</summary>
    public static bool IsLanguageCode(string code) =>
        code.Length is 2 or 3 && code.All(char.IsAsciiLetter);
}
