using Alignment.Languages;
using Alignment.Sections;

namespace Alignment.Tests.Sections;

public class HeadingLexiconTests
{
    private static readonly HeadingLexicon Spanish = new(LanguageProfile.Get("es"));
    private static readonly HeadingLexicon English = new(LanguageProfile.Get("en"));

    [Theory]
    [InlineData("PROCESAMIENTO JUDICIAL", SectionKind.Prosecution)]
    [InlineData("Procesamiento judicial", SectionKind.Prosecution)]
    [InlineData("Procesos Judiciales", SectionKind.Prosecution)]
    [InlineData("PROCESAMLENTO JUDICIAL", SectionKind.Prosecution)] // OCR: l for i
    [InlineData("Enjuiciamiento", SectionKind.Prosecution)]
    [InlineData("PROTECCION", SectionKind.Protection)]
    [InlineData("PROTECCIÓN", SectionKind.Protection)]
    [InlineData("Protección", SectionKind.Protection)]
    [InlineData("PROTECC1ON", SectionKind.Protection)] // OCR: 1 for I
    [InlineData("Protección de las víctimas", SectionKind.Protection)]
    [InlineData("PREVENCION", SectionKind.Prevention)]
    [InlineData("Prevención", SectionKind.Prevention)]
    [InlineData("PREVENClÓN", SectionKind.Prevention)]
    [InlineData("EL PERFIL DE LA TRATA DE PERSONAS", SectionKind.Profile)]
    [InlineData("PERFIL DE LA TRATA DE PERSONAS", SectionKind.Profile)]
    [InlineData("Perfil de la trata", SectionKind.Profile)]
    [InlineData("RECOMENDACIONES EN ORDEN DE PRIORIDAD:", SectionKind.Recommendations)]
    [InlineData("RECOMENDACIONES POR ORDEN DE PRIORIDAD:", SectionKind.Recommendations)]
    [InlineData("Recomendaciones para el Perú:", SectionKind.Recommendations)]
    [InlineData("RECOMENDACIONES PRIORITARIAS", SectionKind.Recommendations)]
    [InlineData("Recomendaciones para Bolivia:", SectionKind.Recommendations)]
    public void Classifies_Spanish_heading_families(string heading, SectionKind expected)
    {
        Spanish.ClassifyHeading(heading).Should().Be(expected);
    }

    [Theory]
    [InlineData("PROSECUTION", SectionKind.Prosecution)]
    [InlineData("Prosecution", SectionKind.Prosecution)]
    [InlineData("PROSECUT1ON", SectionKind.Prosecution)]
    [InlineData("Prosecution of human trafficking", SectionKind.Prosecution)]
    [InlineData("LAW ENFORCEMENT", SectionKind.Prosecution)]
    [InlineData("PROTECTION", SectionKind.Protection)]
    [InlineData("Victims protection", SectionKind.Protection)]
    [InlineData("PREVENTION", SectionKind.Prevention)]
    [InlineData("Prevention of human trafficking: deficiencies", SectionKind.Prevention)]
    [InlineData("TRAFFICKING PROFILE", SectionKind.Profile)]
    [InlineData("Trafficking Profile", SectionKind.Profile)]
    [InlineData("PRIORITIZED RECOMMENDATIONS:", SectionKind.Recommendations)]
    [InlineData("Recommendations for Peru:", SectionKind.Recommendations)]
    public void Classifies_English_heading_families(string heading, SectionKind expected)
    {
        English.ClassifyHeading(heading).Should().Be(expected);
    }

    [Theory]
    [InlineData("MEDIDAS URGENTES: PERSONAS VENEZOLANAS NECESITAN PROTECCIÓN INTERNACIONAL")] // Amnesty International letter, genre dev
    [InlineData("Informe sobre la situación de los defensores y su protección")]
    public void A_headline_that_names_a_family_only_further_on_is_of_no_family(string heading)
    {
        Spanish.ClassifyHeading(heading).Should().BeNull();
    }

    [Theory]
    [InlineData("4.1 Protección de las víctimas", SectionKind.Protection)]
    [InlineData("IV. PROTECCIÓN", SectionKind.Protection)]
    public void A_section_number_does_not_count_against_the_family_word_position(string heading, SectionKind expected)
    {
        Spanish.ClassifyHeading(heading).Should().Be(expected);
    }

    [Theory]
    [InlineData("1. Presentation")]
    [InlineData("Victims’ profile")]
    [InlineData("Legal framework")]
    [InlineData("Situation in numbers at a regional level")]
    [InlineData("Conclusions")]
    public void Names_no_family_for_other_English_headings(string heading)
    {
        English.ClassifyHeading(heading).Should().BeNull();
    }

