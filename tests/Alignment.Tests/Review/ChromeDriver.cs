using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alignment.Tests.Export.Interop;

namespace Alignment.Tests.Review;

/// <summary>
/// Debian's Chromium driven headless through chromedriver's W3C WebDriver HTTP API, with a fresh profile in a
/// temporary folder; no browser is downloaded.
/// </summary>
internal sealed class ChromeDriver : IDisposable
{
    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly Process _driver;
    private readonly HttpClient _http;
    private readonly string _profile;
    private readonly string _session;

    private ChromeDriver(Process driver, HttpClient http, string profile, string session)
    {
        _driver = driver;
        _http = http;
        _profile = profile;
        _session = session;
    }

    public static ChromeDriver Start()
    {
        DebianTools.Require("chromium", "chromium");
        DebianTools.Require("chromedriver", "chromium-driver");
        int port = FreePort();
        var start = new ProcessStartInfo("chromedriver") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add($"--port={port}");
        var driver = Process.Start(start)!;
        driver.OutputDataReceived += (_, _) => { };
        driver.ErrorDataReceived += (_, _) => { };
        driver.BeginOutputReadLine();
        driver.BeginErrorReadLine();
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(2) };
        string profile = Directory.CreateTempSubdirectory("bitext-chromium-").FullName;
        try
        {
            Until(() => http.GetAsync("status").GetAwaiter().GetResult().IsSuccessStatusCode, "chromedriver answers /status");
            var capabilities = new JsonObject
            {
                ["capabilities"] = new JsonObject
                {
                    ["alwaysMatch"] = new JsonObject
                    {
                        ["browserName"] = "chrome",
                        ["goog:chromeOptions"] = new JsonObject
                        {
                            ["binary"] = "/usr/bin/chromium",
                            ["args"] = new JsonArray([.. ChromiumFlags.Select(f => (JsonNode)f), $"--user-data-dir={profile}"]),
                        },
                    },
                },
            };
            var created = Send(http, HttpMethod.Post, "session", capabilities);
            return new ChromeDriver(driver, http, profile, created["sessionId"]!.GetValue<string>());
        }
        catch
        {
            driver.Kill(entireProcessTree: true);
            driver.Dispose();
            http.Dispose();
            throw;
        }
    }

    public void Navigate(Uri url) => Command(HttpMethod.Post, "url", new JsonObject { ["url"] = url.ToString() });

    /// <summary>Runs a script in the page and returns its value (JSON).</summary>
    public JsonNode? Script(string script, params JsonNode?[] args) =>
        Command(HttpMethod.Post, "execute/sync", new JsonObject { ["script"] = script, ["args"] = new JsonArray(args) });

    public string Find(string css)
    {
        var found = Command(HttpMethod.Post, "element", new JsonObject { ["using"] = "css selector", ["value"] = css })!;
        return found.AsObject().First().Value!.GetValue<string>();
    }

    public void Click(string css) => Command(HttpMethod.Post, $"element/{Find(css)}/click", new JsonObject());

    public void Type(string css, string text) => Command(HttpMethod.Post, $"element/{Find(css)}/value", new JsonObject { ["text"] = text });

    /// <summary>Presses one key on the focused page, as a user would (W3C key actions).</summary>
    public void Press(string key) => Command(HttpMethod.Post, "actions", new JsonObject
    {
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "key",
            ["id"] = "keyboard",
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "keyDown", ["value"] = key }, new JsonObject { ["type"] = "keyUp", ["value"] = key }),
        }),
    });

    /// <summary>Waits until the review page has loaded at <paramref name="revision"/> (the page reloads after each change).</summary>
    public void WaitForRevision(long revision) => Until(() =>
    {
        try
        {
            var value = Script("return document.body && document.body.dataset.reviewReady === 'true' ? window.bitextReview.revision : -1;");
            return value?.GetValue<long>() == revision;
        }
        catch (InvalidOperationException)
        {
            return false; // the page is between two loads
        }
    }, $"the page shows revision {revision}");

    public void Dispose()
    {
        try
        {
            _http.DeleteAsync($"session/{_session}").GetAwaiter().GetResult().Dispose();
        }
        catch (HttpRequestException)
        {
        }

        _driver.Kill(entireProcessTree: true);
        _driver.WaitForExit();
        _driver.Dispose();
        _http.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private JsonNode? Command(HttpMethod method, string path, JsonObject body) => Send(_http, method, $"session/{_session}/{path}", body)["value"];

    private static JsonNode Send(HttpClient http, HttpMethod method, string path, JsonObject body)
    {
        // A plain string body: chromedriver does not read chunked requests, which JsonContent sends.
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        using var response = http.Send(request);
        string text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"WebDriver {method} {path}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 400)]}");
        }

        return path == "session" ? JsonNode.Parse(text)!["value"]! : JsonNode.Parse(text)!;
    }

    private static void Until(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (condition())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(90), $"waiting until {what}");
            Thread.Sleep(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
