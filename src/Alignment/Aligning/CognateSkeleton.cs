using System.Text;
using Alignment.Languages;
using static Alignment.Aligning.AlignmentModel;

namespace Alignment.Aligning;

/// <summary>
/// One language's cognate keys: words of two languages spelled alike (<c>especializadas</c> / <c>specialized</c>) meet
/// under the first <see cref="CognatePrefixLength"/> letters of their spelling skeletons. The skeleton of a folded word
/// is the language's prefix rewrites (<see cref="LanguageProfile.CognateRewrites"/>: Spanish <c>esp</c> → <c>sp</c>),
/// then <c>ph</c> → <c>f</c>, <c>th</c> → <c>t</c>, <c>y</c> → <c>i</c>, <c>k</c> → <c>c</c>, and doubled letters once.
/// Immutable and thread-safe.
/// </summary>
internal sealed class CognateSkeleton
{
    private readonly (string From, string To)[] _prefixRules;

    /// <param name="profile">The language, or <see langword="null"/> for no prefix rewrites.</param>
    public CognateSkeleton(LanguageProfile? profile)
    {
        _prefixRules = profile?.CognateRewrites.ToArray() ?? [];
    }

    /// <summary>
    /// The cognate key of a folded (accentless, lower-case) word: its skeleton's first <see cref="CognatePrefixLength"/>
    /// letters, or <see langword="null"/> when the word has no more letters than that or its skeleton fewer.
    /// </summary>
    public string? Key(string folded)
    {
        if (folded.Length < CognatePrefixLength + 1)
        {
            return null;
        }

        string skeleton = Of(folded);
        return skeleton.Length >= CognatePrefixLength ? skeleton[..CognatePrefixLength] : null;
    }

    /// <summary>The spelling skeleton of a folded word: prefix rewrites, then doubled letters and ph/th simplified.</summary>
    public string Of(string folded)
    {
        foreach (var (from, to) in _prefixRules)
        {
            if (folded.StartsWith(from, StringComparison.Ordinal))
            {
                folded = to + folded[from.Length..];
                break;
            }
        }

        var builder = new StringBuilder(folded.Length);
        for (int k = 0; k < folded.Length; k++)
        {
            char c = folded[k];
            if (k + 1 < folded.Length && folded[k + 1] == 'h' && c is 'p' or 't')
            {
                builder.Append(c == 'p' ? 'f' : 't');
                k++;
                continue;
            }

            char mapped = c switch { 'y' => 'i', 'k' => 'c', _ => c };
            if (builder.Length > 0 && builder[^1] == mapped)
            {
                continue;
            }

            builder.Append(mapped);
        }

        return builder.ToString();
    }
}
