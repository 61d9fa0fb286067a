using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>A feed that stamps every item with the moment it was built gives no item's date: they read as undated.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class BuildTimeDateTests
{
    private static List<Article> Items(params DateTimeOffset?[] dates)
        => [.. dates.Select((d, i) => new Article { Id = $"a{i}", FeedUrl = "https://example.org/feed", Title = $"Story {i}", Published = d })];

    private static readonly DateTimeOffset Built = new(2026, 12, 2, 6, 14, 37, TimeSpan.Zero);

    [Fact]
    public void EveryItemStampedWithOneMoment_ShouldBeUndated_AndTheFeedSaySo()
    {
        var (articles, warning) = IngestStage.WithoutBuildTimeDates(Items(Built, Built, Built, Built, Built))!.Value;
        Assert.All(articles, a => Assert.Null(a.Published));
        Assert.StartsWith("all 5 items carry the same date and time (2026-12-02 06:14:37Z)", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AScrapersStampsMicrosecondsApart_ShouldBeOneMoment()
    {
        // Each entry stamped as the scraper wrote it: 2026-01-07T09:32:51.248660, .076302, .076237, ...
        var stamps = new[] { 248660, 76302, 76237, 76171, 76103 }.Select(us => (DateTimeOffset?)Built.AddTicks(us * 10L)).ToArray();
        Assert.NotNull(IngestStage.WithoutBuildTimeDates(Items(stamps)));
    }

    [Fact]
    public void RealDates_ADayOfMidnightDates_OrAFewItems_ShouldStay()
    {
        Assert.Null(IngestStage.WithoutBuildTimeDates(Items(Built, Built, Built, Built, Built.AddHours(-3))));
        Assert.Null(IngestStage.WithoutBuildTimeDates(Items(Built, Built, Built, Built, Built.AddMinutes(-1))));
        var midnight = new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Null(IngestStage.WithoutBuildTimeDates(Items(midnight, midnight, midnight, midnight, midnight)));
        Assert.Null(IngestStage.WithoutBuildTimeDates(Items(Built, Built, Built, Built)));
        Assert.Null(IngestStage.WithoutBuildTimeDates(Items(null, null, null, null, null)));
    }
}
