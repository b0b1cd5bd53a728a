using Alignment.Aligning;
using Xunit.Abstractions;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The aligner on real pairs of other genres (<see cref="GenreSet"/>): the floors sit a little below the strict F1
/// measured on the test split when they were written (rules were tuned on the dev split only).
/// </summary>
public class GenreSetTests(ITestOutputHelper output)
{
    /// <summary>
    /// Pooled strict F1 of the test split, measured 2026-12-06 (issue 23): 0.728, then 0.777 once a line of web copy, a
    /// wrapped title in capitals and a separator line were read as units of their own, then 0.834 with the length prior of
    /// the second pass and the gap cost of lines and paragraph joins (all tuned on the dev split); less a margin. The test
    /// split grew the same day by seven documents of new publishers (163 → 253 gold beads, no aligner change): 0.893; with
    /// salutation lines, the general lexicon for short pairs and the refitted confidence merged, 0.891.
    /// On 67 documents (2026-12-07): 0.867 at the start of the session, 0.915 after the paragraph-number, list-mark and
    /// note-mark rules (dev 0.945 → 0.959 with the note rule).
    /// On 83 documents (a sixth round of 16 new pairs, 2026-12-07): 0.875 with the code of that morning (dev 0.850), 0.894
    /// with tables of contents, UN header blocks and page furniture read (dev 0.892). On 92 documents (seventh round, same
    /// day): 0.860 → 0.878 against the morning's code (dev 0.808 → 0.845; 0.854 once a sentence starter after a content word
    /// across a blank line opens a unit). Next session (2026-12-07, evening): 0.878 → 0.894 (dev 0.854 → 0.873) with headings
    /// that pair with lines and join 2-1 beads of lines, brackets and long title lines read as units. Session of 2026-12-07,
    /// night: 0.894 → 0.893 (dev 0.873 → 0.899) with tables of contents read entry by entry and dot leaders out of the length.
    /// </summary>
    private const double PooledTestFloor = 0.88;

    [Fact]
    public void Test_split_aligns_at_the_measured_pooled_strict_F1()
    {
        var scores = GenreSet.Documents("test").Select(GenreSet.Score).ToList();
        foreach (var s in scores)
        {
            output.WriteLine($"{s.Id,-36} beads {s.Produced,3} gold {s.Gold,3} strict F1 {s.F1:F3}");
        }

        double pooled = DocumentScore.Pooled(scores);
        output.WriteLine($"pooled test: {pooled:F3}");
        scores.Sum(s => s.Gold).Should().BeGreaterThan(100);
        pooled.Should().BeGreaterThanOrEqualTo(PooledTestFloor);
    }

    /// <summary>
    /// The same documents as a PDF copy would give them: every line longer than 80 characters hard-wrapped at 75 columns
    /// (<see cref="HardWrapped"/>), the other lines as they are. Measured 2026-12-07 (issue 23): before the rule that a line the
    /// next word would have fitted on was not wrapped (and a title before an opening quote), dev 0.837, test 0.826; with it,
    /// dev 0.848 (tuned on: ParagraphBuilder.NextWordFitShare), test 0.816 (two test documents gained, three lost a bead each
    /// to a title run into a full-width first line, which no width rule can see). Unwrapped, the same documents align at
    /// about 0.95 and 0.92: the floor sits below the wrapped test figure. On the 57 documents with the segmentation fixes,
    /// the repeated line, the web address, the capitals heading run into its sentence and the table-row rule: dev 0.918,
    /// test 0.861 (the code before this session: 0.818 and 0.818).
    /// On 67 documents (2026-12-07): dev 0.913 → 0.930, test 0.817 → 0.877 with the rules of that day. On 83 documents (same
    /// day, sixth round): dev 0.834 → 0.871, test 0.840 → 0.840; on 92 (seventh round): dev 0.788 → 0.822, test 0.818 → 0.818; with the sentence-starter rule, dev 0.828, test 0.821.
    /// That evening: dev 0.828 → 0.842, test 0.821 → 0.835. That night: dev 0.842 → 0.878, test 0.835 → 0.834.
    /// </summary>
    private const double PooledHardWrappedTestFloor = 0.82;

