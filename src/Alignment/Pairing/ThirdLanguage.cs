using Alignment.Languages;
using Alignment.Loading;

namespace Alignment.Pairing;

/// <summary>
/// Tells a document in a third language (French, Portuguese, Italian, Catalan, German) that the two-language detector
/// took for Spanish or English: an archive holds such files, and a French translation of an English report shares its
/// numbers as closely as the Spanish one does.
/// </summary>
internal static class ThirdLanguage
{
    private const int SampleLength = 20_000;

    // The most frequent function words of each language (the heads of the Snowball stop lists), less every word that is (or begins a hyphenated word)
    // also a Spanish or English word ("de", "la", "en", "que", "con", "dos", "e", "a", "o", "per", "in", "es", "da", "mes", "sur", "non").
    private static readonly string[] WordList =
    [
        // French
        "les", "des", "du", "et", "est", "une", "pour", "dans", "qui", "au", "aux", "avec", "ne", "pas", "sont",
        "cette", "ces", "elle", "leur", "nous", "vous", "mais", "etre", "ont", "ete", "par",
        // Portuguese
        "nao", "uma", "em", "ao", "com", "tambem", "pelo", "pela", "sao", "isso", "essa", "esse", "muito", "foram", "seus",
        // Italian
        "il", "della", "che", "di", "sono", "gli", "nel", "nella", "alla", "degli", "delle", "questo", "anche", "stato",
        // Catalan
        "els", "amb", "aquesta", "seva", "dels", "pel", "pels",
        // German
        "der", "die", "und", "das", "ist", "nicht", "mit", "von", "zu", "den", "auf", "fur", "sich", "ein", "eine", "dem",
        "auch", "werden", "wird",
    ];

    private static readonly Lazy<SpanCache<bool>> Words = new(() =>
    {
        var words = new SpanCache<bool>();
        foreach (string word in WordList.Distinct(StringComparer.Ordinal))
        {
            words.Add(word, true);
        }

        return words;
    });

    /// <summary>The share of the words of the text's first 20,000 characters that are third-language function words.</summary>
    public static double Share(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        var lookup = Words.Value;
        Span<char> buffer = stackalloc char[16];
        int words = 0, foreign = 0, i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsLetter(span[i]))
            {
                i++;
            }

            int start = i;
            while (i < span.Length && char.IsLetter(span[i]))
            {
                i++;
            }

            int length = i - start;
            if (length == 0)
            {
                continue;
            }

            words++;
            if (length <= buffer.Length && lookup.TryGetValue(TextNormalizer.FoldAccents(span.Slice(start, length), buffer), out _))
            {
                foreign++;
            }
        }

        return words == 0 ? 0 : (double)foreign / words;
    }
}
