namespace Alignment.Loading;

/// <summary>
/// Reads an HTML page's tags the way the HTML tokenizer does, without building anything, to refuse a page that would
/// make tree building slow (nesting deeper than <see cref="InputLimits.MaxHtmlNesting"/>: the parser checks the open
/// elements at every tag) or large (more than <see cref="InputLimits.MaxHtmlElements"/> elements and comments: about
/// 300 bytes each in the tree). Quoted attribute values, comments and the text of <c>script</c>, <c>style</c> and the
/// other raw-text elements are skipped, as the tokenizer skips them; an end tag lowers the depth only when it closes an
/// open element as tree building would (never an end tag nothing opened, nor one stopped by a table, a cell or another
/// scope boundary). One pass, no recursion. Stateless and thread-safe.
/// </summary>
internal static class HtmlShape
{
    // Elements without end tag, or whose end tag is implied by the next sibling: they do not nest.
    private static readonly HashSet<string> NotNesting = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "keygen", "frame", "basefont", "bgsound", "image",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt",
        "rp", "html", "head", "body",
    };

    // Elements whose text is not markup: everything up to their end tag is skipped.
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    // The HTML standard's "special" elements: an end tag of another element does not close past one of them.
    private static readonly HashSet<string> Special = new(StringComparer.Ordinal)
    {
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
        "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav",
        "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section",
        "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
        "title", "tr", "track", "ul", "wbr", "xmp",
    };

    // Where "has an element in scope" stops looking: an end tag of a special element does not close past these.
    private static readonly HashSet<string> ScopeBoundary = new(StringComparer.Ordinal)
    {
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "svg", "math",
    };

    /// <summary>The problem with the page's shape, or <see langword="null"/> when it is within the budgets.</summary>
    public static Diagnostic? Check(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var open = new OpenElements();
        int nodes = 0;
        int at = 0;
        while (at < html.Length)
        {
            int lt = html.IndexOf('<', at);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            at = lt + 1;
            char c = html[at];
            if (c == '!')
            {
                bool comment = string.CompareOrdinal(html, at, "!--", 0, 3) == 0;
                int end = comment ? html.IndexOf("-->", at + 3, StringComparison.Ordinal) : html.IndexOf('>', at);
                at = end < 0 ? html.Length : end + (comment ? 3 : 1);
                nodes++;
            }
            else if (c == '?')
            {
                int end = html.IndexOf('>', at);
                at = end < 0 ? html.Length : end + 1;
                nodes++;
            }
            else if (c == '/' && at + 1 < html.Length && char.IsAsciiLetter(html[at + 1]))
            {
                string name = Name(html, at + 1, out int afterName);
                at = SkipAttributes(html, afterName, out _);
                open.Close(name);
            }
            else if (char.IsAsciiLetter(c))
            {
                string name = Name(html, at, out int afterName);
                at = SkipAttributes(html, afterName, out bool selfClosing);
                nodes++;
                if (name == "plaintext")
                {
                    break; // the rest of the page is text
                }

                if (RawText.Contains(name))
                {
                    at = RawTextEnd(html, at, name);
                }
                else if (!NotNesting.Contains(name) && !(selfClosing && open.InForeignContent))
                {
                    open.Push(name);
                    if (open.Depth > InputLimits.MaxHtmlNesting)
                    {
                        return Messages.HtmlTooDeep(InputLimits.MaxHtmlNesting);
                    }
                }
            }

            if (nodes > InputLimits.MaxHtmlElements)
            {
                return Messages.HtmlTooManyElements(InputLimits.MaxHtmlElements);
            }
        }

        return null;
    }

    // A tag name as the tokenizer reads it: up to white space, '/' or '>', ASCII letters lower-cased.
    private static string Name(string html, int start, out int end)
    {
        end = start;
        while (end < html.Length && html[end] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
        {
            end++;
        }

        // Long names are cut: what matters is whether they match, and no element name is this long.
        return html.Substring(start, Math.Min(end - start, 64)).ToLowerInvariant();
    }

    // Past the tag's '>' (or the end of the page), skipping quoted attribute values; whether it ended with "/>".
    private static int SkipAttributes(string html, int at, out bool selfClosing)
    {
        selfClosing = false;
        while (at < html.Length)
        {
            char c = html[at];
            if (c == '>')
            {
                selfClosing = html[at - 1] == '/';
                return at + 1;
            }

            at++;
            if (c != '=')
            {
                continue;
            }

            while (at < html.Length && html[at] is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                at++;
            }

            if (at < html.Length && html[at] is '"' or '\'')
            {
                int close = html.IndexOf(html[at], at + 1);
                at = close < 0 ? html.Length : close + 1;
            }
        }

        return html.Length;
    }

    // After a raw-text element's start tag: past its end tag, or the end of the page.
    private static int RawTextEnd(string html, int at, string name)
    {
        while (at < html.Length)
        {
            int end = html.IndexOf("</", at, StringComparison.Ordinal);
            if (end < 0)
            {
                return html.Length;
            }

            at = end + 2;
            if (string.Compare(html, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (at + name.Length >= html.Length || html[at + name.Length] is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
            {
                return SkipAttributes(html, at + name.Length, out _);
            }
        }

        return html.Length;
    }

    /// <summary>The stack of open elements, with where each name, special element and scope boundary last is: every operation O(1) amortized.</summary>
    private sealed class OpenElements
    {
        private readonly List<string> _names = [];
        private readonly Dictionary<string, List<int>> _positions = new(StringComparer.Ordinal);
        private readonly List<int> _special = [];
        private readonly List<int> _boundaries = [];
        private readonly List<int> _foreign = [];

        public int Depth => _names.Count;

        public bool InForeignContent => _foreign.Count > 0;

        public void Push(string name)
        {
            int position = _names.Count;
            _names.Add(name);
            if (!_positions.TryGetValue(name, out var list))
            {
                _positions[name] = list = [];
            }

            list.Add(position);
            if (Special.Contains(name))
            {
                _special.Add(position);
            }

            if (ScopeBoundary.Contains(name))
            {
                _boundaries.Add(position);
            }

            if (name is "svg" or "math")
            {
                _foreign.Add(position);
            }
        }

        // An end tag closes its element, and the ones opened after it, when tree building would: an element of that
        // name is open, and no scope boundary (for a special element) or special element (for any other) lies above it.
        public void Close(string name)
        {
            if (!_positions.TryGetValue(name, out var list) || list.Count == 0)
            {
                return;
            }

            int position = list[^1];
            var stops = Special.Contains(name) ? _boundaries : _special;
            if (stops.Count > 0 && stops[^1] > position)
            {
                return;
            }

            while (_names.Count > position)
            {
                Pop();
            }
        }

        private void Pop()
        {
            int position = _names.Count - 1;
            string name = _names[position];
            _names.RemoveAt(position);
            var list = _positions[name];
            list.RemoveAt(list.Count - 1);
            RemoveIfTop(_special, position);
            RemoveIfTop(_boundaries, position);
            RemoveIfTop(_foreign, position);
        }

        private static void RemoveIfTop(List<int> positions, int position)
        {
            if (positions.Count > 0 && positions[^1] == position)
            {
                positions.RemoveAt(positions.Count - 1);
            }
        }
    }
}
