using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Alignment.Loading;

/// <summary>
/// Extracts the text of an HTML page with AngleSharp: every block element (<c>p</c>, <c>h1</c>–<c>h6</c>,
/// <c>li</c>, <c>td</c>, <c>div</c>...) becomes its own paragraph, separated by a blank line; a list item
/// starts with <c>• </c>; <c>script</c>, <c>style</c>, <c>nav</c> and other non-content elements are skipped.
/// Stateless and thread-safe.
/// </summary>
internal static class HtmlTextExtractor
{
    public const string Source = "text extracted from HTML (AngleSharp)";

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

    public static string Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
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
