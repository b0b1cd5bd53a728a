namespace Alignment.Loading;

/// <summary>
/// Counts what a PDF content stream asks to show, without parsing it: the bytes of its string operands (literal
/// <c>(…)</c> with escapes and nested parentheses, hex <c>&lt;…&gt;</c> at two digits a byte). Each byte shows at most one
/// glyph, so the count bounds the letters PdfPig would make of the stream (~340 bytes each) before it makes any.
/// Dictionaries (<c>&lt;&lt;…&gt;&gt;</c>) and comments are not strings. One pass, no allocation. Stateless and thread-safe.
/// </summary>
internal static class PdfContentScanner
{
    /// <summary>The string bytes of <paramref name="content"/>.</summary>
    public static long StringBytes(ReadOnlySpan<byte> content)
    {
        long count = 0;
        int i = 0;
        while (i < content.Length)
        {
            int next = content[i..].IndexOfAny("(<%"u8);
            if (next < 0)
            {
                break;
            }

            i += next;
            switch (content[i])
            {
                case (byte)'%':
                {
                    int end = content[i..].IndexOfAny((byte)'\n', (byte)'\r');
                    i = end < 0 ? content.Length : i + end;
                    break;
                }

                case (byte)'<' when i + 1 < content.Length && content[i + 1] == (byte)'<':
                    i += 2;
                    break;
                case (byte)'<':
                {
                    int end = content[(i + 1)..].IndexOf((byte)'>');
                    int digits = end < 0 ? content.Length - i - 1 : end;
                    count += (digits + 1) / 2;
                    i += digits + 2;
                    break;
                }

                default:
                {
                    // A literal string: balanced parentheses, a backslash escapes the next byte.
                    int depth = 1;
                    i++;
                    while (i < content.Length && depth > 0)
                    {
                        byte b = content[i];
                        if (b == (byte)'\\')
                        {
                            i += 2;
                            count++;
                            continue;
                        }

                        depth += b == (byte)'(' ? 1 : b == (byte)')' ? -1 : 0;
                        count += depth > 0 ? 1 : 0;
                        i++;
                    }

                    break;
                }
            }
        }

        return count;
    }
}
