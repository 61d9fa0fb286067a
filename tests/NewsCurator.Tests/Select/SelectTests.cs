using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

[Trait(Category.Name, Category.Unit)]
public sealed class SelectTests
{
    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(params (string Id, string Feed, string Title, double Relevance, double Quality, double Ad)[] items)
        => (items.ToDictionary(i => i.Id, i => new Article { Id = i.Id, FeedUrl = i.Feed, Title = i.Title }),
            items.Select(i => new ArticleScore { Id = i.Id, TechRelevanceScore = i.Relevance, QualityScore = i.Quality, AdProbability = i.Ad, IsAdvertisement = i.Ad >= 0.5 }).ToList());

    [Fact]
    public void Choose_ShouldApplyThresholdsCapsDiversityAndTopN_WithADecisionForEveryCandidate()
    {
        var (articles, scores) = Pool(
            ("a1", "A", "Rust compiler gets faster", 9, 8, 0),
            ("a2", "A", "Kubernetes release notes", 8.5, 8, 0),
            ("a3", "A", "Postgres tuning guide", 8.4, 8, 0),
            ("b1", "B", "Rust compiler gets faster again", 8.3, 8, 0),
            ("b2", "B", "Zig memory model explained", 8, 7, 0),
            ("c1", "C", "Football derby", 1, 9, 0),
            ("c2", "C", "Thin link post", 9, 1, 0),
            ("c3", "C", "Buy our GPU cloud", 9, 9, 0.9),
            ("c4", "C", "Linux kernel scheduler", 7, 7, 0));
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 3, PerFeedCap = 2 } };

        var (selected, decisions, passed) = SelectStage.Choose(articles, scores, config);

        Assert.Equal(["a1", "a2", "b2"], selected.Select(s => s.Id));
        Assert.Equal([1, 2, 3], selected.Select(s => s.Rank));
        Assert.Equal(6, passed);
        var rule = decisions.ToDictionary(d => d.ArticleId, d => d.Rule);
        Assert.Equal(articles.Count, rule.Count);
        Assert.Equal("min_relevance", rule["c1"]);
        Assert.Equal("min_quality", rule["c2"]);
        Assert.Equal("ad_score", rule["c3"]);
        Assert.Equal("feed_cap", rule["a3"]);
        Assert.Equal("same_story", rule["b1"]);
        Assert.Equal("below_cut", rule["c4"]);
        Assert.Equal("a1", decisions.Single(d => d.ArticleId == "b1").DuplicateOf);
    }

    [Fact]
    public void Choose_WhenEmbeddingsSayTwoDifferentlyTitledItemsAreOneStory_ShouldKeepOne()
    {
        float[] story = [0.6f, 0.8f, 0f];
        float[] other = [0f, 0.6f, 0.8f];
        var articles = new[] { ("x1", "Outage takes down the CDN"), ("x2", "Why half the web went dark on Tuesday"), ("x3", "Postgres 17 released") }
            .ToDictionary(a => a.Item1, a => new Article { Id = a.Item1, FeedUrl = a.Item1, Title = a.Item2 });
        var scores = new List<ArticleScore>
        {
            new() { Id = "x1", TechRelevanceScore = 9, QualityScore = 9, Embedding = story },
            new() { Id = "x2", TechRelevanceScore = 8, QualityScore = 8, Embedding = [0.61f, 0.79f, 0.01f] },
            new() { Id = "x3", TechRelevanceScore = 7, QualityScore = 7, Embedding = other },
        };

        var (selected, decisions, _) = SelectStage.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["x1", "x3"], selected.Select(s => s.Id));
        Assert.Equal(("same_story", "x1"), decisions.Where(d => d.ArticleId == "x2").Select(d => (d.Rule, d.DuplicateOf)).Single());
    }

    [Fact]
    public void Choose_WithAPriorityWeight_ShouldLiftPreferredPublishers()
    {
        var articles = new Dictionary<string, Article>
        {
            ["plain"] = new() { Id = "plain", FeedUrl = "a", Title = "Compiler news" },
            ["preferred"] = new() { Id = "preferred", FeedUrl = "b", Title = "Database news", FeedPriority = 2 },
        };
        var scores = new List<ArticleScore>
        {
            new() { Id = "plain", TechRelevanceScore = 8, QualityScore = 8 },
            new() { Id = "preferred", TechRelevanceScore = 7.5, QualityScore = 7.5 },
        };
        string First(double weight) => SelectStage.Choose(articles, scores,
            new PipelineConfig { Select = new SelectConfig { PriorityWeight = weight } }).Selected[0].Id;
        Assert.Equal("plain", First(0));
        Assert.Equal("preferred", First(0.5));
    }
}
