using Alignment.Aligning;
using Alignment.Languages;
using Alignment.Loading;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The bundled general-vocabulary lexicon (<c>es-en.general.txt</c>): it parses, it adds nothing the cognate and identical-word
/// keys already give, its entries meet the words of real genre text, the stem collisions it was checked for stay out, and
/// it is used for short pairs only (<see cref="AlignmentModel.GeneralLexiconMaxSentences"/>).
/// </summary>
public class GeneralLexiconTests
{
    private const string FileName = "es-en.general.txt";
    private static readonly LanguageProfile Es = LanguageProfile.Get("es");
    private static readonly LanguageProfile En = LanguageProfile.Get("en");
    private static readonly WordAnalyzer SpanishWords = WordAnalyzer.For(Es);
    private static readonly WordAnalyzer EnglishWords = WordAnalyzer.For(En);
    private static readonly BilingualLexicon General = BilingualLexicon.Load(Es, En, SpanishWords, EnglishWords, ["general"]);
    private static readonly BitextAligner Explaining = new(new AlignerOptions { Explain = true });

    [Fact]
    public void Every_line_parses_and_the_file_holds_general_vocabulary()
    {
        // The loader throws on a line without "words = words"; a few thousand entries, one per line.
        int lines = LanguageDataFile.Read(FileName).Count;
        lines.Should().BeInRange(2500, 4000);
        General.Count.Should().Be(lines);
    }

