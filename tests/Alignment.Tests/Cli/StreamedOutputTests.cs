using System.Text;
using Alignment.Cli;
using Alignment.Export;

namespace Alignment.Tests.Cli;

/// <summary>
/// Results are streamed to standard output and to <c>-o</c> files as they are written, never gathered whole first:
/// the seed pair ×10 (0.7–1.4 MB in most formats) reaches the output in many small writes. If the output were
/// buffered again (a MemoryStream turned into one string, a JSON writer never flushed), it would arrive in one write.
/// </summary>
public sealed class StreamedOutputTests : IDisposable
{
    // Larger than any writer's buffer (StreamWriter 1 K chars, XmlWriter 6 KB, JSON FlushThreshold 16 KB plus one bead).
    private const int LargestWriteAllowed = 64 * 1024;

    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-stream-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("json")]
    [InlineData("tsv")]
    [InlineData("csv")]
    [InlineData("text")]
    [InlineData("tmx")]
    [InlineData("xliff")]
    [InlineData("xliff12")]
    [InlineData("html")]
    [InlineData("beads")]
    [InlineData("ladder")]
    public void Align_writes_standard_output_in_pieces_as_it_goes(string format)
    {
        var (english, spanish) = SeedPairTimes(10);
        var stdout = new RecordingWriter();

        int code = BitextCommand.Run(["align", english, spanish, "--format", format], stdout, new StringWriter(), () => Stream.Null);

        code.Should().Be(0);
        stdout.Total.Should().BeGreaterThan(20_000, "the seed pair ×10 has over 3,000 beads");
        stdout.Largest.Should().BeLessThanOrEqualTo(Math.Min(LargestWriteAllowed, stdout.Total / 4), "no write carries the whole output");
    }

    [Fact]
    public void Streamed_standard_output_is_the_same_text_as_the_output_file()
    {
        var (english, spanish) = SeedPairTimes(2);
        string file = Path.Combine(_dir, "out.json");

        var (_, stdout, _) = CliRunner.Invoke("align", english, spanish, "--format", "json");
        CliRunner.Invoke("align", english, spanish, "--format", "json", "-o", file).Code.Should().Be(0);

        stdout.Should().Be(File.ReadAllText(file, Encoding.UTF8)).And.Contain("través", "accented text passes whole through the decoding");
    }

    [Fact]
    public void A_character_split_between_two_writes_is_decoded_whole()
    {
        var text = new StringWriter();
        byte[] bytes = Encoding.UTF8.GetBytes("año €");
        using (var stream = new StandardOutput.TextWriterStream(text))
        {
            stream.Write(bytes, 0, 2); // "a" and the first byte of "ñ"
            stream.Write(bytes, 2, bytes.Length - 3); // the rest of "ñ" … the first two bytes of "€"
            stream.Write(bytes, bytes.Length - 1, 1);
        }

        text.ToString().Should().Be("año €");
    }

    [Fact]
    public void The_JSON_writer_hands_its_stream_bounded_pieces()
    {
        var (english, spanish) = SeedPairTimes(10);
        var result = new BitextAligner().Align(english, spanish);
        var stream = new RecordingStream();

        BitextJsonWriter.Write(result, stream);

        stream.Total.Should().BeGreaterThan(1_000_000);
        stream.Writes.Should().BeGreaterThan(stream.Total / LargestWriteAllowed);
        stream.Largest.Should().BeLessThanOrEqualTo(LargestWriteAllowed);
    }

    private (string English, string Spanish) SeedPairTimes(int copies)
    {
        string english = Path.Combine(_dir, $"en.x{copies}.txt");
        string spanish = Path.Combine(_dir, $"es.x{copies}.txt");
        File.WriteAllText(english, string.Join("\n\n", Enumerable.Repeat(File.ReadAllText(TestFiles.English2021), copies)));
        File.WriteAllText(spanish, string.Join("\n\n", Enumerable.Repeat(File.ReadAllText(TestFiles.Spanish2021), copies)));
        return (english, spanish);
    }

    /// <summary>Counts the characters of each write it is given, and keeps none of them.</summary>
    private sealed class RecordingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public int Total { get; private set; }

        public int Largest { get; private set; }

        public override void Write(char value) => Record(1);

        public override void Write(char[] buffer, int index, int count) => Record(count);

        public override void Write(ReadOnlySpan<char> buffer) => Record(buffer.Length);

        public override void Write(string? value) => Record(value?.Length ?? 0);

        private void Record(int count)
        {
            Total += count;
            Largest = Math.Max(Largest, count);
        }
    }

    /// <summary>A write-only stream that counts the bytes of each write and keeps none of them.</summary>
    private sealed class RecordingStream : Stream
    {
        public int Total { get; private set; }

        public int Largest { get; private set; }

        public int Writes { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Total;

        public override long Position { get => Total; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Total += buffer.Length;
            Largest = Math.Max(Largest, buffer.Length);
            Writes++;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
