using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Alignment.Loading;

/// <summary>
/// Extracts the text of an HTML page with AngleSharp: every block element (<c>p</c>, <c>h1</c>–<c>h6</c>,
/// <c>li</c>, <c>td</c>, <c>div</c>...) becomes its own paragraph, separated by a blank line; a list item
/// starts with <c>• </c>; <c>script</c>, <c>style</c>, <c>nav</c> and other non-content elements are skipped. The
/// paragraphs of <c>h1</c>–<c>h6</c> are returned as <see cref="MarkedHeadings"/>: the page says they are headings.
/// A page nesting elements deeper than <see cref="MaxNesting"/>, or with more elements than
/// <see cref="InputLimits.MaxHtmlElements"/>, is refused (<see cref="HtmlShape"/> before parsing, the element count
/// again while AngleSharp builds the tree).
/// Stateless and thread-safe.
/// </summary>
internal static class HtmlTextExtractor
{
    public const string Source = "text extracted from HTML (AngleSharp)";

    /// <summary>How deep a page may nest elements (<see cref="InputLimits.MaxHtmlNesting"/>).</summary>
    public const int MaxNesting = InputLimits.MaxHtmlNesting;

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "div", "section", "article", "main",
        "header", "footer", "blockquote", "pre", "caption", "dt", "dd", "figcaption", "tr", "table", "ul", "ol",
        "dl", "address", "aside", "body",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "nav", "noscript", "template", "head", "svg", "iframe", "object", "button", "select",
    };

    /// <summary>The text of <paramref name="html"/>, or a problem when its shape is over a budget (<see cref="HtmlShape"/>).</summary>
    public static (string? Text, Diagnostic? Problem, MarkedHeadings Headings) Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (HtmlShape.Check(html) is { } problem)
        {
            return (null, problem, MarkedHeadings.None);
        }

        try
        {
            var (text, headings) = ExtractText(html);
            return (text, null, headings);
        }
        catch (TooManyElements)
        {
            return (null, Messages.HtmlTooManyElements(InputLimits.MaxHtmlElements), MarkedHeadings.None);
        }
        catch (TreeTooLarge e)
        {
            return (null, Messages.HtmlTreeTooLarge(e.Budget), MarkedHeadings.None);
        }
    }

    private static (string Text, MarkedHeadings Headings) ExtractText(string html)
    {
        // Tree building can create elements no tag spelled (it reopens formatting elements in each new block), so they
        // are counted again as they are made; comments are not kept at all.
        // Elements reopened that way are not reported to OnCreated, so what the builder allocates is watched too, at every token
        // (it builds on this thread; the counter is a thread-local read).
        int created = 0;
        long budget = InputLimits.HtmlParseFloorBytes + (InputLimits.HtmlParseBytesPerChar * html.Length);
        long start = GC.GetAllocatedBytesForCurrentThread();
        var options = new HtmlParserOptions
        {
            SkipComments = true,
            MaximumDepth = InputLimits.MaxHtmlNesting,
            OnCreated = (_, _) =>
            {
                if (++created > InputLimits.MaxHtmlElements)
                {
                    throw new TooManyElements();
                }
            },
            OnToken = (_, _) =>
            {
                if (GC.GetAllocatedBytesForCurrentThread() - start > budget)
                {
                    throw new TreeTooLarge(budget);
                }
            },
        };
        var document = new HtmlParser(options).ParseDocument(html);
        var text = new StringBuilder();
        var block = new StringBuilder();
        var headings = new List<(int Start, int End)>();
        if (document.Body is { } body)
        {
            Walk(body, text, block, headings);
        }

        Flush(text, block);
        return (text.ToString().TrimEnd('\n'), new MarkedHeadings(headings));
    }

    /// <summary>Thrown from the parser's element callback to stop building a tree that is over the budget.</summary>
    private sealed class TooManyElements : Exception;

    /// <summary>Thrown from the parser's token callback when building the tree has allocated more than its budget.</summary>
    private sealed class TreeTooLarge(long budget) : Exception
    {
        public long Budget { get; } = budget;
    }

    private static void Walk(INode node, StringBuilder text, StringBuilder block, List<(int Start, int End)> headings)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                AppendCollapsed(block, t.Data);
            }
            else if (child is IElement element)
            {
                string name = element.LocalName;
                if (Skipped.Contains(name))
                {
                    continue;
                }

                if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
                {
                    block.Append('\n');
                    continue;
                }

                bool isBlock = Blocks.Contains(name);
                if (isBlock)
                {
                    Flush(text, block);
                    if (name.Equals("li", StringComparison.OrdinalIgnoreCase))
                    {
                        block.Append("• ");
                    }
                }

                Walk(element, text, block, headings);
                if (isBlock && Flush(text, block) is { } paragraph && IsHeadingElement(name))
                {
                    headings.Add(paragraph);
                }
            }
        }
    }

    // HTML white space is layout, not content: runs become one space, as a browser shows them.
    private static void AppendCollapsed(StringBuilder block, string data)
    {
        foreach (char c in data)
        {
            if (c is ' ' or '\t' or '\r' or '\n' or '\f')
            {
                if (block.Length > 0 && block[^1] is not (' ' or '\n'))
                {
                    block.Append(' ');
                }
            }
            else
            {
                block.Append(c);
            }
        }
    }

    private static bool IsHeadingElement(string name) => name.Length == 2 && name[0] is 'h' or 'H' && name[1] is >= '1' and <= '6';

    // The block's text as a paragraph of its own; its range in the text, or null when it was empty.
    private static (int Start, int End)? Flush(StringBuilder text, StringBuilder block)
    {
        string paragraph = block.ToString().Trim();
        block.Clear();
        if (paragraph == "•")
        {
            // <li><p>text</p></li>: the bullet belongs to the item's first block.
            block.Append("• ");
            return null;
        }

        if (paragraph.Length == 0)
        {
            return null;
        }

        int start = text.Length;
        text.Append(paragraph).Append("\n\n");
        return (start, start + paragraph.Length);
    }
}
