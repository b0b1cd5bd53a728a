namespace Alignment.Loading;

/// <summary>Whether a trimmed line is a heading (for example, one that names a known section).</summary>
/// <param name="line">The line, trimmed.</param>
internal delegate bool HeadingLinePredicate(ReadOnlySpan<char> line);

/// <summary>
/// Rebuilds paragraphs from the lines of a report, undoing hard wraps. Works from layout cues only
/// (terminal punctuation, case of the next line, line length against the document's wrap width,
/// blank lines), so it needs no language. Stateless and thread-safe; linear in the text length.
/// </summary>
/// <remarks>
/// Cues, in order: a heading-like line (short, in capitals or title-like, see <see cref="HeadingShape.IsHeadingLike"/>)
/// stands alone; a footnote, list item or table row starts a paragraph; adjacent lines are joined unless
/// the first ends a sentence and is short against the wrap width; across blank lines a line that ends
/// mid-sentence, or a next line that starts in lower case, continues the paragraph (page breaks).
/// A document with a blank line after every wrapped line (double-spaced extraction) has one blank line
/// discounted from every gap. A text with one line per paragraph (no hard wrap, some line longer than a printed
/// page wraps, see <see cref="LineLayout.IsUnwrapped"/>) ends a unit at every line that ends a sentence or is a title
/// or dateline; a title in capitals wrapped over lines is one heading.
/// </remarks>
internal static class ParagraphBuilder
{
    /// <summary>Returns the paragraphs of <paramref name="text"/> in order; each is trimmed and non-empty.</summary>
    public static IReadOnlyList<Paragraph> Build(string text) => Build(text, null);

    /// <summary>
    /// Returns the paragraphs of <paramref name="text"/> in order; each is trimmed and non-empty. A line
    /// that <paramref name="isHeading"/> accepts (a language's heading families) always stands alone,
    /// on top of the layout cues.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="isHeading">Whether a line names a heading this language knows, or <see langword="null"/>.</param>
    /// <param name="marked">The lines the document's markup calls headings (HTML <c>h1</c>–<c>h6</c>, DOCX heading styles),
    /// which stand alone as headings do, or <see langword="null"/>.</param>
    /// <param name="continuesTitle">Whether a line opens with a word that cannot open a heading (a language's prepositions and
    /// conjunctions: "UNDER ARTICLE 44 OF THE CONVENTION"), so a line in capitals that does goes on the title in capitals above
    /// it across one blank line; or <see langword="null"/>.</param>
    /// <param name="startsSentence">Whether a line opens with a word the language starts sentences with ("The", "Un", "La"),
    /// or <see langword="null"/>: across a blank line such a word after a line that ends on a content word opens a new unit.</param>
    public static IReadOnlyList<Paragraph> Build(string text, HeadingLinePredicate? isHeading, MarkedHeadings? marked = null, HeadingLinePredicate? continuesTitle = null,
        HeadingLinePredicate? startsSentence = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = LineLayout.ReadLines(text);
        var paragraphs = new List<Paragraph>();
        if (lines.Count == 0)
        {
            return paragraphs;
        }

        int wrapWidth = LineLayout.WrapWidth(lines);
        int discount = LineLayout.IsDoubleSpaced(text, lines, wrapWidth) ? 1 : 0;
        bool unwrapped = LineLayout.IsUnwrapped(text, lines, discount);
        bool paginated = text.Contains('\f', StringComparison.Ordinal);
        var kinds = new LineKind[lines.Count];
        for (int k = 0; k < lines.Count; k++)
        {
            kinds[k] = LineClassifier.Classify(text, lines, k, wrapWidth, discount);
            if ((kinds[k] == LineKind.Text && isHeading is not null && !WrapsIntoNext(text, lines, k, discount)
                    && isHeading(text.AsSpan(lines[k].Start, lines[k].End - lines[k].Start)))
                || (marked is { Count: > 0 } && marked.Covers(lines[k].Start, lines[k].End)))
            {
                kinds[k] = LineKind.Heading;
            }
        }

        var continuations = new bool[lines.Count];
        for (int k = 1; k < lines.Count && continuesTitle is not null; k++)
        {
            continuations[k] = kinds[k] == LineKind.Heading && IsCapitals(text, lines[k])
                && continuesTitle(text.AsSpan(lines[k].Start, lines[k].End - lines[k].Start));
        }

        // A table of contents: one unit per entry, its mark, wrapped title and numbers together.
        var (inContents, numberedContents) = ContentsTable.Lines(text, lines, wrapWidth);

        int start = lines[0].Start;
        bool inFootnote = kinds[0] == LineKind.Footnote;
        for (int k = 1; k < lines.Count; k++)
        {
            // A note's lines are short-lived: the next sentence that starts a line is body text again.
            bool leavesFootnote = inFootnote && LineLayout.EndsSentence(text, lines[k - 1]) && LineLayout.StartsUpper(text, lines[k]);
            bool continues = inContents[k - 1] && inContents[k]
                ? ContentsTable.Continues(text, lines, k, numberedContents[k], continuesTitle)
                : Continues(text, lines, kinds, k, wrapWidth, discount, unwrapped, paginated, startsSentence) || ContinuesTitleInCapitals(text, lines, kinds, continuations, k, discount);
            if (leavesFootnote || !continues)
            {
                paragraphs.Add(new Paragraph(start, lines[k - 1].End));
                start = lines[k].Start;
                inFootnote = kinds[k] == LineKind.Footnote;
            }
        }

        paragraphs.Add(new Paragraph(start, lines[^1].End));
        return paragraphs;
    }

