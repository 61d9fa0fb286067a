using System.Globalization;
using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A date is no subject: two publishers' items titled by their day ("March 4, 2021" and "Strip for March 6, 2021") share the
/// month and the year, and one dropped the other as its story (held-out review 113, F5). Two reports of one dated event keep
/// their subject's words and are still one story.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DateTitleSameStoryTests
{
    private static Article Item(string id, string site, string title, string text, string published) => new()
    {
        Id = id, FeedUrl = $"https://{site}/feed.xml", FeedHome = $"https://{site}", Title = title, Text = text,
        Link = $"https://{site}/{id}", Published = DateTimeOffset.Parse(published, CultureInfo.InvariantCulture),
    };

    private static (List<SelectedArticle> Selected, List<Decision> Decisions) Choose(params Article[] items)
    {
        var scores = items.Select((a, i) => new ArticleScore { Id = a.Id, TechRelevanceScore = 8 - i * 0.1, QualityScore = 7 }).ToList();
        var (selected, decisions, _) = Selector.Choose(items.ToDictionary(a => a.Id), scores, new PipelineConfig());
        return (selected, decisions);
    }

    [Fact]
    public void TwoPublishersDailyItemsTitledByTheirDates_ShouldBeTwoStories()
    {
        var (selected, decisions) = Choose(
            Item("strip", "strips.example", "Strip for March 6, 2021",
                "A programmer explains to her manager why the build server needs a week of rest, and the manager schedules a meeting about it.", "2021-03-06"),
            Item("panel", "panels.example", "March 4, 2021",
                "A robot philosopher asks whether a neural network that predicts its own outputs can be said to know anything at all.", "2021-03-04"));

        Assert.Contains(selected, s => s.Id == "panel");
        Assert.DoesNotContain(decisions, d => d.Rule == "same_story");
    }

    [Fact]
    public void TwoReportsOfOneDatedOutage_ShouldStillBeOneStory()
    {
        var (selected, decisions) = Choose(
            Item("first", "status-news.example", "Cloud storage outage on March 3 disrupts uploads",
                "Uploads to the provider's object storage failed for four hours in two regions; the company blamed a faulty configuration push.", "2021-03-03"),
            Item("second", "ops-weekly.example", "March 3 cloud storage outage: what disrupts uploads",
                "Engineers traced the failed uploads to a configuration change rolled out to two regions at once, and rolled it back after four hours.", "2021-03-04"));

        Assert.DoesNotContain(selected, s => s.Id == "second");
        Assert.Equal("same_story", decisions.Single(d => d.ArticleId == "second").Rule);
    }
}