    [Fact]
    public void A_hard_wrapped_copy_of_each_document_still_aligns() => ScoreCopy(HardWrapped, "hard-wrapped", PooledHardWrappedTestFloor);

    // Scores each document of the split (GENRE_SPLIT=dev reports the dev split, what the rules were tuned on) as `copy`
    // turns both texts, lists the wrong beads, and holds the test split's pooled strict F1 to its floor.
    private void ScoreCopy(Func<string, string> copy, string name, double testFloor)
    {
        string split = Environment.GetEnvironmentVariable("GENRE_SPLIT") == "dev" ? "dev" : "test";
        var scores = GenreSet.Documents(split).Select(id => GenreSet.Score(id, new BitextAligner(), copy)).ToList();
        foreach (var s in scores)
        {
            output.WriteLine($"{s.Id,-36} beads {s.Produced,3} gold {s.Gold,3} strict F1 {s.F1:F3}");
            foreach (var (bead, isRight) in s.Beads.Where(b => !b.Right))
            {
                output.WriteLine($"   wrong {bead.Type}: {string.Join(" ‖ ", bead.Source.Select(x => x.NormalizedText))} | {string.Join(" ‖ ", bead.Target.Select(x => x.NormalizedText))}");
            }
        }

        double pooled = DocumentScore.Pooled(scores);
        output.WriteLine($"pooled {name} {split}: {pooled:F3}");
        scores.Should().OnlyContain(s => s.Produced > 0);
        pooled.Should().BeGreaterThanOrEqualTo(split == "test" ? testFloor : 0);
    }

    /// <summary>
    /// The same documents as a web copy that lost every line break gives them (<see cref="Flattened"/>: the whole text one
    /// line, as one test document's Spanish side came): only the sentences' punctuation and the numbering of paragraphs are
    /// left to read structure from, so titles and headings run into the text after them. Measured 2026-12-07: dev 0.596 →
    /// 0.625, test 0.585 → 0.656 once paragraph numbers in sequence start units mid-line.
    /// </summary>
    [Fact]
    public void A_copy_that_lost_its_line_breaks_still_aligns() => ScoreCopy(Flattened, "flattened", PooledFlattenedTestFloor);

    /// <summary>
    /// The same documents as PDF extraction gives a UN document's numbered paragraphs (<see cref="NumbersApart"/>: each
    /// paragraph's number or outline letter on a line of its own, "1." / "The Committee considered …", "A." / "Introduction").
    /// Measured 2026-12-07: dev 0.871 → 0.959, test 0.824 → 0.915 once a mark alone on its line opens the paragraph under it.
    /// </summary>
    [Fact]
    public void A_copy_with_paragraph_numbers_on_lines_of_their_own_still_aligns() => ScoreCopy(NumbersApart, "numbers-apart", PooledNumbersApartTestFloor);