    [Theory]
    [InlineData("Peru (Tier 2)", true)]
    [InlineData("Peru (Tier 2 Watch List)", true)]
    [InlineData("PERU: TIER 3", true)]
    [InlineData("PERU: Tier 2", true)]
    [InlineData("MEXICO: Tier 2 Watch List", true)]
    [InlineData("mexico: tier 2 watch list", false)] // a place name is capitalized
    [InlineData("KENYA – Tier 1", true)]
    [InlineData("Kenya - Tier 2", true)]
    [InlineData("SYRIA: Special Case", true)]
    [InlineData("Special Case", true)]
    [InlineData("Tier 3", true)]
    [InlineData("Tier 2 Watch List", true)]
    [InlineData("Côte d'Ivoire: Tier 2 Watch List", true)]
    [InlineData("Bosnia and Herzegovina (Tier 2)", true)]
    [InlineData("Saint Vincent and the Grenadines: Tier 1", true)]
    [InlineData("Guinea-Bissau: TIER 3", true)]
    [InlineData("NEW ZEALAND [Tier 1]", true)]
    [InlineData("PROSECUTION", false)]
    [InlineData("Tier rankings", false)]
    [InlineData("Peru remained on Tier 2.", false)]
    [InlineData("Peru remained on Tier 2", false)]
    [InlineData("Therefore Peru was upgraded to Tier 2 Watch List", false)]
    [InlineData("The government of Peru: Tier 2 placement explained", false)]
    [InlineData("Tier", false)]
    [InlineData("Tier 2 and Tier 3", false)]
    [InlineData("Peru (Tier 245)", false)]
    public void Recognises_English_titles(string line, bool expected)
    {
        English.IsTitle(line).Should().Be(expected);
    }

    [Theory]
    [InlineData("Perú (Nivel 2)", true)]
    [InlineData("Peru (Nivel 2)", true)]
    [InlineData("PERÚ: NIVEL 2 - LISTA DE VIGILANCIA", true)]
    [InlineData("BOLIVIA (NIVEL 2)", true)]
    [InlineData("Perú – Nivel 2", true)]
    [InlineData("Nivel 2, lista de vigilancia", true)]
    [InlineData("Nivel 1", true)]
    [InlineData("MÉXICO: Nivel 2, Lista de Vigilancia", true)]
    [InlineData("Trinidad y Tobago: Nivel 2", true)]
    [InlineData("República Democrática del Congo (Nivel 3)", true)]
    [InlineData("SIRIA: Caso especial", true)]
    [InlineData("Caso Especial", true)]
    [InlineData("PARAGUAY: NIVEL 2", true)]
    [InlineData("PROTECCIÓN", false)]
    [InlineData("El Perú se mantuvo en el Nivel 2.", false)]
    [InlineData("Por todo esto, el Perú se mantuvo en el Nivel 2", false)]
    [InlineData("Nivel de esfuerzos", false)]
    [InlineData("el nivel 2 de la lista", false)]
    public void Recognises_Spanish_titles(string line, bool expected)
    {
        Spanish.IsTitle(line).Should().Be(expected);
    }

    [Theory]
    [InlineData("El Perú es un país de origen, tránsito y destino de hombres, mujeres y niños", SectionKind.Profile)]
    [InlineData("El gobierno de Perú no cumple plenamente con las normas mínimas para la eliminación", SectionKind.Summary)]
    [InlineData("Aunque el Gobierno del Pert ain no cumple con los estdndares minimos para eliminar", SectionKind.Summary)]
    [InlineData("El gobierno mantuvo los esfuerzos de prevención.", null)]
    public void Recognises_Spanish_openings(string text, SectionKind? expected)
    {
        Spanish.ClassifyOpening(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("Peru is a source, transit, and destination country for men, women, and children", SectionKind.Profile)]
    [InlineData("The Government of Peru does not fully meet the minimum standards for the elimination of trafficking", SectionKind.Summary)]
    [InlineData("The government maintained prevention efforts.", null)]
    public void Recognises_English_openings(string text, SectionKind? expected)
    {
        English.ClassifyOpening(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("proteccion", "proteccion", true)]
    [InlineData("protecciones", "proteccion", true)]
    [InlineData("protecclon", "proteccion", true)]
    [InlineData("proteccon", "proteccion", true)]
    [InlineData("prevencion", "proteccion", false)]
    [InlineData("pro", "proteccion", false)]
    [InlineData("nivl", "nivel", false)]
    public void Matches_stems_with_at_most_one_edit_on_long_stems(string word, string stem, bool expected)
    {
        HeadingLexicon.MatchesStem(word, stem).Should().Be(expected);
    }
}
