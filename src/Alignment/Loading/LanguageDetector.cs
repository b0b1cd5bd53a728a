using Alignment.Languages;

namespace Alignment.Loading;

/// <summary>Tells the language of a text by counting each profile's frequent function words.</summary>
internal static class LanguageDetector
{
    private const int SampleLength = 20_000;

    /// <summary>
    /// Returns the code of the best-scoring language, or <see langword="null"/> when no language
    /// clearly wins (too few words, or a mixed text).
    /// </summary>
    public static string? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<string, int>();
        int words = 0;
        var profiles = LanguageProfile.SupportedCodes.Select(LanguageProfile.Get).ToArray();
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
            string word = TextNormalizer.FoldAccents(span.Slice(start, length), buffer).ToString();
            foreach (var profile in profiles)
            {
                if (profile.DetectionWords.Contains(word))
                {
                    counts[profile.Code] = counts.GetValueOrDefault(profile.Code) + 1;
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
