using Alignment.Loading;
using Alignment.Languages;
using static Alignment.Sentences.SentencePunctuation;

namespace Alignment.Sentences;

/// <summary>
/// Splits normalized paragraph text into sentences using the language's abbreviations and rules.
/// Immutable and thread-safe: one instance per language serves every caller.
/// </summary>
/// <remarks>
/// One left-to-right walk over the text. A unit ends at a cluster of terminators (<c>. ? ! …</c>,
/// spaced ellipses, closing quotes and brackets) followed by a space and a sentence start, before a
/// bullet (<c>•</c>, which stays with its item), before the next item of a numbered or lettered list,
/// and around a rule of underscores. Whether a period ends a sentence depends on the token before it
/// (abbreviation, title, initial, number) and the word after it, all read from the
/// <see cref="SentenceRules"/> data. Every look-back and look-ahead is bounded, so the walk is linear
/// even on a line of dots or one huge word.
/// </remarks>
internal sealed class SentenceSplitter
{
    private readonly PeriodRule _periodRule;
    private readonly SpanWordSet _starters;

    public SentenceSplitter(LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var rules = new SentenceRules(profile);
        _periodRule = new PeriodRule(rules);
        _starters = rules.Starters;
    }

    /// <summary>
    /// Whether a line opens, after any opening quotes, ¿ ¡ or brackets, with a capitalised word the language starts sentences
    /// with ("The", "Un", "La": its sentence-starters list). For the paragraph builder, which reads a line break before such a
    /// word as a unit's end in some layouts.
    /// </summary>
    public bool OpensWithStarter(ReadOnlySpan<char> line)
    {
        int start = LineLayout.OpeningEnd(line, brackets: true);
        int end = start;
        while (end < line.Length && end - start <= _starters.MaxLength && char.IsLetter(line[end]))
        {
            end++;
        }

        return end > start && (end == line.Length || !char.IsLetter(line[end])) && char.IsUpper(line[start]) && _starters.Contains(line[start..end]);
    }

    /// <summary>
    /// Splits <paramref name="text"/> (one normalized paragraph: single spaces, no line breaks) into
    /// sentence ranges <c>[Start, End)</c> (UTF-16 offsets), in order, each trimmed of surrounding spaces;
    /// together they cover every non-space character. Never throws on odd text.
    /// </summary>
    public IReadOnlyList<(int Start, int End)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var walk = new Walk(text);
        ReadOnlySpan<char> s = text;
        int n = s.Length;

        // The active list: the kind of its markers and the value the next item must carry.
        var listKind = ListMarkerKind.None;
        int listNext = 0;
        bool atUnitHead = true;
        int outlineCut = OutlineRunInCut(s);

