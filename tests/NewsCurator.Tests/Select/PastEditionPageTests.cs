using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// An undated landing page of a past edition, "2021 Drone Innovation Awards Digital Edition", led an issue years later: no
/// age rule read the year its title names as its own (held-out review 98, F2). It is held to select.max_stale_days from
/// that year's end. A retrospective that names a past year, and this year's edition, keep their places.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PastEditionPageTests
{
    private static readonly DateTimeOffset RunStart = new(2025, 9, 18, 6, 0, 0, TimeSpan.Zero);

    private static (Article, ArticleScore) Undated(string id, string title) => (
        new Article { Id = id, FeedUrl = "https://aggregator.example/drones.xml", FeedHome = "https://aggregator.example/", Title = title, Link = $"https://dronedaily.example/{id}/",
            Text = "Each year since 2012 the editors have recognised the companies whose drones and autonomy software moved the field forward." },
        new ArticleScore { Id = id, TechRelevanceScore = 6.5, QualityScore = 5 });

    private static (Article, ArticleScore) Post(int i) => (
        new Article { Id = $"d{i}", FeedUrl = "https://blog.example/feed", FeedHome = "https://blog.example/", Title = $"How our drone learned to land on a moving truck, part {i}",
            Link = $"https://blog.example/{i}", Published = RunStart.AddDays(-2 - i), Text = $"A long look at landing controllers and what part {i} teaches about latency." },
        new ArticleScore { Id = $"d{i}", TechRelevanceScore = 6, QualityScore = 6 });

    private static async Task<(Selection Result, List<Decision> Decisions)> ChooseAsync(List<(Article, ArticleScore)> input)
    {
        var decisions = new List<Decision>();
        var result = await new Selector(new PipelineConfig(), asOf: RunStart).ChooseAsync(() => input.ToAsyncEnumerable(), decisions.Add);
        return (result, decisions);
    }

    [Theory]
    [InlineData("2021 Drone Innovation Awards Digital Edition")]
    [InlineData("Drone Innovation Award Honorees 2022")]
    public async Task APastEditionsUndatedPage_ShouldTakeNoPlace(string title)
    {
        var (result, decisions) = await ChooseAsync([Undated("edition", title), Post(0), Post(1)]);

        Assert.DoesNotContain("edition", result.Selected.Select(s => s.Article.Id));
        var dropped = decisions.Single(d => d.ArticleId == "edition");
        Assert.Equal("too_stale", dropped.Rule);
        Assert.Contains("names 20", dropped.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ten years since the 2015 robotics challenge: what the falls taught us")]
    [InlineData("2025 Drone Innovation Awards: the honorees")]
    public async Task ARetrospectiveOrThisYearsEdition_ShouldKeepItsPlace(string title)
    {
        var (result, _) = await ChooseAsync([Undated("edition", title), Post(0), Post(1)]);

        Assert.Contains("edition", result.Selected.Select(s => s.Article.Id));
    }
}
