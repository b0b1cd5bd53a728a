using Alignment.Aligning;
using Alignment.Languages;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The parts of feature extraction on their own, on sentences of the seed reports: the tokenizer's numbers and words, the
/// cognate keys, and the keys a word is given.
/// </summary>
public class FeatureExtractionPartsTests
{
    [Fact]
    public void A_number_is_its_digits_whichever_separator_groups_them()
    {
        Tokens("El Gobierno asigné 15.5 millones de soles (414 480 $) a estas unidades.")
            .Should().Equal("El", "Gobierno", "asigné", "#155", "millones", "de", "soles", "#414480", "a", "estas", "unidades");
        Tokens("The government allocated 1.5 million soles (\\$414,480) to these units.")
            .Should().Equal("The", "government", "allocated", "#15", "million", "soles", "#414480", "to", "these", "units");
        Tokens("Desde 2016, más de 1 000 000 de venezolanos")
            .Should().Equal("Desde", "#2016", "más", "de", "#1000000", "de", "venezolanos");
    }

    [Theory]
    [InlineData("D. Proceso de preparación de informes ......................... 132–134 32", 49)]
    [InlineData("Introduction . . . . . . . . . . 1 - 4 3", 21)]
    [InlineData("Enhancement of cooperation ……… 11", 30)]
    [InlineData("It was, as she said... the end.", 31)]
    [InlineData("Wait.... what?", 14)]
    public void A_contents_leader_counts_as_one_character_of_length(string sentence, int length)
    {
        FeatureExtractor.LengthWithoutLeaders(sentence).Should().Be(length);
    }

    [Fact]
    public void A_space_joins_digits_only_before_a_group_of_three()
    {
        Tokens("640 victims in 2020, compared with 1 054 in 2019").Should().Equal("#640", "victims", "in", "#2020", "compared", "with", "#1054", "in", "#2019");
        Tokens("2018 2019 2020").Should().Equal("#2018", "#2019", "#2020");
        Tokens("12 20").Should().Equal("#12", "#20");
    }

    [Fact]
    public void A_padding_zero_is_dropped_so_a_day_written_03_meets_3()
    {
        // An Amnesty International letter's English copy dates it "Lunes, 03 de septiembre, 2018", the Spanish "3 de septiembre".
        Tokens("Lunes, 03 de septiembre, 2018").Should().Equal("Lunes", "#3", "de", "septiembre", "#2018");
        Tokens("09/03/2018 and 007").Should().Equal("#9", "#3", "#2018", "and", "#7");
        Tokens("0.5 and 0,5 and 0").Should().Equal("#05", "and", "#05", "and", "#0");
    }

    [Fact]
    public void A_word_keeps_an_apostrophe_between_letters_and_digits_glued_on_by_OCR()
    {
        Tokens("Peru’s government didn't continu6 — COVID-19 pandemic").Should().Equal("Peru’s", "government", "didn't", "continu6", "COVID", "#19", "pandemic");
        Tokens("‘quoted’ and 'single'").Should().Equal("quoted", "and", "single");
    }

    [Fact]
    public void A_number_longer_than_the_digit_buffer_is_read_whole()
    {
        string digits = new('7', 100);
        Tokens($"ID {digits} end", bufferLength: 8).Should().Equal("ID", "#" + digits, "end");
    }

    [Theory]
    [InlineData("especializadas", "specialized", "speci")]
    [InlineData("internacional", "international", "inter")]
    [InlineData("victimas", "victims", "victi")]
    [InlineData("telefono", "telephone", "telef")]
    public void Spanish_and_English_cognates_share_a_key(string spanish, string english, string key)
    {
        new CognateSkeleton(LanguageProfile.Get("es")).Key(spanish).Should().Be(key);
        new CognateSkeleton(LanguageProfile.Get("en")).Key(english).Should().Be(key);
    }

    [Fact]
    public void A_word_of_five_letters_or_fewer_has_no_cognate_key()
    {
        var spanish = new CognateSkeleton(LanguageProfile.Get("es"));
        spanish.Key("trata").Should().BeNull();
        spanish.Key("tratado").Should().Be("trata");
        spanish.Of("esclavitud").Should().Be("sclavitud", "the Spanish prefix esc- is rewritten to sc-");
    }

    [Fact]
    public void A_content_word_gets_its_word_and_cognate_keys_and_a_stop_word_none()
    {
        var spanish = LanguageProfile.Get("es");
        var keys = new WordKeys(WordAnalyzer.For(spanish), new CognateSkeleton(spanish), BilingualLexicon.Empty, isFirstLanguage: false);

        var (term, names) = keys.Of("Especializadas");
        term.Should().NotBeNull();
        names.Should().StartWith(["w:especializadas", "c:speci"]);
        keys.Of("de").Term.Should().BeNull();
        keys.Of("de").Keys.Should().BeEmpty();
        keys.Of("Especializadas").Keys.Should().BeSameAs(names, "an analysis is remembered for the pair's later extractions");
    }

    private static List<string> Tokens(string sentence, int bufferLength = 64)
    {
        var tokens = new List<string>();
        var tokenizer = new SentenceTokenizer(sentence, new char[bufferLength]);
        while (tokenizer.MoveNext())
        {
            tokens.Add(tokenizer.Digits is { } digits ? "#" + digits : tokenizer.Written.ToString());
        }

        return tokens;
    }
}
