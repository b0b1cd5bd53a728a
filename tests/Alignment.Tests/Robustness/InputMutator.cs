using System.Text;

namespace Alignment.Tests.Robustness;

/// <summary>
/// Makes hostile variants of real report text, reproducibly from a seed: byte flips, truncation,
/// runs of dots and digits (the shapes that make backtracking regexes explode), control characters,
/// mixed line ends, giant words and lines, invalid UTF-8 and UTF-16 surrogates.
/// </summary>
internal sealed class InputMutator(int seed)
{
    private static readonly string[] Hostile =
    [
        new string('.', 5000), "1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1", "\u0000\u0001\u0002", "\r\r\n\n\f\f", "\u00A0\u202F\u2009",
        "• • • •", "¿¡¿¡", "...", "EE. UU. EE. UU.", "N° N° N°", "15.5 millones 1,054,054,054.5 $ US$ S/. %",
        "\uD800", "\uDFFF", "<script>alert(1)</script>", "&amp;&#0;", "\"\"\"(((((", "-\n", "anti-\n", "mil millones de billones",
        new string('9', 400), string.Concat(Enumerable.Repeat("ocho ", 200)), "PROSECUTION\nPROTECCION\nPREVENCION\n",
    ];

    private readonly Random _random = new(seed);

    public byte[] Mutate(string text)
    {
        var builder = new StringBuilder(text);
        int edits = _random.Next(1, 12);
        for (int k = 0; k < edits && builder.Length > 0; k++)
        {
            int at = _random.Next(builder.Length);
            switch (_random.Next(6))
            {
                case 0:
                    builder.Insert(at, Hostile[_random.Next(Hostile.Length)]);
                    break;
                case 1:
                    builder.Remove(at, Math.Min(builder.Length - at, _random.Next(1, 2000)));
                    break;
                case 2:
                    builder[at] = (char)_random.Next(0, 0x3000);
                    break;
                case 3:
                    builder.Length = at;
                    break;
                case 4:
                    string slice = builder.ToString(at, Math.Min(200, builder.Length - at));
                    builder.Insert(at, string.Concat(Enumerable.Repeat(slice, _random.Next(2, 50))));
                    break;
                default:
                    builder.Replace("\n", _random.Next(2) == 0 ? "\r\n" : "\r", at, builder.Length - at);
                    break;
            }
        }

        byte[] bytes = Encoding.UTF8.GetBytes(builder.ToString());
        if (_random.Next(4) == 0 && bytes.Length > 0)
        {
            // Raw byte damage: invalid UTF-8, stray NULs.
            for (int k = 0; k < 5; k++)
            {
                bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
            }
        }

        return bytes;
    }

    /// <summary>Damages a binary document (PDF, DOCX): flipped bytes, a truncated tail, a zeroed block.</summary>
    public byte[] MutateBytes(byte[] original)
    {
        byte[] bytes = (byte[])original.Clone();
        switch (_random.Next(3))
        {
            case 0:
                for (int k = 0; k < _random.Next(1, 40); k++)
                {
                    bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
                }

                return bytes;
            case 1:
                return bytes[.._random.Next(bytes.Length)];
            default:
                int at = _random.Next(bytes.Length);
                Array.Clear(bytes, at, Math.Min(bytes.Length - at, _random.Next(1, 4096)));
                return bytes;
        }
    }
}