        // The number the next numbered paragraph carries ("1. El Comité …", "2.The Committee …"), 0 before the first: a copy that
        // lost its line breaks runs a document's numbered paragraphs and headings into one line, and the numbers are what is left.
        int paragraphNext = 0;
        int lastSecondParagraph = NotSought;
        int i = 0;
        while (i < n)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            bool tokenStart = i == 0 || char.IsWhiteSpace(s[i - 1]) || IsBullet(s[i - 1]);
            if (tokenStart)
            {
                if (i == outlineCut)
                {
                    walk.Close(i);
                    atUnitHead = true;
                }

                if (IsBullet(c) && (i + 1 == n || char.IsWhiteSpace(s[i + 1]) || char.IsLetterOrDigit(s[i + 1])))
                {
                    walk.Close(i);
                    walk.Open(i);
                    atUnitHead = true;
                    i++;
                    continue;
                }

                if (ParagraphNumber(s, i, out int number, out int numberEnd))
                {
                    // Mid-line, the next number of the sequence starts a unit; so does a 1 that a 2 follows later in the line, after
                    // a sentence's end, a note mark or a heading's capitalised word ("Ecuador* 1. El Comité", not "Protocol 1. It").
                    // Neither after a comma or colon ("almuerzo: 1.Helado, 2.Carne, 3.Arroz." is a list inside its sentence) nor
                    // after a numeric abbreviation ("Protocol No. 1. It also welcomes Protocol No. 2. However").
                    if (!atUnitHead && i > 0
                        && ((paragraphNext > 1 && number == paragraphNext && MayEndBeforeParagraphNumber(s, i, afterWord: true))
                            || (number == 1 && MayEndBeforeParagraphNumber(s, i, afterWord: false)
                                && (lastSecondParagraph == NotSought ? lastSecondParagraph = LastParagraphNumber(s, 2) : lastSecondParagraph) > i)))
                    {
                        walk.Close(i);
                        walk.Open(i);
                        paragraphNext = number + 1;
                        i = numberEnd;
                        continue;
                    }

                    if (atUnitHead)
                    {
                        paragraphNext = number + 1;
                    }
                }

                // "A. Introduction", "B. Aspectos positivos": a capital letter and its period opening a unit mark an outline
                // heading (or an initial: "J. Smith said"), never a sentence of one letter.
                if (atUnitHead && i + 3 < n && char.IsAsciiLetterUpper(c) && s[i + 1] == '.' && s[i + 2] == ' ' && char.IsUpper(s[i + 3]))
                {
                    walk.Open(i);
                    atUnitHead = false;
                    i += 2;
                    continue;
                }

                // "7/1. Human rights violations …": a resolution's number opening a unit (a table of contents' entry, a
                // report's list of resolutions) marks it, as an outline letter does.
                if (atUnitHead && ContentsTable.ResolutionNumberEnd(s[i..]) is int resolutionEnd && i + resolutionEnd + 1 < n
                    && s[i + resolutionEnd] == ' ' && char.IsLetter(s[i + resolutionEnd + 1]))
                {
                    walk.Open(i);
                    atUnitHead = false;
                    i += resolutionEnd;
                    continue;
                }

                var kind = ListMarker.Read(s, i, out int value, out int markerEnd);
                if (kind != ListMarkerKind.None)
                {
                    // A bracketed mark continues its list only where an item may start ("article 4 (a) and (b) of" cites).
                    bool bracketed = kind is ListMarkerKind.LetterInParens or ListMarkerKind.NumberInParens;
                    bool continues = kind == listKind && value == listNext && (!bracketed || AfterItemEnd(s, i));
                    bool starts = (atUnitHead || ListMarker.AfterColon(s, i)) && (kind is ListMarkerKind.LetterDot or ListMarkerKind.LetterParen or ListMarkerKind.LetterInParens ? value == 0 : true);
                    if (continues || starts)
                    {
                        if (!atUnitHead)
                        {
                            walk.Close(i);
                        }

                        walk.Open(i);
                        listKind = kind;
                        listNext = value + 1;
                        atUnitHead = false;
                        i = markerEnd;
                        continue;
                    }
                }

                // "GOBERNAR PARA LA MAYORÍA Servicios públicos contra la desigualdad Los servicios públicos …": a copy that lost its
                // line breaks ran a title into the sentence under it.
                if (!atUnitHead && walk.OpenStart >= 0 && IsRunInSentenceStart(s, i) && IsTitleRun(s[walk.OpenStart..i]))
                {
                    walk.Close(i);
                    atUnitHead = true;
                }

                // Asterisks after a comma are note marks of the words before ("… de informes ** , ***"), not a separator.
                int ruleEnd = RuleEnd(s, i);
                if (ruleEnd > i && !(c == '*' && PreviousNonSpace(s, i) is int before and >= 0 && s[before] == ','))
                {
                    walk.Close(i);
                    walk.Open(i);
                    walk.Close(ruleEnd);
                    atUnitHead = true;
                    i = ruleEnd;
                    continue;
                }
            }

            if (!tokenStart && ((walk.Result.Count == 0 && IsCaptionGlue(s, i)) || IsHashtagGlue(s, i) || IsHeaderGlue(s, i)))
            {
                // "Girl at a Vaccination Week in the Americas eventTens of thousands …": web copy ran a caption into the text;
                // "Consejo de SeguridadS/2016/53": PDF extraction ran a UN header's lines into each other.
                walk.Close(i);
                atUnitHead = true;
            }

            walk.Open(i);
            atUnitHead = false;
            if (c is '.' or '?' or '!' or '…')
            {
                i = Terminate(s, i, ref walk, ref atUnitHead);
                continue;
            }

