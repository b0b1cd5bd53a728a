using System.Text;
using Alignment.Cli;
using Alignment.Tests.Loading;

namespace Alignment.Tests.Cli;

/// <summary>
/// Nothing ends in a stack trace, every error is one <c>bitext: PATH: message</c> line, and <c>-o</c> never
/// destroys an input or leaves a half-written file.
/// </summary>
public class ErrorAndOutputSafetyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-safety-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void An_internal_failure_is_one_line_and_exit_3()
    {
        var stderr = new StringWriter();

        int code = BitextCommand.Run(["sections", TestFiles.English2021], new FailingWriter(), stderr, () => Stream.Null);

        code.Should().Be(BitextCommand.InternalError);
        string[] lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle().Which.Should().StartWith("bitext: internal error: InvalidOperationException: the writer broke");
        stderr.ToString().Should().NotContain("   at ");
    }

    [Theory]
    [InlineData("align")]
    [InlineData("check")]
    [InlineData("diff")]
    public void Output_onto_an_input_is_refused_and_the_input_kept(string command)
    {
        string en = Copy(TestFiles.English2021, "en.txt");
        string es = Copy(TestFiles.Spanish2021, "es.txt");
        byte[] before = File.ReadAllBytes(es);

        // Another spelling of the same file: through a symbolic link to its folder and a "..".
        string linkedFolder = Path.Combine(_dir, "linked");
        Directory.CreateSymbolicLink(linkedFolder, _dir);
        string sameFile = Path.Combine(linkedFolder, "sub", "..", "es.txt");
        Directory.CreateDirectory(Path.Combine(_dir, "sub"));

        var (code, stdout, stderr) = CliRunner.Invoke(command, en, es, "-o", sameFile);

        code.Should().Be(BitextCommand.BadInput);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"bitext: {sameFile}: {Messages.OutputIsInput().Message}\n");
        File.ReadAllBytes(es).Should().Equal(before);
    }

    [Fact]
    public void Output_onto_an_input_through_a_file_symlink_is_refused()
    {
        string es = Copy(TestFiles.Spanish2021, "es.txt");
        string link = Path.Combine(_dir, "out.txt");
        File.CreateSymbolicLink(link, es);

        var (code, _, _) = CliRunner.Invoke("sections", es, "-o", link);

        code.Should().Be(BitextCommand.BadInput);
        File.ReadAllText(es).Should().Be(File.ReadAllText(TestFiles.Spanish2021));
    }

    [Fact]
    public void Output_is_written_whole_and_no_temporary_file_stays()
    {
        string output = Path.Combine(_dir, "out.json");
        File.WriteAllText(output, "old content");

        var (code, _, _) = CliRunner.Invoke("align", TestFiles.English2021, TestFiles.Spanish2021, "-f", "json", "-o", output);

        code.Should().Be(BitextCommand.Ok);
        using (var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(output)))
        {
            json.RootElement.GetProperty("beads").GetArrayLength().Should().BeGreaterThan(100);
        }

        Directory.GetFiles(_dir).Should().Equal(output);
    }

    [Fact]
    public void A_replaced_output_keeps_its_permissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string output = Path.Combine(_dir, "private.txt");
        File.WriteAllText(output, "old content");
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        CliRunner.Invoke("sections", TestFiles.English2021, "-o", output).Code.Should().Be(BitextCommand.Ok);

        File.GetUnixFileMode(output).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.ReadAllText(output).Should().Contain("PROSECUTION");
    }

    [Fact]
    public void A_failed_write_keeps_the_old_file_and_removes_the_temporary_one()
    {
        string output = Path.Combine(_dir, "out.txt");
        File.WriteAllText(output, "old content");

        var write = () => OutputFile.Write(output, stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("half a result"));
            throw new InvalidOperationException("writer failed halfway");
        });

        write.Should().Throw<InvalidOperationException>();
        File.ReadAllText(output).Should().Be("old content");
        Directory.GetFiles(_dir).Should().Equal(output);
    }

    [Fact]
    public void Output_into_a_missing_folder_is_one_line_in_our_words()
    {
        string output = Path.Combine(_dir, "missing", "out.json");

        var (code, _, stderr) = CliRunner.Invoke("sentences", TestFiles.English2021, "-o", output);

        code.Should().Be(BitextCommand.BadInput);
        stderr.Should().Be($"bitext: {output}: {Messages.OutputFolderMissing().Message}\n");
    }

    [Fact]
    public void Output_to_a_device_is_written_directly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var (code, stdout, stderr) = CliRunner.Invoke("sentences", TestFiles.English2021, "-o", "/dev/null");

        code.Should().Be(BitextCommand.Ok);
        (stdout + stderr).Should().BeEmpty();
        Directory.GetFiles("/dev", ".null.*").Should().BeEmpty();
    }

    [Fact]
    public void The_two_files_of_a_pair_load_together_but_warn_and_fail_source_first()
    {
        // Both files are read at the same time; what the user reads must not depend on which finished first.
        string en = Path.Combine(_dir, "en.txt"), es = Path.Combine(_dir, "es.txt");
        File.WriteAllBytes(en, [.. File.ReadAllBytes(TestFiles.English2021), 0xFF, (byte)'\n']);
        File.WriteAllBytes(es, [.. File.ReadAllBytes(TestFiles.Spanish2021), 0xFF, 0xFE, (byte)'\n']);
        string missing = Path.Combine(_dir, "missing.txt");

        var (code, _, stderr) = CliRunner.Invoke("check", en, es, "--fail-on", "none");
        var (missingCode, _, missingError) = CliRunner.Invoke("align", missing, Path.Combine(_dir, "also-missing.txt"));

        code.Should().Be(BitextCommand.Ok);
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(2).Should().Equal(
            $"bitext: {en}: {Messages.InvalidUtf8Replaced(1).Message}",
            $"bitext: {es}: {Messages.InvalidUtf8Replaced(2).Message}");
        missingCode.Should().Be(BitextCommand.BadInput);
        missingError.Should().Be($"bitext: {missing}: {Messages.FileNotFound().Message}\n");
    }

    [Fact]
    public void A_directory_as_input_is_called_a_directory()
    {
        var (code, _, stderr) = CliRunner.Invoke("sections", _dir);

        code.Should().Be(BitextCommand.BadInput);
        stderr.Should().Be($"bitext: {_dir}: {Messages.IsDirectory().Message}\n");
    }

    [Fact]
    public void Dash_reads_standard_input()
    {
        var (code, stdout, stderr) = CliRunner.WithInput(File.ReadAllBytes(TestFiles.Spanish2021), "check", TestFiles.English2021, "-", "--fail-on", "none");

        code.Should().Be(BitextCommand.Ok);
        stderr.Should().BeEmpty();
        stdout.Should().Contain("findings");
    }

    [Fact]
    public void Standard_input_over_the_limit_is_refused_after_reading_the_limit()
    {
        // 1 MiB more than the limit, produced lazily: a pipe that keeps going.
        var (code, stdout, stderr) = CliRunner.WithInput(new RepeatingStream(Alignment.Loading.ReportLoader.MaxFileBytes + (1 << 20)), "sections", "-");

        code.Should().Be(BitextCommand.BadInput);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"bitext: {ReportInputs.StandardInputName}: {Messages.InputTooLarge(Alignment.Loading.ReportLoader.MaxFileBytes).Message}\n");
    }

    [Fact]
    public void Standard_input_twice_is_refused()
    {
        var (code, _, stderr) = CliRunner.WithInput(File.ReadAllBytes(TestFiles.Spanish2021), "align", "-", "-");

        code.Should().Be(BitextCommand.BadInput);
        stderr.Should().Be($"bitext: {ReportInputs.StandardInputName}: {Messages.StandardInputTwice().Message}\n");
    }

    [Fact]
    public void A_docx_bomb_past_the_real_limit_is_one_line_and_exit_2()
    {
        // ~70 MB of document.xml (over the 64 MiB limit) in a zip of well under a megabyte.
        byte[] bomb = CompressedReports.Docx(new string(' ', 4000) + "Prosecution.", 17_600);
        bomb.Length.Should().BeLessThan(1 << 20);
        string path = Path.Combine(_dir, "bomb.docx");
        File.WriteAllBytes(path, bomb);

        var (code, _, stderr) = CliRunner.Invoke("sections", path);

        code.Should().Be(BitextCommand.BadInput);
        stderr.Should().Be($"bitext: {path}: {Messages.DecompressesTooLarge("word/document.xml", Alignment.Loading.ReportLoader.MaxFileBytes).Message}\n");
    }

    [Fact]
    public void Damaged_utf8_is_read_as_utf8_with_a_warning_on_stderr()
    {
        byte[] text = File.ReadAllBytes(TestFiles.Spanish2021);
        byte[] damaged = [.. text[..1000], 0xFF, .. text[1000..]];
        string path = Path.Combine(_dir, "damaged.txt");
        File.WriteAllBytes(path, damaged);

        var (code, stdout, stderr) = CliRunner.Invoke("sections", path);

        code.Should().Be(BitextCommand.Ok);
        stderr.Should().Be($"bitext: {path}: {Messages.InvalidUtf8Replaced(1).Message}\n");
        stdout.Should().Contain("es, ").And.Contain("sections");
    }

    private string Copy(string from, string name)
    {
        string path = Path.Combine(_dir, name);
        File.Copy(from, path);
        return path;
    }

    private sealed class FailingWriter : StringWriter
    {
        public override void Write(string? value) => throw new InvalidOperationException("the writer broke");

        public override void Write(char value) => throw new InvalidOperationException("the writer broke");

        public override void Write(char[] buffer, int index, int count) => throw new InvalidOperationException("the writer broke");

        public override void Write(ReadOnlySpan<char> buffer) => throw new InvalidOperationException("the writer broke");

        public override void WriteLine(string? value) => throw new InvalidOperationException("the writer broke");
    }

    /// <summary>Report-like text, <paramref name="length"/> bytes of it, made as it is read.</summary>
    private sealed class RepeatingStream(long length) : Stream
    {
        private static readonly byte[] Line = Encoding.ASCII.GetBytes("The government increased prosecution efforts. ");
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, length - _position);
            for (int k = 0; k < n; k++)
            {
                buffer[offset + k] = Line[(_position + k) % Line.Length];
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
