using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Held-out review 76, F2: a small forum's members' posts (questions, feedback on a draft, the forum's housekeeping) scored
/// relevance 7 to 10 on their subjects and, as "strong" stories, took 6 of a short issue's 9 places past the per-publisher
/// cap. A forum's own posts fill the one place past the cap, not the strong fill's; a blog's strong stories still do.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ForumStrongFillTests
{
    private const string Text = "The parser combinators in the second chapter return a result for every prefix they match. " +
                                "Reading them one after another shows how a grammar turns into plain functions.";

    private static readonly string[] Titles = ["Parser combinators in chapter two", "Register allocation questions", "Repository layout changes",
        "Feedback on the draft's language description", "Sending the book to an e-reader fails", "Linker flags for the ARM target",
        "Tail calls in the generated assembly", "Regex engine exercise"];

    private static (Dictionary<string, Article>, List<ArticleScore>) Issue(Func<int, string> link)
    {
        var items = Titles.Select((t, i) => (Article: new Article { Id = $"p{i}", FeedUrl = "https://books.example/latest.rss", FeedHome = "books.example", Title = t, Text = Text, Link = link(i) },
                Score: new ArticleScore { Id = $"p{i}", TechRelevanceScore = 9.9 - i * 0.3, QualityScore = 6 }))
            .Append((Article: new Article { Id = "other", FeedUrl = "https://kernel.example/feed", Title = "Kernel networking stack rework", Text = Text, Link = "https://kernel.example/posts/net" },
                Score: new ArticleScore { Id = "other", TechRelevanceScore = 6, QualityScore = 6 }))
            .ToList();
        return (items.ToDictionary(i => i.Article.Id, i => i.Article), [.. items.Select(i => i.Score)]);
    }

    private static readonly PipelineConfig Config = new() { Select = new SelectConfig { MaxArticles = 20, PerFeedCap = 3 } };

    [Fact]
    public void Choose_AForumsOwnPosts_ShouldFillOnePlacePastTheCap_NotTheStrongFill()
    {
        var (articles, scores) = Issue(i => $"https://forum.books.example/t/post-{i}/{100 + i}");

        var (selected, decisions, _) = Selector.Choose(articles, scores, Config);

        Assert.Equal(["p0", "p1", "p2", "other", "p3"], selected.Select(s => s.Id));
        var held = decisions.Single(d => d.ArticleId == "p4");
        Assert.Equal("feed_cap", held.Rule);
        Assert.Contains("never a forum's own posts", held.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_ABlogsStrongStories_ShouldStillFillTheShortIssue()
    {
        // What must not change (fiftieth held-out review, F1): a publisher's strong stories fill the short issue, here up to
        // StrongFill (half the issue; held-out review 78, F2: no longer the aggregator's feed ceiling, twice the cap).
        var (articles, scores) = Issue(i => $"https://books.example/posts/post-{i}");

        var (selected, decisions, _) = Selector.Choose(articles, scores, Config);

        Assert.Equal(["p0", "p1", "p2", "other", "p3", "p4", "p5", "p6", "p7"], selected.Select(s => s.Id));
        Assert.Contains("(a strong story: relevance 7.0 or more, up to 10 from one publisher)", decisions.Single(d => d.ArticleId == "p5").Reason, StringComparison.Ordinal);
    }
}
