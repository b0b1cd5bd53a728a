namespace Alignment.Tests.Export;

/// <summary>Alignments the writers are tested on: the 2021 seed pair, and a hand-made pair full of markup and OCR debris.</summary>
internal static class ExportSamples
{
    private static readonly Lazy<BitextResult> Seed = new(() =>
        new BitextAligner().Align(ReportDocument.LoadOrThrow(TestFiles.English2021), ReportDocument.LoadOrThrow(TestFiles.Spanish2021)));

    /// <summary>English 2021 aligned with Spanish 2021.</summary>
    public static BitextResult SeedPair => Seed.Value;

    public const string EnglishMarkup = "Police received 1,054 complaints & \"urgent\" cases <script>alert(1)</script> in 2020.";
    public const string SpanishMarkup = "La policía recibió 1.054 denuncias & casos 'urgentes' <script>alert(1)</script> en 2020.";
    public const string EnglishOmitted = "Officials\u0001 noted a\u000B 15\u000C percent rise.";
    public const string SpanishAdded = "Texto\tañadido\npor el traductor\u0007.";
    public const string FindingMessage = "1,054 <> 1.054 & \"15\" missing";

    /// <summary>
    /// Three beads: a 1-1 with markup and a finding, an omission (1-0) with control characters, an addition (0-1)
    /// with a tab, a line feed and a bell, and a finding on the addition.
    /// </summary>
    public static BitextResult Markup()
    {
        string englishText = EnglishMarkup + " " + EnglishOmitted;
        string spanishText = SpanishMarkup + " " + SpanishAdded;
        var english = ReportDocument.FromText(englishText, "en <b>.txt", Language.English).GetDocumentOrThrow();
        var spanish = ReportDocument.FromText(spanishText, "es & co.txt", Language.Spanish).GetDocumentOrThrow();
        var aligned = new BitextAligner().Align(english, spanish);
        var en0 = Sentence(0, 0, EnglishMarkup);
        var en1 = Sentence(1, EnglishMarkup.Length + 1, EnglishOmitted);
        var es0 = Sentence(0, 0, SpanishMarkup);
        var es1 = Sentence(1, SpanishMarkup.Length + 1, SpanishAdded);
        Bead[] beads =
        [
            new(0, SectionKind.Prosecution, [en0], [es0], 0.91),
            new(1, SectionKind.Prosecution, [en1], [], 0.2),
            new(2, SectionKind.Protection, [], [es1], 0.35),
        ];
        Finding[] findings =
        [
            new(FindingKind.ValueMismatch, FindingSeverity.Error, 0, FindingMessage, null, null, "inserted digit"),
            new(FindingKind.UnalignedNumber, FindingSeverity.Info, 2, "added sentence has no source", null, null, null),
        ];
        return aligned with { Beads = beads, Findings = findings };
    }

    private static SentenceSpan Sentence(int index, int start, string text) =>
        new(index, 0, start, start + text.Length, text, text, IsHeading: false);
}
