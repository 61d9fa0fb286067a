using System.Collections.Concurrent;
using System.Text;
using NewsCurator.Configuration;
using NewsCurator.Infrastructure.Http;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Infrastructure.Http;

/// <summary>
/// Credentials in a feed URL are sent as Basic auth to that feed's origin and nowhere else (audit hostile13 H13-7:
/// they were never sent, though the README said they were used to fetch the feed).
/// </summary>
[Trait(Category.Name, Category.Integration)]
public sealed class FeedCredentialsTests : IDisposable
{
    private readonly LoopbackServer _feedHost = new();
    private readonly LoopbackServer _otherHost = new();
    private readonly ConcurrentDictionary<string, string?> _authorization = new();

    private static string Basic(string userAndPassword) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(userAndPassword));

    private LoopbackServer.Responder Feed(string name) => (ctx, _) =>
    {
        _authorization[name] = ctx.Request.Headers["Authorization"];
        return LoopbackServer.Write(ctx, 200, "<rss/>", "application/rss+xml");
    };

    private static LoopbackServer.Responder RedirectTo(string location) => (ctx, _) =>
    {
        ctx.Response.RedirectLocation = location;
        return LoopbackServer.Write(ctx, 301, "");
    };

    private static FeedFetcher Fetcher() => new(new FetchConfig { AllowPrivateHosts = ["127.0.0.1"], TimeoutSeconds = 5, Retries = 0 }, TimeSpan.FromMilliseconds(10));

    private static Uri WithUser(string url, string userInfo) => new(url.Replace("http://", $"http://{userInfo}@", StringComparison.Ordinal));

    [Fact]
    public async Task AFeedUrlWithCredentials_ShouldBeFetchedWithBasicAuth()
    {
        _feedHost.Route("feed.xml", Feed("feed"));
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(WithUser(_feedHost.Url("feed.xml"), "alice:pw%40secret"), default);

        Assert.Equal("ok", result.Status);
        Assert.Equal(Basic("alice:pw@secret"), _authorization["feed"]);
    }

    [Fact]
    public async Task ARedirectWithinTheOrigin_ShouldKeepTheCredentials_AndItsMoveShouldRememberThem()
    {
        _feedHost.Route("old.xml", RedirectTo("/new.xml"));
        _feedHost.Route("new.xml", Feed("new"));
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(WithUser(_feedHost.Url("old.xml"), "alice:pw"), default);

        Assert.Equal(Basic("alice:pw"), _authorization["new"]);
        Assert.Equal(WithUser(_feedHost.Url("new.xml"), "alice:pw").AbsoluteUri, result.MovedPermanentlyTo!.AbsoluteUri);
    }

    [Fact]
    public async Task ARedirectToAnotherHost_ShouldNotCarryTheCredentials()
    {
        _feedHost.Route("feed.xml", RedirectTo(_otherHost.Url("feed.xml")));
        _otherHost.Route("feed.xml", Feed("other"));
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(WithUser(_feedHost.Url("feed.xml"), "alice:pw"), default);

        Assert.Equal("ok", result.Status);
        Assert.True(_authorization.ContainsKey("other"));
        Assert.Null(_authorization["other"]);
        Assert.Equal("", result.MovedPermanentlyTo!.UserInfo);
    }

    [Theory]
    [InlineData("")]            // a feed without credentials
    [InlineData("alice:pw")]    // a feed with its own
    public async Task CredentialsARedirectAdds_ShouldBeNeitherSentNorRemembered(string feedUser)
    {
        _feedHost.Route("old.xml", RedirectTo(WithUser(_feedHost.Url("new.xml"), "mallory:planted").AbsoluteUri));
        _feedHost.Route("new.xml", Feed("new"));
        using var fetcher = Fetcher();
        var feed = feedUser.Length == 0 ? new Uri(_feedHost.Url("old.xml")) : WithUser(_feedHost.Url("old.xml"), feedUser);

        var result = await fetcher.FetchAsync(feed, default);

        Assert.Equal("ok", result.Status);
        Assert.Equal(feedUser.Length == 0 ? null : Basic(feedUser), _authorization["new"]);
        Assert.Equal(feedUser, result.MovedPermanentlyTo!.UserInfo);
        Assert.DoesNotContain("planted", result.MovedPermanentlyTo.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFeedUrlWithoutCredentials_ShouldSendNoAuthorization()
    {
        _feedHost.Route("feed.xml", Feed("plain"));
        using var fetcher = Fetcher();

        await fetcher.FetchAsync(new Uri(_feedHost.Url("feed.xml")), default);

        Assert.Null(_authorization["plain"]);
    }

    [Theory]
    [InlineData("https://alice:pw@feeds.example.org/f.xml", "https://feeds.example.org/g.xml", true)]
    [InlineData("http://alice:pw@feeds.example.org/f.xml", "https://feeds.example.org/f.xml", true)] // moved up to TLS
    [InlineData("https://alice:pw@feeds.example.org/f.xml", "http://feeds.example.org/f.xml", false)] // down to plain text
    [InlineData("https://alice:pw@feeds.example.org/f.xml", "https://cdn.example.net/f.xml", false)] // another host
    [InlineData("https://alice:pw@feeds.example.org/f.xml", "https://feeds.example.org.evil.example/f.xml", false)]
    [InlineData("http://alice:pw@feeds.example.org/f.xml", "https://feeds.example.org:8443/f.xml", false)]
    public void Credentials_ShouldGoOnlyToTheFeedsOwnOrigin(string feed, string target, bool sent)
        => Assert.Equal(sent, FeedCredentials.For(new Uri(feed), new Uri(target)) is not null);

    public void Dispose()
    {
        _feedHost.Dispose();
        _otherHost.Dispose();
    }
}
