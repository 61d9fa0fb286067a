using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Held-out review 77, F2: "strong" (which lets a publisher's stories past the one fill place, up to half the issue) read raw
/// relevance, blind to the age charge: a language blog's 15- to 18-month-old posts filled a short issue while a two-week-old
/// standards draft of relevance 9.2, its summary failed, waited past its publisher's fill place and was dropped. A story
/// charged for its age fills the one place past the cap only; a fresh strong story without a summary takes a place still empty.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class StaleStrongFillTests
{
    private const string Text = "The release moves the interpreter's start-up work into a frozen module cache. " +
                                "Programs that import many small modules start noticeably faster on every platform.";

    private static readonly DateTimeOffset AsOf = new(2026, 9, 1, 6, 0, 0, TimeSpan.Zero);

    private static readonly PipelineConfig Config = new() { Select = new SelectConfig { MaxArticles = 20, PerFeedCap = 3, MaxTitleSimilarity = 1.1 } };

    private static readonly string[] Subjects = ["frozen modules", "the garbage collector", "wheel tags", "the packaging index", "virtual environments",
        "the bytecode compiler", "type hints", "the import system"];

    private static (Article, ArticleScore) Story(string id, string feed, string title, int days, double relevance, string text = Text)
        => (new Article { Id = id, FeedUrl = $"https://{feed}/feed", FeedHome = feed, Link = $"https://{feed}/posts/{id}", Title = title, Text = text, Published = AsOf.AddDays(-days) },
            new ArticleScore { Id = id, TechRelevanceScore = relevance, QualityScore = 7 });

    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(IEnumerable<(Article Article, ArticleScore Score)> items)
    {
        var list = items.ToList();
        return (list.ToDictionary(i => i.Article.Id, i => i.Article), [.. list.Select(i => i.Score)]);
    }

    /// <summary>Current stories of other publishers, so that the run's present is the run's start.</summary>
    private static IEnumerable<(Article, ArticleScore)> Current()
        => Enumerable.Range(0, 4).Select(i => Story($"now{i}", $"news{i}.example", $"Current story {i} on kernels {i}", 1 + i, 6.0));

    [Fact]
    public void Choose_AStalePublishersStrongStories_ShouldFillOnePlacePastTheCap_NotTheStrongFill()
    {
        var (articles, scores) = Pool(Subjects.Select((s, i) => Story($"old{i}", "lang.example", $"Notes on {s}", 470 + i * 10, 8.5 - i * 0.1)).Concat(Current()));

        var (selected, decisions, _) = Selector.Choose(articles, scores, Config, AsOf);

        Assert.Equal(4, selected.Count(s => s.Id.StartsWith("old", StringComparison.Ordinal)));
        var held = decisions.Single(d => d.ArticleId == "old4");
        Assert.Equal("feed_cap", held.Rule);
        Assert.Contains("none older than 12 x select.stale_after_days 30", held.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_AFreshPublishersStrongStories_ShouldStillFillTheShortIssue()
    {
        // What must not change (fiftieth held-out review, F1): fresh strong stories fill the short issue past the fill place.
        var (articles, scores) = Pool(Subjects.Select((s, i) => Story($"new{i}", "lang.example", $"Notes on {s}", 2 + i, 8.5 - i * 0.1)).Concat(Current()));

        var (selected, _, _) = Selector.Choose(articles, scores, Config, AsOf);

        Assert.Equal(8, selected.Count(s => s.Id.StartsWith("new", StringComparison.Ordinal)));
    }

    [Fact]
    public void Choose_AFreshStrongStoryWithoutASummary_PastItsPublishersFill_ShouldTakeAPlaceStillEmpty()
    {
        var fresh = Enumerable.Range(0, 4).Select(i => Story($"w3{i}", "standards.example", $"Working draft {i} of {Subjects[i]} published", 10 + i, 8.0 - i * 0.1));
        var teaser = Story("push", "standards.example", "Push messaging drafts published", 22, 9.2,
            "The working group today published two drafts for the web platform's push messages and...");
        var (articles, scores) = Pool(fresh.Append(teaser).Concat(Current()));

        var (selected, decisions, _) = Selector.Choose(articles, scores, Config, AsOf);

        Assert.Contains("push", selected.Select(s => s.Id));
        Assert.Equal(Outcomes.Selected, decisions.Single(d => d.ArticleId == "push").Outcome);
    }
}
