using System.Net;
using System.Net.Sockets;
using System.Text;
using NewsCurator.Configuration;
using NewsCurator.Infrastructure.Http;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Storage;
using NewsCurator.Tests.Infrastructure.Http;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit48;

/// <summary>
/// Hostile-input audit 48: what a hostile server or publisher can do to the run and its output beyond the text
/// (fetch path, side channels, run-level behaviour). Each test fails on the code as audited and states the behaviour
/// that should hold. Report: /work/scratch/AUDIT48.md.
/// </summary>
[Trait(Category.Name, Category.Unit)]
[Collection(nameof(ProcessWideProxy))]
public sealed class Audit48Tests : IDisposable
{
    private readonly LoopbackServer _server = new();
    private readonly PipelineHarness _harness = new();

    private static string StoryPage(string marker) => "<!DOCTYPE html><html><head><title>Wiki</title></head><body><article><h1>Quarterly numbers</h1>"
        + string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<p>Paragraph {i}: {marker} the finance team's unreleased quarterly revenue is lower than the analysts expect, and the board " +
            "meets on Friday to decide which of the two product lines to close before the announcement.</p>"))
        + "</article></body></html>";

    // ---- H2: proxy credentials in a feed's error -------------------------------------------------------------------------

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ProxyRefusingTheTunnel_ShouldNotPutTheProxyPasswordInTheFeedsError(bool fromEnvironment)
    {
        // fetch.use_proxy: true with HTTPS_PROXY=http://user:password@proxy:3128 (the usual way to give a proxy its
        // credentials). A feed host the proxy cannot reach (any hostile or dead https host) makes it answer the CONNECT with
        // 502; .NET's HttpRequestException then quotes the proxy's URI, user info and all, and FeedFetcher copies ex.Message
        // into the feed's error: feed_statistics.error, the feed state's lastError, /feeds/health, /admin/status, the logs.
        using var proxy = new RefusingProxy();
        var previous = HttpClient.DefaultProxy;
        HttpClient.DefaultProxy = fromEnvironment ? EnvironmentProxy(proxy.UrlWithCredentials("squid-user", "Pr0xyS3cret")) : new WebProxy(proxy.UrlWithCredentials("squid-user", "Pr0xyS3cret"));
        try
        {
            using var fetcher = new FeedFetcher(new FetchConfig { AllowPrivateHosts = ["10.1.2.3", "127.0.0.1"], Retries = 0, UseProxy = true });
            var result = await fetcher.FetchAsync(new Uri("https://10.1.2.3/feed.xml"), default);

            Assert.Equal(FeedStatus.Error, result.Status);
            Assert.True(proxy.Connections > 0, "the request should have gone to the proxy: " + result.Error);
            Assert.DoesNotContain("Pr0xyS3cret", result.Error);
        }
        finally
        {
            HttpClient.DefaultProxy = previous;
        }
    }

    /// <summary>The proxy .NET builds from HTTPS_PROXY in a deployed process (HttpEnvironmentProxy), built here the same way.</summary>
    private static IWebProxy EnvironmentProxy(string url)
    {
        var previous = Environment.GetEnvironmentVariable("HTTPS_PROXY");
        Environment.SetEnvironmentVariable("HTTPS_PROXY", url);
        try
        {
            var type = typeof(HttpClient).Assembly.GetType("System.Net.Http.HttpEnvironmentProxy", throwOnError: true)!;
            object?[] args = [null];
            Assert.True((bool)type.GetMethod("TryCreate", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.Invoke(null, args)!);
            return (IWebProxy)args[0]!;
        }
        finally
        {
            Environment.SetEnvironmentVariable("HTTPS_PROXY", previous);
        }
    }

    // ---- H1: a host trusted for its own feed is reachable from every feed ---------------------------------------------------

    [Fact]
    public async Task AnItemLinkToAHostTrustedForItsOwnFeed_ShouldNotBeFetchedForAnotherFeedsFullText()
    {
        // fetch.allow_private_hosts names "localhost" because the operator follows one internal feed there. A public teaser
        // feed (here a local file: the loopback server every other test uses would itself have to be trusted) links an item
        // to http://localhost:PORT/wiki/q3: full text fetched that page through the guard (the host is trusted), and the
        // internal page's text became the public feed's story text: in the raw items, the articles table and export,
        // GET /articles/{run}/{id}, and the summary mailed to readers.
        using var intranet = new TinyHttpServer();
        intranet.Serve("/feed.xml", Feeds.Rss("Intranet news", ("Canteen opens late on Friday", "http://localhost:" + intranet.Port + "/canteen", Feeds.AiBody)), "application/rss+xml");
        intranet.Serve("/wiki/q3", StoryPage("INTERNAL-ONLY"), "text/html; charset=utf-8");
        var publicFeed = _harness.WriteFile("public.xml", Feeds.Rss("Public teasers",
            ("Compilers get faster", intranet.Url("/wiki/q3"), "The compiler team rewrote the register allocator...")));
        var opml = _harness.WriteFile("feeds.opml", $"""
            <opml version="2.0"><body>
              <outline text="Public teasers" xmlUrl="{new Uri(publicFeed).AbsoluteUri}" fullText="true"/>
              <outline text="Intranet" xmlUrl="{intranet.Url("/feed.xml")}"/>
            </body></opml>
            """);
        var config = _harness.WriteFile("p.yaml", $"feeds: {{opml: {opml}}}\nfetch: {{allow_private_hosts: [localhost], allow_file_urls: true, retries: 0}}\ncontent: {{min_length: 50}}");

        var result = await _harness.RunAsync("trusted-link", config);

        Assert.True(result.Succeeded, result.Cause);
        var (items, _) = await RawShards.LoadAsync(_harness.Services.Blobs, new RunPaths("trusted-link"), default);
        Assert.Contains(items, a => a.Title.Contains("Canteen", StringComparison.Ordinal));
        Assert.DoesNotContain(items, a => a.Text.Contains("INTERNAL-ONLY", StringComparison.Ordinal));
        Assert.Equal(0, intranet.Hits("/wiki/q3"));
    }

    [Theory]
    [InlineData("public.example.org", false)] // a public feed's redirect or item link to the intranet
    [InlineData("localhost", true)]           // the internal feed itself, its redirects and pages
    [InlineData("127.0.0.1", true)]           // another host listed with it (the same server by its address)
    public async Task ARedirectOrLinkToATrustedHost_IsFollowedOnlyForAFeedOnATrustedHost(string feedHost, bool followed)
    {
        // The same trust reached by a redirect: a public feed that answers 302 to an internal feed had it read as its own.
        // The guard decides by the feed a fetch is made for (FeedFetcher passes it to every connection and request).
        var guard = new NetworkGuard(["localhost", "127.0.0.1"]);
        var resolved = await Record.ExceptionAsync(() => guard.ResolveAsync("localhost", feedHost, CancellationToken.None));
        Assert.Equal(followed, resolved is null);
        if (!followed) Assert.Contains("public feed", Assert.IsType<BlockedAddressException>(resolved).Message, StringComparison.Ordinal);
    }

    // ---- H3: a permanent move to something that is no feed is kept for good ----------------------------------------------

    [Fact]
    public async Task APermanentMoveToAPageThatIsNoFeed_ShouldNotBeKept_SoTheListedAddressIsReadNextRun()
    {
        // Day 1 the feed's domain is parked (or its CMS misconfigured): 301 to a landing page that is HTML, not a feed. The
        // read fails, yet the move is stored in the feed's state (IngestStage keeps fetched.MovedPermanentlyTo whatever
        // the parse gave), and every later run goes straight to the landing page: day 2 the feed is back at its
        // listed address, and it is never asked again; the feed fails run after run until someone deletes its state.
        _server.Route("news.xml", (ctx, hit) =>
        {
            if (hit == 1)
            {
                ctx.Response.RedirectLocation = "/lander.html";
                return LoopbackServer.Write(ctx, 301, "");
            }
            return LoopbackServer.Write(ctx, 200, Feeds.Rss("News", ("Compiler engineers speed up Rust builds", "https://example.org/rust", Feeds.AiBody.Replace("language model", "Rust compiler"))), "application/rss+xml");
        });
        _server.Serve("lander.html", "<!DOCTYPE html><html><head><title>news.example is for sale</title></head><body><h1>This domain may be for sale</h1></body></html>", "text/html");
        _server.Serve("other.xml", Feeds.Rss("Other", ("New open source LLM runs on one GPU", "https://example.org/llm", Feeds.AiBody)));
        var config = _harness.WriteFile("p.yaml", $"""
            feeds:
              urls: ["{_server.Url("news.xml")}", "{_server.Url("other.xml")}"]
            fetch: {"{"}allow_private_hosts: [127.0.0.1], retries: 0{"}"}
            content: {"{"}min_length: 100{"}"}
            """);

        await _harness.RunAsync("day1", config);
        await _harness.RunAsync("day2", config);

        string Status(string run) => _harness.Query<string>(
            "SELECT status FROM feed_statistics WHERE run_id = @run AND feed_url LIKE '%news.xml'", new { run }).Single();
        Assert.Equal("error", Status("day1"));
        Assert.Equal(2, _server.Hits("news.xml"));
        Assert.Equal("ok", Status("day2"));
    }

    // ---- H4: a fetch config whose one slow feed outlasts the Ingest step ---------------------------------------------------

    [Theory]
    [InlineData("fetch: {timeout_seconds: 300, retries: 2}\n")]
    [InlineData("fetch: {timeout_seconds: 120, retries: 5}\n")]
    public void AFetchConfigWhoseOneSlowFeedOutlastsTheIngestStep_ShouldBeRefusedNamingTheKeys(string yaml)
    {
        // Each value is within its own range, but one feed that answers a byte at a time (or not at all) is then read for
        // (retries + 1) x timeout_seconds = 900 s / 720 s, beyond the IngestShard state's 630 s and the Ingest Lambda's 600 s:
        // the shard is cancelled and RecordShardFailure loses every feed of it, the ones already read included. A config
        // that lets one hostile server take a shard down should stop the run before it starts, naming the keys.
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse("feeds: {urls: [\"https://example.org/feed\"]}\n" + yaml, "pipeline.yaml"));
        Assert.Contains("fetch.timeout_seconds", error.Message);
        Assert.Contains("fetch.retries", error.Message);
    }

    // ---- H5: an outline that names its feed or list otherwise is skipped without a word ----------------------------------

    [Theory]
    [InlineData("<outline type=\"link\" text=\"More feeds\" url=\"https://example.org/lists/feeds.opml?v=2\"/>")]
    [InlineData("<outline type=\"rss\" text=\"Example engineering\" url=\"https://example.org/engineering/feed.xml\"/>")]
    public void AnOutlineThatNamesAFeedOrAListOtherwise_ShouldNotBeSkippedWithoutAWord(string outline)
    {
        // An OPML 2.0 inclusion whose address carries a query (a CMS's "feeds.opml?v=2") is not recognised as one (only a
        // url ending in ".opml" is), and an exporter that writes a feed outline's address as url= instead of xmlUrl= (type
        // "rss" says it is a feed) loses the feed: both are read as folders, and the run never says a list or feed went
        // unread (audit 30 H10 mended the other spellings). Either read it or stop the run naming the outline.
        var xml = $"<opml version=\"2.0\"><body><outline text=\"Ok\" xmlUrl=\"https://example.org/ok.xml\"/>{outline}</body></opml>";
        List<NewsCurator.Model.FeedSource>? feeds = null;
        var error = Record.Exception(() => feeds = Opml.Parse(xml, new Uri("file:///tmp/feeds.opml"), "feeds.opml"));
        Assert.True(error is ConfigurationException || feeds is { Count: 2 },
            $"the outline was skipped without a word: {error?.Message ?? string.Join(", ", feeds!.Select(f => f.Url))}");
    }

    public void Dispose()
    {
        _server.Dispose();
        _harness.Dispose();
    }

    /// <summary>A forward proxy that refuses every CONNECT with 502 (the target is unreachable from the proxy).</summary>
    private sealed class RefusingProxy : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private int _connections;

        public RefusingProxy()
        {
            _listener.Start();
            _ = Task.Run(AcceptAsync);
        }

        public string UrlWithCredentials(string user, string password) => $"http://{user}:{password}@127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";

        public int Connections => Volatile.Read(ref _connections);

        private async Task AcceptAsync()
        {
            while (true)
            {
                TcpClient client;
                try { client = await _listener.AcceptTcpClientAsync(); }
                catch (Exception) { return; }
                Interlocked.Increment(ref _connections);
                using (client)
                {
                    var stream = client.GetStream();
                    var reader = new StreamReader(stream, Encoding.ASCII);
                    while (await reader.ReadLineAsync() is { Length: > 0 }) { }
                    await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
                }
            }
        }

        public void Dispose() => _listener.Stop();
    }

    /// <summary>A minimal HTTP/1.1 server on loopback that answers whatever Host header it is asked with (HttpListener answers only its prefix's host).</summary>
    private sealed class TinyHttpServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Body, string Type)> _routes = new(StringComparer.Ordinal);
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);

        public TinyHttpServer()
        {
            _listener.Start();
            _ = Task.Run(AcceptAsync);
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        /// <summary>The address as the operator lists it: by the trusted name "localhost".</summary>
        public string Url(string path) => $"http://localhost:{Port}{path}";

        public void Serve(string path, string body, string type) => _routes[path] = (body, type);

        public int Hits(string path) => _hits.GetValueOrDefault(path);

        private async Task AcceptAsync()
        {
            while (true)
            {
                TcpClient client;
                try { client = await _listener.AcceptTcpClientAsync(); }
                catch (Exception) { return; }
                _ = Task.Run(async () =>
                {
                    using (client)
                    {
                        try
                        {
                            var stream = client.GetStream();
                            var reader = new StreamReader(stream, Encoding.ASCII);
                            var requestLine = await reader.ReadLineAsync() ?? "";
                            while (await reader.ReadLineAsync() is { Length: > 0 }) { }
                            var path = requestLine.Split(' ') is [_, var target, ..] ? target : "/";
                            _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
                            var (status, body, type) = _routes.TryGetValue(path, out var route) ? ("200 OK", route.Body, route.Type) : ("404 Not Found", "not found", "text/plain");
                            var bytes = Encoding.UTF8.GetBytes(body);
                            await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: {type}\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n"));
                            await stream.WriteAsync(bytes);
                        }
                        catch (IOException)
                        {
                            // the client went away
                        }
                    }
                });
            }
        }

        public void Dispose() => _listener.Stop();
    }
}
