using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Review30;

/// <summary>Review of session 30: the undated charge and select.min_score. Each test FAILS on the reviewed code.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SelectorReviewTests
{
    private const string Body = "A compiler team measured the change across forty services and published the numbers with the patch series.";
    private static readonly DateTimeOffset AsOf = new(2026, 12, 3, 5, 0, 0, TimeSpan.Zero);

    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(params (string Id, string Feed, string Title, double Relevance, double Quality, DateTimeOffset? Published, int Priority)[] items)
        => (items.ToDictionary(i => i.Id, i => new Article { Id = i.Id, FeedUrl = i.Feed, Title = i.Title, Text = Body, Published = i.Published, FeedPriority = i.Priority }),
            items.Select(i => new ArticleScore { Id = i.Id, TechRelevanceScore = i.Relevance, QualityScore = i.Quality }).ToList());

    // R6: the present is taken per feed (a back catalogue does not move it), the undated charge per item: one archive feed's
    // 30 old episodes beside ten current feeds make the "median dated story" three years old, and an undated story is
    // charged three years although nearly every feed is current.
    [Fact]
    public void R6_AnUndatedStory_BesideOneArchiveFeedsBackCatalogue_ShouldNotBeChargedTheArchivesAge()
    {
        var items = Enumerable.Range(0, 10)
            .Select(i => ($"now{i}", $"https://f{i}.example/feed", $"Current story {i} on compilers and kernels {i}", 6.0, 5.0, (DateTimeOffset?)AsOf.AddDays(-1 - i * 0.2), 0))
            .Concat(Enumerable.Range(0, 30).Select(i => ($"ep{i}", "https://archive.example/feed", $"Archived episode {i} about databases {i}", 5.0, 5.0, (DateTimeOffset?)AsOf.AddDays(-1100 - i), 0)))
            .Append(("undated", "https://book.example/feed", "A chapter on register allocation", 8.0, 8.0, (DateTimeOffset?)null, 0))
            .ToArray();
        var (articles, scores) = Pool(items);

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig(), AsOf);

        var reason = decisions.Single(d => d.ArticleId == "undated").Reason;
        Assert.DoesNotContain("undated: charged", reason, StringComparison.Ordinal);
        Assert.Equal("undated", selected[0].Id);
    }

    // R8: "Only age takes a score below zero" is not so: a feed's OPML priority does too. A current story of a feed the
    // operator ranked low takes no place even in a short issue, with a reason that blames no age.
    [Fact]
    public void R8_ACurrentStoryOfALowPriorityFeed_ShouldStillFillAShortIssue()
    {
        var (articles, scores) = Pool(
            ("top", "https://a.example/feed", "New scheduler lands in Linux 6.19", 8.0, 8.0, AsOf.AddHours(-3), 0),
            ("low", "https://b.example/feed", "Vendor publishes its compiler roadmap", 4.0, 3.0, AsOf.AddHours(-2), -10));
        var config = new PipelineConfig { Select = new SelectConfig { PriorityWeight = 0.5 } };

        var (selected, decisions, _) = Selector.Choose(articles, scores, config, AsOf);

        Assert.True(selected.Any(s => s.Id == "low"), decisions.Single(d => d.ArticleId == "low").Reason);
    }
}
