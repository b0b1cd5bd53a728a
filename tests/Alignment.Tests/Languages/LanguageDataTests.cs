using Alignment.Languages;
using Alignment.Loading;
using Alignment.Numbers;
using Alignment.Sections;
using Alignment.Sentences;
using FluentAssertions;
using Xunit;

namespace Alignment.Tests.LanguageFiles;

/// <summary>The language data files: every language has every kind, each parses with its typed reader, and a bad line is an error that names it.</summary>
public sealed class LanguageDataTests
{
    public static TheoryData<string, string> EveryLanguageAndKind()
    {
        var data = new TheoryData<string, string>();
        foreach (var code in LanguageProfile.SupportedCodes)
        {
            foreach (var kind in LanguageDataKind.All)
            {
                data.Add(code, kind);
            }
        }

        return data;
    }

    [Fact]
    public void Spanish_and_English_have_profiles() =>
        LanguageProfile.SupportedCodes.Should().Contain(["en", "es"]);

    [Theory]
    [MemberData(nameof(EveryLanguageAndKind))]
    public void Every_language_has_every_kind_of_file_and_it_parses(string code, string kind)
    {
        LanguageDataFile.Exists(LanguageDataKind.FileName(code, kind)).Should().BeTrue();
        var profile = LanguageProfile.Get(code);
        switch (kind)
        {
            case LanguageDataKind.Profile:
                profile.Name.Should().NotBeNullOrWhiteSpace();
                WordAnalyzer.For(profile).Term("Victims").Should().NotBeNull();
                break;
            case LanguageDataKind.StopWords:
                profile.StopWords.Should().HaveCountGreaterThan(10);
                WordAnalyzer.For(profile).Term(profile.StopWords.First()).Should().BeNull("the analysis chain skips its stop words");
                break;
            case LanguageDataKind.Detect:
                profile.DetectionWords.Should().HaveCountGreaterThan(10);
                break;
            case LanguageDataKind.Abbreviations:
                profile.Abbreviations.Should().HaveCountGreaterThan(10);
                break;
            case LanguageDataKind.TitleAbbreviations:
                profile.TitleAbbreviations.Should().HaveCountGreaterThan(5);
                break;
            case LanguageDataKind.NumericAbbreviations:
                profile.NumericAbbreviations.Should().NotBeEmpty();
                break;
            case LanguageDataKind.SentenceStarters:
                profile.SentenceStarters.Should().HaveCountGreaterThan(10);
                new SentenceRules(profile).Starters.Should().NotBeNull();
                break;
            case LanguageDataKind.HyphenPrefixes:
                profile.HyphenPrefixes.Should().Contain("anti");
                break;
            case LanguageDataKind.CognatePrefixes:
                // May be empty (English is the side the rewrites lead to), but the file must be there and parse.
                profile.CognateRewrites.Select(r => r.From).Should().OnlyHaveUniqueItems();
                break;
            case LanguageDataKind.Headings:
                new HeadingLexicon(profile).Should().NotBeNull();
                break;
            case LanguageDataKind.Numbers:
                new NumberLexicon(profile).Symbols.Should().NotBeEmpty();
                break;
            default:
                throw new InvalidOperationException($"no check for kind '{kind}': add one");
        }
    }

