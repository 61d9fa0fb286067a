using System.Text;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>The link a story goes out with: one any reader can open, without the publisher's click tracking.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ReaderLinkTests
{
    [Theory]
    [InlineData("http://localhost:1313/posts/a/", false)]
    [InlineData("http://127.0.0.1:4000/a", false)]
    [InlineData("http://[::1]/a", false)]
    [InlineData("http://10.1.2.3/a", false)]
    [InlineData("http://intranet/wiki/a", false)]
    [InlineData("http://blog.localhost/a", false)]
    [InlineData("http://nas.local/a", false)]
    [InlineData("https://wiki.corp.internal/a", false)]
    [InlineData("http://site.test/a", false)]
    [InlineData("http://router.home.arpa/", false)]
    [InlineData("http://example.com./a", true)]
    [InlineData("https://www.blog.google/a", true)]
    [InlineData("http://93.184.216.34/a", true)]
    [InlineData("https://bücher.example.de/a", true)]
    public void PublicHost_ShouldBeOneAnyReaderCanReach(string url, bool expected)
        => Assert.Equal(expected, PublicNetwork.IsPublicHost(new Uri(url)));

    [Fact]
    public async Task Items_LinkingToADevelopmentServer_ShouldGoWithoutALinkAndTheFeedShouldSaySo()
    {
        // A Hugo site built with baseURL left at its development server: every item links to localhost.
        var feed = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Blog", "home_page_url": "http://localhost:1313/",
             "items": [{"id": "1", "url": "http://localhost:1313/posts/a/", "title": "A", "content_text": "Text of a."},
                       {"id": "2", "url": "https://elsewhere.example.org/b", "title": "B", "content_text": "Text of b."}]}
            """;
        var source = new FeedSource("https://blog.example.org/index.json");
        var (outcome, articles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(feed)), source, source.Url, null, default);
        Assert.Equal([null, "https://elsewhere.example.org/b"], articles.Select(a => a.Link));
        Assert.Contains(outcome.Warnings, w => w.StartsWith("1 item link(s) point at localhost:1313, a local or private address", StringComparison.Ordinal));

        // A feed on a private host (an intranet's, a loopback server's) links there for readers on that network.
        var intranet = new FeedSource("http://127.0.0.1:8080/feed.json");
        var (kept, keptArticles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(feed.Replace("localhost:1313", "127.0.0.1:8080", StringComparison.Ordinal))), intranet, intranet.Url, null, default);
        Assert.Equal("http://127.0.0.1:8080/posts/a/", keptArticles[0].Link);
        Assert.Empty(kept.Warnings);

        // A host the operator trusts (fetch.allow_private_hosts) is one their readers reach, from a feed on a trusted host
        // (an intranet's, under a name that looks public) ...
        var corporate = new FeedSource("https://news.corp.example.org/index.json");
        var (trusted, trustedArticles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(feed)), corporate, corporate.Url, null, default,
            trustedHosts: ["localhost", "news.corp.example.org"]);
        Assert.Equal("http://localhost:1313/posts/a/", trustedArticles[0].Link);
        Assert.Empty(trusted.Warnings);

        // ... not from a public feed, as the fetch guard trusts it for the listed hosts' feeds only: a public feed's link to
        // an intranet host ("http://router.internal/reboot") is no story for the operator's readers to click.
        var (untrusted, untrustedArticles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(feed)), source, source.Url, null, default,
            trustedHosts: ["localhost"]);
        Assert.Null(untrustedArticles[0].Link);
        Assert.Contains(untrusted.Warnings, w => w.StartsWith("1 item link(s) point at localhost:1313", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://www.infoq.com/news/2020/04/nlp/?utm_campaign=infoq_content&utm_source=infoq&utm_medium=feed&utm_term=news", "https://www.infoq.com/news/2020/04/nlp/")]
    [InlineData("https://a.example/p?id=7&utm_source=rss&b=2#part-2", "https://a.example/p?id=7&b=2#part-2")]
    [InlineData("https://a.example/p?fbclid=XyZ", "https://a.example/p")]
    [InlineData("https://a.example/p?UTM_Source=x&q=a%26b", "https://a.example/p?q=a%26b")]
    [InlineData("https://a.example/p?ref=home&cid=42", "https://a.example/p?ref=home&cid=42")]
    [InlineData("https://a.example/p#utm_source=x", "https://a.example/p#utm_source=x")]
    [InlineData("https://a.example/p#frag?utm_source=1", "https://a.example/p#frag?utm_source=1")]
    [InlineData("https://a.example/p", "https://a.example/p")]
    // Newsletter platforms' per-subscriber ids (thirty-fourth held-out review, F2: beehiiv's _bhlid), Marketo's, Kit's.
    [InlineData("https://techcrunch.com/2026/06/24/chip/?_bhlid=f33b915ff546d3b765df44c33b6881b4e259aaf2", "https://techcrunch.com/2026/06/24/chip/")]
    [InlineData("https://a.example/p?page=2&mkt_tok=NzEx&ck_subscriber_id=9", "https://a.example/p?page=2")]
    public void Links_ShouldLoseCampaignAndClickIdsOnly(string link, string expected)
        => Assert.Equal(expected, UrlCanonicalizer.WithoutClickTracking(link));

    [Fact]
    public void ArticleLinks_ShouldBePrintedWithoutCampaignParameters()
    {
        var rss = Encoding.UTF8.GetBytes("""
            <rss version="2.0"><channel><title>InfoQ</title>
            <item><title>A</title><link>https://www.infoq.com/news/a/?utm_campaign=infoq_content&amp;utm_source=infoq</link><description>Text</description></item>
            </channel></rss>
            """);
        var article = ArticleNormalizer.ToArticle(FeedParser.Parse(rss).Items.Single(), new FeedSource("https://feed.infoq.com/"), "InfoQ");
        Assert.Equal("https://www.infoq.com/news/a/", article.Link);
    }
}
