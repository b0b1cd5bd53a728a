using Alignment.Sections;

namespace Alignment.Tests.Sections;

public class SectionPairerTests
{
    [Fact]
    public void Pairs_the_English_2021_report_with_its_Spanish_OCR_translation_kind_by_kind()
    {
        var spanish = SeedSections.Split(TestFiles.Spanish2021);
        var english = SeedSections.Split(TestFiles.English2021);

        var pairs = SectionPairer.Pair(english, spanish);

        pairs.Select(p => (p.Source?.Heading, p.Target?.Heading)).Should().Equal(
            ("Peru (Tier 2)", "Peru (Nivel 2)"),
            (null, null),
            ("PRIORITIZED RECOMMENDATIONS:", "RECOMENDACIONES EN ORDEN DE PRIORIDAD:"),
            ("PROSECUTION", "PROCESAMIENTO JUDICIAL"),
            ("PROTECTION", "PROTECCION"),
            ("PREVENTION", "PREVENCION"),
            ("TRAFFICKING PROFILE", "EL PERFIL DE LA TRATA DE PERSONAS"));
        pairs.Should().OnlyContain(p => p.Source != null && p.Target != null && p.Source.Kind == p.Target.Kind);
    }

    [Fact]
    public void Leaves_sections_without_a_counterpart_unpaired_and_keeps_both_orders()
    {
        var older = SeedSections.Split(TestFiles.Spanish2013);   // Profile, Summary, Recommendations, 3 P's
        var newer = SeedSections.Split(TestFiles.English2021);   // Title, Summary, Recommendations, 3 P's, Profile

        var pairs = SectionPairer.Pair(older, newer);

        pairs.Select(p => (p.Source?.Kind, p.Target?.Kind)).Should().Equal(
            (SectionKind.Profile, null),
            (null, SectionKind.Title),
            (SectionKind.Summary, SectionKind.Summary),
            (SectionKind.Recommendations, SectionKind.Recommendations),
            (SectionKind.Prosecution, SectionKind.Prosecution),
            (SectionKind.Protection, SectionKind.Protection),
            (SectionKind.Prevention, SectionKind.Prevention),
            (null, SectionKind.Profile));
    }

    [Fact]
    public void Pairs_Other_sections_in_order()
    {
        var ngo = SeedSections.Split(TestFiles.EnglishNgo);
        var fewer = ngo.Where(s => s.Heading is not "Legal framework" and not "Conclusions").ToList();

        var pairs = SectionPairer.Pair(ngo, fewer);

        pairs.Should().HaveCount(ngo.Count);
        pairs.Where(p => p.Target is null).Select(p => p.Source!.Heading).Should().Equal("Legal framework", "Conclusions");
        pairs.Where(p => p.Target is not null).Should().OnlyContain(p => ReferenceEquals(p.Source, p.Target));
    }

    [Fact]
    public void Returns_every_section_of_one_side_when_the_other_is_empty()
    {
        var english = SeedSections.Split(TestFiles.English2021);

        SectionPairer.Pair([], english).Select(p => p.Target).Should().Equal(english);
        SectionPairer.Pair([], english).Should().OnlyContain(p => p.Source == null);
    }
}
