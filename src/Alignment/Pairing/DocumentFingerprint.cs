using System.Security.Cryptography;
using System.Text;
using Alignment.Languages;
using Alignment.Loading;
using Alignment.Numbers;

namespace Alignment.Pairing;

/// <summary>
/// What pairing keeps of a document once it is read: its numbers in order, its distinct names, its length and a hash
/// of its text. A few kilobytes a document, whatever its size, so an archive's fingerprints fit in memory where its
/// texts would not.
/// </summary>
internal sealed class DocumentFingerprint
{
    private DocumentFingerprint(string path, Language language, int length, long[] numbers, string[] names, long contentHash, (ulong[] Signature, int Count) shingles)
    {
        (Shingles, ShingleCount) = shingles;
        Path = path;
        Language = language;
        Length = length;
        Numbers = numbers;
        Names = names;
        ContentHash = contentHash;
    }

    /// <summary>The document's path, as given.</summary>
    public string Path { get; }

    /// <summary>The document's language code.</summary>
    public Language Language { get; }

    /// <summary>The text's length in characters.</summary>
    public int Length { get; }

    /// <summary>The values of the numbers read, in text order (at most <see cref="PairingModel.MaxNumbers"/>), as <see cref="NumberKey"/>s.</summary>
    public long[] Numbers { get; }

    /// <summary>The distinct names and cognate keys as features (<c>w</c> + folded name, <c>c</c> + cognate key), sorted ordinally.</summary>
    public string[] Names { get; }

    /// <summary>
    /// The MinHash signature of the text's three-word shingles (<see cref="PairingModel.MinHashes"/> minima): the share
    /// of equal entries of two signatures estimates the Jaccard similarity of the two texts' shingles, which is what
    /// tells another edition of a report (the same phrasing year after year) from another report on the same matter.
    /// </summary>
    public ulong[] Shingles { get; }

    /// <summary>How many three-word shingles the text has (with repeats).</summary>
    public int ShingleCount { get; }

    /// <summary>
    /// The estimated share of the shorter text's shingles that the other text has too, 0 to 1: the Jaccard estimate of
    /// the signatures turned into containment with the two shingle counts (J·(|A| + |B|) / ((1 + J)·min)), so a short
    /// report of an earlier year is as related to a long one as to another short one.
    /// </summary>
    public double ShingleContainment(DocumentFingerprint other)
    {
        int equal = 0;
        for (int k = 0; k < Shingles.Length; k++)
        {
            equal += Shingles[k] == other.Shingles[k] && Shingles[k] != ulong.MaxValue ? 1 : 0;
        }

        double jaccard = (double)equal / Shingles.Length;
        int smaller = Math.Min(ShingleCount, other.ShingleCount);
        return smaller == 0 ? 0 : Math.Min(1, jaccard * (ShingleCount + other.ShingleCount) / ((1 + jaccard) * smaller));
    }

    /// <summary>The first 8 bytes of the SHA-256 of the text: equal for the same text twice.</summary>
    public long ContentHash { get; }

    /// <summary>The weight of each of <see cref="Numbers"/> in the archive (set by <see cref="Weigh"/>).</summary>
    public double[] NumberWeights { get; private set; } = [];

    /// <summary>The weight of each of <see cref="Names"/> in the archive (set by <see cref="Weigh"/>).</summary>
    public double[] NameWeights { get; private set; } = [];

    /// <summary>The sum of <see cref="NumberWeights"/>.</summary>
    public double TotalNumberWeight { get; private set; }

    /// <summary>Weighs the numbers and names by their rarity in the archive, once its document frequencies are known.</summary>
    public void Weigh(Func<string, double> weight)
    {
        var byKey = new Dictionary<long, double>();
        NumberWeights = Array.ConvertAll(Numbers, key =>
        {
            if (!byKey.TryGetValue(key, out double w))
            {
                w = weight(NumberFeature(key));
                byKey[key] = w;
            }

            return w;
        });
        TotalNumberWeight = NumberWeights.Sum();
        NameWeights = Array.ConvertAll(Names, name => weight(name));
    }

    /// <summary>The features this document is indexed and queried by: one per distinct number and one per name.</summary>
    public IEnumerable<string> Features() => Numbers.Distinct().Select(NumberFeature).Concat(Names);

