using System.Text;
using Alignment;

namespace Alignment.Cli;

/// <summary>
/// Standard error as the tool writes it: every line made safe for a terminal (<see cref="TerminalText"/>), so an ESC
/// sequence or a line break in a file name, a heading or a query cannot rewrite the screen or forge a line.
/// <see cref="WriteLine(string)"/> escapes its whole value; <see cref="Write(string)"/> keeps its line breaks.
/// </summary>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value == '\n' || !TerminalText.IsUnsafe(value))
        {
            inner.Write(value);
        }
        else
        {
            inner.Write(TerminalText.Escape(value.ToString()));
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        string[] lines = value.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            inner.Write(i == 0 ? TerminalText.Escape(lines[i]) : "\n" + TerminalText.Escape(lines[i]));
        }
    }

    public override void WriteLine(string? value)
    {
        inner.Write(TerminalText.Escape((value ?? "").TrimEnd('\n')));
        inner.Write('\n');
    }

    public override void WriteLine() => inner.Write('\n');

    public override void Flush() => inner.Flush();
}
