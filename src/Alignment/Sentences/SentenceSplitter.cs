using Alignment.Languages;

namespace Alignment.Sentences;

/// <summary>
/// Splits normalized paragraph text into sentences using the language's abbreviations and rules.
/// Immutable and thread-safe: one instance per language serves every caller.
/// </summary>
internal sealed class SentenceSplitter
{
    private readonly LanguageProfile _profile;

    public SentenceSplitter(LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _profile = profile;
    }

    /// <summary>The language this splitter is for.</summary>
    public LanguageProfile Profile => _profile;

    /// <summary>
    /// Splits <paramref name="text"/> (one normalized paragraph: single spaces, no line breaks) into
    /// sentence ranges <c>[Start, End)</c>, in order, each trimmed of surrounding spaces.
    /// </summary>
    public IReadOnlyList<(int Start, int End)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<(int Start, int End)>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '?' or '!' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                result.Add((start, i + 1));
                start = i + 1;
                while (start < text.Length && text[start] == ' ')
                {
                    start++;
                }
            }
        }

        if (start < text.Length)
        {
            result.Add((start, text.TrimEnd().Length));
        }

        return result;
    }
}