    [Fact]
    public void Every_embedded_data_file_is_of_a_known_kind()
    {
        // A misspelt file name ("es.abreviations.txt") would otherwise be silently ignored.
        var known = LanguageProfile.SupportedCodes.SelectMany(c => LanguageDataKind.All.Select(k => LanguageDataKind.FileName(c, k))).ToHashSet();
        foreach (var name in LanguageDataFile.Names)
        {
            bool pairLexicon = System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z]{2}-[a-z]{2}\\.(lexicon|general|counted|counted-any)\\.txt$");
            (known.Contains(name) || pairLexicon || name == CurrencyNames.FileName).Should().BeTrue($"{name} is not a known kind of data file");
        }
    }

    [Fact]
    public void The_bundled_lexicon_and_currency_names_parse()
    {
        var es = LanguageProfile.Get("es");
        var en = LanguageProfile.Get("en");
        Alignment.Aligning.BilingualLexicon.Load(es, en, WordAnalyzer.For(es), WordAnalyzer.For(en)).Count.Should().BeGreaterThan(100);
        Alignment.Aligning.BilingualLexicon.Load(es, en, WordAnalyzer.For(es), WordAnalyzer.For(en), ["lexicon", "counted"]).Count.Should().BeGreaterThan(120);
        CurrencyNames.Write("414,480", "USD").Should().Be("$414,480");
        CurrencyNames.Write("15.5 million", "PEN").Should().Be("15.5 million soles");
        CurrencyNames.Write("5 million", "JPY").Should().Be("5 million JPY");
    }

    [Fact]
    public void A_missing_file_is_an_error_not_an_empty_list() =>
        FluentActions.Invoking(() => LanguageDataFile.Read("xx.numbers.txt"))
            .Should().Throw<LanguageDataException>().WithMessage("*xx.numbers.txt*missing*");

    [Theory]
    [InlineData("words", "anti\nnon = no\n", "*words.txt, line 2*")]
    [InlineData("words", "# comment\nanti\n\nANTI\n", "*line 4: repeated entry*")]
    [InlineData("words", "esp -> sp\n", "*line 1*")]
    public void A_word_list_line_in_another_format_names_its_line(string _, string text, string message) =>
        FluentActions.Invoking(() => LanguageProfile.ReadWordList(Lines("words.txt", text)))
            .Should().Throw<LanguageDataException>().WithMessage(message);

    [Theory]
    [InlineData("es", "spanish")]
    [InlineData("en", "english")]
    public void The_stop_words_are_Lucenes_list_for_the_language(string code, string lucene)
    {
        // The lists were copied out of Lucene.Net so that start-up need not load its resources and compile its regexes;
        // the copy must stay the very list the analysis chain used before.
        var expected = lucene == "spanish" ? Lucene.Net.Analysis.Es.SpanishAnalyzer.DefaultStopSet : Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet;
        var words = LanguageProfile.Get(code).StopWords;

        words.Should().BeEquivalentTo(expected.Select(o => o.ToString()));
        words.Should().Contain(code == "es" ? "él" : "the").And.NotContain(code == "es" ? "trata" : "trafficking");
    }

    [Theory]
    [InlineData("de\nDel\n", "*line 2: a stop word is one lower-case word*")]
    [InlineData("de\nsin embargo\n", "*line 2: a stop word is one lower-case word*")]
    [InlineData("de\nde\n", "*line 2: repeated entry*")]
    public void A_malformed_stop_word_names_its_line(string text, string message) =>
        FluentActions.Invoking(() => LanguageProfile.ReadStopWords(Lines("xx.stopwords.txt", text)))
            .Should().Throw<LanguageDataException>().WithMessage(message);

    [Fact]
    public void A_stop_word_matches_in_lower_case_only_as_the_stop_filter_does()
    {
        var words = LanguageProfile.ReadStopWords(Lines("xx.stopwords.txt", "de\n"));

        words.Contains("de").Should().BeTrue();
        words.Contains("DE").Should().BeFalse();
    }

    [Theory]
    [InlineData("esp sp\n")]
    [InlineData(" -> sp\n")]
    [InlineData("es p -> sp\n")]
    public void A_malformed_rewrite_is_an_error(string text) =>
        FluentActions.Invoking(() => LanguageProfile.ReadRewrites(Lines("es.cognate-prefixes.txt", text)))
            .Should().Throw<LanguageDataException>().WithMessage("*es.cognate-prefixes.txt, line 1*from -> to*");

    [Theory]
    [InlineData("name = X\n", "*no 'stemmer = ...' line*")]
    [InlineData("name = X\nstemmer = none\ncolour = red\n", "*line 3: unknown key 'colour'*")]
    [InlineData("name = X\nstemmer = none\nstopwords = spanish\n", "*line 3: unknown key 'stopwords'*")]
    [InlineData("name = X\nname = Y\nstemmer = none\n", "*line 2: 'name' given twice*")]
    [InlineData("name X\n", "*line 1: expected 'key = value'*")]
    public void A_profile_file_must_name_its_keys_once(string text, string message) =>
        FluentActions.Invoking(() => LanguageProfile.ReadProfile(Lines("xx.profile.txt", text)))
            .Should().Throw<LanguageDataException>().WithMessage(message);

    [Theory]
    [InlineData("number one 1\nnubmer two 2\n", "*line 2: unknown category 'nubmer'*")]
    [InlineData("number one uno\n", "*line 1: 'uno' is not a number*")]
    [InlineData("currency dollars usd\n", "*line 1: 'usd' is not a currency code*")]
    [InlineData("decimal ..\n", "*line 1: wrong number of fields for 'decimal'*")]
    [InlineData("scale\n", "*line 1: expected 'category phrase [value]'*")]
    [InlineData("number 1\n", "*line 1: expected a phrase and then its value*")]
    public void A_malformed_numbers_line_names_its_line(string text, string message) =>
        FluentActions.Invoking(() => new NumberLexicon(Lines("xx.numbers.txt", text)))
            .Should().Throw<LanguageDataException>().WithMessage(message);

    [Theory]
    [InlineData("heading Prosecution prosecution\n", "*line 1: expected 'entry kind: stems'*")]
    [InlineData("heading Prosecutoin: prosecution\n", "*line 1: unknown section kind 'Prosecutoin'*")]
    [InlineData("tier:\n", "*line 1: no stems after ':'*")]
    [InlineData("chapter Prosecution: prosecution\n", "*line 1: unknown entry*")]
    public void A_malformed_headings_line_names_its_line(string text, string message) =>
        FluentActions.Invoking(() => new HeadingLexicon(Lines("xx.headings.txt", text)))
            .Should().Throw<LanguageDataException>().WithMessage(message);

    [Theory]
    [InlineData("USD before\n")]
    [InlineData("US before $\n")]
    [InlineData("USD around $\n")]
    [InlineData("MXN sign €\n")]
    public void A_malformed_currency_name_names_its_line(string text) =>
        FluentActions.Invoking(() => CurrencyNames.Read(Lines("currency-names.txt", text)))
            .Should().Throw<LanguageDataException>().WithMessage("*currency-names.txt, line 1*");

    [Fact]
    public void A_line_end_hyphen_keeps_the_prefixes_of_the_texts_own_language()
    {
        // "multi" keeps its hyphen in English ("multi-sectoral"); Spanish writes prefixes solid ("multisectorial", RAE).
        const string english = "a multi-\nsectoral plan";
        const string spanish = "un plan multi-\nsectorial";
        TextNormalizer.Normalize(english, 0, english.Length, LanguageProfile.Get("en").HyphenPrefixes).Text.Should().Be("a multi-sectoral plan");
        TextNormalizer.Normalize(spanish, 0, spanish.Length, LanguageProfile.Get("es").HyphenPrefixes).Text.Should().Be("un plan multisectorial");
        // Both keep a prefix their own list names.
        const string anti = "la lucha anti-\ntrata";
        TextNormalizer.Normalize(anti, 0, anti.Length, LanguageProfile.Get("es").HyphenPrefixes).Text.Should().Be("la lucha anti-trata");
    }

    private static IReadOnlyList<DataLine> Lines(string fileName, string text) => LanguageDataFile.Parse(fileName, new StringReader(text));
}
