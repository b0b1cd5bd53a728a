using Alignment.Languages;
using Alignment.Loading;

namespace Alignment.Sections;

/// <summary>
/// Finds the sections of a report from its paragraphs: a title line (<c>Peru (Tier 2)</c>), heading
/// paragraphs (classified into a kind by the language's <see cref="HeadingLexicon"/>, else
/// <see cref="SectionKind.Other"/>), run-in headings at the start of a line (<c>Recomendaciones para el
/// Perú: Debe ...</c>, so a section may start inside a paragraph), and, before the first heading,
/// headless sections recognised by their opening words (the trafficking profile of older reports).
/// Immutable and thread-safe.
/// </summary>
internal sealed class SectionSplitter
{
    // A run-in heading ends with a colon within this many characters of the line start, and this many words.
    private const int MaxRunInLength = 60;
    private const int MaxRunInWords = 8;

    // The longest paragraph a document's markup may call a heading and be taken at its word: about two lines of a page.
    // Longer, it is a paragraph someone styled as a heading (a pull quote, a lead paragraph in h2).
    private const int MaxMarkedHeadingLength = 160;

    private readonly HeadingLexicon _lexicon;
    private readonly IReadOnlySet<string> _hyphenPrefixes;

    public SectionSplitter(LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _lexicon = new HeadingLexicon(profile);
        _hyphenPrefixes = profile.HyphenPrefixes;
    }

    /// <summary>
    /// Whether a line on its own is a heading this language names (<c>Protección</c>, <c>Prosecution of
    /// human trafficking</c>): at most <see cref="MaxRunInWords"/> words, starting with a capital or a
    /// section number, not ending like a sentence or clause, in a known family. For
    /// <see cref="ParagraphBuilder.Build(string, HeadingLinePredicate?, Loading.MarkedHeadings?, HeadingLinePredicate?, HeadingLinePredicate?)"/>.
    /// </summary>
    public bool IsHeadingLine(ReadOnlySpan<char> line)
    {
        // A title line ("PERU: Tier 2") stands alone too, whatever its case.
        if (_lexicon.IsTitle(line))
        {
            return true;
        }

        var rest = HeadingShape.SkipSectionNumber(line);
        return rest.Length > 0 && rest.Length <= MaxRunInLength && char.IsUpper(rest[0])
            && line[^1] is not ('.' or ',' or ';' or '-')
            && HeadingShape.CountWords(line) <= MaxRunInWords
            && _lexicon.ClassifyHeading(line) is not null;
    }

    /// <summary>
    /// Whether a line opens with a word that cannot open a heading (<c>UNDER ARTICLE 44 OF THE CONVENTION</c>), so a line in
    /// capitals that does goes on the title in capitals above it. For
    /// <see cref="ParagraphBuilder.Build(string, HeadingLinePredicate?, Loading.MarkedHeadings?, HeadingLinePredicate?, HeadingLinePredicate?)"/>.
    /// </summary>
    public bool ContinuesTitleLine(ReadOnlySpan<char> line) => _lexicon.OpensWithTitleContinuation(line);

    /// <summary>
    /// Splits the text into sections that cover every paragraph, in order and contiguous: the first
    /// starts at the first paragraph, each ends where the next starts, the last ends with the last
    /// paragraph. A section's heading, if any, is <c>[HeadingStart, HeadingEnd)</c>; its body runs from
    /// <c>HeadingEnd</c> to <c>End</c>. Text with no recognisable heading comes back as one section.
    /// </summary>
    /// <param name="text">The document's text.</param>
    /// <param name="paragraphs">Its paragraphs.</param>
    /// <param name="marked">The paragraphs its markup calls headings (HTML <c>h1</c>–<c>h6</c>, DOCX heading styles): headings
    /// whatever their wording, when they are one line of at most <see cref="MaxMarkedHeadingLength"/> characters.</param>
    public IReadOnlyList<Section> Split(string text, IReadOnlyList<Paragraph> paragraphs, Loading.MarkedHeadings? marked = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        if (paragraphs.Count == 0)
        {
            return [];
        }

        var starts = new List<Boundary>();
        bool preamble = true;
        bool titleSeen = false;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var span = text.AsSpan(paragraph.Start, paragraph.End - paragraph.Start);

            // "3.1" on a line of its own, then "Victims' profile": one heading. Not a page number before a heading that carries
            // its own number ("46" / "CHAPTER II").
            if (HeadingShape.IsSectionNumberOnly(span) && p + 1 < paragraphs.Count && IsHeadingParagraph(text, paragraphs[p + 1])
                && !CarriesOwnNumber(text.AsSpan(paragraphs[p + 1].Start, paragraphs[p + 1].End - paragraphs[p + 1].Start)))
            {
                var next = paragraphs[p + 1];
                var headingKind = _lexicon.ClassifyHeading(text.AsSpan(next.Start, next.End - next.Start)) ?? SectionKind.Other;
                starts.Add(new Boundary(paragraph.Start, next.End, headingKind));
                preamble = false;
                p++;
                continue;
            }

            if (preamble && !titleSeen && span.IndexOfAny('\n', '\r') < 0 && _lexicon.IsTitle(span))
            {
                starts.Add(new Boundary(paragraph.Start, paragraph.End, SectionKind.Title));
                titleSeen = true;
                continue;
            }

            if (IsHeadingParagraph(text, paragraph) || IsMarkedHeading(text, paragraph, marked))
            {

                starts.Add(new Boundary(paragraph.Start, paragraph.End, _lexicon.ClassifyHeading(span) ?? SectionKind.Other));
                preamble = false;
                continue;
            }

            var runIns = RunInHeadings(text, paragraph);
            if ((preamble || starts.Count == 0) && !(runIns.Count > 0 && runIns[0].HeadingStart == paragraph.Start))
            {
                var cue = _lexicon.ClassifyOpening(span[..Math.Min(span.Length, 400)]);
                var kind = starts.Count == 0 ? cue ?? SectionKind.Other
                    : starts[^1].Kind == SectionKind.Title ? cue ?? SectionKind.Summary
                    : starts[^1].HeadingEnd == starts[^1].HeadingStart && cue is { } k && k != starts[^1].Kind ? k
                    : (SectionKind?)null;
                if (kind is { } headless)
                {
                    starts.Add(new Boundary(paragraph.Start, paragraph.Start, headless));
                }
            }

            starts.AddRange(runIns);
            preamble &= runIns.Count == 0;
        }

