using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Alignment.Languages;

/// <summary>
/// The Lucene.Net analysis chain of a language, named in its profile (<c>stemmer</c>, <c>stopwords</c>):
/// standard tokenizer, lower case, stop words, ASCII folding (so OCR'd "victimas" meets "víctimas"), stemming.
/// Lucene analyzers are thread-safe (per-thread token stream reuse).
/// </summary>
internal sealed class WordAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly string _stemmer;
    private readonly CharArraySet _stopWords;

    public WordAnalyzer(string stemmer, string stopWords)
    {
        _stemmer = stemmer;
        _stopWords = stopWords switch
        {
            "spanish" => SpanishAnalyzer.DefaultStopSet,
            "english" => EnglishAnalyzer.DefaultStopSet,
            "portuguese" => PortugueseAnalyzer.DefaultStopSet,
            _ => CharArraySet.Empty,
        };
    }

    /// <summary>Builds the analyzer a profile names; a profile that names none gets folding without stemming or stop words.</summary>
    public static WordAnalyzer For(LanguageProfile? profile)
    {
        return new WordAnalyzer(profile?.Stemmer ?? "none", profile?.StopWords ?? "none");
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
        stream = new StopFilter(Version, stream, _stopWords);
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
