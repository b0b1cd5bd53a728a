using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Alignment.Loading;

/// <summary>
/// Extracts the text of an HTML page with AngleSharp: every block element (<c>p</c>, <c>h1</c>–<c>h6</c>,
/// <c>li</c>, <c>td</c>, <c>div</c>...) becomes its own paragraph, separated by a blank line; a list item
/// starts with <c>• </c>; <c>script</c>, <c>style</c>, <c>nav</c> and other non-content elements are skipped.
/// A page nesting elements deeper than <see cref="MaxNesting"/> is refused before parsing: HTML tree building
/// checks the open elements at every tag, so 200,000 nested <c>div</c>s (1 MB) take AngleSharp minutes.
/// Stateless and thread-safe.
/// </summary>
internal static class HtmlTextExtractor
{
    public const string Source = "text extracted from HTML (AngleSharp)";

    /// <summary>How deep a page may nest elements; real pages stay under a hundred, broken ones under a few hundred.</summary>
    public const int MaxNesting = 2_000;

    // Elements without end tag, or whose end tag is implied by the next sibling: they do not nest.
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt",
        "rp", "html", "head", "body",
    };

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

    /// <summary>The text of <paramref name="html"/>, or a problem when it nests deeper than <see cref="MaxNesting"/>.</summary>
    public static (string? Text, Diagnostic? Problem) Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return NestsTooDeep(html) ? (null, Messages.HtmlTooDeep(MaxNesting)) : (ExtractText(html), null);
    }

    // Counts open minus closed tags of elements that nest, in one pass without parsing; comments and
    // declarations are skipped. Unclosed tags of broken pages count too, which the margin allows for.
    private static bool NestsTooDeep(string html)
    {
        var span = html.AsSpan();
        int depth = 0;
        int at = 0;
        while (at < span.Length)
        {
            int open = span[at..].IndexOf('<');
            if (open < 0)
            {
                return false;
            }

            at += open + 1;
            if (span[at..].StartsWith("!--"))
            {
                int end = span[at..].IndexOf("-->");
                at = end < 0 ? span.Length : at + end + 3;
                continue;
            }

            bool closing = at < span.Length && span[at] == '/';
            int nameStart = closing ? at + 1 : at;
            int nameEnd = nameStart;
            while (nameEnd < span.Length && char.IsAsciiLetterOrDigit(span[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(span[nameStart]) || NotNesting.Contains(span[nameStart..nameEnd].ToString()))
            {
                continue;
            }

            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            if (depth > MaxNesting)
            {
                return true;
            }
        }

        return false;
    }

    private static string ExtractText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        var block = new StringBuilder();
        if (document.Body is { } body)
        {
            Walk(body, text, block);
        }

        Flush(text, block);
        return text.ToString().TrimEnd('\n');
    }

    private static void Walk(INode node, StringBuilder text, StringBuilder block)
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

                Walk(element, text, block);
                if (isBlock)
                {
                    Flush(text, block);
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

    private static void Flush(StringBuilder text, StringBuilder block)
    {
        string paragraph = block.ToString().Trim();
        block.Clear();
        if (paragraph == "•")
        {
            // <li><p>text</p></li>: the bullet belongs to the item's first block.
            block.Append("• ");
            return;
        }

        if (paragraph.Length == 0)
        {
            return;
        }

        text.Append(paragraph).Append("\n\n");
    }
}
