using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Held-out review 112, F3: one deploy note's title and template, five times over, typed release twice and other three times;
/// the two releases were dropped as stale and an older "other" was chosen. One series is one kind: the untyped entries of a
/// series that reads as releases are held to the release age. A recurring title whose entries read as news keeps the longer
/// limit.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SeriesTypeAgeTests
{
    private const string Text = "The following fixes went out to the tracker today: attachments can be marked obsolete again, " +
                                "the search page keeps its filters, and the API returns the new status field.";

    private static readonly DateTimeOffset AsOf = new(2026, 9, 1, 6, 0, 0, TimeSpan.Zero);

    private static (Dictionary<string, Article>, List<ArticleScore>) Run(params (string Id, string Title, int Days, string Type)[] series)
    {
        var items = series.Concat(Enumerable.Range(0, 5).Select(i => ($"essay{i}", $"Essay number {i} on how our team reviews code {i}", 2 + i, ContentTypes.Opinion)))
            .Concat(Enumerable.Range(0, 4).Select(i => ($"now{i}", $"Current story {i} on compilers {i}", 1 + i, ContentTypes.News))).ToList();
        return (items.ToDictionary(i => i.Item1, i => new Article { Id = i.Item1, FeedUrl = i.Item1.StartsWith("now", StringComparison.Ordinal) ? $"https://news{i.Item1}.example/feed" : "https://planet.example/rss", Title = i.Item2, Text = Text, Published = AsOf.AddDays(-i.Item3) }),
            items.Select(i => new ArticleScore { Id = i.Item1, TechRelevanceScore = 7.5, QualityScore = 5, ContentType = i.Item4 }).ToList());
    }

    [Fact]
    public void AnOldUntypedEntryOfASeriesOfReleases_ShouldBeHeldToTheReleaseAge()
    {
        var (articles, scores) = Run(
            ("d1", "happy tracker push day!", 200, ContentTypes.Release),
            ("d2", "happy tracker push day!", 220, ContentTypes.Release),
            ("d3", "happy tracker push day!", 240, ContentTypes.Other),
            ("d4", "happy tracker push day!", 20, ContentTypes.Other));
        var decisions = Selector.Choose(articles, scores, new PipelineConfig(), AsOf).Decisions;
        Assert.Equal("too_stale", decisions.Single(d => d.ArticleId == "d3").Rule);
        Assert.Contains("an entry of a series of releases", decisions.Single(d => d.ArticleId == "d3").Reason, StringComparison.Ordinal);
        Assert.NotEqual("too_stale", decisions.Single(d => d.ArticleId == "d4").Rule);
    }

    /// <summary>
    /// Held-out review 119, F5: an emulator's progress reports, every one typed other (two with the head's unsure leaning to
    /// release), were dropped as "a series of releases (2 of the 4 ... read as releases)". A series counts the types its
    /// entries were given.
    /// </summary>
    [Fact]
    public void ASeriesTypedOther_WithOnlyALeaningToRelease_ShouldNotBeASeriesOfReleases()
    {
        var (articles, scores) = Run(
            ("p1", "Citra Progress Report - 2015 P2", 200, ContentTypes.Other),
            ("p2", "Citra Progress Report - 2016 P1", 220, ContentTypes.Other),
            ("p3", "Citra Progress Report - 2017 P1", 240, ContentTypes.Other),
            ("p4", "Citra Progress Report - 2017 P2", 260, ContentTypes.Other));
        scores = scores.Select(s => s.Id is "p1" or "p2" ? s with { TypeGuess = ContentTypes.Release } : s).ToList();
        var decisions = Selector.Choose(articles, scores, new PipelineConfig(), AsOf).Decisions;
        Assert.DoesNotContain(decisions, d => d.Reason?.Contains("series of releases", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void ARecurringTitleOfNews_ShouldKeepTheLongerLimit()
    {
        var (articles, scores) = Run(
            ("w1", "Weekly update 12", 200, ContentTypes.News),
            ("w2", "Weekly update 13", 220, ContentTypes.News),
            ("w3", "Weekly update 14", 240, ContentTypes.Other),
            ("w4", "Weekly update 15", 260, ContentTypes.Release));
        var decisions = Selector.Choose(articles, scores, new PipelineConfig(), AsOf).Decisions;
        Assert.NotEqual("too_stale", decisions.Single(d => d.ArticleId == "w3").Rule);
    }
}
