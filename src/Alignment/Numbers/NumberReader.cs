using Alignment.Languages;

namespace Alignment.Numbers;

/// <summary>
/// Finds the numbers of a text the way one language writes them: digits with either decimal convention
/// (<c>1,054</c>, <c>1.054</c>, <c>1 054</c>, <c>15.5 millones</c>), number and scale words
/// (<c>veintiuno</c>, <c>twenty-one</c>, <c>un millón</c>, <c>mil millones</c>), currencies on either
/// side (<c>$414,480</c>, <c>414 480 $</c>, <c>millones de soles</c>), percentages, years and dates,
/// ranges, law and article numbers, ordinals, fractions and multipliers. A digit inside a word
/// (<c>continu6</c>, <c>cre0</c>) is OCR damage, not a number.
/// All language knowledge comes from the profile's <c>numbers</c> data file.
/// Immutable and thread-safe: build one per language and reuse it.
/// </summary>
public sealed partial class NumberReader
{
    /// <summary>The unit of a number of percentage points (<c>5 puntos porcentuales</c>), which is no percentage.</summary>
    internal const string PercentagePoints = "pp";

    /// <summary>The unit of an amount in cents (<c>50 centavos</c>, <c>50 cents</c>), of whatever currency.</summary>
    internal const string Cents = "cent";

    private const int MaxGroups = 16;

    private static readonly ConcurrentLanguageCache<NumberReader> Readers = new(p => new NumberReader(p));

    private readonly NumberLexicon _lexicon;
    private readonly string _symbolStarts;

    /// <summary>Builds a reader from the <c>{code}.numbers.txt</c> data of <paramref name="profile"/>.</summary>
    internal NumberReader(LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
        Language = Alignment.Language.Parse(profile.Code);
        _lexicon = new NumberLexicon(profile);
        _symbolStarts = new string(_lexicon.Symbols.Select(s => s.Text[0]).Distinct().ToArray());
    }

    /// <summary>The shared reader of a language with number data (<see cref="Language.Spanish"/>, <see cref="Language.English"/>), built on first use.</summary>
    /// <exception cref="ArgumentException">The library has no language data for <paramref name="language"/>.</exception>
    public static NumberReader For(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return For(language.Profile
            ?? throw new ArgumentException($"No number data for language '{language}' (supported: {string.Join(", ", Alignment.Language.WithLanguageData)}).", nameof(language)));
    }

    /// <summary>The language this reader reads.</summary>
    public Language Language { get; }

    /// <summary>The shared reader of a language, built on first use.</summary>
    internal static NumberReader For(LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Readers.Get(profile);
    }

    /// <summary>The language this reader reads.</summary>
    internal LanguageProfile Profile { get; }

    /// <summary>Finds every number of the whole <paramref name="text"/>, in order, with offsets into it (UTF-16 code units).</summary>
    public IReadOnlyList<NumberMention> Read(string text) => Read(text, 0, text?.Length ?? 0);

    /// <summary>
    /// Finds every number in <c>text[start..end)</c>, in order, with offsets into <paramref name="text"/>
    /// (UTF-16 code units). Never throws on odd text; an empty range gives an empty list.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range lies outside <paramref name="text"/>.</exception>
    public IReadOnlyList<NumberMention> Read(string text, int start, int end)
    {
        // Zero-width characters inside a number are skipped; offsets still point into the original text.
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || end > text.Length || start > end)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {end}) is not a range of a text of length {text.Length}.");
        }

        if (text.AsSpan(start, end - start).IndexOfAny(Invisible) >= 0)
        {
            return ReadWithoutInvisible(text, start, end);
        }

        using var tokens = new TokenList((end - start) / 8 + 4);
        Tokenize(text, start, end, tokens);
        if (tokens.Count == 0)
        {
            return Array.Empty<NumberMention>();
        }

        var parser = new Parser(this, text, tokens);
        return parser.Run();
    }

    /// <summary>
    /// Whether <c>text[start..end)</c> has a word that speaks of two things without a number (<c>both</c>, <c>ambos</c>,
    /// <c>ambas</c>): such a word is no number mention, but a translation may render "the two institutions" with it.
    /// </summary>
    internal bool SaysPair(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_lexicon.PairWords.Count == 0)
        {
            return false;
        }

        Span<char> word = stackalloc char[NumberLexicon.MaxWordLength];
        int length = 0;
        for (int i = Math.Max(0, start); i <= Math.Min(end, text.Length); i++)
        {
            if (i < end && i < text.Length && char.IsLetter(text[i]))
            {
                if (length < word.Length)
                {
                    word[length] = Alignment.Loading.TextNormalizer.FoldChar(text[i]);
                }

                length++;
                continue;
            }

            if (length > 0 && length <= word.Length && _lexicon.PairWords.Contains(new string(word[..length])))
            {
                return true;
            }

            length = 0;
        }

        return false;
    }

    // Zero-width characters (space, non-joiner, joiner, word joiner, byte-order mark): invisible in print, so a number
    // with one inside ("1.23\u200B4.567", from a web page or a PDF) is the number the reader sees.
    private static readonly System.Buffers.SearchValues<char> Invisible = System.Buffers.SearchValues.Create("\u200B\u200C\u200D\u2060\uFEFF");

    // Reads the range with its zero-width characters taken out, then maps each mention back onto the original text.
    private List<NumberMention> ReadWithoutInvisible(string text, int start, int end)
    {
        var visible = new System.Text.StringBuilder(end - start);
        var original = new int[end - start + 1];
        for (int i = start; i < end; i++)
        {
            if (!Invisible.Contains(text[i]))
            {
                original[visible.Length] = i;
                visible.Append(text[i]);
            }
        }

        original[visible.Length] = end;
        var mentions = new List<NumberMention>();
        foreach (var m in Read(visible.ToString()))
        {
            int from = original[m.Start];
            int to = original[m.End - 1] + 1;
            mentions.Add(m with { Start = from, End = to, Text = text[from..to] });
        }

        return mentions;
    }
}
