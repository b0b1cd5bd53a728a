using System.Text;
using Alignment.Languages;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;

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
            : query.Language.HasLanguageData ? [ConcordanceSchema.TextField(query.Language.Code)]
            : throw new ReportFormatException(Messages.LanguageUnsupported(query.Language.Code));
        if (QueryBudget.Refusal(query.Text) is { } refusal)
        {
            throw new ReportFormatException(Messages.QueryRefused(refusal));
        }

        var parser = new BoundedParser(fields, analyzer)
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
            throw new ReportFormatException(Messages.QueryInvalid(Reason(e.Message)));
        }
        catch (ArgumentException)
        {
            // Lucene's regular-expression reader throws this for what its syntax does not allow.
            throw new ReportFormatException(Messages.QueryInvalid("a regular expression between slashes is malformed"));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new ReportFormatException(Messages.QueryRefused("it expands to more than Lucene's 1,024 clauses"));
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
    /// Lucene's parse error in one short line: without its "Cannot parse 'QUERY': " prefix (the query may be a kilobyte),
    /// cut to a sentence's length, control characters escaped.
    /// </summary>
    internal static string Reason(string message)
    {
        string line = IndexFailure.FirstLine(message);
        const string Prefix = "Cannot parse '";
        if (line.StartsWith(Prefix, StringComparison.Ordinal) && line.LastIndexOf("': ", StringComparison.Ordinal) is int end and > 0)
        {
            line = line[(end + 3)..];
        }

        const int MaxReason = 120;
        string reason = TerminalText.Escape(line[..Math.Min(line.Length, MaxReason)]);
        return line.Length > MaxReason ? reason + "…" : reason;
    }

    /// <summary>
    /// Lucene's parser with regular expressions read without the complement, intersection, interval and named-automaton
    /// operators (<c>~ &amp; &lt;1-9&gt; &lt;name&gt;</c>, taken as plain characters): complement determinizes the
    /// automaton, which <see cref="QueryBudget"/> cannot bound from the text.
    /// </summary>
    private sealed class BoundedParser(string[] fields, Analyzer analyzer) : MultiFieldQueryParser(WordAnalyzer.Version, fields, analyzer)
    {
        protected override Query NewRegexpQuery(Term regexp) => new RegexpQuery(regexp, RegExpSyntax.NONE) { MultiTermRewriteMethod = MultiTermRewriteMethod };
    }

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
