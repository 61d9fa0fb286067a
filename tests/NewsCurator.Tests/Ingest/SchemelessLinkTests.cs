using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Links without a scheme that open on the site's host ("coghlan.me/12-days-of-agents/", a Jekyll site with an empty
/// `url`): resolved against the feed URL they were a 404 under the feed's host or, in a saved copy, file: links that dropped
/// every item (held-out review 63, F1). Relative paths of other names resolve as before.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SchemelessLinkTests
{
    // coghlan.rss (held-out review 63): the channel's link, its self link and each item's link lack the scheme.
    private static byte[] Coghlan(string channelLink = "coghlan.me/", string? self = "coghlan.me/feed.xml") => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel>" +
        $"<title>John Coghlan</title><link>{channelLink}</link>" +
        (self is null ? "" : $"<atom:link href=\"{self}\" rel=\"self\" type=\"application/rss+xml\"/>") +
        "<generator>Jekyll v3.4.0</generator>" +
        "<item><title>12 Days of Agents</title><description>I'm running a fun (and practical!) series this December.</description>" +
        "<link>coghlan.me/12-days-of-agents/</link><pubDate>Mon, 01 Dec 2025 00:00:00 +0000</pubDate></item>" +
        "<item><title>DevRel Candidate Advice</title><description>Advice for people applying to developer relations roles.</description>" +
        "<link>coghlan.me/devrel-candidate-advice/</link><pubDate>Mon, 24 Nov 2025 00:00:00 +0000</pubDate></item>" +
        "</channel></rss>");

    [Theory]
    [InlineData("file:///srv/feeds/coghlan.rss")]
    [InlineData("https://coghlan.me/feed.xml")]
    [InlineData("https://www.coghlan.me/feed.xml")]
    [InlineData("https://feeds.feedburner.com/coghlan")]
    public void LinksThatOpenOnTheSitesHost_ShouldBeThatHostsPages(string feedUrl)
    {
        var feed = FeedParser.Parse(Coghlan(), new Uri(feedUrl));

        Assert.Equal("https://coghlan.me/", feed.Link);
        Assert.Equal(["https://coghlan.me/12-days-of-agents/", "https://coghlan.me/devrel-candidate-advice/"], feed.Items.Select(i => i.Link));
    }

    [Fact]
    public void TheHomePagesHostAlone_ShouldSayWhatTheItemsLinksOpenOn()
    {
        // No self link, read from its own site's copy elsewhere: the channel's "coghlan.me/" names the host.
        var feed = FeedParser.Parse(Coghlan(self: null), new Uri("https://mirror.example.net/feeds/coghlan.rss"));

        Assert.Equal("https://coghlan.me/12-days-of-agents/", feed.Items[0].Link);
    }

    private static byte[] Blog(string channelLink, params string[] links) => Encoding.UTF8.GetBytes(
        $"<rss version=\"2.0\"><channel><title>Blog</title><link>{channelLink}</link>" +
        string.Concat(links.Select((l, i) => $"<item><title>Post {i}</title><description>Text {i}.</description><link>{l}</link></item>")) +
        "</channel></rss>");

    [Fact]
    public void RelativePathsThatLookLikeHosts_ShouldResolveAsBefore()
    {
        var feed = FeedParser.Parse(Blog("https://blog.example.org/", "index.html", "readme.md", "v1.2/notes/", "example.com/review/", "posts/one", "www.html"),
            new Uri("https://blog.example.org/feed.xml"));

        Assert.Equal(["https://blog.example.org/index.html", "https://blog.example.org/readme.md", "https://blog.example.org/v1.2/notes/",
                      "https://blog.example.org/example.com/review/", "https://blog.example.org/posts/one", "https://blog.example.org/www.html"],
            feed.Items.Select(i => i.Link));
    }

    [Fact]
    public void AChannelLinkThatIsAFile_ShouldStayRelative_AndAWwwHostBeAHost()
    {
        var feed = FeedParser.Parse(Blog("index.html/", "www.example.net/2025/post/", "blog.example.org/about/"), new Uri("https://blog.example.org/feed.xml"));

        Assert.Equal("https://blog.example.org/index.html/", feed.Link);
        Assert.Equal(["https://www.example.net/2025/post/", "https://blog.example.org/about/"], feed.Items.Select(i => i.Link));
    }
}