    /// <summary>The longest line ending in a comma that is read as a salutation or address line of its own (a salutation
    /// lists a few titles: "Distinguished President of the Council," is 40 characters).</summary>
    private const int MaxSalutationLength = 80;

    /// <summary>
    /// Share of the wrap width a line and the next line's first word must fit in for the break between them to be no wrap. A PDF
    /// copy wraps at a width in points, not characters: capitals, dashes and wide letters make a full line of the World Bank's
    /// letter 66 characters where its neighbours hold 78 ("… colectivamente Banco" / "Mundial—, según …": 76 with the next
    /// word, 97 % of the width). On the genre set's dev split hard-wrapped at 75 columns (<c>GenreSetTests</c>) strict F1 was
    /// 0.841 at 0.85, 0.848 at 0.9 and 0.95, 0.860 at 1 (which breaks the World Bank line); 0.9 keeps a margin.
    /// </summary>
    private const double NextWordFitShare = 0.9;

    /// <summary>A line shorter than this share of the wrap width was not wrapped (a wrapped line fills its width).</summary>
    private const double UnwrappedLineShare = 0.6;

    // A line that ends on a function word ("Concluding Observations of the") with the next line right under it, starting a
    // word in upper case ("Committee on the Rights of the Child, …"): a title or sentence wrapped, not a heading of its own.
    // A heading that ends on a longer word ("Protección de las víctimas") stands alone as before.
    private static bool WrapsIntoNext(string text, List<TextLine> lines, int k, int discount) =>
        k + 1 < lines.Count && lines[k + 1].BlanksBefore - discount <= 0 && LineLayout.EndsOnFunctionWord(text, lines[k])
            && LineLayout.StartsUpper(text, lines[k + 1]);

    // A title in capitals set out over lines with a blank line between them, cut before a preposition or conjunction
    // ("CONSIDERATION OF REPORTS SUBMITTED BY STATES PARTIES" / blank / "UNDER ARTICLE 44 OF THE CONVENTION", a UN treaty
    // body's heading block in web copy): the line that opens with it goes on the title above, across one blank line at most.
    private static bool ContinuesTitleInCapitals(string text, List<TextLine> lines, LineKind[] kinds, bool[] continuations, int k, int discount)
    {
        var previous = lines[k - 1];
        return continuations[k] && lines[k].BlanksBefore - discount <= 1
            && (kinds[k - 1] == LineKind.Heading || (kinds[k - 1] == LineKind.Text && HeadingShape.IsHeadingLike(text.AsSpan(previous.Start, previous.End - previous.Start))))
            && IsCapitals(text, previous) && !LineLayout.EndsSentence(text, previous);
    }

