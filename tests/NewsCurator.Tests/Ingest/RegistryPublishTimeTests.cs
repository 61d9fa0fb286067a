using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A registry's "recent updates" feed publishes several packages a minute, each at its own second: those are real
/// publication times, not a build stamp (held-out review 82, F2).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class RegistryPublishTimeTests
{
    private static List<Article> Items(params DateTimeOffset?[] dates)
        => [.. dates.Select((d, i) => new Article { Id = $"p{i}", FeedUrl = "https://registry.example/rss", Title = $"package-{i} 1.0.{i}", Published = d })];

    private static readonly DateTimeOffset Newest = new(2025, 3, 14, 11, 42, 51, TimeSpan.Zero);

    [Fact]
    public void DistinctWholeSecondsWithinAMinute_ShouldKeepTheirDates()
    {
        var stamps = new[] { 0, -9, -17, -31, -44, -52 }.Select(s => (DateTimeOffset?)Newest.AddSeconds(s)).ToArray();
        Assert.Null(IngestStage.WithoutBuildTimeDates(Items(stamps)));
    }

    [Fact]
    public void AnExportThatCrossedASecond_ShouldStillBeABuildStamp_SaidAsWhatWasFound()
    {
        var next = Newest.AddSeconds(1);
        var (articles, warning) = IngestStage.WithoutBuildTimeDates(Items(Newest, Newest, Newest, next, next, next))!.Value;
        Assert.All(articles, a => Assert.Null(a.Published));
        Assert.StartsWith("all 6 items are dated within 1 second(s) of each other (2025-03-14 11:42:51.000Z to 11:42:52.000Z)", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AScrapersStampsSecondsApart_WithFractions_ShouldStillBeABuildStamp()
    {
        var stamps = new[] { 0, 1203, 2417, 3650, 4888 }.Select(ms => (DateTimeOffset?)Newest.AddMilliseconds(ms + 0.25)).ToArray();
        Assert.NotNull(IngestStage.WithoutBuildTimeDates(Items(stamps)));
    }
}
