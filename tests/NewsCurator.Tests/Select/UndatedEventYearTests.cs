using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Held-out review 116, F3: a project's feed of upcoming conferences carries no dates ("EuroBSDCon 2026"), so nothing could
/// lapse. An undated item typed an event whose title names a year gone by at the run's present is an expired notice; the
/// current year's stays, and an undated story of another type is not judged by a year its title names.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class UndatedEventYearTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);

    private const string Conference = "EuroBSDCon is the international annual technical conference held in a different European country each year. It focuses on gathering users and developers working on and with 4.4BSD based operating systems.";

    private static IReadOnlyList<Decision> Run(params (string Id, string Title, string Type)[] items)
    {
        var articles = Enumerable.Range(0, 4).ToDictionary(i => $"now{i}", i => new Article { Id = $"now{i}", FeedUrl = $"F{i}", Title = $"Current story number {i} about compilers {i}", Text = Conference, Published = AsOf.AddDays(-1 - i) });
        foreach (var (id, title, _) in items) articles[id] = new Article { Id = id, FeedUrl = "https://freebsd.example/events/feed.xml", Title = title, Text = Conference };
        var scores = articles.Keys.Select(id => new ArticleScore { Id = id, TechRelevanceScore = 7.0, QualityScore = 6.0, ContentType = items.FirstOrDefault(i => i.Id == id).Type ?? ContentTypes.News }).ToList();
        return Selector.Choose(articles, scores, new PipelineConfig(), AsOf).Decisions;
    }

    [Fact]
    public void AnUndatedEventOfAPastYear_ShouldLapse_AndThisYearsStay()
    {
        var decisions = Run(("old", "EuroBSDCon 2019", ContentTypes.Event), ("new", "EuroBSDCon 2026", ContentTypes.Event));
        Assert.Equal("expired_notice", decisions.Single(d => d.ArticleId == "old").Rule);
        Assert.NotEqual("expired_notice", decisions.Single(d => d.ArticleId == "new").Rule);
    }

    [Theory]
    [InlineData("Ten years since the 2015 robotics challenge", ContentTypes.News)]
    [InlineData("EuroBSDCon 2019", ContentTypes.Opinion)]
    public void AnUndatedStoryOfAnotherType_ShouldNotLapseByItsTitlesYear(string title, string type)
        => Assert.NotEqual("expired_notice", Run(("story", title, type)).Single(d => d.ArticleId == "story").Rule);

    [Theory]
    [InlineData("EuroBSDCon 2026", 2026)]
    [InlineData("PyCon US 2025 - 2026", 2026)]
    [InlineData("Meetup on 2019-05-01", null)]
    [InlineData("Tilekit 2019.3 launch party", null)]
    public void TheTitlesYear_ShouldBeAYearStandingAlone(string title, int? year)
        => Assert.Equal(year, Selector.EventTitleYear(title));
}
