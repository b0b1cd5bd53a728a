using Alignment.Languages;

namespace Alignment.Aligning;

internal sealed partial class FeatureExtractor
{
    /// <summary>
    /// What the extractions of one caller share: interned keys, and each side's analysed words and numbers. An extraction
    /// fills it; a caller that makes many small extractions (the parts of each bead) passes the same one, so each word is
    /// analysed once. Not thread-safe: one per caller at a time (<see cref="FeatureSessionPool"/> keeps them for reuse).
    /// </summary>
    internal sealed class Session
    {
        internal Dictionary<string, int> Keys { get; } = new(StringComparer.Ordinal);

        internal SpanCache<(string? Term, int[] Keys)> SourceWords { get; } = new();

        internal SpanCache<(string? Term, int[] Keys)> TargetWords { get; } = new();

        internal Dictionary<string, (string Term, int[] Keys)> SourceNumbers { get; } = new(StringComparer.Ordinal);

        internal Dictionary<string, (string Term, int[] Keys)> TargetNumbers { get; } = new(StringComparer.Ordinal);

        /// <summary>Room for the term ids of <see cref="FeatureTable.TermWeights.Of"/>, empty between calls.</summary>
        internal Dictionary<string, int> TermIds { get; } = new(StringComparer.Ordinal);

        /// <summary>Forgets everything, keeping the tables' room.</summary>
        internal void Clear()
        {
            Keys.Clear();
            SourceWords.Clear();
            TargetWords.Clear();
            SourceNumbers.Clear();
            TargetNumbers.Clear();
            TermIds.Clear();
        }

        /// <summary>
        /// Replaces every key k of the target's tokens by <paramref name="map"/>[k]. Every token's key array is the one its word
        /// or number has in this session (one array per word, never shared), so each is renumbered once.
        /// </summary>
        internal void RenumberTargetKeys(int[] map)
        {
            foreach (var (_, keys) in TargetWords.Values())
            {
                Renumber(keys);
            }

            foreach (var (_, keys) in TargetNumbers.Values)
            {
                Renumber(keys);
            }

            void Renumber(int[] keys)
            {
                for (int k = 0; k < keys.Length; k++)
                {
                    keys[k] = map[keys[k]];
                }
            }
        }
    }
}