        return Build(text, paragraphs, starts, _hyphenPrefixes);
    }

    /// <summary>Whether the document's markup calls the paragraph a heading, and it is short enough to be one.</summary>
    private static bool IsMarkedHeading(string text, Paragraph paragraph, Loading.MarkedHeadings? marked)
    {
        if (marked is null || marked.Count == 0 || paragraph.End - paragraph.Start > MaxMarkedHeadingLength || !marked.Covers(paragraph.Start, paragraph.End))
        {
            return false;
        }

        var span = text.AsSpan(paragraph.Start, paragraph.End - paragraph.Start);
        return span.IndexOfAny('\n', '\r') < 0 && span.ContainsAnyExcept(" \t\u00A0•*-–—_.");
    }

    /// <summary>Whether the paragraph is a heading by its layout: one short, heading-like line.</summary>
    private static bool IsHeadingParagraph(string text, Paragraph paragraph)
    {
        var span = text.AsSpan(paragraph.Start, paragraph.End - paragraph.Start);
        return span.IndexOfAny('\n', '\r') < 0 ? HeadingShape.IsHeadingLike(span) : IsWrappedCapitalsHeading(span) || IsMarkedHeadingLine(span);
    }

    // "II." / "Major developments in the peace process": an outline mark PDF extraction set on a line of its own above its
    // heading, which the paragraph builder joined to it (see LineLayout.IsParagraphMark).
    private static bool IsMarkedHeadingLine(ReadOnlySpan<char> span)
    {
        int end = span.IndexOfAny('\n', '\r');
        var rest = span[(end + 1)..].Trim();
        return LineLayout.IsParagraphMark(span[..end]) && rest.Length > 0 && rest.IndexOfAny('\n', '\r') < 0 && HeadingShape.IsHeadingLike(rest);
    }

    /// <summary>The most lines a title in capitals is wrapped over and still read as one heading.</summary>
    private const int MaxWrappedHeadingLines = 3;

    // A title in capitals wrapped over a few lines, each heading-like and in capitals (see ParagraphBuilder).
    private static bool IsWrappedCapitalsHeading(ReadOnlySpan<char> span)
    {
        int lines = 0;
        while (span.Length > 0)
        {
            int end = span.IndexOfAny('\n', '\r');
            var line = end < 0 ? span : span[..end];
            span = end < 0 ? ReadOnlySpan<char>.Empty : span[(end + 1)..];
            if (line.IsWhiteSpace())
            {
                continue;
            }

            if (++lines > MaxWrappedHeadingLines || !HeadingShape.IsHeadingLike(line) || LineClassifier.ContainsLower(line))
            {
                return false;
            }
        }

        return lines > 1;
    }


    // Line starts in the paragraph that follow a sentence end and open with "Known heading:".
    private List<Boundary> RunInHeadings(string text, Paragraph paragraph)
    {
        var found = new List<Boundary>();
        int lineStart = paragraph.Start;
        while (lineStart < paragraph.End)
        {
            int lineEnd = TextNormalizer.LineEnd(text, lineStart, paragraph.End);

            if (char.IsUpper(text[lineStart]) && (lineStart == paragraph.Start || EndsSentence(text, paragraph.Start, lineStart)))
            {
                int limit = Math.Min(lineEnd, lineStart + MaxRunInLength);
                int colon = text.IndexOf(':', lineStart, limit - lineStart);
                if (colon > lineStart)
                {
                    var heading = text.AsSpan(lineStart, colon + 1 - lineStart);
                    if (HeadingShape.CountWords(heading) <= MaxRunInWords && heading.IndexOfAny(";!?") < 0 && !heading.Contains(". ", StringComparison.Ordinal)
                        && _lexicon.ClassifyHeading(heading) is { } kind)
                    {
                        found.Add(new Boundary(lineStart, colon + 1, kind));
                    }
                }
                else if (CapitalsRunEnd(text, lineStart, limit) is int end and > 0
                    && _lexicon.ClassifyHeading(text.AsSpan(lineStart, end - lineStart)) is { } capitalsKind)
                {
                    found.Add(new Boundary(lineStart, end, capitalsKind));
                }
            }

            // Next non-blank line.
            lineStart = lineEnd;
            while (lineStart < paragraph.End && TextNormalizer.IsSpace(text[lineStart]))
            {
                lineStart++;
            }
        }

        return found;
    }

    /// <summary>
    /// The end of a heading in capitals run into the sentence after it, as a PDF extraction joins them ("RESUMEN La
    /// desigualdad económica…", "EXECUTIVE SUMMARY The report…"): words in capitals from <paramref name="start"/>, then a
    /// space and a word in upper then lower case, all before <paramref name="limit"/>; 0 when the line does not open so.
    /// Whether the capitals name a heading is the caller's question (an acronym such as "ONU Mujeres" names none).
    /// </summary>
    private static int CapitalsRunEnd(string text, int start, int limit)
    {
        int k = start, end = 0;
        while (k < limit)
        {
            int word = k;
            while (k < limit && (char.IsUpper(text[k]) || (k > word && text[k] is '-' or '\'')))
            {
                k++;
            }

            if (k - word < 2 || (k < limit && char.IsLetterOrDigit(text[k])))
            {
                // Not a word in capitals: the run ends at the one before, if the word starts a sentence ("La", "The").
                return end > 0 && k - word == 1 && k < limit && char.IsLower(text[k]) ? end : 0;
            }

            end = k;
            if (k >= limit || text[k] != ' ')
            {
                return 0;
            }

            k++;
        }

        return 0;
    }

    // Whether the text before position (within the paragraph) ends a sentence.
    private static bool EndsSentence(string text, int paragraphStart, int position)
    {
        int k = position - 1;
        while (k > paragraphStart && (TextNormalizer.IsSpace(text[k]) || text[k] is '"' or ')' or '\u201D' or '\u2019'))
        {
            k--;
        }

        return text[k] is '.' or '!' or '?' or ':';
    }

    /// <summary>
    /// Whether a heading has a number of its own: a figure, or a Roman numeral of two letters or more ("CHAPTER II",
    /// "PART IV", "Capítulo 3"); a single "I" is a word as often as a numeral.
    /// </summary>
    internal static bool CarriesOwnNumber(ReadOnlySpan<char> heading)
    {
        while (!heading.IsEmpty)
        {
            int space = heading.IndexOf(' ');
            var token = (space < 0 ? heading : heading[..space]).TrimEnd(".:)");
            if (token.ContainsAnyInRange('0', '9') || (token.Length >= 2 && IsRomanNumeral(token)))
            {
                return true;
            }

            heading = space < 0 ? [] : heading[(space + 1)..];
        }

        return false;
    }

    // Whether a token is a Roman numeral from 1 to 99 written the usual way (II, IV, XIV, LXXX), not a word of those letters
    // (CIVIL, LIVID): the tens part, then the units part, each one of its canonical forms.
    internal static bool IsRomanNumeral(ReadOnlySpan<char> token)
    {
        ReadOnlySpan<string> tens = ["LXXX", "LXX", "LX", "XC", "XL", "XXX", "XX", "X", "L"];
        ReadOnlySpan<string> units = ["VIII", "VII", "III", "IX", "IV", "VI", "II", "I", "V"];
        foreach (var ten in tens)
        {
            if (token.StartsWith(ten, StringComparison.Ordinal))
            {
                token = token[ten.Length..];
                break;
            }
        }

        if (token.IsEmpty)
        {
            return true;
        }

        foreach (var unit in units)
        {
            if (token.SequenceEqual(unit))
            {
                return true;
            }
        }

        return false;
    }


    private static List<Section> Build(string text, IReadOnlyList<Paragraph> paragraphs, List<Boundary> starts, IReadOnlySet<string> hyphenPrefixes)
    {
        int first = paragraphs[0].Start;
        int last = paragraphs[^1].End;
        if (starts.Count == 0 || starts[0].HeadingStart > first)
        {
            starts.Insert(0, new Boundary(first, first, SectionKind.Other));
        }

        var sections = new List<Section>(starts.Count);
        for (int k = 0; k < starts.Count; k++)
        {
            var b = starts[k];
            int end = k + 1 < starts.Count ? starts[k + 1].HeadingStart : last;
            // The heading text is normalized (a numbered heading can span lines: "3.1\n\nVictims’ profile"); its offsets keep the original.
            string? heading = b.HeadingEnd > b.HeadingStart ? TextNormalizer.Normalize(text, b.HeadingStart, b.HeadingEnd, hyphenPrefixes).Text : null;
            sections.Add(new Section(k, b.Kind, heading, b.HeadingStart, b.HeadingEnd, b.HeadingStart, end));
        }

        return sections;
    }

    private sealed record Boundary(int HeadingStart, int HeadingEnd, SectionKind Kind);
}
