using Alignment.Languages;

namespace Alignment.Loading;

/// <summary>
/// Tells the language of a text from each profile's evidence (<c>detect</c> files): frequent function words, word endings
/// (<c>-ción</c>, <c>-ing</c>) and characters only one language writes (<c>ñ</c>, <c>¿</c>, accented vowels). A long text is
/// told by its function words alone; a one-line text needs the endings and characters, and sometimes the other document
/// of its pair (<see cref="LanguagePairing"/>).
/// </summary>
internal static class LanguageDetector
{
    private const int SampleLength = 20_000;

    /// <summary>A text with fewer words than this is never told on its own.</summary>
    private const int MinimumWords = 3;

    /// <summary>The winner needs this much evidence, and <see cref="LeadRatio"/> times the runner-up's.</summary>
    private const int MinimumScore = 2;

    /// <summary>How far ahead of the runner-up the winner must be (a mixed text is nobody's).</summary>
    private const double LeadRatio = 1.5;

    private sealed record Profile(string Code, SpanCache<bool> Words, string[] Endings, string Marks);

    // Each profile's detection words, looked up as they stand in the text: no string is made of a word (that was 101 of
    // the 222 KB that loading the English seed allocated).
    private static readonly Lazy<Profile[]> Profiles = new(() =>
        LanguageProfile.SupportedCodes.Select(code =>
        {
            var profile = LanguageProfile.Get(code);
            var words = new SpanCache<bool>();
            foreach (string word in profile.DetectionWords)
            {
                words.Add(word, true);
            }

            return new Profile(code, words, [.. profile.DetectionEndings], profile.DetectionMarks);
        }).ToArray());

    /// <summary>
    /// Returns the code of the best-scoring language, or <see langword="null"/> when no language
    /// clearly wins (too few words, or a mixed text).
    /// </summary>
    public static string? Detect(string text) => Evidence(text).Winner;

    /// <summary>Each supported language's evidence in <paramref name="text"/> (its first 20,000 characters).</summary>
    public static LanguageEvidence Evidence(string text)
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
                CountMark(profiles, counts, span[i]);
                i++;
            }

            int start = i;
            while (i < span.Length && char.IsLetter(span[i]))
            {
                CountMark(profiles, counts, char.ToLowerInvariant(span[i]));
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
                else if (EndsWithAny(folded, profiles[p].Endings))
                {
                    counts[p]++;
                }
            }
        }

        return new LanguageEvidence([.. profiles.Select(p => p.Code)], counts, words);
    }

    /// <summary>The code that clearly wins on <paramref name="scores"/>, or <see langword="null"/>.</summary>
    internal static string? Winner(IReadOnlyList<string> codes, IReadOnlyList<int> scores, int words)
    {
        if (words < MinimumWords)
        {
            return null;
        }

        int best = -1, second = 0;
        for (int p = 0; p < scores.Count; p++)
        {
            if (best < 0 || scores[p] > scores[best])
            {
                second = best < 0 ? 0 : scores[best];
                best = p;
            }
            else if (scores[p] > second)
            {
                second = scores[p];
            }
        }

        return best >= 0 && scores[best] >= MinimumScore && scores[best] >= LeadRatio * second ? codes[best] : null;
    }

    private static void CountMark(Profile[] profiles, int[] counts, char c)
    {
        if (c < 0x80)
        {
            return;
        }

        for (int p = 0; p < profiles.Length; p++)
        {
            if (profiles[p].Marks.Contains(c))
            {
                counts[p]++;
            }
        }
    }

    // A word ending counts only on a word longer than it by two letters or more ("bed" is not "-ed").
    private static bool EndsWithAny(ReadOnlySpan<char> folded, string[] endings)
    {
        foreach (string ending in endings)
        {
            if (folded.Length >= ending.Length + 2 && EndsWithIgnoreCase(folded, ending))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithIgnoreCase(ReadOnlySpan<char> word, string ending) =>
        word[^ending.Length..].Equals(ending, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Each supported language's evidence score in one text, and how many words the text has.</summary>
internal sealed record LanguageEvidence(IReadOnlyList<string> Codes, IReadOnlyList<int> Scores, int Words)
{
    /// <summary>The language that clearly wins, or <see langword="null"/>.</summary>
    public string? Winner => LanguageDetector.Winner(Codes, Scores, Words);

    /// <summary>The score of <paramref name="code"/> (0 for a code without a profile).</summary>
    public int Score(string code)
    {
        for (int i = 0; i < Codes.Count; i++)
        {
            if (string.Equals(Codes[i], code, StringComparison.OrdinalIgnoreCase))
            {
                return Scores[i];
            }
        }

        return 0;
    }
}
