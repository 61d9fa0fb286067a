using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A feed's source template is named as one, and item links on a template's placeholder host are removed with one
/// warning, as localhost links are (fourteenth held-out review, F8).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TemplateAndPlaceholderTests
{
    private static string ParseError(string document)
        => Assert.Throws<FeedParseException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(document))).Message;

    [Theory]
    [InlineData("---\nlayout: null\n---\n<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>{{ site.podcast_title }}</title></channel></rss>")]
    [InlineData("---\r\nlayout: none\r\n---\r\n<rss/>")]
    // Hugo's rss.xml opens with template actions.
    [InlineData("{{- $pctx := . -}}\n<rss version=\"2.0\"><channel><title>{{ .Site.Title }}</title></channel></rss>")]
    [InlineData("  {%- for post in site.posts -%}<item/>{%- endfor -%}")]
    public void UnrenderedTemplate_ShouldBeNamed(string document)
        => Assert.Equal("this is an unrendered Jekyll/Hugo template (front matter and Liquid tags): subscribe to the built feed (e.g. /feed.xml on the site), not the source file",
            ParseError(document));

    [Fact]
    public void OtherText_AndAFeedQuotingLiquid_ShouldNotBeCalledATemplate()
    {
        Assert.StartsWith("not a feed: the document does not start with '<'", ParseError("-- a SQL dump\nSELECT 1;"), StringComparison.Ordinal);
        // A post about Jekyll quotes its tags: the feed is read.
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(
            "<rss version=\"2.0\"><channel><title>Blog</title><item><title>Loops in Liquid</title><link>https://blog.dev/loops</link><description>Use {% for post in site.posts %} and {{ site.title }}.</description></item></channel></rss>"));
        Assert.Equal("Loops in Liquid", Assert.Single(feed.Items).Title);
        var json = FeedParser.Parse(Encoding.UTF8.GetBytes(
            "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Blog\", \"items\": [{\"id\": \"1\", \"title\": \"Loops\", \"content_text\": \"Use {% for post in site.posts %}.\"}]}"));
        Assert.Equal("Loops", Assert.Single(json.Items).Title);
    }

    private static async Task<(FeedOutcome Outcome, List<Article> Articles)> Ingest(string feedUrl, string items, IReadOnlyCollection<string>? trusted = null)
    {
        var body = $"""<rss version="2.0"><channel><title>Technically Lewb</title>{items}</channel></rss>""";
        var source = new FeedSource(feedUrl);
        var (outcome, articles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(body)), source, source.Url, null, default, trustedHosts: trusted);
        return (outcome, articles);
    }

    private static string Item(string title, string link) => $"<item><title>{title}</title><link>{link}</link><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate><description>About {title}.</description></item>";

    [Fact]
    public async Task PlaceholderHostLinks_ShouldBeRemoved_WithOneWarning()
    {
        var items = Item("Week 1", "https://yourwebsite.com/technically-lewb/week1") + Item("Week 2", "https://www.yourdomain.com/week2")
                    + Item("Week 3", "https://your-username.github.io/week3") + Item("Week 4", "https://lewb.blog/week4");
        var (outcome, articles) = await Ingest("https://lewb.blog/feed.xml", items);
        Assert.Equal([null, null, null, "https://lewb.blog/week4"], articles.Select(a => a.Link));
        Assert.StartsWith("3 item link(s) point at yourwebsite.com, a site template's placeholder address", Assert.Single(outcome.Warnings), StringComparison.Ordinal);

        // A saved copy of the feed is still some site's feed; a host the operator trusts keeps its links.
        var (saved, _) = await Ingest("file:///feeds/lewb.xml", items);
        Assert.Single(saved.Warnings);
        var (trusted, trustedArticles) = await Ingest("https://lewb.blog/feed.xml", Item("Week 1", "https://yourwebsite.com/technically-lewb/week1"), ["yourwebsite.com"]);
        Assert.Equal("https://yourwebsite.com/technically-lewb/week1", Assert.Single(trustedArticles).Link);
        Assert.Empty(trusted.Warnings);
    }

    [Theory]
    // The placeholder domain's own feed, a sample feed on another placeholder domain, a staging server's feed.
    [InlineData("https://www.example.com/feed.xml")]
    [InlineData("https://digest.example.org/rss.xml")]
    [InlineData("http://127.0.0.1:8080/feed.xml")]
    public async Task ASampleOrStagingFeed_ShouldKeepItsPlaceholderLinks(string feedUrl)
    {
        var (outcome, articles) = await Ingest(feedUrl, Item("Post", "https://example.com/post"));
        Assert.Equal("https://example.com/post", Assert.Single(articles).Link);
        Assert.Empty(outcome.Warnings);
    }

    [Theory]
    // A template's "replace me" part under any suffix (fifteenth held-out review: yourdomain.github.io).
    [InlineData("https://yourdomain.github.io/blog/quantum")]
    [InlineData("https://blog.your-site.netlify.app/post")]
    [InlineData("https://username.gitlab.io/post")]
    [InlineData("https://YourUsername.github.io/post")]
    public async Task APlaceholderLabelUnderAnySuffix_ShouldLoseItsLink(string link)
    {
        var (outcome, articles) = await Ingest("https://lewb.blog/feed.xml", Item("A", link) + Item("B", "https://lewb.blog/b"));
        Assert.Equal([null, "https://lewb.blog/b"], articles.Select(a => a.Link));
        Assert.Contains("a site template's placeholder address", Assert.Single(outcome.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlaceholderHostsLookalike_ShouldKeepItsLinks()
    {
        // Only the placeholder domain and its subdomains: "mydomain.com", "mydomain.com.au" and "notexample.com" are someone's sites.
        var (outcome, articles) = await Ingest("https://lewb.blog/feed.xml", Item("A", "https://notexample.com/a") + Item("B", "https://shop.mydomain.com.au/b") + Item("C", "https://mydomain.com/c")
                                                                                + Item("D", "https://yourdomainexpert.com/d") + Item("E", "https://usernames.dev/e") + Item("F", "https://your.domain.io/f"));
        Assert.All(articles, a => Assert.NotNull(a.Link));
        Assert.Empty(outcome.Warnings);
    }
}
