using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Held-out review 85, F1: one viral trend's explainer and its CEO's quip, both from one newsroom, took two of an issue's three
/// places (their embeddings at cosine 0.69-0.73, far under the same-story threshold 0.9), and with a looser relevance floor its
/// how-to took a fourth place past the publisher's cap. Held-out review 87, F3 (d): the cap's short-issue extension gave a
/// consultancy's one-sentence blurbs at relevance 9.8 and quality 3.3-4.6 seven of twenty places, by relevance alone. A story
/// near a chosen one pays a rank penalty (never a drop); a place past a publisher's cap goes only to a story not near its chosen
/// ones and not below the issue's usual quality.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class NearStoryTests
{
    private const string Text = "The company said the new feature went live for every paid account this week. " +
                                "Engineers described how the rollout was staged across regions to keep latency low.";

    private static readonly PipelineConfig Config = new() { Select = new SelectConfig { MaxArticles = 3, PerFeedCap = 3 } };

    /// <summary>A unit vector at <paramref name="cosine"/> to axis <paramref name="axis"/>, leaning on axis <paramref name="lean"/>.</summary>
    private static float[] Vector(int axis, double cosine = 1, int lean = 31)
    {
        var v = new float[32];
        v[axis] = (float)cosine;
        v[lean] += (float)Math.Sqrt(1 - cosine * cosine);
        return v;
    }

    private static (Article, ArticleScore) Story(string id, string site, string title, double relevance, double quality, float[] embedding)
        => (new Article { Id = id, FeedUrl = $"https://{site}/feed", FeedHome = site, FeedTitle = site, Link = $"https://{site}/{id}", Title = title, Text = Text },
            new ArticleScore { Id = id, TechRelevanceScore = relevance, QualityScore = quality, Embedding = embedding });

    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(params (Article Article, ArticleScore Score)[] items)
        => (items.ToDictionary(i => i.Article.Id, i => i.Article), [.. items.Select(i => i.Score)]);

    [Fact]
    public void Choose_TwoPiecesOfOneTrendFromOneNewsroom_ShouldGiveTheSecondPlaceToAnotherStory()
    {
        var (articles, scores) = Pool(
            Story("explainer", "daily.example", "Explained: how the chatbot paints cartoon-style portraits", 9.0, 7, Vector(0)),
            Story("quip", "daily.example", "Chatbot maker's chief asks users to slow their portrait requests", 8.8, 7, Vector(0, 0.75, 1)),
            Story("chips", "wire.example", "Chip maker opens a second packaging plant", 8.5, 7, Vector(2)),
            Story("breach", "security.example", "Ticketing firm confirms breach of customer records", 8.3, 7, Vector(3)));

        var (selected, decisions, _) = Selector.Choose(articles, scores, Config);

        Assert.Equal(["explainer", "chips", "breach"], selected.Select(s => s.Id));
        Assert.Equal("below_cut", decisions.Single(d => d.ArticleId == "quip").Rule);
    }

    [Fact]
    public void Choose_ANearStoryFarAheadOfTheRest_ShouldStillRun_WithThePenaltyInItsReason()
    {
        // What must not change: a big story's real follow-up still runs; the penalty moves it, never drops it.
        var (articles, scores) = Pool(
            Story("launch", "lab.example", "Lab releases its new open-weight reasoning model", 9.5, 8, Vector(0)),
            Story("bench", "lab.example", "Benchmarks: where the new reasoning model wins and loses", 9.3, 8, Vector(0, 0.75, 1)),
            Story("chips", "wire.example", "Chip maker opens a second packaging plant", 6.0, 5, Vector(2)),
            Story("breach", "security.example", "Ticketing firm confirms breach of customer records", 5.8, 5, Vector(3)));

        var (selected, decisions, _) = Selector.Choose(articles, scores, Config);

        Assert.Equal(["launch", "bench", "chips"], selected.Select(s => s.Id));
        var reason = decisions.Single(d => d.ArticleId == "bench").Reason;
        Assert.Contains("-1.00 for closeness to selected launch ('Lab releases its new open-weight reasoning model') (cosine 0.75, the same publisher", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_DistantStoriesOfOnePublisher_ShouldKeepTheirOrder()
    {
        // What must not change: stories under the floor pay nothing.
        var (articles, scores) = Pool(
            Story("a", "daily.example", "City council approves new transit budget", 9.0, 7, Vector(0)),
            Story("b", "daily.example", "Startup raises funds for battery recycling", 8.8, 7, Vector(0, 0.6, 1)),
            Story("c", "wire.example", "Chip maker opens a second packaging plant", 8.5, 7, Vector(2)));

        var (selected, decisions, _) = Selector.Choose(articles, scores, Config);

        Assert.Equal(["a", "b", "c"], selected.Select(s => s.Id));
        Assert.DoesNotContain("closeness", decisions.Single(d => d.ArticleId == "b").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_APlacePastTheCap_ShouldNotGoToAStoryNearThePublishersChosenOnes()
    {
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 10, PerFeedCap = 2 } };
        var (articles, scores) = Pool(
            Story("explainer", "daily.example", "Explained: how the chatbot paints cartoon-style portraits", 9.0, 7, Vector(0)),
            Story("election", "daily.example", "Polling stations open early in the northern districts", 8.8, 7, Vector(1)),
            Story("howto", "daily.example", "How to make cartoon portraits with a free image tool", 8.0, 7, Vector(0, 0.72, 4)),
            Story("chips", "wire.example", "Chip maker opens a second packaging plant", 6.0, 7, Vector(2)));

        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        Assert.DoesNotContain("howto", selected.Select(s => s.Id));
        var held = decisions.Single(d => d.ArticleId == "howto");
        Assert.Equal("feed_cap", held.Rule);
        Assert.Contains("near selected explainer", held.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_APublishersWeakBlurbsPastTheCap_ShouldNotFillTheIssue_WhileAStrongerPublishersStoriesStillDo()
    {
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 20, PerFeedCap = 3 } };
        string[] pitches = ["Ontology versus schema for agent builders", "The real cost of owning a data platform", "A pilot canvas for enterprise agents",
            "Why retrieval pipelines stall in production", "Replacing outsourced back offices with agents", "Choosing between two analytics vendors",
            "A transition playbook for the executive suite", "Governance checklists for autonomous workflows"];
        string[] results = ["Learning to scale sparse attention", "Rounding errors in low-precision training", "Optimal number formats for weights",
            "Monthly reading list of optimisation papers", "Measuring the cube root of a distribution"];
        string[] reports = ["Cloud spending rises in the second quarter", "Regulator opens inquiry into app store fees", "Satellite operator signs launch contract"];
        var blurbs = pitches.Select((t, i) => Story($"blurb{i}", "consult.example", t, 9.8 - i * 0.05, 3.5, Vector(8 + i)));
        var papers = results.Select((t, i) => Story($"paper{i}", "lab.example", t, 8.0 - i * 0.05, 6.8, Vector(16 + i)));
        var news = reports.Select((t, i) => Story($"news{i}", $"news{i}.example", t, 7.0, 6.0, Vector(21 + i)));
        var (articles, scores) = Pool([.. blurbs, .. papers, .. news]);

        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        Assert.Equal(3, selected.Count(s => s.Id.StartsWith("blurb", StringComparison.Ordinal)));
        Assert.Equal(5, selected.Count(s => s.Id.StartsWith("paper", StringComparison.Ordinal)));
        var held = decisions.Single(d => d.ArticleId == "blurb3");
        Assert.Equal("feed_cap", held.Rule);
        Assert.Contains("quality 3.5 is below", held.Reason, StringComparison.Ordinal);
    }
}
