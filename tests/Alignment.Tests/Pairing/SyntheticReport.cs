using System.Globalization;
using System.Text;

namespace Alignment.Tests.Pairing;

/// <summary>
/// A synthetic report and its translation, written from bilingual sentence templates: each report has its own
/// country, places, institutions and figures, in each language's number format.
/// </summary>
internal sealed record SyntheticReport(string English, string Spanish, string Country, string[] Places, int Year, int[] Figures)
{
    private static readonly string[] Countries = ["Aravia", "Belmora", "Costerra", "Dalvania", "Estoria", "Fenwick", "Galdora", "Hestia", "Istrana", "Jorvik"];
    private static readonly string[] Syllables = ["ta", "mbo", "qui", "lla", "ru", "pa", "hua", "ca", "yo", "ri", "ma", "zo", "le", "ni", "tu", "so", "ba", "ñe", "go", "chi"];

    // {0} country, {1} place, {2} year, {3}..{5} figures (counts, money in thousands, percent).
    private static readonly (string En, string Es)[] Templates =
    [
        ("In {2}, the government of {0} identified {3} victims in {1}.", "En {2}, el gobierno de {0} identificó a {3} víctimas en {1}."),
        ("Authorities opened {3} investigations and convicted {4} offenders.", "Las autoridades abrieron {3} investigaciones y condenaron a {4} infractores."),
        ("The ministry allocated {M} to shelters in {1}.", "El ministerio asignó {M} a los albergues de {1}."),
        ("Police in {1} conducted {3} operations, up from {4} the year before.", "La policía de {1} realizó {3} operativos, frente a {4} el año anterior."),
        ("The budget of the prosecutor's office in {1} rose by {P}.", "El presupuesto de la fiscalía de {1} aumentó en {P}."),
        ("Courts in {1} sentenced {3} people to between {4} and {5} years in prison.", "Los tribunales de {1} condenaron a {3} personas a entre {4} y {5} años de prisión."),
        ("Observers reported that {3} children worked in mines near {1}.", "Los observadores informaron que {3} niños trabajaban en minas cerca de {1}."),
        ("The labor inspectorate of {0} carried out {3} inspections in {2}.", "La inspección laboral de {0} realizó {3} inspecciones en {2}."),
        ("A hotline in {1} received {3} calls, of which {4} concerned forced labor.", "Una línea directa en {1} recibió {3} llamadas, de las cuales {4} se referían al trabajo forzoso."),
        ("The government trained {3} officials and {4} judges in {1}.", "El gobierno capacitó a {3} funcionarios y {4} jueces en {1}."),
    ];

    public static SyntheticReport Create(Random random)
    {
        // A country of its own name and places (real reports on different countries name different places).
        string country = Countries[random.Next(Countries.Length)] + " " + Place(random);
        string[] places = Enumerable.Range(0, 4).Select(_ => Place(random)).ToArray();
        int year = random.Next(2005, 2024);
        int sentences = random.Next(12, 40);
        int[] figures = Enumerable.Range(0, sentences * 3).Select(_ => random.Next(0, 10) < 7 ? random.Next(11, 999) : random.Next(1_000, 99_999)).ToArray();
        return Write(random, country, places, year, figures, sentences);
    }

    private static string Place(Random random)
    {
        string name = string.Concat(Enumerable.Range(0, random.Next(4, 6)).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>The next year's report on the same country: the same places and phrasing, a fifth of the figures kept.</summary>
    public SyntheticReport NextYear(Random random)
    {
        int[] figures = Figures.Select(f => random.Next(5) == 0 ? f : random.Next(11, 99_999)).ToArray();
        return Write(random, Country, Places, Year + 1, figures, Figures.Length / 3);
    }

    private static SyntheticReport Write(Random random, string country, string[] places, int year, int[] figures, int sentences)
    {
        var english = new StringBuilder();
        var spanish = new StringBuilder();
        english.Append(CultureInfo.InvariantCulture, $"{country.ToUpperInvariant()}: REPORT {year}\n\n");
        spanish.Append(CultureInfo.InvariantCulture, $"{country.ToUpperInvariant()}: INFORME {year}\n\n");
        var order = new Random(year * 31 + country.Length);
        for (int s = 0; s < sentences; s++)
        {
            var (en, es) = Templates[order.Next(Templates.Length)];
            string place = places[s % places.Length];
            int a = figures[3 * s], b = figures[(3 * s) + 1], c = figures[(3 * s) + 2] % 30;
            english.Append(Fill(en, country, place, year, a, b, c, "en")).Append(s % 4 == 3 ? "\n\n" : " ");
            spanish.Append(Fill(es, country, place, year, a, b, c, "es")).Append(s % 4 == 3 ? "\n\n" : " ");
        }

        _ = random;
        return new SyntheticReport(english.ToString(), spanish.ToString(), country, places, year, figures);
    }

    private static string Fill(string template, string country, string place, int year, int a, int b, int c, string language)
    {
        string Count(int n) => language == "en" ? n.ToString("#,0", CultureInfo.InvariantCulture) : n >= 10_000 ? n.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ') : n.ToString(CultureInfo.InvariantCulture);
        string money = language == "en"
            ? $"${a}.{b % 10} million"
            : $"{a},{b % 10} millones de dólares";
        string percent = language == "en" ? $"{c} percent" : $"{c} por ciento";
        return template.Replace("{0}", country).Replace("{1}", place).Replace("{2}", year.ToString(CultureInfo.InvariantCulture))
            .Replace("{3}", Count(a)).Replace("{4}", Count(b)).Replace("{5}", Count(c)).Replace("{M}", money).Replace("{P}", percent);
    }
}
