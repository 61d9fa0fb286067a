using System.Net;
using NewsCurator.Configuration;
using NewsCurator.Ingest;
using NewsCurator.Tests.Support;
using NewsCurator.Infrastructure.Http;

namespace NewsCurator.Tests.Infrastructure.Http;

/// <summary>The fetcher against a real HTTP server on loopback.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class FeedFetcherTests : IDisposable
{
    private readonly LoopbackServer _server = new();

    private FeedFetcher Fetcher(FetchConfig? config = null)
        => new(config ?? new FetchConfig { AllowPrivateHosts = ["127.0.0.1"], TimeoutSeconds = 5 }, TimeSpan.FromMilliseconds(10));

    [Fact]
    public async Task Fetch_ByDefault_ShouldRefuseLoopbackAndPrivateAddresses()
    {
        _server.Serve("feed.xml", "<rss/>");
        using var fetcher = Fetcher(new FetchConfig());
        var result = await fetcher.FetchAsync(new Uri(_server.Url("feed.xml")), default);
        Assert.Equal("error", result.Status);
        Assert.Contains("non-public address 127.0.0.1", result.Error);
        Assert.Contains("fetch.allow_private_hosts", result.Error);
        Assert.Equal(0, _server.Hits("feed.xml"));
    }

    [Theory]
    [InlineData("169.254.169.254", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("192.168.0.1", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("fd00:ec2::254", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("93.184.216.34", true)]
    [InlineData("2606:4700::1111", true)]
    public void Guard_ShouldKnowPublicFromPrivate(string address, bool isPublic)
        => Assert.Equal(isPublic, PublicNetwork.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public async Task Fetch_WhenTheServerSays503WithRetryAfter_ShouldRetryAndSucceed()
    {
        _server.Route("busy.xml", (ctx, hit) =>
        {
            if (hit == 1)
            {
                ctx.Response.Headers["Retry-After"] = "1";
                return LoopbackServer.Write(ctx, 503, "busy");
            }
            return LoopbackServer.Write(ctx, 200, "<rss/>", "application/rss+xml; charset=utf-8");
        });
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(new Uri(_server.Url("busy.xml")), default);
        Assert.Equal("ok", result.Status);
        Assert.Equal(2, _server.Hits("busy.xml"));
        Assert.Equal("utf-8", result.Charset);
        // Waited for the second it was asked to, not retried at once (a timer may fire a millisecond early: 999 ms was seen).
        Assert.True(result.LatencyMs >= 950, $"Retry-After was not honoured ({result.LatencyMs} ms)");
    }

    [Fact]
    public async Task Fetch_WhenTheServerAsksForAnHour_ShouldNotRetryThisRunAndSaySo()
    {
        _server.Route("later.xml", (ctx, _) =>
        {
            ctx.Response.Headers["Retry-After"] = "3600";
            return LoopbackServer.Write(ctx, 429, "slow down");
        });
        using var fetcher = Fetcher(new FetchConfig { AllowPrivateHosts = ["127.0.0.1"], Retries = 2 });
        var result = await fetcher.FetchAsync(new Uri(_server.Url("later.xml")), default);
        Assert.Equal(("error", 429), (result.Status, result.HttpStatus!.Value));
        Assert.Equal(1, _server.Hits("later.xml"));
        Assert.Contains("asks to wait 3600 s, so it is read again next run", result.Error);
    }

    [Fact]
    public async Task Fetch_WhenA304AnswersAPlainRequest_ShouldCallItAnError()
    {
        _server.Route("304.xml", (ctx, _) => LoopbackServer.Write(ctx, 304, ""));
        using var fetcher = Fetcher();
        var plain = await fetcher.FetchAsync(new Uri(_server.Url("304.xml")), default);
        Assert.Equal("error", plain.Status);
        Assert.Contains("named no version", plain.Error);
        var conditional = await fetcher.FetchAsync(new Uri(_server.Url("304.xml")), new ConditionalRequest("\"v1\"", null), default);
        Assert.Equal("not_modified", conditional.Status);
    }

    [Fact]
    public async Task Fetch_WhenTheUrlCarriesCredentials_ShouldNeverRepeatThemInAMessage()
    {
        using var fetcher = Fetcher();
        var url = _server.Url("private.xml").Replace("http://", "http://reader:S3cretT0ken@", StringComparison.Ordinal);
        var result = await fetcher.FetchAsync(new Uri(url), default);
        Assert.Equal("error", result.Status);
        Assert.DoesNotContain("S3cretT0ken", result.Error);
        Assert.Contains("http://***@127.0.0.1", result.Error);
    }

    [Fact]
    public async Task Fetch_WhenTheErrorIsPermanent_ShouldNotRetry()
    {
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(new Uri(_server.Url("gone.xml")), default);
        Assert.Equal(("error", 404), (result.Status, result.HttpStatus!.Value));
        Assert.Equal(1, _server.Hits("gone.xml"));
    }

    [Fact]
    public async Task Fetch_WhenTheBodyIsTooLarge_ShouldStopReadingAndSaySo()
    {
        _server.Serve("huge.xml", new string('x', 50_000));
        using var fetcher = Fetcher(new FetchConfig { AllowPrivateHosts = ["127.0.0.1"], MaxBodyBytes = 10_000 });
        var result = await fetcher.FetchAsync(new Uri(_server.Url("huge.xml")), default);
        Assert.Equal("error", result.Status);
        Assert.Contains("fetch.max_body_bytes", result.Error);
    }

    [Fact]
    public async Task Fetch_WhenTheServerIsTooSlow_ShouldTimeOut()
    {
        _server.Route("slow.xml", async (ctx, _) => { await Task.Delay(5000); await LoopbackServer.Write(ctx, 200, "<rss/>"); });
        using var fetcher = Fetcher(new FetchConfig { AllowPrivateHosts = ["127.0.0.1"], TimeoutSeconds = 1, Retries = 0 });
        var result = await fetcher.FetchAsync(new Uri(_server.Url("slow.xml")), default);
        Assert.Equal("error", result.Status);
        Assert.Contains("timed out", result.Error);
    }

    [Fact]
    public async Task Fetch_FileUrls_ShouldNeedTheirSwitch()
    {
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(new Uri(Repo.SampleConfig), default);
        Assert.Contains("fetch.allow_file_urls", result.Error);
    }

    public void Dispose() => _server.Dispose();
}
