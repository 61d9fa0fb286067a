using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Past an aggregator's ceiling the strong fill goes first to an inner publisher none of whose stories is chosen yet, then by
/// score: a planet's four fill places went to one inner blog's fourth to seventh stories while another inner blog, none of its
/// stories chosen, was refused "10 stories already chosen" (held-out review 111, F1). A plain blog's strong stories fill as before.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AggregatorStrongFillOrderTests
{
    private const string Text = "The team moved its release pipeline onto a shared runner fleet and cut the time from merge to production. " +
                                "This post walks through the steps, the tests that guard each deploy, and what they would change next time.";

    private static readonly string[] Subjects = ["Continuous delivery for a legacy service", "Metadata for scattered data sources", "Unit testing stored procedures",
        "Auditing pull requests before opening a repository", "Organising infrastructure variables", "Multi-stage container builds", "Styling console output",
        "Interoperability standards event report", "Changing the number input in a design system", "Recommendations for CSV and API descriptions",
        "Putting a recommender model into production"];

    private static (Dictionary<string, Article>, List<ArticleScore>) Planet()
    {
        // Inner blogs: "ops" (7 stories), "gds" (3 stories, the best), "data" (1 story, scored under all of ops's).
        (string Blog, double Score)[] items = [("gds", 9.8), ("gds", 9.7), ("gds", 9.6), ("ops", 9.5), ("ops", 9.4), ("ops", 9.3), ("ops", 9.2), ("ops", 9.1), ("ops", 9.0), ("ops", 8.9), ("data", 8.0)];
        var list = items.Select((item, i) => (Article: new Article
            {
                Id = $"s{i}", FeedUrl = "https://planet.example/atom.xml", FeedHome = "planet.example", FeedTitle = "Engineering Community Planet",
                Title = Subjects[i], Text = Text, Link = $"https://{item.Blog}.example/posts/{i}",
            }, Score: new ArticleScore { Id = $"s{i}", TechRelevanceScore = item.Score, QualityScore = 7 })).ToList();
        return (list.ToDictionary(i => i.Article.Id, i => i.Article), [.. list.Select(i => i.Score)]);
    }

    private static readonly PipelineConfig Config = new() { Select = new SelectConfig { MaxArticles = 20, PerFeedCap = 3, MaxTitleSimilarity = 1.1 } };

    [Fact]
    public void Choose_PastAnAggregatorsCeiling_AnInnerPublisherWithNoStoryYet_ShouldTakeAFillPlace()
    {
        var (articles, scores) = Planet();

        var (selected, decisions, _) = Selector.Choose(articles, scores, Config);

        Assert.Contains(selected, s => s.Id == "s10");
        var refused = decisions.Single(d => d.ArticleId == "s9");
        Assert.Equal("feed_cap", refused.Rule);
        Assert.Equal(10, selected.Count);
    }
}
