using System.IO.Compression;
using System.Net;
using System.Text;
using NewsCurator.Configuration;
using NewsCurator.Ingest;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;
using NewsCurator.Infrastructure.Http;

namespace NewsCurator.Tests.Infrastructure.Http;

/// <summary>Conditional GET, redirects, compression, per-host limits and backoff, against a real loopback server.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class PoliteFetchingTests : IDisposable
{
    private readonly LoopbackServer _server = new();
    private readonly PipelineHarness _harness = new();

    private static readonly string Feed = Feeds.Rss("Tech", ("New open source LLM runs on one GPU", "https://example.org/llm", Feeds.AiBody));

    private FeedFetcher Fetcher(int perHost = 2) => new(new FetchConfig { AllowPrivateHosts = ["127.0.0.1"], Retries = 0, MaxPerHost = perHost }, TimeSpan.FromMilliseconds(10));

    private void ServeWithETag(string path, string etag)
        => _server.Route(path, (ctx, _) =>
        {
            if (ctx.Request.Headers["If-None-Match"] == etag) return LoopbackServer.Write(ctx, 304, "");
            ctx.Response.Headers["ETag"] = etag;
            ctx.Response.Headers["Last-Modified"] = "Mon, 06 Sep 2021 16:45:00 GMT";
            return LoopbackServer.Write(ctx, 200, Feed, "application/rss+xml");
        });

    [Fact]
    public async Task ConditionalGet_WhenTheValidatorMatches_ShouldBeNotModified()
    {
        ServeWithETag("feed.xml", "\"v1\"");
        using var fetcher = Fetcher();
        var first = await fetcher.FetchAsync(new Uri(_server.Url("feed.xml")), default);
        var second = await fetcher.FetchAsync(new Uri(_server.Url("feed.xml")), new ConditionalRequest(first.ETag, first.LastModified), default);
        Assert.Equal(("ok", "\"v1\""), (first.Status, first.ETag));
        Assert.Equal("Mon, 06 Sep 2021 16:45:00 GMT", first.LastModified);
        Assert.Equal("not_modified", second.Status);
        Assert.Null(second.Body);
    }

    [Fact]
    public async Task AValidatorNoRequestCanCarry_ShouldBeLeftOut_AndTheFeedReadWhole()
    {
        // Audit hostile22, H1: a server's ETag "caf\xe9" was stored, and every later request failed before it was sent.
        _server.Serve("feed.xml", Feed);
        using var fetcher = Fetcher();

        var read = await fetcher.FetchAsync(new Uri(_server.Url("feed.xml")), new ConditionalRequest("\"caf\u00e9\"", "Mon, 06 Sep 2021\r\nX: 1"), default);

        Assert.Equal("ok", read.Status);
        Assert.Equal(1, _server.Hits("feed.xml"));
    }

    [Fact]
    public async Task AServersValidatorThatCannotBeSentBack_ShouldNotBeKept_SoTheNextRunReadsTheFeed()
    {
        _server.Route("latin1.xml", (ctx, _) =>
        {
            ctx.Response.Headers["ETag"] = "\"caf\u00e9\"";
            return LoopbackServer.Write(ctx, 200, Feed, "application/rss+xml");
        });
        var config = _harness.WriteFile("p.yaml", $"""
            feeds:
              urls: ["{_server.Url("latin1.xml")}"]
            fetch: {"{"}allow_private_hosts: [127.0.0.1], retries: 0{"}"}
            content: {"{"}min_length: 100{"}"}
            """);

        Assert.True((await _harness.RunAsync("day1", config)).Succeeded);
        Assert.True((await _harness.RunAsync("day2", config)).Succeeded);

        Assert.Equal(2, _server.Hits("latin1.xml"));
        Assert.Equal(0L, _harness.Count("SELECT COUNT(*) FROM feed_statistics WHERE status = 'error'"));
    }

    [Fact]
    public async Task Redirects_ShouldBeFollowedLimitedAndPermanentMovesReported()
    {
        _server.Serve("new.xml", Feed);
        _server.Route("old.xml", (ctx, _) => { ctx.Response.RedirectLocation = "/moved.xml"; return LoopbackServer.Write(ctx, 301, ""); });
        _server.Route("moved.xml", (ctx, _) => { ctx.Response.RedirectLocation = _server.Url("new.xml"); return LoopbackServer.Write(ctx, 308, ""); });
        _server.Route("temp.xml", (ctx, _) => { ctx.Response.RedirectLocation = "/new.xml"; return LoopbackServer.Write(ctx, 302, ""); });
        _server.Route("loop.xml", (ctx, _) => { ctx.Response.RedirectLocation = "/loop.xml"; return LoopbackServer.Write(ctx, 301, ""); });
        _server.Route("local.xml", (ctx, _) => { ctx.Response.RedirectLocation = "file:///etc/passwd"; return LoopbackServer.Write(ctx, 301, ""); });
        using var fetcher = Fetcher();

        var moved = await fetcher.FetchAsync(new Uri(_server.Url("old.xml")), default);
        Assert.Equal("ok", moved.Status);
        Assert.Equal(_server.Url("new.xml"), moved.MovedPermanentlyTo!.ToString());
        Assert.Null((await fetcher.FetchAsync(new Uri(_server.Url("temp.xml")), default)).MovedPermanentlyTo);
        Assert.Contains("more than 5 redirects", (await fetcher.FetchAsync(new Uri(_server.Url("loop.xml")), default)).Error);
        Assert.Contains("non-http URL", (await fetcher.FetchAsync(new Uri(_server.Url("local.xml")), default)).Error);
    }

    [Fact]
    public async Task CompressedBodies_ShouldBeDecompressed()
    {
        _server.Route("gz.xml", async (ctx, _) =>
        {
            using var buffer = new MemoryStream();
            await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) await gzip.WriteAsync(Encoding.UTF8.GetBytes(Feed));
            ctx.Response.Headers["Content-Encoding"] = "gzip";
            ctx.Response.ContentType = "application/rss+xml";
            ctx.Response.ContentLength64 = buffer.Length;
            await ctx.Response.OutputStream.WriteAsync(buffer.ToArray());
            ctx.Response.Close();
        });
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(new Uri(_server.Url("gz.xml")), default);
        Assert.Single(FeedParser.Parse(result.Body!).Items);
    }

    [Fact]
    public async Task PerHostLimit_ShouldBoundConcurrentRequestsToOneHost()
    {
        var inFlight = 0;
        var peak = 0;
        _server.Route("slow.xml", async (ctx, _) =>
        {
            var now = Interlocked.Increment(ref inFlight);
            lock (_server) peak = Math.Max(peak, now);
            await Task.Delay(100);
            Interlocked.Decrement(ref inFlight);
            await LoopbackServer.Write(ctx, 200, Feed);
        });
        using var fetcher = Fetcher(perHost: 2);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => fetcher.FetchAsync(new Uri(_server.Url("slow.xml") + "?n=" + i), default)));
        Assert.Equal(8, _server.Hits("slow.xml"));
        Assert.InRange(peak, 1, 2);
    }

    [Fact]
    public async Task Runs_ShouldFetchConditionallyFollowMovesAndBackOffFailingFeeds()
    {
        ServeWithETag("etag.xml", "\"abc\"");
        _server.Serve("home.xml", Feeds.Rss("Home", ("Compiler engineers speed up Rust builds", "https://example.org/rust", Feeds.AiBody.Replace("language model", "Rust compiler"))));
        _server.Route("old-home.xml", (ctx, _) => { ctx.Response.RedirectLocation = "/home.xml"; return LoopbackServer.Write(ctx, 301, ""); });
        _server.Route("down.xml", (ctx, _) => LoopbackServer.Write(ctx, 500, "oops"));
        var config = _harness.WriteFile("p.yaml", $"""
            feeds:
              urls: ["{_server.Url("etag.xml")}", "{_server.Url("old-home.xml")}", "{_server.Url("down.xml")}"]
            fetch: {"{"}allow_private_hosts: [127.0.0.1], retries: 0, backoff_after_failures: 2{"}"}
            content: {"{"}min_length: 100{"}"}
            """);

        Assert.True((await _harness.RunAsync("day1", config)).Succeeded);
        Assert.True((await _harness.RunAsync("day2", config)).Succeeded);
        // Re-running day2 starts from the state before day2, so it sees exactly what day2 saw.
        Assert.True((await _harness.RunAsync("day2", config)).Succeeded);
        Assert.True((await _harness.RunAsync("day3", config)).Succeeded);

        string Status(string run, string path) => _harness.Query<string>(
            "SELECT status FROM feed_statistics WHERE run_id = @run AND feed_url LIKE @path", new { run, path = "%" + path }).Single();
        Assert.Equal("ok", Status("day1", "/etag.xml"));
        Assert.Equal("not_modified", Status("day2", "/etag.xml"));
        Assert.Equal("not_modified", Status("day3", "/etag.xml"));
        Assert.Equal(_server.Url("home.xml"), _harness.Query<string>("SELECT moved_to FROM feed_statistics WHERE run_id = 'day1' AND feed_url LIKE '%old-home.xml'").Single());
        Assert.Equal(1, _server.Hits("old-home.xml")); // later runs go straight to the new address
        Assert.Equal(("error", "error", "backed_off"), (Status("day1", "/down.xml"), Status("day2", "/down.xml"), Status("day3", "/down.xml")));
        Assert.Equal(3, _server.Hits("down.xml")); // day1, day2 and its re-run; day3 did not ask
        Assert.Equal(2L, _harness.Count("SELECT consecutive_failures FROM feed_health WHERE feed_url LIKE '%down.xml'"));
        Assert.True(_harness.Query<double>("SELECT newsletter_share FROM feed_health WHERE feed_url LIKE '%etag.xml'").Single() > 0);
    }

    [Fact]
    public async Task APrivateFeedsMove_ShouldBeFollowedWithItsCredentials_AndStoredWithoutThem()
    {
        var body = Feeds.Rss("Private", ("Compiler engineers speed up Rust builds", "https://example.org/rust", Feeds.AiBody.Replace("language model", "Rust compiler")));
        var expected = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("alice:s3cret"));
        _server.Route("private.xml", (ctx, _) => ctx.Request.Headers["Authorization"] == expected
            ? LoopbackServer.Write(ctx, 200, body, "application/rss+xml")
            : LoopbackServer.Write(ctx, 401, "who are you?"));
        _server.Route("private-old.xml", (ctx, _) => { ctx.Response.RedirectLocation = "/private.xml"; return LoopbackServer.Write(ctx, 301, ""); });
        var feed = _server.Url("private-old.xml").Replace("http://", "http://alice:s3cret@", StringComparison.Ordinal);
        var config = _harness.WriteFile("p.yaml", $"""
            feeds:
              urls: ["{feed}"]
            fetch: {"{"}allow_private_hosts: [127.0.0.1], retries: 0{"}"}
            content: {"{"}min_length: 100{"}"}
            """);

        Assert.True((await _harness.RunAsync("day1", config)).Succeeded);
        Assert.True((await _harness.RunAsync("day2", config)).Succeeded);

        Assert.Equal(new[] { "ok", "ok" }, _harness.Query<string>("SELECT status FROM feed_statistics ORDER BY run_id"));
        Assert.Equal(1, _server.Hits("private-old.xml")); // day2 went straight to the new address, credentials and all
        Assert.Equal(2, _server.Hits("private.xml"));
        var movedTo = _harness.Query<string>("SELECT moved_to FROM feed_statistics WHERE run_id = 'day1'").Single();
        Assert.Equal(_server.Url("private.xml").Replace("http://", "http://***@", StringComparison.Ordinal), movedTo);
    }

    public void Dispose()
    {
        _server.Dispose();
        _harness.Dispose();
    }
}
