using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A shard whose every feed, on several hosts, failed before any server answered is this side's outage; counted
/// against each feed, three such runs backed every feed off for twelve hours (hostile-input audit 30, H4).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class OutageTests
{
    private static FeedOutcome Failed(string url, int? status = null) => new() { FeedUrl = url, Status = FeedStatus.Error, HttpStatus = status, Error = "connection refused" };

    [Fact]
    public void EveryFeedOfSeveralHostsFailingBeforeAnAnswer_ShouldBeAnOutage()
        => Assert.True(IngestStage.IsOutage([Failed("https://a.example/feed"), Failed("https://b.example/rss"), Failed("https://c.example/atom")], _ => true));

    [Fact]
    public void OneDeadHost_OrAServerThatAnswered_OrAFeedRead_ShouldBeNoOutage()
    {
        Assert.False(IngestStage.IsOutage([Failed("https://a.example/1"), Failed("https://a.example/2"), Failed("https://a.example/3")], _ => true));
        Assert.False(IngestStage.IsOutage([Failed("https://a.example/feed"), Failed("https://b.example/rss", 503), Failed("https://c.example/atom")], _ => true));
        Assert.False(IngestStage.IsOutage([Failed("https://a.example/feed"), Failed("https://b.example/rss"), Failed("https://c.example/atom"),
            new FeedOutcome { FeedUrl = "https://d.example/feed", Status = FeedStatus.Ok }], _ => true));
        // Feeds never read lately (dead domains) fail so every run: no outage, their back-off counts.
        Assert.False(IngestStage.IsOutage([Failed("https://a.example/feed"), Failed("https://b.example/rss"), Failed("https://c.example/atom")], _ => false));
    }
}
