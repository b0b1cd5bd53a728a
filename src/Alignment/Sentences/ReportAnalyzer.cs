using Alignment.Languages;
using Alignment.Loading;
using Alignment.Sections;

namespace Alignment.Sentences;

/// <summary>
/// The single-document half of the pipeline: paragraphs → sections → sentences.
/// Immutable and thread-safe; per-call state lives in locals.
/// </summary>
internal sealed class ReportAnalyzer
{
    private readonly ConcurrentLanguageCache<SectionSplitter> _sectionSplitters = new(p => new SectionSplitter(p));
    private readonly ConcurrentLanguageCache<SentenceSplitter> _sentenceSplitters = new(p => new SentenceSplitter(p));

    public ReportStructure Analyze(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var profile = document.Language.RequiredProfile;
        string text = document.Text;
        var sectionSplitter = _sectionSplitters.Get(profile);
        var splitter = _sentenceSplitters.Get(profile);
        var paragraphs = ParagraphBuilder.Build(text, sectionSplitter.IsHeadingLine, document.MarkedHeadings, sectionSplitter.ContinuesTitleLine,
            splitter.OpensWithStarter);
        var sections = sectionSplitter.Split(text, paragraphs, document.MarkedHeadings);
        var diagnostics = new List<Diagnostic>();
        if (sections.All(s => s.Heading is null))
        {
            diagnostics.Add(Messages.NoSections());
        }

        var sentences = new List<SentenceSpan>();
        int p = 0;
        foreach (var section in sections)
        {
            if (section.HeadingEnd > section.HeadingStart)
            {
                Add(section.Index, section.HeadingStart, section.HeadingEnd, isHeading: true);
            }

            // Paragraphs are clipped to the section body: a heading can start inside a paragraph (older layouts).
            while (p < paragraphs.Count && paragraphs[p].End <= section.HeadingEnd)
            {
                p++;
            }

            for (int q = p; q < paragraphs.Count && paragraphs[q].Start < section.End; q++)
            {
                int start = Math.Max(paragraphs[q].Start, section.HeadingEnd);
                int end = Math.Min(paragraphs[q].End, section.End);
                if (start >= end)
                {
                    continue;
                }

                var normalized = TextNormalizer.Normalize(text, start, end, profile.HyphenPrefixes);

                // A paragraph with no letter or digit ("* *** *", a rule of dashes) is one separator unit, not several.
                var units = HasLetterOrDigit(normalized.Text) ? splitter.Split(normalized.Text) : [(0, normalized.Text.Length)];
                bool first = true;
                foreach (var (unitStart, e) in units)
                {
                    // A list item is a unit of its own; its bullet is layout, not text to align or translate.
                    int s = SkipBullet(normalized.Text, unitStart, e);
                    if (e > s)
                    {
                        var (os, oe) = normalized.ToOriginal(s, e);
                        Add(section.Index, os, oe, isHeading: false, normalized.Text[s..e], startsParagraph: first);
                        first = false;
                    }
                }
            }
        }

        return new ReportStructure(document, sections, sentences, diagnostics);

        void Add(int sectionIndex, int start, int end, bool isHeading, string? normalizedText = null, bool startsParagraph = true)
        {
            normalizedText ??= TextNormalizer.Normalize(text, start, end, profile.HyphenPrefixes).Text;
            sentences.Add(new SentenceSpan(sentences.Count, sectionIndex, start, end, text[start..end], normalizedText, isHeading) { StartsParagraph = startsParagraph });
        }
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    internal static int SkipBullet(string text, int start, int end)
    {
        int k = start;
        while (k < end && text[k] is '•' or '▪' or '◦' or '●' or '‣' or '·')
        {
            k++;
            while (k < end && text[k] == ' ')
            {
                k++;
            }
        }

        return k < end ? k : start;
    }
}
