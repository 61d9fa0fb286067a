using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Links no newsletter should print: a web search for the headline (an aggregator that had no link wrote one) and a
/// bare public IP address, which mail filters score as phishing (eleventh held-out review, F1: 4 of 15 printed stories,
/// "Read at google.com" and http://178.104.13.79:8080/...).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class UnusableLinksTests
{
    [Theory]
    [InlineData("https://www.google.com/search?q=AI-Augmented+Design%3A+A+Framework", true)]
    [InlineData("https://google.co.uk/search?q=llm&hl=en", true)]
    [InlineData("https://www.bing.com/search?q=rust+release", true)]
    [InlineData("https://duckduckgo.com/?q=zig+0.14", true)]
    [InlineData("https://html.duckduckgo.com/html?q=zig", false)]
    [InlineData("https://search.yahoo.com/search?p=kubernetes", true)]
    [InlineData("https://www.baidu.com/s?wd=deepseek", true)]
    [InlineData("https://yandex.ru/search/?text=linux", true)]
    // Not results pages: a search engine's own articles, an empty search, a site's own search, a story about search.
    [InlineData("https://blog.google/technology/ai/gemini-2/", false)]
    [InlineData("https://www.google.com/search", false)]
    [InlineData("https://news.example.com/search?q=ai", false)]
    [InlineData("https://example.org/2026/03/how-google-search-ranks-pages", false)]
    [InlineData("https://www.bing.com/blogs/search-quality?q=x", false)]
    public void AResultsPage_ShouldBeToldFromAStory(string url, bool expected)
        => Assert.Equal(expected, UnusableLinks.IsWebSearch(new Uri(url)));

    private static async Task<(FeedOutcome Outcome, List<Article> Articles)> Ingest(string items, IReadOnlyCollection<string>? trusted = null)
    {
        var body = $"""<rss version="2.0"><channel><title>Digest</title><link>https://digest.example.org/</link>{items}</channel></rss>""";
        var source = new FeedSource("https://digest.example.org/rss.xml");
        var (outcome, articles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(body)), source, source.Url, null, default, trustedHosts: trusted);
        return (outcome, articles);
    }

    private static string Item(string title, string link) => $"<item><title>{title}</title><link>{link}</link><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate><description>About {title}.</description></item>";

    [Fact]
    public async Task SearchLinks_ShouldBeRemoved_AndTheFeedTold()
    {
        var (outcome, articles) = await Ingest(Item("A", "https://www.google.com/search?q=A+framework") + Item("B", "https://www.google.com/search?q=B+tools")
                                              + Item("C", "https://research.example.com/papers/c"));
        Assert.Equal([null, null, "https://research.example.com/papers/c"], articles.Select(a => a.Link));
        var warning = Assert.Single(outcome.Warnings);
        Assert.StartsWith("2 item link(s) are web searches (such as https://www.google.com/search?q=A+framework), not the stories", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivateLinksToSeveralHosts_ShouldNameOneAsAnExample()
    {
        // 13 links to 13 private hosts were said to "point at 169.254.169.254", the first: the owner looked for one host.
        var (several, _) = await Ingest(Item("A", "http://169.254.169.254/a") + Item("B", "http://10.0.0.7/b") + Item("C", "https://research.example.com/papers/c"));
        Assert.StartsWith("2 item link(s) point at local or private addresses such as 169.254.169.254, no reader can open", Assert.Single(several.Warnings), StringComparison.Ordinal);
        var (one, _) = await Ingest(Item("A", "http://10.0.0.7/a") + Item("B", "http://10.0.0.7/b"));
        Assert.StartsWith("2 item link(s) point at 10.0.0.7, a local or private address no reader can open", Assert.Single(one.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANumericPublicAddress_ShouldBeRemoved_UnlessTheOperatorTrustsIt()
    {
        var items = Item("Signal #6", "http://178.104.13.79:8080/archive/2026-03-06") + Item("Signal #5", "http://[2a01:4f8::1]/archive/5");
        var (outcome, articles) = await Ingest(items);
        Assert.All(articles, a => Assert.Null(a.Link));
        Assert.StartsWith("2 item link(s) point at the bare IP address 178.104.13.79: mail filters flag numeric links as phishing",
            Assert.Single(outcome.Warnings), StringComparison.Ordinal);

        var (trusted, trustedArticles) = await Ingest(items, ["178.104.13.79"]);
        Assert.Equal("http://178.104.13.79:8080/archive/2026-03-06", trustedArticles[0].Link);
        Assert.StartsWith("1 item link(s) point at the bare IP address [2a01:4f8::1]", Assert.Single(trusted.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrdinaryLinks_ShouldBeKept_WithoutAWarning()
    {
        var (outcome, articles) = await Ingest(Item("A", "https://digest.example.org/2026/a") + Item("B", "http://old-site.example.net/b?id=4"));
        Assert.Equal(["https://digest.example.org/2026/a", "http://old-site.example.net/b?id=4"], articles.Select(a => a.Link));
        Assert.Empty(outcome.Warnings);
    }
}
