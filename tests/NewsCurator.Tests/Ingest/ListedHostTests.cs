using System.Text;
using NewsCurator.Infrastructure.Http;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// The hosts fetch.allow_private_hosts lists, however the list or a link spells them: a listed name is private whatever
/// it looks like (split-horizon DNS resolves "wiki.corp.acme.com" inside the network only), so a public feed's link to it
/// goes, and a listed feed's stays (hostile-input audit 50, H1).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ListedHostTests
{
    private static readonly string[] Intranet = ["wiki.corp.acme.com"];

    [Theory]
    [InlineData("WIKI.CORP.ACME.COM.", "wiki.corp.acme.com")]
    [InlineData("wiki.corp.acme.com", "Wiki.Corp.Acme.Com.")]
    [InlineData("wiki.corp.acme.com", "wiki.corp.acme.com:8443")]
    [InlineData("wiki.corp.acme.com", "reader@wiki.corp.acme.com")]
    [InlineData("xn--bcher-kva.example", "bücher.example")]
    [InlineData("bücher.example", "xn--bcher-kva.example")]
    [InlineData("[::1]", "::1")]
    [InlineData("::1", "[::1]")]
    [InlineData("127.0.0.1", "0x7f.1")]
    public void AListedHost_ShouldBeListed_HoweverEitherIsSpelled(string host, string listed)
    {
        Assert.True(PublicNetwork.IsListed(host, [listed]));
        Assert.True(PublicNetwork.IsTrusted(host, [listed]));
    }

    [Theory]
    // Neither a name under the listed one, nor one that ends with it, nor the domain above it.
    [InlineData("wiki.corp.acme.com.evil.example")]
    [InlineData("evilwiki.corp.acme.com")]
    [InlineData("admin.wiki.corp.acme.com")]
    [InlineData("corp.acme.com")]
    public void AnotherHost_ShouldNotBeListed(string host)
        => Assert.False(PublicNetwork.IsTrusted(host, Intranet));

    [Fact]
    public void AnIPv4AddressWrittenInIPv6_ShouldNotBeTheListedIPv4Address()
        // Fail closed, as the fetch guard does: the listed address is trusted as the operator wrote it.
        => Assert.False(PublicNetwork.IsTrusted("::ffff:10.0.0.1", ["10.0.0.1"]));

    [Fact]
    public void TheWildcard_ShouldTrustEveryHost_ButNameNone()
    {
        Assert.True(PublicNetwork.IsTrusted("news.example.com", ["*"]));
        Assert.False(PublicNetwork.IsListed("news.example.com", ["*"]));
    }

    [Theory]
    [InlineData("https://wiki.corp.acme.com/feed.xml")]
    [InlineData("https://WIKI.CORP.ACME.COM./feed.xml")]
    public void AListedFeedsLinkToItsListedHost_ShouldStay(string feed)
        => Assert.Null(ArticleNormalizer.PrivateHostOf("http://wiki.corp.acme.com:8443/pages/release-notes", new FeedSource(feed), Intranet));

    [Fact]
    public void APublicFeedsLinkToAListedHost_ShouldNameItsAuthority()
        => Assert.Equal("wiki.corp.acme.com:8443",
            ArticleNormalizer.PrivateHostOf("http://reader@WIKI.CORP.ACME.COM:8443/admin", new FeedSource("https://news.example.com/feed.xml"), Intranet));

    [Theory]
    // A host nobody listed, whose name looks public, is any reader's.
    [InlineData("https://news.example.com/feed.xml", "https://www.acme.com/blog/launch", "wiki.corp.acme.com")]
    // "*" (the parse command's and trusted local setups') trusts every host and makes none private, for a saved file too.
    [InlineData("file:///tmp/saved-feed.xml", "https://www.acme.com/blog/launch", "*")]
    [InlineData("https://news.example.com/feed.xml", "https://www.acme.com/blog/launch", "*")]
    public void ALinkToAHostNotListedByName_ShouldStay(string feed, string link, string listed)
        => Assert.Null(ArticleNormalizer.PrivateHostOf(link, new FeedSource(feed), [listed]));

    [Fact]
    public async Task AListedPublicAddress_ShouldStillPrintItsNumericLinks()
    {
        // The numeric-link warning tells the operator to list the address to print such links: an IP address's own space
        // says where it is, so a listed public address is no private host.
        var feed = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Lab",
             "items": [{"id": "1", "url": "http://93.184.216.34:8080/posts/a", "title": "A", "content_text": "Text of a."}]}
            """;
        var source = new FeedSource("https://lab.example.org/index.json");
        var (outcome, articles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(feed)), source, source.Url, null, default,
            trustedHosts: ["93.184.216.34"]);
        Assert.Equal("http://93.184.216.34:8080/posts/a", articles.Single().Link);
        Assert.Empty(outcome.Warnings);
    }

    [Fact]
    public async Task APublicFeedsItemLinkingToAListedHost_ShouldGoWithoutItsLink_WithAWarning()
    {
        var feed = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "News",
             "items": [{"id": "1", "url": "http://WIKI.CORP.ACME.COM./admin/reset-all", "title": "A", "content_text": "Text of a."},
                       {"id": "2", "url": "https://www.acme.com/blog/b", "title": "B", "content_text": "Text of b."}]}
            """;
        var source = new FeedSource("https://news.example.com/feed.json");
        var (outcome, articles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(feed)), source, source.Url, null, default,
            trustedHosts: Intranet);
        Assert.Equal([null, "https://www.acme.com/blog/b"], articles.Select(a => a.Link));
        Assert.Contains(outcome.Warnings, w => w.StartsWith("1 item link(s) point at wiki.corp.acme.com", StringComparison.Ordinal));
    }

    [Fact]
    public void TheFetchGuard_ShouldTrustAListedHostSpelledAnotherWay_ForTheListedFeedsOnly()
    {
        var guard = new NetworkGuard(["Wiki.Corp.Acme.Com."]);
        Assert.True(guard.IsHostAllowed("wiki.corp.acme.com.", "WIKI.CORP.ACME.COM"));
        Assert.False(guard.IsHostAllowed("wiki.corp.acme.com", "news.example.com"));
        Assert.Equal("news.example.com", guard.ScopeAfterHop("wiki.corp.acme.com", "news.example.com"));
    }
}
