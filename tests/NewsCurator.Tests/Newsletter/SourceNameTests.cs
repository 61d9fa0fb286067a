using NewsCurator.Model;
using NewsCurator.Newsletter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Newsletter;

/// <summary>A story is always credited to someone (tenth held-out review, F8: an untitled feed printed a blank source and "Read at  →").</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SourceNameTests
{
    private static Article Item(string feedUrl, string? title = null, string? home = null, string? link = null)
        => new() { Id = "a", FeedUrl = feedUrl, FeedTitle = title, FeedHome = home, Title = "New website", Link = link };

    [Theory]
    [InlineData("https://blog.example.org/feed.xml", "Example Blog", null, null, "Example Blog")]
    [InlineData("https://feeds.example.org/fdtv.atom", null, "https://www.fdtv.dev/", null, "fdtv.dev")]
    [InlineData("https://feeds.example.org/fdtv.atom", null, null, null, "feeds.example.org")]
    // An address that names no site (a development host) gives way to the next.
    [InlineData("file:///srv/feeds/fdtv-zola.atom", null, "http://0.0.0.0:1111/", "https://fdtv.dev/posts/new-website/", "fdtv.dev")]
    [InlineData("file:///srv/feeds/fdtv-zola.atom", null, "http://127.0.0.1/", null, "fdtv-zola")]
    public void Source_ShouldNeverBeBlank(string feedUrl, string? title, string? home, string? link, string expected)
        => Assert.Equal(expected, NewsletterRenderer.SourceName(Item(feedUrl, title, home, link)));
}