    [Fact]
    public void No_entry_repeats_a_word_on_both_sides()
    {
        // A word or phrase spelt the same in both languages ("regional", "capital") meets itself through its identical-word key already.
        foreach (var line in LanguageDataFile.Read(FileName))
        {
            int eq = line.Text.IndexOf('=');
            Items(line.Text[..eq]).Intersect(Items(line.Text[(eq + 1)..])).Should().BeEmpty($"line {line.Text}");
        }

        static HashSet<string> Items(string side) =>
            side.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => TextNormalizer.FoldAccents(p).ToLowerInvariant()).ToHashSet();
    }

    [Theory]
    // Words of the genre set's UN messages, speeches and press releases that share no spelling.
    [InlineData("dejar", "leave")]
    [InlineData("nadie", "nobody")]
    [InlineData("rezagado", "behind")]
    [InlineData("poblado", "crowded")]
    [InlineData("construir", "build")]
    [InlineData("mundo", "world")]
    [InlineData("mejor", "better")]
    [InlineData("ganar", "gain")]
    [InlineData("siempre", "always")]
    [InlineData("nunca", "never")]
    [InlineData("transmitirán", "broadcast")]
    [InlineData("dijo", "said")]
    [InlineData("trabajamos", "working")]
    [InlineData("hambre", "hunger")]
    [InlineData("lunes", "monday")]
    [InlineData("miércoles", "wednesday")]
    [InlineData("sábado", "saturday")]
    public void General_words_meet_their_translations(string spanish, string english) =>
        Meet(spanish, english).Should().BeTrue($"{spanish} = {english}");

    [Theory]
    // Stems the light Spanish stemmer shares between unrelated words: a verb form that would key the other word's entry is
    // left out of the file (trata de personas is not "try", parte is not "leave", marco is not "mark", caso is not "house").
    [InlineData("trata", "try")]
    [InlineData("trata", "treat")]
    [InlineData("parte", "leave")]
    [InlineData("partido", "left")]
    [InlineData("marco", "mark")]
    [InlineData("caso", "house")]
    [InlineData("abogado", "advocate")]
    [InlineData("daños", "give")]
    [InlineData("creo", "create")]
    [InlineData("mente", "lie")]
    [InlineData("corte", "short")]
    public void Unrelated_words_sharing_a_stem_do_not_meet(string spanish, string english) =>
        Meet(spanish, english).Should().BeFalse($"{spanish} is not {english}");

    [Fact]
    public void A_short_pair_meets_through_general_words_and_a_long_one_does_not()
    {
        // From the genre set's UN Day message of 2011 (unmsg-unday-2011): no shared spelling, number or name.
        var spanish = new AlignmentUnit("Hay quien dice que nuestro planeta está demasiado poblado.");
        var english = new AlignmentUnit("Some say our planet is too crowded.");
        var extractor = new FeatureExtractor(Es, En);
        var (s, t) = extractor.Extract([spanish, new AlignmentUnit("Construir un mundo mejor.")], [english, new AlignmentUnit("To build a better world.")]);
        SentenceFeatures.Similarity(s[1], t[1]).Should().Be(1.0, "construir = build, mundo = world, mejor = better");
        SentenceFeatures.Similarity(s[0], t[0]).Should().BeGreaterThan(0.5);
        SentenceFeatures.Similarity(s[0], t[1]).Should().Be(0);

        // A long pair (a report) matches through the report lexicon and what it learns, not the general one.
        int count = AlignmentModel.GeneralLexiconMaxSentences + 1;
        var (longS, longT) = extractor.Extract(Enumerable.Repeat(new AlignmentUnit("Construir un mundo mejor."), count).ToList(),
            Enumerable.Repeat(new AlignmentUnit("To build a better world."), count).ToList());
        SentenceFeatures.Similarity(longS[0], longT[0]).Should().Be(0);
    }

    [Fact]
    public void A_UN_message_sentence_with_no_shared_spelling_is_paired_with_its_translation()
    {
        // Wrong before the general lexicon (left unmatched on both sides), right with it.
        var beads = GenreSet.Score("unmsg-unday-2011").Beads;
        beads.Should().Contain(b => b.Right && b.Bead.Source.Count == 1 && b.Bead.Target.Count == 1
            && b.Bead.Source[0].NormalizedText == "Some say our planet is too crowded."
            && b.Bead.Target[0].NormalizedText == "Hay quien dice que nuestro planeta está demasiado poblado.");
        beads.Should().Contain(b => b.Right && b.Bead.Source.Count == 1 && b.Bead.Source[0].NormalizedText == "To build a better world."
            && b.Bead.Target.Count == 1 && b.Bead.Target[0].NormalizedText == "Construir un mundo mejor.");
    }

    [Theory]
    // The Amnesty International letter (letter-amnesty-venezuela-2018) as published: its English copy kept the Spanish date
    // with the day padded ("03"), and with the date written in English. Both were left unmatched on both sides before: the
    // padded day was another number key than "3", and "Monday" met nothing.
    [InlineData("Lunes, 03 de septiembre, 2018")]
    [InlineData("Monday, 3 September 2018")]
    public void A_letters_date_line_pairs_with_its_translation(string englishDate)
    {
        string en = File.ReadAllText(Path.Combine(GenreSet.Folder, "letter-amnesty-venezuela-2018.en.txt")).Replace("Lunes, 03 de septiembre, 2018", englishDate, StringComparison.Ordinal);
        string es = File.ReadAllText(Path.Combine(GenreSet.Folder, "letter-amnesty-venezuela-2018.es.txt"));
        var result = Explaining.Align(ReportDocument.FromText(en, "en.txt").GetDocumentOrThrow(), ReportDocument.FromText(es, "es.txt").GetDocumentOrThrow());

        result.Beads.Should().Contain(b => b.Source.Count == 1 && b.Target.Count == 1
            && b.Source[0].NormalizedText == englishDate && b.Target[0].NormalizedText == "Lunes, 3 de septiembre de 2018");
    }

    [Fact]
    public void General_words_make_more_sure_anchors_and_the_anchors_stay_right()
    {
        // Anchors are 1-1 pairs sharing rare keys (AnchorFinder); on the genre set the general lexicon's entries make 241 of
        // them where the report lexicon made 63, and 229 (was 59) pair sentences of one gold bead; most of the others pair
        // a sentence the gold splits differently (measured 2026-12-06).
        int anchors = 0, inGold = 0;
        foreach (var id in GenreSet.Documents("dev").Concat(GenreSet.Documents("test")))
        {
            string en = File.ReadAllText(Path.Combine(GenreSet.Folder, id + ".en.txt"));
            string es = File.ReadAllText(Path.Combine(GenreSet.Folder, id + ".es.txt"));
            var gold = File.ReadAllLines(Path.Combine(GenreSet.Folder, id + ".gold.jsonl")).Where(l => l.Trim().Length > 0)
                .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
                .Select(e => (En: e.GetProperty("en").EnumerateArray().Select(u => u.GetString()!).ToList(), Es: e.GetProperty("es").EnumerateArray().Select(u => u.GetString()!).ToList()))
                .ToList();
            var result = Explaining.Align(ReportDocument.FromText(en, id + ".en.txt").GetDocumentOrThrow(), ReportDocument.FromText(es, id + ".es.txt").GetDocumentOrThrow());
            foreach (var (i, j) in result.Explanation!.Anchors)
            {
                var (s, t) = (result.Source.Sentences[i], result.Target.Sentences[j]);
                string sourceText = GenreSet.Collapse(en[s.Start..s.End]), targetText = GenreSet.Collapse(es[t.Start..t.End]);
                anchors++;
                inGold += gold.Any(g => g.En.Contains(sourceText) && g.Es.Contains(targetText)) ? 1 : 0;
            }
        }

        anchors.Should().BeGreaterThan(150);
        ((double)inGold / anchors).Should().BeGreaterThanOrEqualTo(0.9);
    }

    private static bool Meet(string spanish, string english)
    {
        string s = SpanishWords.Term(spanish) ?? throw new ArgumentException(spanish);
        string e = EnglishWords.Term(english) ?? throw new ArgumentException(english);
        return General.FirstEntries(s).Intersect(General.SecondEntries(e)).Any();
    }
}
