using Alignment.Sentences;
using Alignment.Languages;
using Alignment.Loading;
using Alignment.Sections;

namespace Alignment.Tests.Sections;

public class SectionSplitterTests
{
    // "Kind | heading as written | first words of the body", read off the seed files.
    public static TheoryData<string, string[]> SeedSectionTable => new()
    {
        {
            "000_a12f891843fbc0bc.txt",
            [
                "Title | Peru (Nivel 2) | ",
                "Summary | - | Aunque el Gobierno del",
                "Recommendations | RECOMENDACIONES EN ORDEN DE PRIORIDAD: | Incrementar los recursos generales",
                "Prosecution | PROCESAMIENTO JUDICIAL | El Gobierno continud realizando",
                "Protection | PROTECCION | El Gobierno siguio realizando",
                "Prevention | PREVENCION | El Gobierno continud realizando",
                "Profile | EL PERFIL DE LA TRATA DE PERSONAS | Tal como se ha",
            ]
        },
        {
            "001_c803b386e02e5f82.txt",
            [
                "Title | Perú (Nivel 2) | ",
                "Summary | - | El gobierno peruano no",
                "Recommendations | RECOMENDACIONES POR ORDEN DE PRIORIDAD: | Aumentar la financiación y",
                "Prosecution | Procesamiento judicial | El gobierno incrementó los",
                "Protection | PROTECCIÓN | El gobierno incrementó los",
                "Prevention | PREVENCIÓN | El gobierno mantuvo los",
                "Profile | PERFIL DE LA TRATA DE PERSONAS | Según se informó en",
            ]
        },
        {
            "002_cdbada1f67068dd0.txt",
            [
                "Title | Peru (Tier 2) | ",
                "Summary | - | The Government of Peru",
                "Recommendations | PRIORITIZED RECOMMENDATIONS: | Increase overall resources to",
                "Prosecution | PROSECUTION | The government maintained prosecution",
                "Protection | PROTECTION | The government maintained efforts",
                "Prevention | PREVENTION | The government maintained prevention",
                "Profile | TRAFFICKING PROFILE | As reported over the",
            ]
        },
        {
            "003_81311d7e8b204b27.txt",
            [
                "Profile | - | El Perú es un",
                "Summary | - | El gobierno de Perú",
                "Recommendations | Recomendaciones para el Perú: | Debe intensificarse significativamente los",
                "Prosecution | Procesos Judiciales | El gobierno de Perú",
                "Protection | Protección | Durante el año el",
                "Prevention | Prevención | El gobierno de Perú",
            ]
        },
        {
            "004_3c32a31934e4dcfe.txt",
            [
                "Other | 1. Presentation | The present report is",
                "Other | 2. Overview of the crime of trafficking in Peru | Although the Peruvian government",
                "Other | 2.1 Situation in numbers at a national level | Although there is no",
                "Other | Situation in numbers at a regional level | Women, youngsters, and even",
                "Other | 3.1 Victims’ profile | In view of the",
                "Other | Legal framework | There are three (3)",
                "Prevention | Prevention of human trafficking: deficiencies | It is important to",
                "Prosecution | Prosecution of human trafficking | Trafficking in persons in",
                "Protection | Victims protection | The National Action Plan",
                "Other | Conclusions | 1. The principal victims",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(SeedSectionTable))]
    public void Finds_the_sections_of_each_seed_in_order(string seed, string[] expected)
    {
        var document = ReportDocument.LoadOrThrow(TestFiles.Seed(seed));

        var sections = SeedSections.Split(document);

        sections.Select(s => SeedSections.Describe(document.Text, s)).Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(SeedSectionTable))]
    public void Finds_the_same_sections_when_paragraphs_also_use_the_heading_families(string seed, string[] expected)
    {
        var document = ReportDocument.LoadOrThrow(TestFiles.Seed(seed));
        var splitter = new SectionSplitter(document.Language.RequiredProfile);

        var sections = splitter.Split(document.Text, ParagraphBuilder.Build(document.Text, splitter.IsHeadingLine));

        sections.Select(s => SeedSections.Describe(document.Text, s)).Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(SeedSectionTable))]
    public void Covers_every_paragraph_with_contiguous_sections(string seed, string[] expected)
    {
        var document = ReportDocument.LoadOrThrow(TestFiles.Seed(seed));
        var paragraphs = ParagraphBuilder.Build(document.Text);

        var sections = SeedSections.Split(document);

        sections.Should().HaveCount(expected.Length);
        sections[0].Start.Should().Be(paragraphs[0].Start);
        sections[^1].End.Should().Be(paragraphs[^1].End);
        for (int k = 0; k < sections.Count; k++)
        {
            var s = sections[k];
            s.Index.Should().Be(k);
            s.Start.Should().Be(s.HeadingStart);
            s.HeadingEnd.Should().BeInRange(s.HeadingStart, s.End);
            if (s.Heading is null)
            {
                s.HeadingEnd.Should().Be(s.Start);
            }
            else
            {
                s.Heading.Should().Be(Alignment.Loading.TextNormalizer.Normalize(document.Text, s.HeadingStart, s.HeadingEnd).Text).And.NotContain("\n");
            }

            if (k > 0)
            {
                s.Start.Should().Be(sections[k - 1].End);
            }
        }
    }

    [Fact]
    public void Starts_the_recommendations_of_seed_003_inside_a_paragraph()
    {
        var document = ReportDocument.LoadOrThrow(TestFiles.Spanish2013);
        var paragraphs = ParagraphBuilder.Build(document.Text);

        var recommendations = SeedSections.Split(document).Single(s => s.Kind == SectionKind.Recommendations);

        paragraphs.Should().Contain(p => p.Start < recommendations.Start && recommendations.Start < p.End);
        document.Text[..recommendations.Start].TrimEnd().Should().EndWith("algunos niños víctimas de la trata debieron ser alojados en comisarías.");
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\f")]
    public void Finds_the_same_sections_whatever_the_line_breaks(string lineBreak)
    {
        foreach (var seed in new[] { TestFiles.Spanish2021, TestFiles.Spanish2019, TestFiles.English2021, TestFiles.Spanish2013, TestFiles.EnglishNgo })
        {
            var document = ReportDocument.LoadOrThrow(seed);
            string converted = document.Text.Replace("\n", lineBreak, StringComparison.Ordinal);
            var convertedDocument = ReportDocument.FromText(converted, "converted", document.Language).GetDocumentOrThrow();

            var expected = SeedSections.Split(document).Select(s => SeedSections.Describe(document.Text, s));
            var actual = SeedSections.Split(convertedDocument).Select(s => SeedSections.Describe(converted, s));

            actual.Should().Equal(expected, because: $"{Path.GetFileName(seed)} is the same report");
        }
    }

    [Fact]
    public void Returns_no_section_for_no_paragraph()
    {
        new SectionSplitter(LanguageProfile.Get("es")).Split("", []).Should().BeEmpty();
    }

    [Fact]
    public void Returns_one_headless_section_for_text_without_headings()
    {
        const string text = "El gobierno mantuvo sus esfuerzos. La policía investigó 12 casos.";

        var sections = new SectionSplitter(LanguageProfile.Get("es")).Split(text, ParagraphBuilder.Build(text));

        sections.Should().ContainSingle().Which.Should().Be(new Section(0, SectionKind.Other, null, 0, 0, 0, text.Length));
    }

    [Fact]
    public void Takes_a_title_for_the_first_heading_only()
    {
        const string text = "Perú (Nivel 2 - Lista de vigilancia)\n\nEl gobierno de Perú no cumple plenamente con los estándares mínimos.\n\nPROTECCIÓN\n\nEl gobierno protegió a 12 víctimas.\n";

        var sections = new SectionSplitter(LanguageProfile.Get("es")).Split(text, ParagraphBuilder.Build(text));

        sections.Select(s => s.Kind).Should().Equal(SectionKind.Title, SectionKind.Summary, SectionKind.Protection);
        sections[0].Heading.Should().Be("Perú (Nivel 2 - Lista de vigilancia)");
    }

    [Theory]
    [InlineData("en", "PERU: Tier 2", "The Government of Peru does not fully meet the minimum standards for the elimination of trafficking.")]
    [InlineData("en", "MEXICO: Tier 2 Watch List", "The Government of Mexico does not fully meet the minimum standards for the elimination of trafficking.")]
    [InlineData("en", "SYRIA: Special Case", "The Government of Syria does not fully meet the minimum standards for the elimination of trafficking.")]
    [InlineData("en", "Tier 3", "The Government of Eritrea does not fully meet the minimum standards for the elimination of trafficking.")]
    [InlineData("es", "BOLIVIA (NIVEL 2)", "El Gobierno de Bolivia no cumple plenamente con los estándares mínimos para eliminar la trata.")]
    [InlineData("es", "Perú – Nivel 2", "El Gobierno del Perú no cumple plenamente con los estándares mínimos para eliminar la trata.")]
    [InlineData("es", "Nivel 2, lista de vigilancia", "El Gobierno de Panamá no cumple plenamente con los estándares mínimos para eliminar la trata.")]
    public void Takes_title_lines_of_other_years_and_countries_for_the_title_even_when_wrapped_onto_the_body(string language, string title, string body)
    {
        // The title line directly above the body, no blank line: the heading-line predicate must keep it apart.
        string text = $"{title}\n{body}\n\nPROTECTION\n\nThe government identified 640 victims.\n";

        var structure = new ReportAnalyzer().Analyze(ReportDocument.FromText(text, "t.txt", Language.Parse(language)).GetDocumentOrThrow());

        structure.Sections[0].Kind.Should().Be(SectionKind.Title);
        structure.Sections[0].Heading.Should().Be(title);
        structure.Sections[1].Kind.Should().Be(SectionKind.Summary);
    }

    [Fact]
    public void Titles_of_another_layout_pair_as_titles_in_their_own_bead()
    {
        string english = "PERU: Tier 2\n" + File.ReadAllText(TestFiles.English2021)[File.ReadAllText(TestFiles.English2021).IndexOf('\n')..];
        string spanish = "PERÚ – NIVEL 2\n" + File.ReadAllText(TestFiles.Spanish2021)[File.ReadAllText(TestFiles.Spanish2021).IndexOf('\n')..];

        var result = new BitextAligner().Align(
            ReportDocument.FromText(english, "en.txt", Language.English).GetDocumentOrThrow(), ReportDocument.FromText(spanish, "es.txt", Language.Spanish).GetDocumentOrThrow());

        result.SectionPairs[0].Should().Match<SectionPair>(p => p.Kind == SectionKind.Title && p.Source != null && p.Target != null);
        result.Beads[0].Source.Should().ContainSingle().Which.NormalizedText.Should().Be("PERU: Tier 2");
        result.Beads[0].Target.Should().ContainSingle().Which.NormalizedText.Should().Be("PERÚ – NIVEL 2");
        result.Findings.Should().NotContain(f => f.BeadIndex == 0);
    }

    [Fact]
    public void Does_not_take_a_body_sentence_about_a_tier_for_a_title()
    {
        const string text = "Peru remained on Tier 2\n\nThe government demonstrated increasing efforts.\n";

        var structure = new ReportAnalyzer().Analyze(ReportDocument.FromText(text, "t.txt", Language.English).GetDocumentOrThrow());

        structure.Sections.Should().NotContain(s => s.Kind == SectionKind.Title);
    }

    [Fact]
    public void Does_not_take_a_heading_word_inside_running_text_for_a_heading()
    {
        const string text = "PREVENTION\n\nThe government maintained prevention efforts. Protection: the government\nidentified 640 victims.\n";

        var sections = new SectionSplitter(LanguageProfile.Get("en")).Split(text, ParagraphBuilder.Build(text));

        sections.Should().ContainSingle().Which.Kind.Should().Be(SectionKind.Prevention);
    }
}
