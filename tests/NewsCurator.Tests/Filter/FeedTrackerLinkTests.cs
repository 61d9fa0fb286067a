using NewsCurator.Filter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// Held-out review 111, F4: a blog platform's feed appends "?source=rss----&lt;id&gt;---4" to every item link; the tracker names
/// the feed the click came from, not the page, and stayed on every printed link and on the dedupe key.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FeedTrackerLinkTests
{
    [Theory]
    [InlineData("https://medium.example/team-blog/shipping-daily-3f9a1c2b7d4e?source=rss----9c1e2f3a4b5d---4", "https://medium.example/team-blog/shipping-daily-3f9a1c2b7d4e")]
    [InlineData("https://writer.example/@ana/why-we-test-0a1b2c3d?source=rss-5e6f7a8b9c0d------2", "https://writer.example/@ana/why-we-test-0a1b2c3d")]
    [InlineData("https://news.example/story/42?id=7&source=rss", "https://news.example/story/42?id=7")]
    [InlineData("https://news.example/story/43?src=feed&page=2", "https://news.example/story/43?page=2")]
    public void WithoutClickTracking_AFeedTracker_ShouldBeDropped(string link, string expected)
        => Assert.Equal(expected, UrlCanonicalizer.WithoutClickTracking(link));

    [Fact]
    public void Canonicalize_AFeedTracker_ShouldKeyAsTheArticle()
        => Assert.Equal(UrlCanonicalizer.Canonicalize("https://medium.example/team-blog/shipping-daily-3f9a1c2b7d4e"),
            UrlCanonicalizer.Canonicalize("https://medium.example/team-blog/shipping-daily-3f9a1c2b7d4e?source=rss----9c1e2f3a4b5d---4"));

    [Theory]
    // A "source" that names content (a data set, a code file, a search's origin) stays.
    [InlineData("https://data.example/charts?source=census-2020")]
    [InlineData("https://code.example/view?source=rssreader.c")]
    [InlineData("https://search.example/results?q=feeds&source=web")]
    public void WithoutClickTracking_ASourceThatNamesContent_ShouldStay(string link)
        => Assert.Equal(link, UrlCanonicalizer.WithoutClickTracking(link));
}
