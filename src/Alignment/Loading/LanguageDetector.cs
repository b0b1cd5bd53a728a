using Alignment.Languages;

namespace Alignment.Loading;

/// <summary>Tells the language of a text by counting each profile's frequent function words.</summary>
internal static class LanguageDetector
{
    private const int SampleLength = 20_000;

    // Every profile's detection words, each with the profiles it belongs to as bits (bit p: SupportedCodes[p]): one
    // look-up of the word as it stands in the text, no string made of it.
    private static readonly Lazy<SpanTable> DetectionWords = new(() =>
    {
        var profiles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (LanguageProfile.SupportedCodes.Count > 31)
        {
            throw new NotSupportedException("language detection keeps each word's profiles as the bits of an int: at most 31 profiles");
        }

        for (int p = 0; p < LanguageProfile.SupportedCodes.Count; p++)
        {
            foreach (string word in LanguageProfile.Get(LanguageProfile.SupportedCodes[p]).DetectionWords)
            {
                profiles[word] = profiles.GetValueOrDefault(word) | (1 << p);
            }
        }

        return new SpanTable(profiles);
    });

    /// <summary>
    /// Returns the code of the best-scoring language, or <see langword="null"/> when no language
    /// clearly wins (too few words, or a mixed text).
    /// </summary>
    public static string? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<string, int>();
        int words = 0;
        var span = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        Span<char> buffer = stackalloc char[32];
        int i = 0;
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
            if (length == 0 || length > buffer.Length)
            {
                continue;
            }

            words++;
            int profiles = DetectionWords.Value.Find(TextNormalizer.FoldAccents(span.Slice(start, length), buffer));
            for (int p = 0; profiles > 0; p++, profiles >>= 1)
            {
                if ((profiles & 1) != 0)
                {
                    string code = LanguageProfile.SupportedCodes[p];
                    counts[code] = counts.GetValueOrDefault(code) + 1;
                }
            }
        }

        if (words < 3 || counts.Count == 0)
        {
            return null;
        }

        var ranked = counts.OrderByDescending(kv => kv.Value).ToArray();
        int best = ranked[0].Value;
        int second = ranked.Length > 1 ? ranked[1].Value : 0;

        // A clear winner: enough hits, and well ahead of the runner-up.
        return best >= 2 && best >= 1.5 * second ? ranked[0].Key : null;
    }
}
