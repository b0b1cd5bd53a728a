using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Alignment.Indexing;

/// <summary>
/// Marks the words of a stored text whose index terms occur in a (rewritten) query, using the field's own
/// analyzer and its token offsets, so "víctima" marks "victimas" too. Phrase position is not checked: every
/// occurrence of a query term is marked, as in a concordance line.
/// </summary>
internal sealed class TermHighlighter
{
    private readonly Analyzer _analyzer;
    private readonly HashSet<(string Field, string Text)> _terms = [];

    public TermHighlighter(Analyzer analyzer, Query rewritten)
    {
        _analyzer = analyzer;
        var terms = new HashSet<Term>();
        try
        {
            rewritten.ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            // A query kind that cannot list its terms: hits are still returned, just not marked.
        }

        foreach (var term in terms)
        {
            _terms.Add((term.Field, term.Text));
        }
    }

    public IReadOnlyList<HighlightSpan> Highlight(string field, string text)
    {
        if (text.Length == 0 || _terms.Count == 0)
        {
            return [];
        }

        var spans = new List<HighlightSpan>();
        using var stream = _analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (_terms.Contains((field, term.ToString())) && (spans.Count == 0 || offset.StartOffset >= spans[^1].End))
            {
                spans.Add(new HighlightSpan(offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
        return spans;
    }
}