    /// <summary>The feature of a number.</summary>
    public static string NumberFeature(long key) => "n" + key.ToString("x", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A number's value as a key: rounded to thousandths, so 15.5 million read from "15,5 millones" and from "15.5 million" are one key.</summary>
    public static long NumberKey(double value) => BitConverter.DoubleToInt64Bits(Math.Round(value, 3));

    /// <summary>Reads a loaded document's fingerprint.</summary>
    public static DocumentFingerprint Read(string path, ReportDocument document)
    {
        string text = document.Text;
        var mentions = NumberReader.For(document.Language.RequiredProfile).Read(text);
        var numbers = new long[Math.Min(mentions.Count, PairingModel.MaxNumbers)];
        for (int i = 0; i < numbers.Length; i++)
        {
            numbers[i] = NumberKey(mentions[i].Value);
        }

        return new DocumentFingerprint(path, document.Language, text.Length, numbers, ReadWords(text, document.Language.RequiredProfile), Hash(text), MinHash(text));
    }

    /// <summary>Builds a fingerprint from its parts (tests, and the synthetic archives of the benchmarks).</summary>
    internal static DocumentFingerprint Create(string path, Language language, int length, long[] numbers, string[] names, long contentHash, string text) =>
        new(path, language, length, numbers, names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(), contentHash, MinHash(text));

    /// <summary>The MinHash signature of a text's three-word shingles (words folded: case and accents do not count).</summary>
    private static (ulong[] Signature, int Count) MinHash(string text)
    {
        var signature = new ulong[PairingModel.MinHashes];
        Array.Fill(signature, ulong.MaxValue);
        ulong w1 = 0, w2 = 0;
        int words = 0, i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            ulong word = 14695981039346656037UL;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                word = (word ^ TextNormalizer.FoldChar(text[i])) * 1099511628211UL;
                i++;
            }

            if (++words >= 3)
            {
                ulong shingle = Mix((w1 * 31) ^ (w2 * 17) ^ word);
                for (int k = 0; k < signature.Length; k++)
                {
                    ulong h = Mix(shingle ^ Seeds[k]);
                    if (h < signature[k])
                    {
                        signature[k] = h;
                    }
                }
            }

            (w1, w2) = (w2, word);
        }

        return (signature, Math.Max(0, words - 2));
    }

    // One seed per MinHash function, from a fixed generator so signatures are the same in every run and process.
    private static readonly ulong[] Seeds = Enumerable.Range(1, PairingModel.MinHashes).Select(k => Mix((ulong)k * 0x9E3779B97F4A7C15UL)).ToArray();

    /// <summary>The 64-bit finaliser of MurmurHash3: a bijection that spreads every input bit over the output.</summary>
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb93fe53a87e3UL;
        h ^= h >> 33;
        return h;
    }

    /// <summary>
    /// The document's words that a translation keeps or mirrors, as features: names (capitalised words that are no
    /// function word and do not start a sentence, line or quotation, folded: <c>Perú</c> and <c>Peru</c> are one name; words in capitals only when short, acronyms such as
    /// <c>INPE</c>, since a longer one is a heading's, which translation changes) as <c>w</c> + name, and cognate keys (the
    /// first letters of a long content word's spelling skeleton: <c>internacional</c> and <c>international</c> both give
    /// <c>cinter</c>) as <c>c</c> + key.
    /// </summary>
    private static string[] ReadWords(string text, LanguageProfile profile)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var stop = StopWords.Value;
        var rules = profile.CognateRewrites;
        int i = 0;
        Span<char> buffer = stackalloc char[40];
        bool sentenceStart = true;
        while (i < text.Length && words.Count < PairingModel.MaxNames)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                sentenceStart |= text[i] is '.' or '!' or '?' or ':' or ';' or '\n' or '¿' or '¡' or '•' or '"' or '“' or '(';
                i++;
            }

            bool first = sentenceStart;
            sentenceStart = false;

            int start = i;
            bool allUpper = true;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                allUpper &= char.IsUpper(text[i]);
                i++;
            }

            int length = i - start;
            if (length < 3 || length > buffer.Length)
            {
                continue;
            }

            var folded = TextNormalizer.FoldAccents(text.AsSpan(start, length), buffer);
            if (stop.TryGetValue(folded, out _))
            {
                continue;
            }

            if (char.IsUpper(text[start]) && !first && !(allUpper && length > 6))
            {
                words.Add("w" + folded.ToString());
            }

            if (length >= PairingModel.CognateMinLength)
            {
                words.Add("c" + CognateKey(folded.ToString(), rules));
            }
        }

        var sorted = words.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    /// <summary>The first <see cref="PairingModel.CognateKeyLength"/> letters of a folded word's spelling skeleton: the language's prefix rewrites, then y→i, k→c, ph→f, th→t and doubled letters once.</summary>
    private static string CognateKey(string folded, IReadOnlyList<(string From, string To)> rules)
    {
        foreach (var (from, to) in rules)
        {
            if (folded.StartsWith(from, StringComparison.Ordinal))
            {
                folded = to + folded[from.Length..];
                break;
            }
        }

        var key = new StringBuilder(PairingModel.CognateKeyLength);
        for (int k = 0; k < folded.Length && key.Length < PairingModel.CognateKeyLength; k++)
        {
            char c = folded[k];
            if (k + 1 < folded.Length && folded[k + 1] == 'h' && c is 'p' or 't')
            {
                c = c == 'p' ? 'f' : 't';
                k++;
            }

            char mapped = c switch { 'y' => 'i', 'k' => 'c', _ => c };
            if (key.Length == 0 || key[^1] != mapped)
            {
                key.Append(mapped);
            }
        }

        return key.ToString();
    }

    private static readonly Lazy<SpanCache<bool>> StopWords = new(() =>
    {
        var words = new SpanCache<bool>();
        foreach (string code in LanguageProfile.SupportedCodes)
        {
            var profile = LanguageProfile.Get(code);
            foreach (string word in profile.StopWords.Concat(profile.DetectionWords))
            {
                string folded = TextNormalizer.FoldAccents(word);
                if (!words.TryGetValue(folded, out _))
                {
                    words.Add(folded, true);
                }
            }
        }

        return words;
    });

    private static long Hash(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return BitConverter.ToInt64(digest);
    }
}
