using System.Text;
using Alignment.Languages;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Alignment.Indexing;

/// <summary>
/// Parses a <see cref="ConcordanceQuery"/> with Lucene's query syntax over the language text fields (all
/// terms required); a query that cannot be parsed or holds no term is a <see cref="ReportFormatException"/>.
/// </summary>
internal static class ConcordanceQueryParser
{
    /// <summary>The query over the text fields of the query's language, or of every language.</summary>
    public static Query Parse(ConcordanceQuery query, Analyzer analyzer)
    {
        string[] fields = query.Language is null
            ? LanguageProfile.SupportedCodes.Select(ConcordanceSchema.TextField).ToArray()
            : [ConcordanceSchema.TextField(LanguageProfile.Get(query.Language).Code)];
        var parser = new MultiFieldQueryParser(WordAnalyzer.Version, fields, analyzer)
        {
            DefaultOperator = Operator.AND,
            // Scoring rewrite keeps prefix and wildcard terms visible to the highlighter.
            MultiTermRewriteMethod = MultiTermQuery.SCORING_BOOLEAN_QUERY_REWRITE,
        };
        Query parsed;
        try
        {
            parsed = parser.Parse(FoldAccents(query.Text));
        }
        catch (ParseException e)
        {
            throw new ReportFormatException(Messages.QueryInvalid(IndexFailure.FirstLine(e.Message)));
        }

        if (parsed is BooleanQuery { Clauses.Count: 0 })
        {
            throw new ReportFormatException(Messages.QueryEmpty());
        }

        return parsed;
    }

    /// <summary>The filter to the query's section, or <see langword="null"/> for every section.</summary>
    public static Filter? SectionFilter(ConcordanceQuery query) =>
        query.Section is { } kind
            ? new QueryWrapperFilter(new TermQuery(new Term(ConcordanceSchema.SectionField, ConcordanceSchema.SectionName(kind))))
            : null;

    /// <summary>
    /// Drops accents from the query text. The parser does not analyse prefix and wildcard terms, so without this
    /// "víct*" would look for an accented prefix in fields whose terms were folded to ASCII; whole words are folded
    /// by the analyzer anyway.
    /// </summary>
    private static string FoldAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
