using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A feed that dates none of its items (an RSS 0.9 or 1.0 feed without dc:date, a scrape) is told so: its items pass
/// content.max_age_days whatever their age and print undated, and it said nothing (twenty-fourth held-out review, F5).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class UndatedFeedWarningTests
{
    private static List<Article> Items(params DateTimeOffset?[] dates)
        => [.. dates.Select((d, i) => new Article { Id = $"a{i}", FeedUrl = "f", Title = $"Story {i}", Published = d })];

    [Fact]
    public void AFeedWithNoDates_ShouldBeWarned()
        => Assert.StartsWith("none of its 3 items carries a date", FeedWarnings.Undated(Items(null, null, null), []), StringComparison.Ordinal);

    [Fact]
    public void ADatedItem_ASmallFeed_OrDatesAlreadyReadAsUndated_ShouldNotBe()
    {
        // Dated by its address or title ("/2026/11/30/"): Ingest dates the item before this is asked (review of session 27, F6).
        Assert.Null(FeedWarnings.Undated(Items(null, new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero), null), []));
        Assert.Null(FeedWarnings.Undated(Items(null, null), []));
        Assert.Null(FeedWarnings.Undated(Items(null, null, null), ["all 3 items carry the same date and time (2026-11-30 08:00:00Z), the feed's build time rather than theirs; read as undated"]));
    }
}
