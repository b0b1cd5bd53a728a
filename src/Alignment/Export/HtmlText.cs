namespace Alignment.Export;

/// <summary>The one HTML escaper of the review page and the version diff page.</summary>
internal static class HtmlText
{
    /// <summary>Escapes <c>&amp; &lt; &gt; " '</c> and drops characters HTML and XML forbid.</summary>
    public static string Escape(string text)
    {
        text = XmlCharacters.RemoveInvalid(text);
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var html = new System.Text.StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return html.ToString();
    }
}
