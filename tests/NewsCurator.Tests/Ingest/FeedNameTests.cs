using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>A taxonomy feed's stories are credited to the site, not "nlp on Lil'Log" (sixth held-out review, F12).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FeedNameTests
{
    [Theory]
    [InlineData(null, "nlp on Lil'Log", "https://lilianweng.github.io/tags/nlp/index.xml", "Lil'Log")]
    [InlineData(null, "Language Model on Lil'Log", "https://lilianweng.github.io/tags/language-model/index.xml", "Lil'Log")]
    [InlineData(null, "Rust on Example Blog", "https://example.org/categories/rust/feed/", "Example Blog")]
    // No taxonomy term in the address, or another term: the title is the feed's own.
    [InlineData(null, "Notes on Rust", "https://example.org/feed.xml", "Notes on Rust")]
    [InlineData(null, "Thoughts on Swift", "https://example.org/tags/rust/index.xml", "Thoughts on Swift")]
    [InlineData(null, null, "https://example.org/feed.xml", null)]
    [InlineData(null, "nlp on Lil'Log", "file:///copies/lilianweng-nlp.xml", "nlp on Lil'Log")]
    // The operator's name for the feed wins.
    [InlineData("Lilian Weng", "nlp on Lil'Log", "https://lilianweng.github.io/tags/nlp/index.xml", "Lilian Weng")]
    public void FeedName_ShouldCreditTheSite_ForATaxonomyFeed(string? operatorTitle, string? feedTitle, string url, string? expected)
        => Assert.Equal(expected, FeedName.Of(operatorTitle, feedTitle, url));

    [Fact]
    public void FeedName_ShouldReadTheTermFromTheHomeLink_WhenTheFeedsAddressNamesNone()
        => Assert.Equal("Lil'Log", FeedName.Of(null, "nlp on Lil'Log", "file:///copies/lilianweng-nlp.xml", "https://lilianweng.github.io/tags/nlp/"));

    [Theory]
    [InlineData("MacRumors: Mac News and Rumors - Front Page", "http://www.macrumors.com", "MacRumors")]
    [InlineData("Ars Technica - All content", "https://arstechnica.com/", "Ars Technica")]
    [InlineData("The Verge | All Posts", "https://www.theverge.com/rss/index.xml", "The Verge")]
    // A first part the site's address does not spell stays with the rest.
    [InlineData("Hacker News: Front Page", "https://news.ycombinator.com/", "Hacker News: Front Page")]
    [InlineData("Engineering - Example Corp", "https://example.com/blog", "Engineering - Example Corp")]
    [InlineData("Ars Technica - Science", "https://arstechnica.com/science/", "Ars Technica - Science")]
    [InlineData("MacRumors: Mac News and Rumors - Front Page", "file:///copies/macrumors.xml", "MacRumors: Mac News and Rumors - Front Page")]
    public void FeedName_ShouldDropATagline_AfterTheSitesOwnName(string feedTitle, string address, string expected)
        => Assert.Equal(expected, FeedName.Of(null, feedTitle, address));
}
