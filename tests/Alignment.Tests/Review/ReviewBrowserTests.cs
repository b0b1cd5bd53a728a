using System.Text.Json;
using Alignment.Tests.Export;

namespace Alignment.Tests.Review;

/// <summary>
/// The review page in a real browser (headless Chromium through chromedriver): merge with a button, split with the
/// keyboard, mark a finding false-alarm with a note, reload, and the state is still there, in the page and in the exports.
/// </summary>
public sealed class ReviewBrowserTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bitext-browser-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_reviewer_merges_splits_and_marks_a_false_alarm_and_a_reload_shows_the_same_state()
    {
        var aligned = ExportSamples.SeedPair;
        int count = aligned.Beads.Count;
        await using var server = await ReviewServerFixture.StartAsync(Path.Combine(_dir, "review.sqlite"));
        using var browser = ChromeDriver.Start();
        browser.Navigate(server.Server.Address);
        browser.WaitForRevision(0);
        int Rows() => browser.Script("return document.querySelectorAll('tr[id^=\"bead-\"]').length;")!.GetValue<int>();
        Rows().Should().Be(count);

        // Merge bead 3 with bead 4 with the button.
        browser.Click("#bead-3 button[data-action='merge-next']");
        browser.WaitForRevision(1);
        Rows().Should().Be(count - 1);
        int sentences = aligned.Beads[3].Source.Count + aligned.Beads[4].Source.Count;
        browser.Script("return document.querySelectorAll('#bead-3 td:nth-child(2) span.s').length;")!.GetValue<int>().Should().Be(sentences);

        // Split it again with the keyboard: select the bead (j/k or a click), press s.
        browser.Click("#bead-3 td.meta a");
        browser.Press("s");
        browser.WaitForRevision(2);
        Rows().Should().Be(count);

        // Mark the first finding a false alarm, with a note.
        string id = browser.Script("return window.bitextReview.findings[0].id;")!.GetValue<string>();
        browser.Type($"#note-{id}", "OCR misread");
        browser.Click($"li[data-finding-id='{id}'] button[data-decision='false-alarm']");
        Until(() => browser.Script($"var li = document.querySelector(\"li[data-finding-id='{id}']\"); return !!li && li.classList.contains('false-alarm');")?.GetValue<bool>() == true);

        // Reload: the same state comes back from the server.
        browser.Navigate(server.Server.Address);
        browser.WaitForRevision(2);
        Rows().Should().Be(count);
        browser.Script($"return document.querySelector(\"li[data-finding-id='{id}']\").textContent;")!.GetValue<string>()
            .Should().Contain("false-alarm by tester: OCR misread");

        // The exports and the API carry it.
        var findings = JsonDocument.Parse(await server.Client.GetStringAsync("api/findings")).RootElement.GetProperty("findings");
        findings.EnumerateArray().Single(f => f.GetProperty("id").GetString() == id).GetProperty("decision").GetString().Should().Be("false-alarm");
        var decisions = JsonDocument.Parse(await server.Client.GetStringAsync("api/decisions")).RootElement.GetProperty("decisions");
        decisions.EnumerateArray().Should().ContainSingle(d => d.GetProperty("id").GetString() == id && d.GetProperty("note").GetString() == "OCR misread");
        JsonDocument.Parse(await server.Client.GetStringAsync("api/export?format=json")).RootElement.GetProperty("beads").GetArrayLength().Should().Be(count);

        // A merge from the page after that is in the export at once.
        browser.Click("#bead-10 button[data-action='merge-next']");
        browser.WaitForRevision(3);
        JsonDocument.Parse(await server.Client.GetStringAsync("api/export?format=json")).RootElement.GetProperty("beads").GetArrayLength().Should().Be(count - 1);
    }

    private static void Until(Func<bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!TryCondition(condition))
        {
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
            Thread.Sleep(100);
        }
    }

    private static bool TryCondition(Func<bool> condition)
    {
        try
        {
            return condition();
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
