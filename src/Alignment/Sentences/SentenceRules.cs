using Alignment.Languages;

namespace Alignment.Sentences;

/// <summary>
/// The language knowledge the <see cref="SentenceSplitter"/> needs, read once from the profile's data
/// files: <c>{code}.abbreviations.txt</c> (abbreviations in general), <c>{code}.abbreviations-titles.txt</c>
/// (written before a name, never end a sentence: <c>Sr.</c>, <c>Dr.</c>),
/// <c>{code}.abbreviations-numeric.txt</c> (abbreviations only before a number: <c>No. 5</c>, <c>p. 55</c>)
/// and <c>{code}.sentence-starters.txt</c> (capitalized words that start a new sentence after an
/// abbreviation: <c>U.S. How</c> ends a sentence, <c>U.S. Government</c> does not). Immutable and thread-safe.
/// </summary>
internal sealed class SentenceRules
{
    public SentenceRules(LanguageProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var single = new List<string>();
        var multi = new List<string>();
        foreach (var abbreviation in profile.Abbreviations)
        {
            (abbreviation.Contains(' ') ? multi : single).Add(abbreviation);
        }

        Abbreviations = new SpanWordSet(single);
        MultiWordAbbreviations = multi.ToArray();
        Titles = new SpanWordSet(profile.TitleAbbreviations);
        NumericAbbreviations = new SpanWordSet(profile.NumericAbbreviations);
        Starters = new SpanWordSet(profile.SentenceStarters);
    }

    /// <summary>Single-token abbreviations, without the final period (<c>etc</c>, <c>U.S</c>).</summary>
    public SpanWordSet Abbreviations { get; }

    /// <summary>Abbreviations with an inner space, without the final period (<c>EE. UU</c>).</summary>
    public IReadOnlyList<string> MultiWordAbbreviations { get; }

    /// <summary>Abbreviations written before a name; they never end a sentence.</summary>
    public SpanWordSet Titles { get; }

    /// <summary>Abbreviations that only abbreviate before a number; before a capital they end the sentence.</summary>
    public SpanWordSet NumericAbbreviations { get; }

    /// <summary>Words that start a sentence after an abbreviation or an initial.</summary>
    public SpanWordSet Starters { get; }
}
