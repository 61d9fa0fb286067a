using System.Net;
using System.Net.Sockets;
using System.Text;
using NewsCurator.Configuration;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;
using NewsCurator.Infrastructure.Http;

namespace NewsCurator.Tests.Infrastructure.Http;

/// <summary>HttpClient.DefaultProxy is process-wide: the tests that set it run alone.</summary>
[CollectionDefinition(nameof(ProcessWideProxy), DisableParallelization = true)]
public sealed class ProcessWideProxy;

[Trait(Category.Name, Category.Integration)]
[Collection(nameof(ProcessWideProxy))]
public sealed class FetchFaultTests : IDisposable
{
    private readonly LoopbackServer _server = new();

    [Fact]
    public async Task PerHostWait_ShouldNotCountAgainstAFeedsOwnTimeout()
    {
        // One slot for the host, each answer takes 1.2 s, the timeout is 3 s: the third feed waits
        // 2.4 s for its turn, which used to be spent inside its own timeout (3.6 s in all). Its own read
        // has 1.8 s to spare, so a busy machine does not time it out.
        _server.Route("slow.xml", async (ctx, _) =>
        {
            await Task.Delay(1200);
            await LoopbackServer.Write(ctx, 200, Feeds.Rss("T", ("A", "https://e.org/a", "body")));
        });
        using var fetcher = new FeedFetcher(new FetchConfig { AllowPrivateHosts = ["127.0.0.1"], Retries = 0, MaxPerHost = 1, TimeoutSeconds = 3 });
        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => fetcher.FetchAsync(new Uri(_server.Url("slow.xml") + "?n=" + i), default)));
        Assert.All(results, r => Assert.Equal((FeedStatus.Ok, null), (r.Status, r.Error)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Proxy_ShouldNeverCarryAFeedRequestToANonPublicTarget(bool useProxy)
    {
        using var proxy = new RecordingProxy();
        var previous = HttpClient.DefaultProxy;
        HttpClient.DefaultProxy = new WebProxy(proxy.Url);
        try
        {
            using var fetcher = new FeedFetcher(new FetchConfig { AllowPrivateHosts = ["127.0.0.1"], Retries = 0, UseProxy = useProxy });
            var result = await fetcher.FetchAsync(new Uri("http://169.254.169.254/latest/meta-data/"), default);
            Assert.Equal(FeedStatus.Error, result.Status);
            Assert.Contains("non-public address 169.254.169.254", result.Error);
            Assert.Equal(0, proxy.Connections);
        }
        finally
        {
            HttpClient.DefaultProxy = previous;
        }
    }

    [Fact]
    public async Task Proxy_WhenAllowed_ShouldCarryRequestsToAllowedTargets()
    {
        using var proxy = new RecordingProxy();
        var previous = HttpClient.DefaultProxy;
        HttpClient.DefaultProxy = new WebProxy(proxy.Url);
        try
        {
            using var fetcher = new FeedFetcher(new FetchConfig { AllowPrivateHosts = ["10.1.2.3"], Retries = 0, UseProxy = true });
            var result = await fetcher.FetchAsync(new Uri("http://10.1.2.3/feed.xml"), default);
            Assert.Equal((FeedStatus.Ok, 1), (result.Status, proxy.Connections));
            Assert.Equal("GET http://10.1.2.3/feed.xml HTTP/1.1", proxy.FirstRequestLine);
        }
        finally
        {
            HttpClient.DefaultProxy = previous;
        }
    }

    /// <summary>A forward proxy that answers every request with a small feed and counts connections.</summary>
    private sealed class RecordingProxy : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private int _connections;

        public RecordingProxy()
        {
            _listener.Start();
            _ = Task.Run(AcceptAsync);
        }

        public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/";

        public int Connections => Volatile.Read(ref _connections);

        public string? FirstRequestLine { get; private set; }

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
                    FirstRequestLine ??= await reader.ReadLineAsync();
                    while (await reader.ReadLineAsync() is { Length: > 0 }) { }
                    var body = Encoding.UTF8.GetBytes(Feeds.Rss("T", ("A", "https://e.org/a", "body")));
                    var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
                    await stream.WriteAsync(head);
                    await stream.WriteAsync(body);
                }
            }
        }

        public void Dispose() => _listener.Stop();
    }

    public void Dispose() => _server.Dispose();
}
