using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Held-out review 75, F3: a platform's changelog feed whose entries the type head read as "release" for some and "other" or
/// "news" for the rest. The releases over select.max_release_age_days were dropped, while older entries of the same feed, a
/// deprecation notice among them, were chosen. Every entry of a feed that is mostly releases is held to that limit.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ChangelogFeedAgeTests
{
    private const string Text = "The orders endpoint now returns the fulfilment state of every line item in one call. " +
                                "Integrations that polled the shipments endpoint for it can drop that request.";

    private static readonly DateTimeOffset AsOf = new(2026, 9, 1, 6, 0, 0, TimeSpan.Zero);

    private static (Dictionary<string, Article>, List<ArticleScore>) Feed(string feed, params (string Id, string Title, int Days, string Type, string? Guess)[] items)
        => (items.ToDictionary(i => i.Id, i => new Article { Id = i.Id, FeedUrl = feed, Title = i.Title, Text = Text, Published = AsOf.AddDays(-i.Days) }),
            items.Select(i => new ArticleScore { Id = i.Id, TechRelevanceScore = 7.5, QualityScore = 5, ContentType = i.Type, TypeGuess = i.Guess }).ToList());

    private static (Dictionary<string, Article>, List<ArticleScore>) With((Dictionary<string, Article> Articles, List<ArticleScore> Scores) a, (Dictionary<string, Article> Articles, List<ArticleScore> Scores) b)
        => (a.Articles.Concat(b.Articles).ToDictionary(p => p.Key, p => p.Value), [.. a.Scores, .. b.Scores]);

    /// <summary>Current stories from other feeds, so that the run's present is the run's start.</summary>
    private static (Dictionary<string, Article>, List<ArticleScore>) Current()
        => Enumerable.Range(0, 4).Select(i => Feed($"https://news{i}.example/feed", ($"now{i}", $"Current story {i} on compilers {i}", 1 + i, ContentTypes.News, null)))
            .Aggregate(With);

    [Fact]
    public void Choose_AnOldEntryOfAChangelogFeed_TypedOtherOrNews_ShouldBeHeldToTheReleaseAge()
    {
        var changelog = Feed("https://developers.shop.example/changelog.xml",
            ("payouts", "Payouts API adds a settlement currency field", 20, ContentTypes.Release, null),
            ("webhooks", "Webhook retries now back off exponentially", 40, ContentTypes.Other, ContentTypes.Release),
            ("sdk", "New Kotlin SDK version 4.2", 200, ContentTypes.Release, null),
            ("deprecation", "Deprecation notice: the legacy checkout API retires", 420, ContentTypes.Other, ContentTypes.News),
            ("status", "A new on-hold status for orders", 215, ContentTypes.News, null));
        var (articles, scores) = With(changelog, Current());

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig(), AsOf);

        var ids = selected.Select(s => s.Id).ToList();
        Assert.Contains("payouts", ids);
        Assert.Contains("webhooks", ids);
        foreach (var old in new[] { "sdk", "deprecation", "status" })
        {
            Assert.DoesNotContain(old, ids);
            Assert.Equal("too_stale", decisions.Single(d => d.ArticleId == old).Rule);
        }
        Assert.Contains("an entry of a changelog feed (3 of its 5 scored items read as releases)", decisions.Single(d => d.ArticleId == "deprecation").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_AProductBlogWithAFewReleases_ShouldKeepItsOlderNews_AndAChangelogItsTutorial()
    {
        // What must not change: a feed with fewer releases than not keeps the longer limit for its news, and a tutorial in a
        // changelog feed keeps its own type's limit.
        var blog = Feed("https://blog.tools.example/feed",
            ("launch", "Version 3 of the profiler is out", 10, ContentTypes.Release, null),
            ("story", "How the team moved the build farm to ARM", 300, ContentTypes.News, null),
            ("essay", "Why flaky tests are a design smell", 250, ContentTypes.Opinion, null));
        var changelog = Feed("https://developers.pay.example/changelog.xml",
            ("r1", "Refunds API supports partial captures", 10, ContentTypes.Release, null),
            ("r2", "Disputes API adds evidence uploads", 30, ContentTypes.Release, null),
            ("guide", "Guide: migrating webhook signatures step by step", 260, ContentTypes.Tutorial, null));
        var (articles, scores) = With(With(blog, changelog), Current());

        var (selected, _, _) = Selector.Choose(articles, scores, new PipelineConfig(), AsOf);

        var ids = selected.Select(s => s.Id).ToList();
        Assert.Contains("story", ids);
        Assert.Contains("essay", ids);
        Assert.Contains("guide", ids);
    }
}
