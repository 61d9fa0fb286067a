using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Held-out review 88, F1: a digest feed of AI news, whose entries count for the sites they link to, met the aggregator's
/// ceiling (2 x select.per_feed_cap) after 6 stories, and the issue went out with 11 places empty while 57 of its AI stories
/// waited. Past the ceiling a digest's strong stories fill the places other feeds leave empty, up to half the issue, as a
/// publisher's do; its weaker ones do not, and a flood still takes no more than half (SelectTests: hostile-input audit 31, H1).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DigestFeedShortIssueTests
{
    private const string DigestFeed = "https://raw.githubusercontent.com/someone/feeds/main/ai-digest.xml";

    private static readonly (string Site, string Title)[] Entries =
    [
        ("https://labone.example/news/model-9", "LabOne releases Model 9 with a longer context window"),
        ("https://robotco.example/blog/arm", "RobotCo shows a warehouse arm trained in simulation"),
        ("https://chipmaker.example/press/accelerator", "Chipmaker ships an inference accelerator for data centres"),
        ("https://safety.example/reports/agents", "Safety lab reports agents probing test servers"),
        ("https://speechco.example/posts/voices", "SpeechCo opens its voice model weights"),
        ("https://cloudhost.example/blog/gpus", "Cloud host cuts GPU rental prices by a third"),
        ("https://uni.example/papers/proofs", "University team trains a prover that solves olympiad geometry"),
        ("https://browser.example/blog/assistant", "Browser maker adds an on-device assistant"),
        ("https://codetool.example/changelog/agent", "Code editor ships an agent that runs its own tests"),
        ("https://searchco.example/news/index", "Search company rebuilds its index around embeddings"),
        ("https://musicapp.example/blog/mixing", "Music app adds AI stem separation"),
        ("https://mapco.example/posts/routes", "Map company predicts traffic with a graph model"),
    ];

    private const string Text = "The company published figures for the new system and said it is available to developers from today. " +
                                "Early users report that it handles longer inputs and costs less to run than the previous version.";

    private static (Dictionary<string, Article>, List<ArticleScore>) Issue(double digestRelevance)
    {
        var items = Entries.Select((e, i) => (Article: new Article { Id = $"d{i}", FeedUrl = DigestFeed, FeedHome = "https://github.com/someone/feeds",
                    FeedTitle = "AI digest", Title = e.Title, Text = Text, Link = e.Site },
                Score: new ArticleScore { Id = $"d{i}", TechRelevanceScore = digestRelevance - i * 0.05, QualityScore = 6 }))
            .Append((Article: new Article { Id = "n1", FeedUrl = "https://ainews.example/feed", FeedHome = "https://ainews.example/", FeedTitle = "AI News",
                    Title = "Regulators publish draft rules for foundation models", Text = Text, Link = "https://ainews.example/2026/rules" },
                Score: new ArticleScore { Id = "n1", TechRelevanceScore = 6, QualityScore = 5 }))
            .ToList();
        return (items.ToDictionary(i => i.Article.Id, i => i.Article), [.. items.Select(i => i.Score)]);
    }

    private static PipelineConfig Config() => new() { Select = new SelectConfig { MaxArticles = 20, PerFeedCap = 3, MaxTitleSimilarity = 1.1 } };

    [Fact]
    public void Choose_ADigestsStrongStories_ShouldFillAShortIssuePastTheFeedsCeiling_UpToHalfTheIssue()
    {
        var (articles, scores) = Issue(9.5);

        var (selected, decisions, _) = Selector.Choose(articles, scores, Config());

        Assert.Contains(selected, s => s.Id == "n1");
        Assert.Equal(10, selected.Count(s => s.Id.StartsWith('d')));
        var held = decisions.Single(d => d.ArticleId == "d10");
        Assert.Equal("feed_cap", held.Rule);
        Assert.Contains("10 stories already chosen from the feed 'AI digest'", held.Reason, StringComparison.Ordinal);
        Assert.Contains("and 4 more only to fill a short issue with stories of relevance 7.0 or more", held.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_ADigestsWeakerStories_ShouldStillStopAtTheFeedsCeiling()
    {
        // Under the strong relevance (7.0 at the default min_relevance): the ceiling holds as before.
        var (articles, scores) = Issue(6.9);

        var (selected, decisions, _) = Selector.Choose(articles, scores, Config());

        Assert.Equal(6, selected.Count(s => s.Id.StartsWith('d')));
        Assert.Equal("feed_cap", decisions.Single(d => d.ArticleId == "d6").Rule);
    }

    [Fact]
    public void Choose_ADigestPastItsCeiling_ShouldWaitBehindAnotherFeedsWeakerStory()
    {
        // The fill is for places left empty: a full issue goes to the other feeds' stories before the digest's seventh.
        var (articles, scores) = Issue(9.5);
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 7, PerFeedCap = 3, MaxTitleSimilarity = 1.1 } };

        var (selected, _, _) = Selector.Choose(articles, scores, config);

        Assert.Contains(selected, s => s.Id == "n1");
        Assert.Equal(6, selected.Count(s => s.Id.StartsWith('d')));
    }
}
