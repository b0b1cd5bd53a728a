using System.Runtime.InteropServices;
using Alignment.Loading;
using static Alignment.Aligning.AlignmentModel;

namespace Alignment;

/// <summary>
/// Tells whether two documents are the same text (a file given twice, a copy, a near-identical version):
/// the share of the shorter document's word <see cref="ShingleLength"/>-grams (accent-folded, lower case)
/// that the other also has. A translation shares almost none (only names and numbers, rarely four words in a
/// row); two different reports in one language share boilerplate. Only shingles of prose count: each must hold a
/// function word of some language (<c>the</c>, <c>de</c>...), so a table of numbers and place names, the same in every
/// language, is not taken for one text given twice. Stateless and thread-safe.
/// </summary>
internal static class SameDocumentCheck
{
    // Every language's detection words (frequent function words, lower case, unaccented): what makes a run of words prose.
    private static readonly Lazy<Languages.SpanCache<bool>> FunctionWords = new(() =>
    {
        var words = new Languages.SpanCache<bool>();
        foreach (string code in Languages.LanguageProfile.SupportedCodes)
        {
            foreach (string word in Languages.LanguageProfile.Get(code).DetectionWords)
            {
                words.Add(TextNormalizer.FoldAccents(word), true);
            }
        }

        return words;
    });

    /// <summary>The share of the shorter document's shingles found in the other (0 when either has none).</summary>
    public static double SharedShare(ReportStructure a, ReportStructure b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return SharedShare(Shingles(a), Shingles(b));
    }

    /// <summary>Whether the two documents are one text (<see cref="SharedShare(ReportStructure, ReportStructure)"/> at least <see cref="SameDocumentShare"/>).</summary>
    public static bool AreSame(ReportStructure a, ReportStructure b, out double share)
    {
        share = SharedShare(a, b);
        return share >= SameDocumentShare;
    }

    /// <summary>As <see cref="AreSame(ReportStructure, ReportStructure, out double)"/>, from each document's <see cref="Shingles"/>.</summary>
    public static bool AreSame(long[] a, long[] b, out double share)
    {
        share = SharedShare(a, b);
        return share >= SameDocumentShare;
    }

    private static double SharedShare(long[] first, long[] second)
    {
        var (small, large) = first.Length <= second.Length ? (first, second) : (second, first);
        if (small.Length == 0)
        {
            return 0;
        }

        // Both sorted and distinct: one merge counts the shared shingles.
        int shared = 0;
        for (int i = 0, j = 0; i < small.Length && j < large.Length;)
        {
            if (small[i] == large[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (small[i] < large[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)shared / small.Length;
    }

    // FNV-1a, 64 bits, of a folded (lower-case) word: the same in every process, and cheaper than a randomized hash
    // that ignores case (the text is lower case already).
    private static long WordHash(ReadOnlySpan<char> word)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in word)
        {
            hash = (hash ^ c) * 1099511628211;
        }

        return (long)hash;
    }

    /// <summary>
    /// The distinct hashes of every run of <see cref="ShingleLength"/> words of a document, across sentence ends, sorted:
    /// memory linear in the text, and a plain array (a hash set of a report's shingles is large enough to land on the
    /// large object heap). Computed for each document on its own, so the two may be computed at the same time.
    /// </summary>
    public static long[] Shingles(ReportStructure document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // About one shingle per word: sized once instead of grown by doubling.
        long characters = 0;
        foreach (var sentence in document.Sentences)
        {
            characters += sentence.NormalizedText.Length;
        }

        var set = new List<long>((int)Math.Min(characters / 6 + 16, 1 << 24));
        var window = new long[ShingleLength];
        var prose = new bool[ShingleLength];
        var functionWords = FunctionWords.Value;
        int count = 0;
        char[] folded = new char[64];
        foreach (var sentence in document.Sentences)
        {
            // Folded character by character into one reused buffer, as TextNormalizer.FoldAccents(string) would fold it.
            string normalized = sentence.NormalizedText;
            if (folded.Length < normalized.Length)
            {
                folded = new char[Math.Max(normalized.Length, folded.Length * 2)];
            }

            for (int k = 0; k < normalized.Length; k++)
            {
                folded[k] = TextNormalizer.FoldChar(normalized[k]);
            }

            var text = folded.AsSpan(0, normalized.Length);
            int i = 0;
            while (i < text.Length)
            {
                while (i < text.Length && !char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                int start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                if (i == start)
                {
                    continue;
                }

                var word = text.Slice(start, i - start);
                window[count % ShingleLength] = WordHash(word);
                prose[count % ShingleLength] = functionWords.TryGetValue(word, out _);
                count++;
                if (count >= ShingleLength && Array.IndexOf(prose, true) >= 0)
                {
                    long hash = 17;
                    for (int k = count - ShingleLength; k < count; k++)
                    {
                        hash = (hash * 1_000_003) ^ window[k % ShingleLength];
                    }

                    set.Add(hash);
                }
            }
        }

        var sorted = CollectionsMarshal.AsSpan(set);
        LongSort.Sort(sorted);
        int distinct = 0;
        for (int k = 0; k < sorted.Length; k++)
        {
            if (k == 0 || sorted[k] != sorted[distinct - 1])
            {
                sorted[distinct++] = sorted[k];
            }
        }

        return sorted[..distinct].ToArray();
    }
}
