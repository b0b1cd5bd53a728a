namespace Alignment.Aligning;

/// <summary>
/// Splits one sentence into the tokens feature extraction gives keys to, left to right: numbers written in digits, as their
/// digits without separators ("1 054", "1,054", "1.054" and "1054" are all <c>1054</c>) or padding zeros ("03" is <c>3</c>), and words (letters, an apostrophe
/// between letters, then any letters or digits glued on). Everything else (spaces, punctuation, symbols) is skipped.
/// Which words are content words is not decided here (<see cref="WordKeys"/> does).
/// </summary>
/// <remarks>
/// This is deliberately not the rule of <see cref="Numbers.NumberReader"/>, which reads a number's value: it tells a
/// decimal point from a thousands separator by the language and the groups ("1,5" against "1,500"), and reads lists
/// ("22,24,26"), ranges, dates and phone numbers as such. Here a number is only a key two sentences can meet under, so a
/// dot or a comma between digits is dropped and nothing is interpreted: English "3.5" and Spanish "3,5" give one key
/// without knowing which language writes which, and the digits of a list or a date still count as shared evidence. Only a
/// space is a separator under a condition: before exactly three digits ("1 054", not "12 20"), since a space otherwise
/// separates two numbers. Numbers written in words ("ocho") are the reader's job (<see cref="FeatureExtractor"/> adds them).
/// </remarks>
internal ref struct SentenceTokenizer
{
    private readonly string _text;
    private readonly Span<char> _digitBuffer;
    private int _start;
    private int _end;

    /// <param name="text">The sentence.</param>
    /// <param name="digitBuffer">Room for a number's digits (a stack buffer: only a longer number allocates more).</param>
    public SentenceTokenizer(string text, Span<char> digitBuffer)
    {
        _text = text;
        _digitBuffer = digitBuffer;
    }

    /// <summary>The current token's digits without separators when it is a number; <see langword="null"/> when it is a word.</summary>
    public string? Digits { get; private set; }

    /// <summary>The current token as written in the sentence.</summary>
    public readonly ReadOnlySpan<char> Written => _text.AsSpan(_start, _end - _start);

    /// <summary>Moves to the next number or word; <see langword="false"/> at the end of the sentence.</summary>
    public bool MoveNext()
    {
        string text = _text;
        int i = _end;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsDigit(c))
            {
                _start = i;
                var run = new DigitRun(_digitBuffer);
                while (i < text.Length)
                {
                    if (char.IsDigit(text[i]))
                    {
                        // A leading zero written before another digit is padding ("03 de septiembre" is day 3); "0.5" keeps its zero.
                        if (!(text[i] == '0' && run.IsEmpty && i + 1 < text.Length && char.IsDigit(text[i + 1])))
                        {
                            run.Append(text[i]);
                        }

                        i++;
                    }
                    else if (text[i] is '.' or ',' or ' ' or '\u00A0' or '\u202F' && i + 1 < text.Length && char.IsDigit(text[i + 1])
                        && (text[i] is '.' or ',' || IsThousandsGroup(text, i + 1)))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                _end = i;
                Digits = run.ToString();
                return true;
            }

            if (char.IsLetter(c))
            {
                _start = i;
                _end = WordEnd(text, i);
                Digits = null;
                return true;
            }

            i++;
        }

        _start = _end = text.Length;
        return false;
    }

    /// <summary>
    /// The end of the word that starts at <paramref name="start"/>: letters, with an apostrophe between letters (<c>don't</c>),
    /// then any letters or digits glued on (OCR damage such as <c>continu6</c> is one damaged word).
    /// </summary>
    private static int WordEnd(string text, int start)
    {
        int i = start;
        while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
        {
            i++;
        }

        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    // A space between digits is a thousands separator only before exactly three digits ("1 054", not "12 20").
    private static bool IsThousandsGroup(string text, int i)
    {
        int k = i;
        while (k < text.Length && char.IsDigit(text[k]))
        {
            k++;
        }

        return k - i == 3;
    }

    /// <summary>The digits of a number, collected in a stack buffer while short (a string only when looked up).</summary>
    private ref struct DigitRun(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;
        private System.Text.StringBuilder? _long;
        private int _length;

        public void Append(char c)
        {
            if (_long is null && _length < _buffer.Length)
            {
                _buffer[_length++] = c;
                return;
            }

            _long ??= new System.Text.StringBuilder().Append(_buffer[.._length]);
            _long.Append(c);
        }

        public readonly bool IsEmpty => _length == 0;

        public override readonly string ToString() => _long?.ToString() ?? new string(_buffer[.._length]);
    }
}
