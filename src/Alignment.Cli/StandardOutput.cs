using System.Text;

namespace Alignment.Cli;

/// <summary>
/// The byte stream a command's result is written to when it goes to standard output: written through as it is
/// produced, never collected whole. The process's own standard output, when the command writes to the console in
/// UTF-8, is the raw stream; any other <see cref="TextWriter"/> (a test's, or a console in another encoding) gets
/// the bytes decoded chunk by chunk, exactly as they would have been written to a file.
/// </summary>
internal static class StandardOutput
{
    // Bytes gathered before a write reaches the console: a few writer buffers, so each write is one system call.
    private const int ConsoleBufferBytes = 32 * 1024;

    /// <summary>A stream onto <paramref name="stdout"/>; dispose it to flush what it holds (the writer stays open).</summary>
    public static Stream Open(TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        if (ReferenceEquals(stdout, Console.Out) && Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage)
        {
            stdout.Flush();
            return new BufferedStream(Console.OpenStandardOutput(), ConsoleBufferBytes);
        }

        return new TextWriterStream(stdout);
    }

    /// <summary>Decodes the UTF-8 bytes written to it onto a <see cref="TextWriter"/>, one write at a time (a character split between writes is kept for the next).</summary>
    internal sealed class TextWriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
        private char[] _chars = [];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            int needed = _decoder.GetCharCount(buffer, flush: false);
            if (_chars.Length < needed)
            {
                _chars = new char[Math.Max(needed, 2 * _chars.Length)];
            }

            int written = _decoder.GetChars(buffer, _chars, flush: false);
            writer.Write(_chars, 0, written);
        }

        public override void Flush() => writer.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                // What is left of a character cut short at the end (invalid UTF-8) is written as U+FFFD, as GetString would.
                int written = _decoder.GetChars([], _chars.Length >= 2 ? _chars : _chars = new char[2], flush: true);
                writer.Write(_chars, 0, written);
                writer.Flush();
            }

            base.Dispose(disposing);
        }
    }
}
