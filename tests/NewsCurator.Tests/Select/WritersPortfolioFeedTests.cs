using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// One writer's feed of his articles printed on other sites is one voice, capped as one publisher, not an aggregator of the
/// sites that printed them (held-out review 110, F2: six of ten places went to it past per_feed_cap 3). A planet of blogs and a
/// link blog titled otherwise stay aggregators.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class WritersPortfolioFeedTests
{
    private static readonly string[] Venues = ["frontend-journal.example", "frontend-journal.example", "agency-notes.example", "agency-notes.example", "styles-weekly.example", "design-tuts.example"];

    private static List<Article> Feed(string title, string home, Func<int, string?> author)
        => [.. Venues.Select((site, i) => new Article
        {
            Id = $"p{i}", FeedUrl = $"https://{home}/feed.xml", FeedHome = home, FeedTitle = title, Author = author(i),
            Title = $"Article {i}", Text = "An essay on accessible forms.", Link = $"https://{site}/articles/{i}",
        })];

    [Fact]
    public void AFeedTitledWithItsWritersName_AtHisOwnSite_ShouldCountAsOnePublisher()
    {
        var items = Feed("Dana Whitfield", "danawhitfield.design", _ => null);
        var publishers = new Publishers(items);

        Assert.False(publishers.IsAggregator(items[0]));
        Assert.Single(items.Select(publishers.Of).Distinct());
    }

    [Fact]
    public void APlanetOfBlogs_WhoseItemsNameTheirBlogs_ShouldStayAnAggregator()
    {
        var items = Feed("Dana Whitfield", "danawhitfield.design", i => i % 2 == 0 ? "Frontend Journal" : "Agency Notes");

        Assert.True(new Publishers(items).IsAggregator(items[0]));
    }

    [Fact]
    public void ALinkBlogTitledAsASite_ShouldStayAnAggregator()
    {
        var items = Feed("Web Links Daily", "weblinksdaily.example", _ => null);

        Assert.True(new Publishers(items).IsAggregator(items[0]));
    }
}
