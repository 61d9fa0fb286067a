using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Held-out review 112, F6: a planet stamped one blog's backlog with the moment it first read it, and the posts were printed
/// and scored as of that day. Several items of one site on one instant to the second in an aggregator are the aggregator's.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AggregatorFetchStampTests
{
    private static readonly DateTimeOffset Fetched = new(2016, 8, 11, 3, 17, 42, TimeSpan.Zero);

    private static Article Item(int i, string site, DateTimeOffset? date)
        => new() { Id = $"p{i}", FeedUrl = "https://planet.example/rss20.xml", Link = $"https://{site}/posts/{i}", Title = $"Post number {i} of the planet", Published = date };

    [Fact]
    public void OneSitesPostsOnOneInstant_InAnAggregator_ShouldBeUndated()
    {
        List<Article> items =
        [
            Item(0, "ada.example.org", Fetched), Item(1, "ada.example.org", Fetched), Item(2, "ada.example.org", Fetched),
            Item(3, "bob.example.net", Fetched.AddDays(-3).AddMinutes(-71)), Item(4, "bob.example.net", Fetched.AddDays(-9).AddMinutes(-5)),
        ];
        var (articles, warning) = IngestStage.WithoutFetchStamps(items)!.Value;
        Assert.All(articles.Take(3), a => Assert.Null(a.Published));
        Assert.All(articles.Skip(3), a => Assert.NotNull(a.Published));
        Assert.Contains("ada.example.org", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void PostsAtTheirOwnSeconds_OrOfOneDateWithoutATime_OrOfOneSiteAlone_ShouldKeepTheirDates()
    {
        // A batch of one site's notes seconds apart.
        Assert.Null(IngestStage.WithoutFetchStamps(
        [
            Item(0, "ada.example.org", Fetched), Item(1, "ada.example.org", Fetched.AddSeconds(4)), Item(2, "ada.example.org", Fetched.AddSeconds(9)),
            Item(3, "bob.example.net", Fetched.AddDays(-2)),
        ]));
        // A day without a time: three posts of one day.
        var day = new DateTimeOffset(2016, 8, 11, 0, 0, 0, TimeSpan.Zero);
        Assert.Null(IngestStage.WithoutFetchStamps(
            [Item(0, "ada.example.org", day), Item(1, "ada.example.org", day), Item(2, "ada.example.org", day), Item(3, "bob.example.net", day.AddDays(-2))]));
        // One site's own feed: the build-time rule judges a feed of one clock.
        Assert.Null(IngestStage.WithoutFetchStamps(
            [Item(0, "ada.example.org", Fetched), Item(1, "ada.example.org", Fetched), Item(2, "ada.example.org", Fetched), Item(3, "ada.example.org", Fetched.AddDays(-2))]));
    }

    [Fact]
    public void APreprintServersDailyListings_InAnAggregator_ShouldKeepTheirDates()
    {
        // A theory aggregator carries a preprint server's listings: every paper of a day at 01:30:00, several days of them.
        var day1 = new DateTimeOffset(2023, 2, 21, 1, 30, 0, TimeSpan.Zero);
        List<Article> listings =
        [
            Item(0, "arxiv.example.org", day1), Item(1, "arxiv.example.org", day1), Item(2, "arxiv.example.org", day1),
            Item(3, "arxiv.example.org", day1.AddDays(1)), Item(4, "arxiv.example.org", day1.AddDays(1)), Item(5, "blog.example.net", day1.AddHours(-7).AddSeconds(13)),
        ];
        Assert.Null(IngestStage.WithoutFetchStamps(listings));
        // One day's listing alone: its whole minute is a scheduler's publication time, no fetch.
        Assert.Null(IngestStage.WithoutFetchStamps([.. listings.Take(3), listings[5]]));
    }

    [Fact]
    public void APublishersOwnBatch_OnItsSubdomainsToo_ShouldKeepItsDates()
    {
        // Review of session 51, R5: a magazine's section feed, its issue at one instant and one item on its own subdomain.
        static Article Own(int i, string host, DateTimeOffset date)
            => new() { Id = $"m{i}", FeedUrl = "https://www.magazine.example/section/rss.xml", Link = $"https://{host}/2026/11/26/story-{i}", Title = $"Story number {i} of the issue", Published = date };
        Assert.Null(IngestStage.WithoutFetchStamps(
        [
            Own(0, "www.magazine.example", Fetched), Own(1, "www.magazine.example", Fetched), Own(2, "www.magazine.example", Fetched),
            Own(3, "impact.magazine.example", Fetched.AddDays(-2).AddMinutes(-13)),
        ]));
        // A planet's own posts on one instant beside two other publishers' posts: the stamp is never on the home's.
        Assert.Null(IngestStage.WithoutFetchStamps(
        [
            Item(0, "planet.example", Fetched), Item(1, "planet.example", Fetched), Item(2, "planet.example", Fetched),
            Item(3, "ada.example.org", Fetched.AddDays(-3).AddMinutes(-71)), Item(4, "bob.example.net", Fetched.AddDays(-9).AddMinutes(-5)),
        ]));
    }
}