    private static bool IsCapitals(string text, TextLine line) => !LineClassifier.ContainsLower(text.AsSpan(line.Start, line.End - line.Start));

    // A line in capitals of three words or more with letters in them (a title, not "UNHCR" or "II.").
    private static bool IsCapitalsTitle(string text, TextLine line) =>
        IsCapitals(text, line) && HeadingShape.CountWords(text.AsSpan(line.Start, line.End - line.Start)) >= 3
            && LineLayout.CountLetters(text, line) >= MinCapitalsTitleLetters;

    /// <summary>The fewest letters in a line in capitals read as a title above running text (three words of four letters and more).</summary>
    private const int MinCapitalsTitleLetters = 12;

    private static bool IsShort(TextLine line, int wrapWidth) => line.End - line.Start < wrapWidth * UnwrappedLineShare;

    // Whether the next line's first word would have fitted on the line before it within the wrap width: a wrapped line
    // breaks only where the next word no longer fits, so a break before a word that fits is the end of a unit.
    private static bool NextWordFits(string text, TextLine previous, TextLine current, int wrapWidth, double share = NextWordFitShare)
    {
        int end = current.Start;
        while (end < current.End && !TextNormalizer.IsSpace(text[end]))
        {
            end++;
        }

        return previous.End - previous.Start + 1 + (end - current.Start) <= wrapWidth * share;
    }

    // Whether the line ends on asterisks set apart from the word before by a space or comma ("informes ** , ***", "Ecuador *").
    private static bool SpacedNoteMarks(string text, TextLine line)
    {
        int k = line.End;
        while (k > line.Start && text[k - 1] == '*')
        {
            k--;
        }

        return k > line.Start && text[k - 1] is ' ' or ',';
    }

    // The most blank lines between a paragraph mark alone on its line and the paragraph it opens.
    private const int MaxBlanksAfterParagraphMark = 2;

    // A line that opens with '[' and closes with the ']' that matches it, with no other bracket inside.
    private static bool IsBracketed(string text, TextLine line) =>
        line.End - line.Start >= 3 && text[line.Start] == '[' && text[line.End - 1] == ']'
        && text.AsSpan(line.Start + 1, line.End - line.Start - 2).IndexOfAny('[', ']') < 0;