    /// <summary>The text with a number or outline mark that opens a line ("1.", "12.", "II.", "A.", "(a)", "b)") and a space
    /// before a capital put on a line of its own (a mark glued to its word, "1.The", stays: the gold's units keep it so).</summary>
    internal static string NumbersApart(string text) => System.Text.RegularExpressions.Regex.Replace(text,
        @"(?m)^([0-9]{1,3}\.|[IVX]{1,6}\.|[A-H]\.|\([a-z]\)|[a-z]\))[ \t]+(?=\p{Lu})", "$1\n", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>Floor of the test split's pooled strict F1 with paragraph marks on lines of their own (measured 0.915 on 67
    /// documents; on 83, dev 0.850 → 0.892, test 0.874 → 0.894; on 92, dev 0.808 → 0.845, test 0.860 → 0.878; that evening,
    /// dev 0.854 → 0.873, test 0.878 → 0.894; that night, dev 0.873 → 0.899, test 0.894 → 0.893).</summary>
    private const double PooledNumbersApartTestFloor = 0.88;

    /// <summary>Floor of the test split's pooled strict F1 with every line break lost (measured 0.656 on 67 documents; on 83,
    /// dev 0.563 → 0.565, test 0.608 → 0.608; on 92, dev 0.543 → 0.544, test 0.596 → 0.595; unchanged that evening; that night, dev 0.548 → 0.548, test 0.595 → 0.595).</summary>
    private const double PooledFlattenedTestFloor = 0.58;

    /// <summary>The text with every run of whitespace that holds a line break replaced by one space.</summary>
    internal static string Flattened(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"[ \t]*\r?\n\s*", " ", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).Trim();

    [Fact]
    public void A_note_one_side_alone_carries_stays_unmatched_and_the_title_pairs()
    {
        // A CEDAW document's English copy hangs the note "* Adopted by the Committee at its seventy-second session …" under its
        // title; the Spanish copy has none. The note was paired with the Spanish title (and "72" reported against "noveno").
        var score = GenreSet.Score("unhr-cedaw-col-co9-2019");
        score.Beads.Should().Contain(b => b.Right && b.Bead.Target.Count == 0 && b.Bead.Source.Count == 1
            && b.Bead.Source[0].NormalizedText.StartsWith("* Adopted by the Committee", StringComparison.Ordinal));
        score.Beads.Should().OnlyContain(b => b.Right);
        score.Result.Findings.Should().NotContain(f => f.Severity > FindingSeverity.Info);
    }

    [Fact]
    public void A_title_line_is_not_run_into_the_hard_wrapped_paragraph_under_it()
    {
        // An ECLAC release's label line above its first paragraph (pressrelease-eclac-02), hard-wrapped at 75 as a PDF copy
        // would be: the label ends on a lower-case word and the paragraph opens with a quote, and the two were one unit.
        var beads = GenreSet.Score("pressrelease-eclac-02", new BitextAligner(), HardWrapped).Beads;
        beads.Should().Contain(b => b.Right && b.Bead.Target.Count == 1 && b.Bead.Target[0].NormalizedText == "Nota informativa");
        beads.Should().OnlyContain(b => b.Right);
    }

    [Fact]
    public void A_short_line_ending_in_a_comma_between_blank_lines_is_a_unit_in_hard_wrapped_text()
    {
        // The OAS resolution (oasres-ag1648-1999) hard-wrapped: "THE GENERAL ASSEMBLY," / blank / "BEARING IN MIND that …"
        // (wrapped at 75) was one unit; a page break cuts a full line, not one a third as wide.
        var beads = GenreSet.Score("oasres-ag1648-1999", new BitextAligner(), HardWrapped).Beads;
        beads.Should().Contain(b => b.Right && b.Bead.Source.Count == 1 && b.Bead.Source[0].NormalizedText == "THE GENERAL ASSEMBLY,"
            && b.Bead.Target.Count == 1 && b.Bead.Target[0].NormalizedText == "LA ASAMBLEA GENERAL,");
    }

    [Fact]
    public void A_contents_entry_with_dot_leaders_pairs_with_its_entry_without()
    {
        // Spain's core document: the Spanish entries run their dot leaders across the page, the English ones have none, so
        // by length "D. Proceso de preparación de informes ……… 132–134 32" was four times "D.Reporting process 132–13430" and
        // the last four entries were left unpaired on both sides.
        var beads = GenreSet.Score("unreport-spain-core-2010").Beads;
        beads.Should().Contain(b => b.Right && b.Bead.Source.Count == 1 && b.Bead.Source[0].NormalizedText == "D.Reporting process 132–13430"
            && b.Bead.Target.Count == 1 && b.Bead.Target[0].NormalizedText.StartsWith("D. Proceso de preparación de informes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_title_block_does_not_make_a_complete_last_section_look_truncated()
    {
        // The Special Rapporteur's report on Spain, paginated: the English web page's eight labels against the Spanish UN header
        // gave a length ratio of 2 before the summary, so the Spanish summary looked cut short and its last three sentences
        // were set apart from their translations.
        var beads = GenreSet.Score("unhr-srpoverty-esp-2020", new BitextAligner(), Paginated).Beads;
        beads.Should().Contain(b => b.Right && b.Bead.Source.Count == 1 && b.Bead.Source[0].NormalizedText.StartsWith("It is abundantly clear", StringComparison.Ordinal)
            && b.Bead.Target.Count == 1 && b.Bead.Target[0].NormalizedText.StartsWith("Resulta más que evidente", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_shaped_line_under_a_full_hard_wrapped_line_goes_on_it()
    {
        // The OHCHR speech hard-wrapped at 75: its headline in capitals, "… AT THE 35TH SESSION OF THE UN HUMAN RIGHTS COUNCIL" /
        // "IN GENEVA, 6 JUNE 2017", ends on figures like a table's row and was cut off its headline; the line above is full.
        var beads = GenreSet.Score("speech-ohchr-hrc35-2017", new BitextAligner(), HardWrapped).Beads;
        beads.SelectMany(b => b.Bead.Source).Should().Contain(x => x.NormalizedText.StartsWith("DENIAL OF ACCESS", StringComparison.Ordinal)
            && x.NormalizedText.EndsWith("HUMAN RIGHTS COUNCIL IN GENEVA, 6 JUNE 2017", StringComparison.Ordinal));
    }

    /// <summary>
    /// The same documents as a paginated PDF extraction gives them (<see cref="Paginated"/>: hard-wrapped, cut into pages
    /// that break in mid-sentence, each page after the first under a running head and over its number, the first over a
    /// UN job number). Measured 2026-12-07 on 83 documents: with the running heads, page numbers and job number left in
    /// (before PageFurniture), dev 0.409, test 0.399; with them left out, dev 0.806, test 0.810, where the hard-wrapped copy
    /// reads 0.834 and 0.840. The rest is mostly a two-page document whose running head shows once (nothing tells it from a
    /// heading) and sentences a page break cut before a capital. With the review's stricter furniture (exact text, or a number
    /// that follows the page on three pages) and a title-like line after a function word read as the sentence's end: dev
    /// 0.831, test 0.814; with a blank line inside a page read as a block's end, 0.837 and 0.826; on 92 documents, dev 0.792,
    /// test 0.811.
    /// </summary>
    [Fact]
    public void A_paginated_copy_still_aligns() => ScoreCopy(Paginated, "paginated", PooledPaginatedTestFloor);

    /// <summary>Floor of the test split's pooled strict F1 on the paginated copy (measured 0.811 on 92 documents; that evening,
    /// dev 0.792 → 0.810, test 0.811 → 0.821: this copy prints its running head's symbol on no first page, so the rule that
    /// reads a symbol alone at a page's top as a running head when the first page prints it too does not apply here). That
    /// night, dev 0.810 → 0.869, test 0.821 → 0.833, with tables of contents that cross a page, a complete last section no
    /// longer read as cut short after a short title block, and a symbol in mid-sentence read as a running head.</summary>
    private const double PooledPaginatedTestFloor = 0.82;

    /// <summary>
    /// <see cref="HardWrapped"/> text cut into pages of 8 to 12 lines (by the text's length, so a translation breaks its
    /// pages elsewhere), separated by form feeds: the first page ends on a job number (<c>GE.17-09812(E)</c>), every other
    /// page opens with the document symbol, set right on odd pages, and ends on its number.
    /// </summary>
    internal static string Paginated(string text)
    {
        var lines = HardWrapped(text).TrimEnd('\n').Split('\n');
        int perPage = 8 + (text.Length % 5);
        var pages = new List<string>();
        for (int first = 0, number = 1; first < lines.Length; first += perPage, number++)
        {
            var page = new System.Text.StringBuilder();
            if (number > 1)
            {
                page.Append(number % 2 == 1 ? new string(' ', 60) : "").Append("A/HRC/35/12\n\n");
            }

            page.AppendJoin('\n', lines.Skip(first).Take(perPage)).Append("\n\n");
            page.Append(number == 1 ? "GE.17-09812(E)\n" : $"{number}\n");
            pages.Add(page.ToString());
        }

        return string.Join('\f', pages);
    }

    /// <summary>The text with every line longer than 80 characters wrapped at 75 columns on spaces (a long word stays whole).</summary>
    internal static string HardWrapped(string text)
    {
        var wrapped = new System.Text.StringBuilder(text.Length + (text.Length / 64));
        foreach (string line in text.Split('\n'))
        {
            if (line.Length <= 80)
            {
                wrapped.Append(line).Append('\n');
                continue;
            }

            int width = 0;
            foreach (string word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (width > 0 && width + 1 + word.Length > 75)
                {
                    wrapped.Append('\n');
                    width = 0;
                }

                wrapped.Append(width > 0 ? " " : "").Append(word);
                width += (width > 0 ? 1 : 0) + word.Length;
            }

            wrapped.Append('\n');
        }

        return wrapped.ToString();
    }

    /// <summary>
    /// Pairs of the set that are not complete translations of each other: the Oxfam summary's Spanish copy opens with the
    /// report's cover text and web address (3 sentences of 8) under no heading, then its summary under "RESUMEN"; the English
    /// copy is the summary alone, quoted by a catalogue under its labels ("Content Type", "Policy Brief"). Its sections do
    /// not correspond, and the warning that they could not be paired is the truth (the alignment itself scores 0.86).
    /// The High Commissioner's report on Colombia (A/HRC/19/21/Add.3, test, seventh round) is no clean pair either, by its
    /// helper's notes: the English side is a PDF's text flattened onto one line with its footnotes, job number and running head
    /// (no line, so no heading, is left to make sections of), the Spanish a web copy without the report's title; 13 of its
    /// 26 gold beads are English lines with no Spanish counterpart.
    /// </summary>
    private static readonly string[] IncompletePairs = ["summary-oxfam-publicservices-2014", "unreport-ohchr-colombia-2011"];

    [Fact]
    public void No_clean_complete_pair_gets_the_whole_document_warning()
    {
        var warned = GenreSet.Documents("test").Concat(GenreSet.Documents("dev")).Except(IncompletePairs).Select(GenreSet.Score)
            .Where(s => s.Result.UsedWholeDocumentFallback).Select(s => s.Id).ToList();

        warned.Should().BeEmpty();
        GenreSet.Score(IncompletePairs[0]).Result.UsedWholeDocumentFallback.Should().BeTrue("the pair's sections do not correspond");
    }

    /// <summary>
    /// The fitted confidence model (issue 23) on the test split, measured 2026-12-06: 17 of 36 wrong beads and 15 of 114
    /// right beads below the threshold (before it: 15 of 36 and 27 of 114); after the line-unit rules, which removed the
    /// wrong beads that were easiest to flag, 13 of 32 and 14 of 124; refitted by the benchmarks' <c>confidence</c> command
    /// with the local margin, the many-to-many flag and the opposite gap nearby, 15 of 32 and 15 of 124. Short lines with
    /// little vocabulary keep the right-bead share far above the 1 % the issue asks for, and 11 of the 32 wrong beads are
    /// right pairings whose sentences lost the list bullet the gold keeps (no confidence can see those).
    /// On the grown test split (seven more documents, same day), with the general lexicon for short pairs: 14 of 27 wrong and
    /// 26 of 225 right beads flagged (11.6 %). (A refit on the final bead sets flagged fewer right beads, 13 of 225, but left
    /// two unrelated documents above the mostly-unaligned line; it was not taken.)
    /// 2026-12-07, with AlignmentModel.HeadingMismatchCost: the heading beads it fixed were wrong beads the model flagged
    /// (confidence near 0), so the share fell to 10 of 24 wrong and 25 of 226 right beads flagged; with its lexical factor,
    /// 8 of 24 wrong and 23 of 224 right. The floor follows it.
    /// 2026-12-07, issue 23 point 5: with the partner of an unmatched sentence among the other side's unmatched ones, its
    /// line shape and isolation, a local margin that asks an unmatched sentence to be paired at all, and each model's wrong
    /// beads weighed apart by the <c>confidence</c> command: 11 of 24 wrong and 14 of 226 right beads flagged (6.2 %); with
    /// the heading lexical factor as well (the weights were fitted before it), 9 of 24 wrong and 12 of 224 right (5.4 %).
    /// With four more test documents (48 in all, same day): 9 of 28 wrong and 14 of 269 right (5.2 %).
    /// Refitted the same day with unsupported beads, coverage by neighbours, the better-fit of an unmatched sentence and
    /// one-sided blocks (AlignmentModel.MatchedConfidenceWeights): 9 of 22 wrong and 17 of 276 right before, 11 of 22 and
    /// 17 of 276 (6.2 %) after; dev, fitted: 15 of 20 and 15 of 324 before, 17 of 20 and 16 of 324 after. The floors stay:
    /// the issue's aim (75 % at 1 %) is far off on this set (README, "Confidence").
    /// </summary>
    [Fact]
    public void Low_confidence_flags_more_wrong_than_right_beads_on_the_test_split()
    {
        var beads = GenreSet.Documents("test").Select(GenreSet.Score).SelectMany(s => s.Beads).ToList();
        var wrong = beads.Where(b => !b.Right).ToList();
        var right = beads.Where(b => b.Right).ToList();
        double wrongShare = (double)wrong.Count(b => b.Bead.Confidence < AlignerOptions.DefaultLowConfidence) / wrong.Count;
        double rightShare = (double)right.Count(b => b.Bead.Confidence < AlignerOptions.DefaultLowConfidence) / right.Count;

        output.WriteLine($"wrong flagged {wrongShare:P1}, right flagged {rightShare:P1}");
        wrongShare.Should().BeGreaterThanOrEqualTo(0.30);
        rightShare.Should().BeLessThanOrEqualTo(0.07);
    }

    /// <summary>
    /// The local margin of an unmatched bead asks that its sentence be paired at all (issue 23, point 5): the signature
    /// "Kofi A. Annan" that only the Spanish UN message carries sits beside an English line only it carries, and leaving it
    /// unmatched one bead later (past that line) used to count as another alignment, at no extra cost: a margin of 0 that
    /// read as doubt. Pairing the name with anything costs the search more than leaving it out.
    /// </summary>
    [Fact]
    public void An_unmatched_line_beside_one_of_the_other_side_keeps_its_margin()
    {
        var aligner = new BitextAligner(AlignerOptions.Default with { KeepConfidenceEvidence = true });
        var bead = GenreSet.Score("unmsg-unday-2002", aligner).Result.Beads
            .Single(b => b.Source.Count == 0 && b.Target.Count == 1 && b.Target[0].NormalizedText == "Kofi A. Annan");

        // The eighth entry after the intercept is the local margin (AlignmentModel.UnmatchedConfidenceWeights).
        bead.ConfidenceEvidence.Should().NotBeNull();
        bead.ConfidenceEvidence![8].Should().BeGreaterThan(1);
        bead.Confidence.Should().BeGreaterThanOrEqualTo(AlignerOptions.DefaultLowConfidence);
    }

    /// <summary>
    /// A title whose translation the aligner left unmatched beside it is flagged, on both sides (the partner similarity of
    /// AlignmentModel.UnmatchedConfidenceWeights): "United Nations Day" and "Mensaje con ocasión del Día de las Naciones Unidas".
    /// </summary>
    [Fact]
    public void A_title_torn_from_its_translation_nearby_is_flagged()
    {
        var aligner = new BitextAligner(AlignerOptions.Default with { KeepConfidenceEvidence = true });
        var beads = GenreSet.Score("unmsg-unday-2011", aligner).Result.Beads;
        var english = beads.Single(b => b.Source.Count == 1 && b.Target.Count == 0 && b.Source[0].NormalizedText == "United Nations Day");
        var spanish = beads.Single(b => b.Source.Count == 0 && b.Target.Count == 1 && b.Target[0].NormalizedText == "Mensaje con ocasión del Día de las Naciones Unidas");

        english.ConfidenceEvidence![10].Should().BeGreaterThan(0.5);
        spanish.ConfidenceEvidence![10].Should().BeGreaterThan(0.5);
        english.Confidence.Should().BeLessThan(AlignerOptions.DefaultLowConfidence);
        spanish.Confidence.Should().BeLessThan(AlignerOptions.DefaultLowConfidence);
    }

    /// <summary>
    /// A dateline or title that one side alone carries, before the first matched bead, is no sign of a wrong alignment: it
    /// stays above the low-confidence threshold (the edge term of AlignmentModel.UnmatchedConfidenceWeights).
    /// </summary>
    [Fact]
    public void A_line_one_side_alone_carries_before_the_first_match_is_not_flagged()
    {
        var bead = GenreSet.Score("unmsg-unday-2009").Result.Beads
            .Single(b => b.Source.Count == 0 && b.Target.Count == 1 && b.Target[0].NormalizedText == "Día de las Naciones Unidas, 24 de octubre de 2009");

        bead.Confidence.Should().BeGreaterThanOrEqualTo(AlignerOptions.DefaultLowConfidence);
    }

    /// <summary>
    /// A press-release code and a separator line that one side alone carries stay unmatched instead of being glued onto the
    /// next sentence as a 2-1 bead (AlignmentModel.LineGapShare, ParagraphJoinCost; both were 2-1 beads before).
    /// </summary>
    [Theory]
    [InlineData("unmsg-peaceday-2008", "Press Release 08-049-E 2008.09.05")]
    [InlineData("unmsg-unday-2002", "* *** *")]
    public void A_line_one_side_alone_carries_is_not_glued_onto_a_sentence(string id, string line)
    {
        var beads = GenreSet.Score(id).Result.Beads;

        beads.Should().ContainSingle(b => b.Source.Count == 1 && b.Source[0].NormalizedText == line).Which.Target.Should().BeEmpty();
    }

    /// <summary>
    /// A heading pairs with its translation though the other side did not read that as a heading
    /// (AlignmentModel.HeadingMismatchCost): the Spanish title in capitals is a heading, its English one a sentence.
    /// Before, both stayed unmatched on each side. (The letter's salutation "Citizen President Obama:" was such a case until
    /// the Spanish "P r e s e n t e" stopped running into it; both sides now read it alike, see LineUnitTests.)
    /// A headline or subtitle that is a heading on one side and a plain line on the other pays less
    /// (AlignmentModel.HeadingLineMismatchLexicalFactor): the ICRC headline and the Global Witness subtitle stayed unmatched on
    /// both sides before.
    /// </summary>
    [Theory]
    [InlineData("unmsg-unday-2011", "To leave no one behind.", "No dejar a nadie rezagado")]
    [InlineData("pressrelease-icrc-mexico-2022", "Armed violence in Mexico and Central America continues to cause large-scale suffering",
        "Persisten graves consecuencias humanitarias derivadas de la violencia armada en México y América Central")]
    [InlineData("ngo-globalwitness-defenders-2023", "The Land and Environmental Defenders on the frontlines of the climate crisis",
        "Personas defensoras de la tierra y el medioambiente al frente de la crisis climática")]
    public void A_heading_pairs_with_its_translation_the_other_side_did_not_read_as_a_heading(string id, string english, string spanish)
    {
        var beads = GenreSet.Score(id).Result.Beads;

        var bead = beads.Should().ContainSingle(b => b.Source.Any(x => x.NormalizedText == english)).Subject;
        bead.Target.Should().ContainSingle().Which.NormalizedText.Should().EndWith(spanish);
        (bead.Source[0].IsHeading != bead.Target[0].IsHeading).Should().BeTrue("the case is a heading beside a sentence");
    }

    /// <summary>
    /// A label one side sets apart as a heading and the other runs into the clause it opens joins that clause in a 1-2 bead
    /// (AlignmentModel.HeadingJoinCost): the OAS resolution's Spanish "TENIENDO EN CUENTA:" above its clause, beside the
    /// English "TAKING INTO ACCOUNT resolutions …". Before, a heading could only pair 1-1, and the label stayed unmatched.
    /// </summary>
    [Fact]
    public void A_label_set_apart_on_one_side_joins_the_clause_the_other_side_runs_it_into()
    {
        var beads = GenreSet.Score("oasres-ag1648-1999").Beads;

        beads.Should().Contain(b => b.Right && b.Bead.Source.Count == 1 && b.Bead.Source[0].NormalizedText.StartsWith("TAKING INTO ACCOUNT resolutions", StringComparison.Ordinal)
            && b.Bead.Target.Count == 2 && b.Bead.Target[0].NormalizedText == "TENIENDO EN CUENTA:" && b.Bead.Target[0].IsHeading);
    }

    /// <summary>
    /// A table of contents' heading pairs with its translation and each entry with its own, mark, title and page together
    /// (ContentsTable; the general lexicon's índice/contents): A/HRC/7/78 as extracted from its PDF (dev).
    /// </summary>
    [Theory]
    [InlineData("CONTENTS", "ÍNDICE")]
    [InlineData("7/3. Enhancement of international cooperation in the field of human rights .. 11", "7/3. Fortalecimiento de la cooperación internacional en la esfera de los derechos humanos 12")]
    public void A_table_of_contents_pairs_entry_by_entry(string english, string spanish)
    {
        var beads = GenreSet.Score("unhr-hrc7-report-2008").Beads;

        beads.Should().Contain(b => b.Right && b.Bead.Source.Count == 1 && GenreSet.Collapse(b.Bead.Source[0].Text) == english
            && b.Bead.Target.Count == 1 && GenreSet.Collapse(b.Bead.Target[0].Text) == spanish);
    }

    /// <summary>Writes the per-document table and the calibration figures of a split (GENRE_SPLIT=dev for the dev split).</summary>
    [Fact]
    public void Reports_the_genre_table_and_calibration()
    {
        string split = Environment.GetEnvironmentVariable("GENRE_SPLIT") == "dev" ? "dev" : "test";
        var scores = GenreSet.Documents(split).Select(GenreSet.Score).ToList();
        int wrong = 0, wrongLow = 0, right = 0, rightLow = 0;
        foreach (var s in scores)
        {
            output.WriteLine($"{s.Id,-36} beads {s.Produced,3} gold {s.Gold,3} strict F1 {s.F1:F3}");
            foreach (var (bead, isRight) in s.Beads)
            {
                bool low = bead.Confidence < AlignerOptions.DefaultLowConfidence;
                (wrong, wrongLow, right, rightLow) = isRight ? (wrong, wrongLow, right + 1, rightLow + (low ? 1 : 0)) : (wrong + 1, wrongLow + (low ? 1 : 0), right, rightLow);
                if (!isRight || low)
                {
                    output.WriteLine($"   {(isRight ? "right" : "wrong")} {bead.Confidence:F2} {bead.Type}: {string.Join(" ‖ ", bead.Source.Select(x => x.NormalizedText))} | {string.Join(" ‖ ", bead.Target.Select(x => x.NormalizedText))}");
                }
            }
        }

        output.WriteLine($"pooled {split}: strict F1 {DocumentScore.Pooled(scores):F3}; wrong beads flagged {wrongLow}/{wrong}, right beads flagged {rightLow}/{right}");
        (wrong + right).Should().BeGreaterThan(100);
    }
}
