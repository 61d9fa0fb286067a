using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Held-out review 78, F2: the feed ceiling (2 x select.per_feed_cap), meant for an aggregator whose stories count for the
/// sites they link to, held every plain blog: a platform blog's strong stories stopped at 6 and 8 places of the issue stayed
/// empty, the reason calling the blog an aggregator. A blog's own stories are bounded by its publisher's limits
/// (StrongFill); an aggregator's feed keeps its ceiling (SelectTests: hostile-input audit 31, H1).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PlainBlogFeedCeilingTests
{
    private const string Text = "The container tooling now signs every image it publishes and records where it was built. " +
                                "Teams that push to a private registry get the same provenance without another step.";

    private static readonly string[] Subjects = ["Secure your container builds", "Actors scale out across regions", "Trimming shrinks published apps",
        "A faster web framework", "Native compilation for services", "Testing platform rewrite", "Diagnostics in production", "Package manager audits",
        "Source generators explained", "Serializer performance deep dive", "Connection pooling changes", "Hot reload everywhere"];

    private static (Dictionary<string, Article>, List<ArticleScore>) Issue()
    {
        var items = Subjects.Select((s, i) => (Article: new Article { Id = $"b{i}", FeedUrl = "https://platform.example/blog/feed", FeedHome = "platform.example/blog",
                    FeedTitle = "Platform Blog", Title = s, Text = Text, Link = $"https://platform.example/blog/posts/{i}" },
                Score: new ArticleScore { Id = $"b{i}", TechRelevanceScore = 9.9 - i * 0.2, QualityScore = 7 }))
            .Append((Article: new Article { Id = "other", FeedUrl = "https://kernel.example/feed", Title = "Kernel networking stack rework", Text = Text, Link = "https://kernel.example/posts/net" },
                Score: new ArticleScore { Id = "other", TechRelevanceScore = 6, QualityScore = 6 }))
            .ToList();
        return (items.ToDictionary(i => i.Article.Id, i => i.Article), [.. items.Select(i => i.Score)]);
    }

    [Fact]
    public void Choose_APlainBlogsStrongStories_ShouldFillUpToTheStrongFill_NotTheAggregatorsCeiling()
    {
        var (articles, scores) = Issue();
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 20, PerFeedCap = 3, MaxTitleSimilarity = 1.1 } };

        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        Assert.Equal(10, selected.Count(s => s.Id.StartsWith('b')));
        var held = decisions.Single(d => d.ArticleId == "b10");
        Assert.Equal("feed_cap", held.Rule);
        Assert.Contains("up to 10 with stories of relevance 7.0 or more", held.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("count for the sites they link to", held.Reason, StringComparison.Ordinal);
    }
}
