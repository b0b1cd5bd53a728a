using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Alignment.Cli.Review;
using Alignment.Export;
using Alignment.Tests.Export;

namespace Alignment.Tests.Review;

/// <summary>A real review server (Kestrel on 127.0.0.1, a free port) on the 2021 seed pair, its database in a temporary folder, and an HttpClient.</summary>
internal sealed class ReviewServerFixture : IAsyncDisposable
{
    private ReviewServerFixture(ReviewServer server, string db)
    {
        Server = server;
        Database = db;
        Client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public ReviewServer Server { get; }

    public HttpClient Client { get; }

    public string Database { get; }

    public static async Task<ReviewServerFixture> StartAsync(string db)
    {
        var session = new ReviewSession(new BitextAligner(), ExportSamples.SeedPair, new ReviewStore(db), "tester");
        var server = await ReviewServer.StartAsync(session, IPAddress.Loopback, 0, DocumentPathStyle.FileName, TextWriter.Null);
        return new ReviewServerFixture(server, db);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public async Task<(HttpStatusCode Status, JsonElement Body, string Raw)> PostAsync(string path, string json)
    {
        using var response = await Client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        string raw = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(raw).RootElement.Clone(), raw);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
