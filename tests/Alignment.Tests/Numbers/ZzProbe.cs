namespace Alignment.Tests.Numbers;
public class ZzProbe
{
    [Fact]
    public void Probe()
    {
        var lines = File.ReadAllLines("/tmp/probe.txt");
        var output = new List<string>();
        foreach (var line in lines)
        {
            var reader = line.StartsWith("es:") ? NumberReaderTests.Spanish : NumberReaderTests.English;
            var text = line[3..];
            output.Add(text + " => " + string.Join(" | ", reader.Read(text).Select(m => $"[{m.Text}]={m.Value} {m.Kind} {m.Unit} s{m.Scale}")));
        }
        File.WriteAllLines("/tmp/probe.out", output);
    }
}
