using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Alignment.Languages;

/// <summary>
/// The Lucene.Net analysis chain of a language: standard tokenizer, lower case, the profile's stop words, ASCII folding
/// (so OCR'd "victimas" meets "víctimas"), the stemmer its profile names (<c>stemmer</c>).
/// Lucene analyzers are thread-safe (per-thread token stream reuse).
/// </summary>
internal sealed class WordAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly IReadOnlySet<string> NoStopWords = new HashSet<string>();
    private readonly string _stemmer;
    private readonly IReadOnlySet<string> _stopWords;

    // Lucene's own set, for the stop filter; built with the first token stream (loading Lucene's collections costs start-up time).
    private readonly Lazy<CharArraySet> _luceneStopWords;

    public WordAnalyzer(string stemmer, IReadOnlySet<string> stopWords)
    {
        _stemmer = stemmer;
        _stopWords = stopWords;
        _luceneStopWords = new(() => stopWords.Count == 0 ? CharArraySet.Empty : new CharArraySet(Version, stopWords.ToList(), ignoreCase: false));
    }

    /// <summary>Builds the analyzer a profile names; a profile that names none gets folding without stemming or stop words.</summary>
    public static WordAnalyzer For(LanguageProfile? profile)
    {
        return new WordAnalyzer(profile?.Stemmer ?? "none", profile?.StopWords ?? NoStopWords);
    }

    /// <summary>Whether a lower-cased word is a stop word of this chain.</summary>
    public bool IsStopWord(string word) => _stopWords.Contains(word);

    /// <summary>The index term of one word (folded and stemmed), or <see langword="null"/> for a stop word.</summary>
    public string? Term(string word)
    {
        using var stream = GetTokenStream("w", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        string? result = stream.IncrementToken() ? term.ToString() : null;
        stream.End();
        return result;
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new StopFilter(Version, stream, _luceneStopWords.Value);
        stream = new ASCIIFoldingFilter(stream);
        stream = _stemmer switch
        {
            "spanish-light" => new SpanishLightStemFilter(stream),
            "porter" => new PorterStemFilter(stream),
            "portuguese-light" => new PortugueseLightStemFilter(stream),
            _ => stream,
        };
        return new TokenStreamComponents(tokenizer, stream);
    }
}
