using Alignment.Languages;
using Alignment.Loading;
using Alignment.Sentences;

namespace Alignment;

/// <summary>
/// The single-document building blocks: split a text into sentences with offsets, analyse a report's sections and
/// sentences. The same rules as <see cref="BitextAligner"/> (abbreviations, list items, numbers such as <c>1.054</c>,
/// line-end hyphens joined in the normalized text). Stateless and thread-safe.
/// </summary>
public static class TextAnalysis
{
    private static readonly ConcurrentLanguageCache<SentenceSplitter> Splitters = new(p => new SentenceSplitter(p));
    private static readonly ReportAnalyzer Analyzer = new();

    /// <summary>
    /// Splits <paramref name="text"/> into sentences, paragraph by paragraph (a blank line or a line layout ends a
    /// paragraph; a line wrapped inside a sentence does not). Each <see cref="SentenceSpan"/> carries <c>[Start, End)</c>
    /// offsets into <paramref name="text"/> (UTF-16 code units), the original text and the normalized text beside it;
    /// <see cref="SentenceSpan.SectionIndex"/> is 0. Empty or white-space text gives an empty list.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <param name="language">A language with data (<see cref="Language.Spanish"/>, <see cref="Language.English"/>): its abbreviations and sentence starters.</param>
    /// <param name="cancellationToken">Checked between paragraphs.</param>
    /// <exception cref="ArgumentException">The library has no language data for <paramref name="language"/>.</exception>
    public static IReadOnlyList<SentenceSpan> SplitSentences(string text, Language language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        var profile = language.Profile
            ?? throw new ArgumentException($"No sentence data for language '{language}' (supported: {string.Join(", ", Language.WithLanguageData)}).", nameof(language));
        var splitter = Splitters.Get(profile);
        var sentences = new List<SentenceSpan>();
        foreach (var paragraph in ParagraphBuilder.Build(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var normalized = TextNormalizer.Normalize(text, paragraph.Start, paragraph.End);
            foreach (var (unitStart, end) in splitter.Split(normalized.Text))
            {
                int start = ReportAnalyzer.SkipBullet(normalized.Text, unitStart, end);
                if (end > start)
                {
                    var (originalStart, originalEnd) = normalized.ToOriginal(start, end);
                    sentences.Add(new SentenceSpan(sentences.Count, 0, originalStart, originalEnd, text[originalStart..originalEnd],
                        normalized.Text[start..end], IsHeading: false));
                }
            }
        }

        return sentences.AsReadOnly();
    }

    /// <summary>
    /// Analyses a report: its sections (kind, heading, offsets) and its sentences, headings included and marked.
    /// A report without recognisable headings is one section, with a diagnostic saying so.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ReportStructure Analyze(ReportDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        return Analyzer.Analyze(document);
    }
}
