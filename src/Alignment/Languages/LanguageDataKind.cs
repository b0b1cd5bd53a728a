namespace Alignment.Languages;

/// <summary>
/// The kinds of data file every language has (<c>{code}.{kind}.txt</c>), each read by one typed reader. A language
/// with a <c>profile</c> file must have them all: a missing file is an error, never an empty list.
/// </summary>
internal static class LanguageDataKind
{
    /// <summary><c>key = value</c> lines: <c>name</c>, <c>stemmer</c> (read by <see cref="LanguageProfile"/>).</summary>
    public const string Profile = "profile";

    /// <summary>Word list: lower-case words that word matching and the concordance index skip (may be empty).</summary>
    public const string StopWords = "stopwords";

    /// <summary>Word list: frequent function words used to detect the language.</summary>
    public const string Detect = "detect";

    /// <summary>Word list: abbreviations that end with a period but do not end a sentence.</summary>
    public const string Abbreviations = "abbreviations";

    /// <summary>Word list: abbreviations written before a name (<c>Sr.</c>), never the end of a sentence.</summary>
    public const string TitleAbbreviations = "abbreviations-titles";

    /// <summary>Word list: abbreviations only before a number (<c>No. 5</c>).</summary>
    public const string NumericAbbreviations = "abbreviations-numeric";

    /// <summary>Word list: capitalised words that start a new sentence after an abbreviation.</summary>
    public const string SentenceStarters = "sentence-starters";

    /// <summary>Word list: prefixes that keep their hyphen when a word is split at a line end.</summary>
    public const string HyphenPrefixes = "hyphen-prefixes";

    /// <summary><c>from -> to</c> spelling rewrites of a word's start before cognate matching (may be empty).</summary>
    public const string CognatePrefixes = "cognate-prefixes";

    /// <summary>Section heading vocabulary (read by <c>HeadingLexicon</c>).</summary>
    public const string Headings = "headings";

    /// <summary>Number words, scales, currencies, symbols (read by <c>NumberLexicon</c>).</summary>
    public const string Numbers = "numbers";

    /// <summary>Every kind a language must have.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Profile, StopWords, Detect, Abbreviations, TitleAbbreviations, NumericAbbreviations, SentenceStarters, HyphenPrefixes, CognatePrefixes, Headings, Numbers];

    /// <summary>The file name of a language's data file of a kind: <c>es.numbers.txt</c>.</summary>
    public static string FileName(string code, string kind) => $"{code}.{kind}.txt";
}
