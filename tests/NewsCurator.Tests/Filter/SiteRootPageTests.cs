using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A site's name alone at a site's root is a listing page only when the root is the feed's own site: a link blog's post
/// that points to another site's home page under that site's name is the blogger's recommendation, a story (hostile-input
/// audit 40, H11; the end-to-end sample's link blog lost such a post to site_page). The reverted attempt at this threw on
/// the root's empty path, so these cases run the whole content check.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SiteRootPageTests
{
    private static readonly string Blurb = string.Join(' ', Enumerable.Repeat("A small press that typesets public-domain novels with care, proofreads them twice and gives them away for every reader.", 4));

    private static (string Rule, string Reason)? Check(string title, string link, string feedUrl, string? feedHome)
        => new ContentRules(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch).CheckContent(
            new Article { Id = "a", FeedUrl = feedUrl, FeedHome = feedHome, Title = title, Text = Blurb, Link = link, Language = "en" });

    [Theory]
    [InlineData("Open Shelf Books", "https://openshelfbooks.org/", "https://linkblog.example.net/feed.json", "linkblog.example.net")]
    [InlineData("Quiet Type Foundry", "https://www.quiettype.com/", "https://linkblog.example.net/rss", null)]
    public void AnotherSitesHomePageUnderItsName_ShouldStayAStory(string title, string link, string feedUrl, string? feedHome)
        => Assert.Null(Check(title, link, feedUrl, feedHome));

    [Theory]
    [InlineData("Wired Lab", "https://wiredlab.com/", "https://wiredlab.com/feed/", "wiredlab.com")]
    [InlineData("Wired Lab", "https://www.wiredlab.com/", "https://blog.wiredlab.com/rss.xml", null)]
    public void TheFeedsOwnHomePageUnderItsName_ShouldStayASitePage(string title, string link, string feedUrl, string? feedHome)
        => Assert.Equal("site_page", Check(title, link, feedUrl, feedHome)?.Rule);
}
