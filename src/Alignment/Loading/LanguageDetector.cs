using Alignment.Languages;

namespace Alignment.Loading;

/// <summary>Tells the language of a text by counting each profile's frequent function words.</summary>
internal static class LanguageDetector
{
    private const int SampleLength = 20_000;

    // Each profile's detection words, looked up as they stand in the text: no string is made of a word (that was 101 of
    // the 222 KB that loading the English seed allocated).
    private static readonly Lazy<(string Code, SpanCache<bool> Words)[]> Profiles = new(() =>
        LanguageProfile.SupportedCodes.Select(code =>
        {
            var words = new SpanCache<bool>();
            foreach (string word in LanguageProfile.Get(code).DetectionWords)
            {
                words.Add(word, true);
            }

            return (code, words);
        }).ToArray());

    /// <summary>
    /// Returns the code of the best-scoring language, or <see langword="null"/> when no language
    /// clearly wins (too few words, or a mixed text).
    /// </summary>
    public static string? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var profiles = Profiles.Value;
        var counts = new int[profiles.Length];
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
            var folded = TextNormalizer.FoldAccents(span.Slice(start, length), buffer);
            for (int p = 0; p < profiles.Length; p++)
            {
                if (profiles[p].Words.TryGetValue(folded, out _))
                {
                    counts[p]++;
                }
            }
        }

        var ranked = Enumerable.Range(0, profiles.Length).Where(p => counts[p] > 0).OrderByDescending(p => counts[p]).ToArray();
        if (words < 3 || ranked.Length == 0)
        {
            return null;
        }

        int best = counts[ranked[0]];
        int second = ranked.Length > 1 ? counts[ranked[1]] : 0;

        // A clear winner: enough hits, and well ahead of the runner-up.
        return best >= 2 && best >= 1.5 * second ? profiles[ranked[0]].Code : null;
    }
}