    private static bool Continues(string text, List<TextLine> lines, LineKind[] kinds, int k, int wrapWidth, int discount, bool unwrapped, bool paginated,
        HeadingLinePredicate? startsSentence)
    {
        var previous = lines[k - 1];
        var current = lines[k];

        // A UN document header's label alone on its line ("Distr." / "GENERAL", "Original:" / "ENGLISH"), as PDF extraction sets
        // its columns, goes on with its value on the next line.
        if (current.BlanksBefore - discount <= 0 && LineLayout.IsUnHeaderLabel(text.AsSpan(previous.Start, previous.End - previous.Start)))
        {
            return true;
        }

        // A UN job number's second print date wrapped onto a line of its own ("GE.11-41167 (S) 280211" / "080311") goes on it.
        if (current.BlanksBefore - discount <= 0
            && UnJobNumber.IsPrintDateUnder(text.AsSpan(current.Start, current.End - current.Start), text.AsSpan(previous.Start, previous.End - previous.Start)))
        {
            return true;
        }

        // A title wrapped over lines in capitals ("MILLENNIUM GOALS WILL REMAIN ELUSIVE WITHOUT" / "GREATER WORLDWIDE
        // COMMITMENT") is one heading: consecutive capital heading lines with no blank line between are joined, unless the
        // next one opens with a figure ("49TH EXTRAORDINARY GENERAL ASSEMBLY", "2. METHOD"): a numbered heading starts anew.
        // The first line may be too long for a heading of its own ("EXAMEN DE LOS INFORMES PRESENTADOS POR LOS ESTADOS PARTES" /
        // "EN VIRTUD DEL ARTÍCULO 44 DE LA CONVENCIÓN"): a heading-shaped line in capitals right above a capital heading joins it.
        if ((kinds[k - 1] == LineKind.Heading || (kinds[k - 1] == LineKind.Text && HeadingShape.IsHeadingLike(text.AsSpan(previous.Start, previous.End - previous.Start))))
            && kinds[k] == LineKind.Heading && current.BlanksBefore - discount <= 0
            && IsCapitals(text, previous) && IsCapitals(text, current) && !LineLayout.EndsSentence(text, previous)
            && !char.IsDigit(text[current.Start]))
        {
            return true;
        }

        // A line shaped like a table row (words, then figures to its end) right under a line that ends on a joiner or a function
        // word is that line's end, not a row: "… on behalf of the" / "European Union on Human Rights Day, 10 December 2016".
        // So is one that goes on in lower case under a line that does not end a sentence ("… (the General Act on Torture)" /
        // "since its promulgation on 26 June 2017.1"): a row opens with its label. So is one under a hard-wrapped line that is
        // full (the row's first word would not have fitted on it) and ends no sentence: "… of the State. The Spanish" /
        // "Constitution of 1978 59–108 17", a table of contents' entry wrapped; not when a row follows right under it (then it
        // is a table's first row, under its caption).
        bool rowOfItsOwn = kinds[k] == LineKind.TableRow
            && !(current.BlanksBefore - discount <= 0 && (LineLayout.EndsWithJoiner(text, previous) || LineLayout.EndsOnFunctionWord(text, previous)
                || (LineLayout.StartsLower(text, current) && !LineLayout.EndsSentence(text, previous))
                || (!unwrapped && !LineLayout.EndsSentence(text, previous) && !NextWordFits(text, previous, current, wrapWidth)
                    && !(k + 1 < lines.Count && kinds[k + 1] == LineKind.TableRow && lines[k + 1].BlanksBefore - discount <= 0))));

        // A paragraph's number or outline mark on a line of its own ("1." / "The Committee considered …", "A." / "Introduction",
        // "(a)" / "The General Act …"): PDF extraction set it apart from the paragraph it opens, a blank line or two above it.
        if (kinds[k - 1] == LineKind.Number && kinds[k] != LineKind.Number && current.BlanksBefore - discount <= MaxBlanksAfterParagraphMark
            && LineLayout.IsParagraphMark(text.AsSpan(previous.Start, previous.End - previous.Start)) && LineLayout.StartsUpperAfterOpening(text, current))
        {
            return true;
        }

        // A number wrapped alone onto the next line ends the sentence above it: "… celebradas los días 20 y 21 de septiembre de"
        // / "2011." The line above is full, or ends on a function word or joiner, and ends no sentence; the number ends one.
        if (kinds[k] == LineKind.Number && current.BlanksBefore - discount <= 0 && !LineLayout.EndsSentence(text, previous)
            && LineLayout.EndsSentence(text, current) && !LineLayout.IsParagraphMark(text.AsSpan(current.Start, current.End - current.Start))
            && (!IsShort(previous, wrapWidth) || LineLayout.EndsOnFunctionWord(text, previous) || LineLayout.EndsWithJoiner(text, previous)))
        {
            return true;
        }

        if (kinds[k - 1] is LineKind.Heading or LineKind.Number or LineKind.TableRow
            || kinds[k] is LineKind.Heading or LineKind.Number || rowOfItsOwn)
        {
            return false;
        }

        int gap = Math.Max(0, current.BlanksBefore - discount);
        bool endsSentence = LineLayout.EndsSentence(text, previous);

        // A line repeated word for word on the next line is no wrapped text: a web copy's page title above the same headline.
        if (previous.End - previous.Start == current.End - current.Start
            && text.AsSpan(previous.Start, previous.End - previous.Start).SequenceEqual(text.AsSpan(current.Start, current.End - current.Start)))
        {
            return false;
        }

        // A line in square brackets from end to end ("[Original: Spanish]", "[Date received: 22 April 2021]", "[3 May 2010]",
        // "[José Ángel Gurría, secretario general de la OCDE]") is a note of its own on a UN document's title or a byline:
        // it ends the line above, unless that line asks for it with a joiner or function word or the line under the brackets
        // goes on in lower case (an aside in mid-sentence: "… that the crisis" / "[in the region]" / "was the gravest …"), and
        // the line below goes on without it, unless it goes on in lower case.
        if ((IsBracketed(text, previous) && !LineLayout.StartsLower(text, current))
            || (IsBracketed(text, current) && !LineLayout.EndsWithJoiner(text, previous) && !LineLayout.EndsOnFunctionWord(text, previous)
                && !(k + 1 < lines.Count && lines[k + 1].BlanksBefore - discount <= 0 && LineLayout.StartsLower(text, lines[k + 1]))))
        {
            return false;
        }

        // A line that is a web address alone ("www.oxfam.org" between a cover text and its summary) is a unit after a sentence
        // end and before a line that starts anew; an address wrapped onto a line of its own mid-sentence goes on.
        if ((endsSentence && LineLayout.IsWebAddress(text, current))
            || (LineLayout.IsWebAddress(text, previous) && LineLayout.StartsUpperAfterQuote(text, current) && (k < 2 || LineLayout.EndsSentence(text, lines[k - 2]))))
        {
            return false;
        }

        // In a hard-wrapped text, a title in capitals (three words or more) above a line in running case is a title, wrapped or
        // not, with or without a blank line: "… AT THE 35TH SESSION OF THE UN HUMAN RIGHTS COUNCIL" / "IN GENEVA, 6 JUNE 2017" / blank /
        // "6 June 2017". Running text does not set a whole wrapped line in capitals.
        if (!unwrapped && !endsSentence && IsCapitalsTitle(text, previous) && !IsCapitals(text, current)
            && LineLayout.StartsUpperAfterQuote(text, current) && !LineLayout.EndsWithJoiner(text, previous))
        {
            return false;
        }

        // Across a blank line in a hard-wrapped text with no form feeds, a line that ends on a content word before a line that
        // opens with a word the language starts sentences with ("… 15,0 millones de dólares" / blank / "Un préstamo de …": a
        // subheading wrapped to the full width) ends its unit: a sentence a page break cut goes on in lower case or on a name.
        if (!unwrapped && !paginated && gap > 0 && !endsSentence && startsSentence is not null
            && startsSentence(text.AsSpan(current.Start, current.End - current.Start))
            && !LineLayout.EndsWithJoiner(text, previous) && !LineLayout.EndsOnFunctionWord(text, previous))
        {
            return false;
        }

        // Across a blank line a hard-wrapped line the next line's first word would have fitted on, in the full wrap width, was
        // not cut by a page break: a headline above its first paragraph ("Iniciativas innovadoras para ayudar a los sectores más
        // vulnerables" / blank / "El Banco …"). A page break cuts a line that is full.
        if (!unwrapped && gap > 0 && !endsSentence && LineLayout.StartsUpperAfterQuote(text, current)
            && NextWordFits(text, previous, current, wrapWidth, 1.0)
            && !LineLayout.EndsWithJoiner(text, previous) && !LineLayout.EndsOnFunctionWord(text, previous))
        {
            return false;
        }

        // A dateline opening a hard-wrapped line ("GINEBRA – En respuesta …", "WASHINGTON, D.C. — The …") starts a release's
        // first paragraph: the line above, which asks for nothing more, is its headline.
        if (!unwrapped && !endsSentence && LineLayout.StartsDateline(text, current)
            && !LineLayout.EndsWithJoiner(text, previous) && !LineLayout.EndsOnFunctionWord(text, previous))
        {
            return false;
        }

        // A line well short of the width the text is wrapped at, that ends on neither sentence punctuation nor anything
        // that asks for more (a comma, a hyphen, a lower-case word such as "of" or "de"), before a line that starts a new
        // thought (a capital, a digit, after any opening quote), was not wrapped: a dateline, an address line, a byline, a
        // document symbol, a title. In a hard-wrapped text, nor was a line the next line's first word would still have fitted
        // on, unless it ends on a joiner or a function word: then a lower-case last word is a title's too ("Nota informativa" /
        // "“La productividad…" in a copy wrapped at 75 columns). A text with a line per paragraph has no width to fit in.
        if (!endsSentence && LineLayout.StartsUpperAfterQuote(text, current)
            && ((IsShort(previous, wrapWidth) && !LineLayout.AsksForMore(text, previous))
                || (!unwrapped && NextWordFits(text, previous, current, wrapWidth) && !LineLayout.EndsWithJoiner(text, previous) && !LineLayout.EndsOnFunctionWord(text, previous))))
        {
            return false;
        }

        // A line that ends on a note's asterisk before a line that starts anew ends its unit: the marks go after a title or a
        // sentence's last word ("… de presentación de informes ** , ***" / "[Fecha de recepción: …]"). In a hard-wrapped
        // text only asterisks set apart by a space or comma, a title's: "Convention against Torture*" / "Optional Protocol …"
        // may be a mark in mid-sentence.
        if (text[previous.End - 1] == '*' && (unwrapped || SpacedNoteMarks(text, previous)) && LineLayout.StartsUpperAfterOpening(text, current))
        {
            return false;
        }

        // A numbered paragraph ("2. La CIDH está integrada…", "15) The State…") starts anew after a line that ends a sentence
        // or does not ask for more: a title the extraction ran into the text ("… Funciones y Competencias" / "2. La CIDH …").
        if (LineLayout.StartsNumberedParagraph(text, current) && (endsSentence || !LineLayout.AsksForMore(text, previous)))
        {
            return false;
        }

        // Across a blank line, a line that ends on a figure before a line that opens with an outline mark and a title, spaced
        // or glued to it as PDF extraction may leave it, is a table of contents' or a table's row: "A.Main demographic …
        // indicators1–583" / blank / "B.Constitutional, political …", "… 109–14424" / blank / "A.Acceptance of …".
        if (gap > 0 && !endsSentence && char.IsAsciiDigit(text[previous.End - 1]) && LineLayout.StartsOutlinedTitle(text, current))
        {
            return false;
        }

        // A clause or list item that ends in a semicolon, set apart by a blank line from a line that starts anew, ends its unit:
        // a resolution's preambular paragraphs ("… that the peoples of the Americas have a right to democracy;" / blank /
        // "HAVING SEEN the Annual Report …"), a committee's lettered recommendations, a clause whose semicolon a conjunction
        // follows ("… the Program of Support for the Promotion of Democracy; and" / blank / "That, pursuant to …"). A page
        // break rarely falls right after one.
        if (gap > 0 && LineLayout.EndsClauseOfList(text, previous) && LineLayout.StartsUpperAfterOpening(text, current))
        {
            return false;
        }

        // A salutation or address line set apart by blank lines ("Excellencies, Colleagues, Friends,", "Dear President Obama,",
        // a resolution's "THE GENERAL ASSEMBLY,") in a text with one line per paragraph, or short against the width a text is
        // wrapped at (a page break cuts a full line), is a unit, though it ends in a comma.
        // So is the first line of a salutation whose next line, right under it, closes it ("Distinguido Presidente del Consejo,"
        // / "Excelencias, colegas y amigos:").
        if (unwrapped && gap == 0 && text[previous.End - 1] == ',' && (k == 1 || previous.BlanksBefore - discount > 0)
            && previous.End - previous.Start <= MaxSalutationLength && current.End - current.Start <= MaxSalutationLength
            && text[current.End - 1] == ':' && LineLayout.StartsUpperAfterOpening(text, previous) && LineLayout.StartsUpperAfterOpening(text, current))
        {
            return false;
        }

        if ((unwrapped || IsShort(previous, wrapWidth)) && gap > 0 && text[previous.End - 1] == ',' && (k == 1 || previous.BlanksBefore - discount > 0)
            && previous.End - previous.Start <= MaxSalutationLength && LineLayout.StartsUpperAfterOpening(text, previous) && LineLayout.StartsUpperAfterOpening(text, current))
        {
            return false;
        }

        // In a text with one line per paragraph or unit (web copy, a letter, a title page) a line that ends a sentence, or a
        // title or dateline line ("Nota informativa", "30 de marzo de 2022") before a line that starts anew, ends its unit.
        // A long line cut mid-sentence by a page break ("La organización narcoterrorista" / "Sendero Luminoso recluta")
        // goes on, unless its last words are a title ("… Human Development for Everyone").
        // A line ending on a function word right above the next ("Concluding Observations of the" / "Committee on …") is wrapped.
        // Across a blank line, a long line that asks for nothing more ("… inspired the creation of World Immunization Week" /
        // "Washington, D.C., 22 April 2015 (PAHO/WHO) — More than …") ends its unit too: a web copy lost the period.
        // So does a long line that asks for nothing more (it ends on a capitalised word, a figure or a closing bracket) before a
        // line that opens with one of the language's sentence starters: a title the copy set on one line above its letter
        // ("… ante las Naciones Unidas" / "Con la solicitud de …"); "… hacia" / "El Salvador …" goes on.
        if (unwrapped && !LineLayout.StartsLower(text, current) && !LineLayout.EndsWithJoiner(text, previous)
            && !(gap == 0 && !endsSentence && LineLayout.EndsOnFunctionWord(text, previous))
            && (endsSentence || (LineLayout.StartsUpperAfterOpening(text, current)
                && (previous.End - previous.Start <= LineLayout.MaxPrintedLineLength || LineLayout.EndsInTitle(text, previous)
                    || (gap > 0 && !LineLayout.AsksForMore(text, previous))
                    || (startsSentence is not null && !LineLayout.AsksForMore(text, previous)
                        && startsSentence(text.AsSpan(current.Start, current.End - current.Start)))))))
        {
            return false;
        }

        if (gap == 0)
        {
            // "- item" after a finished clause; a dash after "Ministry of the Interior" is running text.
            if (kinds[k] == LineKind.ListItem && (endsSentence || text[previous.End - 1] is ',' or ';'))
            {
                return false;
            }

            // A short line that ends a sentence ends its paragraph; a full one was wrapped.
            bool shortLine = previous.End - previous.Start < wrapWidth * 4 / 5;
            return !(endsSentence && shortLine && !LineLayout.StartsLower(text, current));
        }

        if (kinds[k] is LineKind.ListItem or LineKind.Footnote)
        {
            return false;
        }

        // In a paginated text (form feeds between its pages: a PDF's extraction, pdftotext output) a blank line with no page
        // break in it ends a block: a line that asks for nothing more before a line that starts anew is a title's or a
        // paragraph's end ("… of the Committee on the Rights of the Child: Peru" / blank / "The Committee considered …").
        if (paginated && !endsSentence && LineLayout.StartsUpperAfterQuote(text, current) && !LineLayout.AsksForMore(text, previous)
            && text.AsSpan(previous.End, current.Start - previous.End).IndexOf('\f') < 0)
        {
            return false;
        }

        return !endsSentence || LineLayout.StartsLower(text, current);
    }
}