            i++;
        }

        walk.Close(n);
        return walk.Result;
    }

    /// <summary>The longest footnote mark a sentence end carries: <c>[12]</c>, <c>[iv]</c>, <c>123</c>, superscript digits.</summary>
    private const int MaxFootnoteMark = 6;

    // Where a footnote mark that starts right after the terminator cluster [i, j) ends, when whitespace or the end follows
    // it; -1 when what follows is no mark. A mark of plain digits ("provincia.7 El") counts only after a word or a closing
    // quote ended by one period, since "3.7" and "1.Helado" are numbers and list items; the caller also wants a capital next.
    private static int FootnoteMarkEnd(ReadOnlySpan<char> s, int i, int j, out bool bareDigits)
    {
        bareDigits = false;
        int n = s.Length;
        int m = j;
        if (s[j] == '[')
        {
            m = j + 1;
            while (m < n && m - j <= MaxFootnoteMark && (char.IsDigit(s[m]) || s[m] is 'i' or 'v' or 'x' or 'I' or 'V' or 'X' or '*'))
            {
                m++;
            }

            if (m == j + 1 || m >= n || s[m] != ']')
            {
                return -1;
            }

            m++;
        }
        else if (IsSuperscriptDigit(s[j]))
        {
            while (m < n && m - j < MaxFootnoteMark && IsSuperscriptDigit(s[m]))
            {
                m++;
            }
        }
        else if (char.IsAsciiDigit(s[j]) && s[i] == '.' && i > 0 && (char.IsLetter(s[i - 1]) || IsYearBefore(s, i)))
        {
            // "provincia.7 El", "since its promulgation on 26 June 2017.1 The": after a word, or after a year (a decimal
            // that ends a sentence has its own period, and the caller asks for a capital after the mark).
            while (m < n && m - j < (char.IsLetter(s[i - 1]) ? 3 : 2) && char.IsAsciiDigit(s[m]))
            {
                m++;
            }

            bareDigits = true;
        }
        else
        {
            return -1;
        }

        return m == n || char.IsWhiteSpace(s[m]) ? m : -1;
    }

    // Whether the four characters before i are a year (1800–2099) standing alone: "2017" in "26 June 2017.1", not "12,017".
    private static bool IsYearBefore(ReadOnlySpan<char> s, int i)
    {
        if (i < 4 || (i > 4 && (char.IsAsciiDigit(s[i - 5]) || s[i - 5] is '.' or ',')))
        {
            return false;
        }

        int year = 0;
        for (int k = i - 4; k < i; k++)
        {
            if (!char.IsAsciiDigit(s[k]))
            {
                return false;
            }

            year = (year * 10) + (s[k] - '0');
        }

        return SentencePunctuation.IsMarkedYear(year);
    }

    /// <summary>Fewest lower-case letters of the word a caption ends on, glued to the text's first word ("eventTens"): shorter
    /// lower-case heads are brand names ("iPhone", "eBay", "bioRxiv", "medRxiv").</summary>
    private const int MinGluedCaptionWord = 4;

    /// <summary>Fewest words of a caption before the glue ("Girl at a … eventTens"): a lone glued word is a name, not a caption.</summary>
    private const int MinCaptionWords = 3;

    /// <summary>Fewest words of a chapter title before a run-in outline heading ("Capítulo II Bases Jurídicas"): one word
    /// before an initial is a given name ("Juan A. Pérez").</summary>
    private const int MinRunInTitleWords = 2;

    /// <summary>Most words of a chapter title before a run-in outline heading: a title, not a sentence with no period.</summary>
    private const int MaxRunInTitleWords = 12;

    // Where the first outline heading of a chapter starts when the extraction ran the chapter's title and that heading into one
    // line ("Capítulo Ii Bases Jurídicas Y Actividades 2012 A. Bases Jurídicas, Funciones y Competencias"), or -1. The title
    // before it has MinRunInTitleWords to MaxRunInTitleWords words, no punctuation that ends a sentence or clause, every word
    // of more than three letters capitalised, and a chapter number (digits or a Roman numeral, any case); the mark is the first
    // of an outline ("A." or "I."), then a capitalised word. A name's initial ("Juan A. Pérez") has no numbered title before it.
    private static int OutlineRunInCut(ReadOnlySpan<char> s)
    {
        int words = 0;
        bool number = false;
        int k = 0;
        while (k < s.Length && words <= MaxRunInTitleWords)
        {
            while (k < s.Length && char.IsWhiteSpace(s[k]))
            {
                k++;
            }

            int start = k;
            while (k < s.Length && !char.IsWhiteSpace(s[k]))
            {
                k++;
            }

            if (k == start)
            {
                return -1;
            }

            var word = s[start..k];
            if (words >= MinRunInTitleWords && number && word.Length == 2 && word[0] is 'A' or 'I' && word[1] == '.'
                && k + 1 < s.Length && s[k] == ' ' && char.IsUpper(s[k + 1]))
            {
                return start;
            }

            if (word[^1] is '.' or ',' or ';' or ':' or '!' or '?' || (word.Length > 3 && !char.IsUpper(word[0]) && !char.IsDigit(word[0])))
            {
                return -1;
            }

            number |= IsChapterNumber(word);
            words++;
        }

        return -1;
    }

    // "2012", "II", "Ii", "iv": a chapter's number in figures, or a Roman numeral of two letters or more in any case (a small-caps
    // extraction writes "Ii"); read by the sections' own rule (SectionSplitter.IsRomanNumeral), a single "I" being a word as often.
    private static bool IsChapterNumber(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxRomanNumeralLength)
        {
            return !word.IsEmpty && !word.ContainsAnyExceptInRange('0', '9');
        }

        Span<char> upper = stackalloc char[MaxRomanNumeralLength];
        int n = word.ToUpperInvariant(upper);
        return !word.ContainsAnyExceptInRange('0', '9') || (n >= 2 && Sections.SectionSplitter.IsRomanNumeral(upper[..n]));
    }

    // The longest Roman numeral a chapter number is written with (LXXXVIII).
    private const int MaxRomanNumeralLength = 8;

    // Whether the capital at i starts a new unit glued to a hashtag before it ("Boost your Power! #getvaxSince it began in
    // 2003, …", a web copy that lost the line break after a slogan): a hashtag of at least MinGluedCaptionWord lower-case
    // letters from its '#', then this capital and lower-case letters to a space. A hashtag ends a slogan or caption wherever it
    // stands, so no count of words before it is asked; a camel-case hashtag starts in upper case ("#VaccinesWork").
    private static bool IsHashtagGlue(ReadOnlySpan<char> s, int i)
    {
        if (!char.IsUpper(s[i]))
        {
            return false;
        }

        int start = LowerRunStart(s, i);
        return i - start >= MinGluedCaptionWord && start > 0 && s[start - 1] == '#' && (start == 1 || char.IsWhiteSpace(s[start - 2]))
            && CapitalWordLength(s, i) >= 2;
    }

    // The words a UN document's header puts after "Distr." and "Original:", lower case without accents: its distribution and
    // the languages of the United Nations, in English and Spanish.
    private static readonly SpanWordSet HeaderValues = new(
    [
        "general", "limited", "restricted", "limitada", "restringida", "reservada",
        "english", "spanish", "french", "arabic", "chinese", "russian", "ingles", "espanol", "frances", "arabe", "chino", "ruso",
    ]);

    // Whether the character at i starts a new unit glued to a UN document header's line before it, as PDF extraction runs them:
    // a document symbol right after a word ("Consejo de SeguridadS/2016/53", "General AssemblyA/HRC/10/82"), or anything after
    // the value of "Distr." or "Original:" ("Distr. general4 de diciembre de 2019", "Original: españolCartas idénticas …").
    private static bool IsHeaderGlue(ReadOnlySpan<char> s, int i)
    {
        if (!char.IsLetter(s[i - 1]) || !char.IsLetterOrDigit(s[i]) || char.IsLower(s[i]))
        {
            return false;
        }

        if (char.IsLower(s[i - 1]) && i - LowerRunStart(s, i) >= MinGluedCaptionWord && UnDocumentSymbol.Length(s[i..]) > 0)
        {
            return true;
        }

        // The word before i, then the word before that: "general" after "Distr." or "Distr.:", "español" after "Original:".
        int start = i;
        while (start > 0 && i - start < PeriodRule.MaxToken && char.IsLetter(s[start - 1]))
        {
            start--;
        }

        if (start == 0 || s[start - 1] != ' ' || i - start > MaxHeaderValueLength)
        {
            return false;
        }

        int labelEnd = start - 1;
        int labelStart = labelEnd;
        while (labelStart > 0 && !char.IsWhiteSpace(s[labelStart - 1]) && labelEnd - labelStart < MaxHeaderValueLength)
        {
            labelStart--;
        }

        if (!LineLayout.IsUnHeaderLabel(s[labelStart..labelEnd]))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[i - start];
        return HeaderValues.Contains(TextNormalizer.FoldAccents(s[start..i], buffer));
    }

    // The longest word a header's value or label is ("restringida").
    private const int MaxHeaderValueLength = 12;

    // Where the run of lower-case letters right before i starts (bounded look-back).
    private static int LowerRunStart(ReadOnlySpan<char> s, int i)
    {
        int start = i;
        while (start > 0 && i - start < PeriodRule.MaxToken && char.IsLower(s[start - 1]))
        {
            start--;
        }

        return start;
    }

    // The length of the word the capital at i opens when its letters after it are lower case and a space follows it; 0 when not.
    private static int CapitalWordLength(ReadOnlySpan<char> s, int i)
    {
        int end = i + 1;
        while (end < s.Length && end - i < PeriodRule.MaxToken && char.IsLower(s[end]))
        {
            end++;
        }

        return end < s.Length && s[end] == ' ' ? end - i : 0;
    }

    /// <summary>Fewest letters of the word before a run-in sentence start: shorter words are mostly function words, after which
    /// a capitalised starter is a name's ("de La Paz", "in The Hague", "y Los Ángeles").</summary>
    private const int MinWordBeforeRunIn = 4;

    /// <summary>Most letters of a word between a starter and a capital for the three to be a name ("De la Torre", "De los Ríos").</summary>
    private const int MaxNameParticle = 3;

    // Whether the word at i starts a sentence that a title or a sentence without its period runs into: a capitalised word of at
    // least two letters the language starts sentences with ("Los", "The", "Durante": not "I", "Y", "A"), then a word in lower
    // case ("Los servicios", "The global"), after a word of at least MinWordBeforeRunIn letters ending in lower case
    // ("desigualdad", "Foreword"). Running text sets a starter in capitals after such a word only in a name or a title of a
    // work, whose next word is capitalised too ("El Comercio", "The Guardian", "La Paz"), or beyond a particle ("De la Torre").
    private bool IsRunInSentenceStart(ReadOnlySpan<char> s, int i)
    {
        if (!char.IsUpper(s[i]))
        {
            return false;
        }

        int wordLength = CapitalWordLength(s, i);
        if (wordLength < 2 || !_starters.Contains(s.Slice(i, wordLength)))
        {
            return false;
        }

        int next = i + wordLength + 1;
        int nextEnd = next;
        while (nextEnd < s.Length && char.IsLetter(s[nextEnd]))
        {
            nextEnd++;
        }

        if (nextEnd == next || !char.IsLower(s[next])
            || (nextEnd - next <= MaxNameParticle && nextEnd + 1 < s.Length && s[nextEnd] == ' ' && char.IsUpper(s[nextEnd + 1])))
        {
            return false;
        }

        int end = i - 1;
        if (end < 1 || s[end] != ' ' || !char.IsLower(s[end - 1]))
        {
            return false;
        }

        int letters = 0;
        for (int k = end - 1; k >= 0 && letters < MinWordBeforeRunIn && char.IsLetter(s[k]); k--)
        {
            letters++;
        }

        return letters >= MinWordBeforeRunIn;
    }

    // Whether a unit so far reads as a title: at most MaxRunInTitleWords words, either with every word of more than three
    // letters capitalised ("Working for the Many: Public Services Fight Inequality"), or opening with two words in capitals
    // and then a capitalised word ("GOBERNAR PARA LA MAYORÍA Servicios públicos contra la desigualdad"; not "UNICEF ESPAÑA
    // publica el informe", "UN WOMEN and UNICEF launched …") with no capitalised word the language starts sentences with
    // after its first (a dateline's sentence has begun: "GINEBRA (OMS) La OMS publicó …", "SANTIAGO, CHILE El programa …").
    // A sentence that lost its period ("… y aprobó En la 615ª sesión …") is no title: where the period went is a guess, and
    // a translation's gold keeps such a unit whole.
    private bool IsTitleRun(ReadOnlySpan<char> unit)
    {
        if (unit.Length > MaxTitleRunChars)
        {
            return false;
        }

        int words = 0, capitalsOpening = 0;
        bool titleCase = true, opening = true, subtitle = false, sentenceBegun = false;
        var rest = unit;
        while (!rest.IsEmpty)
        {
            int space = rest.IndexOf(' ');
            var word = (space < 0 ? rest : rest[..space]).Trim(TitleRunPunctuation);
            rest = space < 0 ? [] : rest[(space + 1)..];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxRunInTitleWords)
            {
                return false;
            }

            bool capitalised = char.IsUpper(word[0]), capitals = IsAllCapitals(word);
            sentenceBegun |= words > 1 && capitalised && !capitals && _starters.Contains(word);
            if (opening && !capitals)
            {
                subtitle = capitalised;
            }

            opening &= capitals;
            capitalsOpening += opening ? 1 : 0;
            titleCase &= word.Length <= 3 || !char.IsLetter(word[0]) || capitalised;
        }

        return (capitalsOpening >= 2 && subtitle && !sentenceBegun) || (titleCase && words >= MinRunInTitleWords);
    }

    /// <summary>Most characters of a title run into a sentence (MaxRunInTitleWords long words): a bound on the look-back, so a
    /// long unit with no sentence end is never re-read word by word.</summary>
    private const int MaxTitleRunChars = 300;

    // Punctuation around a title's words that does not make them another word ("Many:", "“Working", "(CPI)").
    private static readonly char[] TitleRunPunctuation = [':', ',', '“', '”', '"', '\'', '(', ')', '‘', '’', '–', '-'];

    // A word of letters all in capitals ("MAYORÍA", "ONU"), digits and marks aside.
    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    // Whether the capital at i starts a new unit glued to the caption before it: the paragraph's first unit so far, a word of
    // at least MinGluedCaptionWord lower-case letters from its start (not "JavaScript", "McDonald", "macOS"), then this capital
    // and lower-case letters to a space ("eventTens of"), after at least MinCaptionWords words. Bounded look-back and look-ahead.
    private static bool IsCaptionGlue(ReadOnlySpan<char> s, int i)
    {
        if (!char.IsUpper(s[i]))
        {
            return false;
        }

        int start = LowerRunStart(s, i);
        if (i - start < MinGluedCaptionWord || start == 0 || !char.IsWhiteSpace(s[start - 1]) || CapitalWordLength(s, i) < 3)
        {
            return false;
        }

        int words = 0;
        for (int k = start - 1; k >= 0 && start - k <= PeriodRule.MaxToken * 2 && words < MinCaptionWords; k--)
        {
            if (char.IsWhiteSpace(s[k]) && (k == 0 || !char.IsWhiteSpace(s[k - 1])))
            {
                words++;
            }
        }

        return words >= MinCaptionWords;
    }

    /// <summary>The longest footnote number set off by a space after a sentence end ("mundo. 1 En"): three digits.</summary>
    private const int MaxSpacedMarkDigits = 3;

    // Where a note number set off by a space after the period at i ends, when k (the first non-space after the cluster) opens
    // one: one to three digits right after a word or a year ("in 2011. 1 An even"), a space, then a capitalised word that
    // starts sentences ("En", "The"). -1 otherwise: a count ("12 people", "3 Americans") or a year or an item ("1. The", "2,5").
    private int SpacedMarkEnd(ReadOnlySpan<char> s, int i, int k)
    {
        if (i == 0 || !(char.IsLetter(s[i - 1]) || IsCloser(s[i - 1]) || IsYearBefore(s, i)))
        {
            return -1;
        }

        int n = s.Length;
        int m = k;
        while (m < n && m - k <= MaxSpacedMarkDigits && char.IsAsciiDigit(s[m]))
        {
            m++;
        }

        if (m == k || m - k > MaxSpacedMarkDigits || m >= n || s[m] != ' ')
        {
            return -1;
        }

        int w = m + 1;
        return w < n && char.IsUpper(s[w]) && _periodRule.StartsWithStarter(s, w) ? m : -1;
    }

    private static bool IsSuperscriptDigit(char c) => c is '\u00B9' or '\u00B2' or '\u00B3' or '\u2070' or (>= '\u2074' and <= '\u2079');

    // Reads the cluster of terminators and closers at i, decides whether it ends the unit, and returns
    // the index after the cluster.
    private int Terminate(ReadOnlySpan<char> s, int i, ref Walk walk, ref bool atUnitHead)
    {
        int n = s.Length;

        // "[...]" and "(...)" mark an omission, not an end.
        if (s[i] is '.' or '…' && i > 0 && s[i - 1] is '[' or '(')
        {
            while (i < n && s[i] is '.' or '…')
            {
                i++;
            }

            return i;
        }

        int dots = 0;
        bool question = false;
        bool spaced = false;
        int j = i;
        while (j < n)
        {
            char ch = s[j];
            if (ch == '.')
            {
                dots++;
            }
            else if (ch == '…')
            {
                dots += 3;
            }
            else if (ch is '?' or '!')
            {
                question = true;
            }
            else if (ch == ' ' && dots > 0 && j + 1 < n && s[j + 1] == '.' && (j + 2 == n || s[j + 2] is ' ' or '.' || IsCloser(s[j + 2])))
            {
                spaced = true; // ". . ." is one ellipsis
            }
            else if (!IsCloser(ch))
            {
                break;
            }

            j++;
        }

        bool bareDigitMark = false;
        if (j < n && !char.IsWhiteSpace(s[j]))
        {
            // A footnote mark after the end belongs to the sentence before it: "hunger.”[ii] The", "provincia.7 El".
            int markEnd = FootnoteMarkEnd(s, i, j, out bareDigitMark);
            if (markEnd < 0)
            {
                return j; // "Jr.'s", "mean...see", "1.Helado", "demencia.»,": inside a token
            }

            j = markEnd;
        }

        int k = j;
        while (k < n && char.IsWhiteSpace(s[k]))
        {
            k++;
        }

        if (k == n)
        {
            return j;
        }

        var next = PeriodRule.ClassifyNext(s, k, out int word, out bool inverted);
        if (bareDigitMark && next != NextWordKind.Upper)
        {
            return j; // "sección 3.2 de", "art.7 del": a number, not a mark
        }

        bool afterSpace = i > 0 && char.IsWhiteSpace(s[i - 1]);
        bool boundary;
        if (question)
        {
            boundary = next is NextWordKind.Upper or NextWordKind.Digit or NextWordKind.Bullet;
        }
        else if (dots >= 2)
        {
            if (afterSpace && dots == 3)
            {
                boundary = false; // "is . . . I didn't": a pause inside the sentence
            }
            else if (spaced && !afterSpace && dots >= 4 && next == NextWordKind.Upper)
            {
                // "compounds. . . . The practice": the period ends the sentence, the ellipsis opens the next.
                walk.Close(i + 1);
                walk.Open(i + 2);
                atUnitHead = false;
                return j;
            }
            else
            {
                boundary = next is NextWordKind.Upper or NextWordKind.Bullet;
            }
        }
        else
        {
            boundary = _periodRule.Ends(s, i, next, word, inverted);
            if (boundary && next == NextWordKind.Digit && !bareDigitMark)
            {
                // "en todo el mundo. 1 En el día": a note number set off by a space, then a word that starts sentences,
                // is the mark of the sentence before; "in 2019. 12 people died" goes on in lower case and starts anew.
                int markEnd = SpacedMarkEnd(s, i, k);
                if (markEnd > 0)
                {
                    j = markEnd;
                }
            }
        }

        if (boundary)
        {
            walk.Close(j);
            atUnitHead = true;
        }

        return j;
    }

    // A paragraph's number at i: one to three digits, not led by a zero, a period, then a capital, glued ("2.The") or after a space
    // ("1. El", "3. “The"). end is past the period.
    private static bool ParagraphNumber(ReadOnlySpan<char> s, int i, out int value, out int end)
    {
        value = 0;
        end = i;
        int k = i;
        while (k < s.Length && k - i <= MaxParagraphNumberDigits && char.IsAsciiDigit(s[k]))
        {
            value = (value * 10) + (s[k] - '0');
            k++;
        }

        if (k == i || k - i > MaxParagraphNumberDigits || s[i] == '0' || k + 1 >= s.Length || s[k] != '.')
        {
            return false;
        }

        int word = k + 1;
        if (s[word] == ' ')
        {
            word++;
        }

        if (word < s.Length && s[word] is '"' or '“' or '«' or '(')
        {
            word++;
        }

        if (word >= s.Length || !char.IsUpper(s[word]))
        {
            return false;
        }

        end = k + 1;
        return true;
    }

    // Whether a paragraph number at i may start a unit mid-line, by what stands before it: a sentence end (not a numeric
    // abbreviation's period), a closing bracket or quote, a note's asterisk, or a word: any word when afterWord (a sequence
    // already running: "B. Aspectos positivos 4. El Comité"), else one that opens with a capital (a heading's).
    private bool MayEndBeforeParagraphNumber(ReadOnlySpan<char> s, int i, bool afterWord)
    {
        int k = PreviousNonSpace(s, i);
        if (k < 0)
        {
            return false;
        }

        char c = s[k];
        if (c is '.' or '!' or '?')
        {
            return !_periodRule.IsNumericAbbreviationBefore(s, k);
        }

        if (c is ')' or '"' or '\u201D' or '\u00BB' or '*')
        {
            return true;
        }

        if (!char.IsLetter(c))
        {
            return false;
        }

        int wordStart = k;
        while (wordStart > 0 && char.IsLetter(s[wordStart - 1]))
        {
            wordStart--;
        }

        return afterWord || char.IsUpper(s[wordStart]);
    }

    // The last non-space character before i, or -1.
    private static int PreviousNonSpace(ReadOnlySpan<char> s, int i)
    {
        int k = i - 1;
        while (k >= 0 && char.IsWhiteSpace(s[k]))
        {
            k--;
        }

        return k;
    }

    // Whether a bracketed list mark at i stands where an item may start: after a clause's end (";", ".", ":"), or a
    // conjunction right after a semicolon ("…; and (b) the"). "article 4 (a) and (b) of the Convention" cites, it lists nothing.
    private static bool AfterItemEnd(ReadOnlySpan<char> s, int i)
    {
        int k = PreviousNonSpace(s, i);
        if (k < 0)
        {
            return true;
        }

        if (s[k] is ';' or '.' or ':')
        {
            return true;
        }

        int wordStart = k + 1;
        while (wordStart > 0 && char.IsLetter(s[wordStart - 1]))
        {
            wordStart--;
        }

        var word = s[wordStart..(k + 1)];
        int before = PreviousNonSpace(s, wordStart);
        return before >= 0 && s[before] == ';' && Loading.LineLayout.IsListConjunction(word);
    }

    // Where the last "2." of a paragraph stands before it was looked for (once a paragraph, and only if a "1." asks).
    private const int NotSought = -2;

    // The most digits a paragraph number has.
    private const int MaxParagraphNumberDigits = 3;

    // Where the last paragraph number of the given value starts, at a token start, or -1.
    private static int LastParagraphNumber(ReadOnlySpan<char> s, int value)
    {
        char digit = (char)('0' + value);
        for (int k = s.Length - 2; k >= 0; k--)
        {
            if (s[k] == digit && s[k + 1] == '.' && (k == 0 || char.IsWhiteSpace(s[k - 1])) && ParagraphNumber(s, k, out _, out _))
            {
                return k;
            }
        }

        return -1;
    }

    // A run of at least three rule characters standing alone ("______" from a PDF): returns its end, or i.
    private static int RuleEnd(ReadOnlySpan<char> s, int i)
    {
        char c = s[i];
        if (c is not ('_' or '=' or '*' or '~' or '-' or '—' or '─'))
        {
            return i;
        }

        int k = i;
        while (k < s.Length && s[k] == c)
        {
            k++;
        }

        return k - i >= 3 && (k == s.Length || char.IsWhiteSpace(s[k])) ? k : i;
    }

    // The ranges found so far and the start of the open unit; a local of Split, so the splitter stays shareable. No range is
    // longer than InputLimits.MaxSentenceChars.
    private struct Walk
    {
        private readonly string _text;
        private int _start;

        public Walk(string text)
        {
            _text = text;
            _start = -1;
            Result = new List<(int Start, int End)>();
        }

        public List<(int Start, int End)> Result { get; }

        // Where the open unit starts, or -1 when none is open.
        public readonly int OpenStart => _start;

        // Starts a unit at i unless one is open.
        public void Open(int i)
        {
            if (_start < 0)
            {
                _start = i;
            }
        }

        // Ends the open unit before end, trimmed.
        public void Close(int end)
        {
            if (_start < 0)
            {
                return;
            }

            while (end > _start && char.IsWhiteSpace(_text[end - 1]))
            {
                end--;
            }

            // A run-on unit past the budget is cut at its last space before the budget (at the budget when there is none in
            // its second half), piece by piece.
            while (end - _start > InputLimits.MaxSentenceChars)
            {
                int cut = _start + InputLimits.MaxSentenceChars;
                int space = _text.LastIndexOf(' ', cut, InputLimits.MaxSentenceChars / 2);
                if (space > _start)
                {
                    cut = space;
                }
                else if (char.IsLowSurrogate(_text[cut]))
                {
                    cut--;
                }

                int pieceEnd = cut;
                while (pieceEnd > _start && char.IsWhiteSpace(_text[pieceEnd - 1]))
                {
                    pieceEnd--;
                }

                Result.Add((_start, pieceEnd));
                _start = cut;
                while (_start < end && char.IsWhiteSpace(_text[_start]))
                {
                    _start++;
                }
            }

            if (end > _start)
            {
                Result.Add((_start, end));
            }

            _start = -1;
        }
    }
}
