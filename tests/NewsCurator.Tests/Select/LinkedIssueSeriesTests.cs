using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Held-out review 101, F1 and F4: a weekly that titles each issue with its subject line numbers it only in its link
/// ("/issues/520") and in the dateline opening its text ("#520 — August 27, 2024"); two of its issues, one 18 months old,
/// both went out. One issue of a series per newsletter, the newest, read from the link or the dateline too.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class LinkedIssueSeriesTests
{
    private static readonly DateTimeOffset Day = new(2025, 9, 3, 8, 0, 0, TimeSpan.Zero);

    private static Article Item(string id, string feed, string link, string title, string text, DateTimeOffset? published)
        => new() { Id = id, FeedUrl = feed, Title = title, Link = link, Text = text, Published = published };

    private static (List<SelectedArticle> Selected, List<Decision> Decisions) Choose(params (Article Article, double Relevance)[] items)
    {
        var articles = items.ToDictionary(i => i.Article.Id, i => i.Article);
        var scores = items.Select(i => new ArticleScore { Id = i.Article.Id, TechRelevanceScore = i.Relevance, QualityScore = 7 }).ToList();
        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig { Select = new SelectConfig { MaxStaleDays = 0 } }, Day.AddDays(1));
        return (selected, decisions);
    }

    [Fact]
    public void TwoIssuesNumberedInTheirLinks_ShouldGiveOnlyTheNewest()
    {
        var (selected, decisions) = Choose(
            (Item("old", "https://rustletter.example/rss", "https://rustletter.example/issues/388", "Borrowing trouble, and a faster linker",
                "#388 — March 4, 2024. This week a new linker halves build times for large workspaces, a guide to lifetimes in async code, " +
                "and a crate for structured logging.", Day.AddDays(-540)), 9),
            (Item("new", "https://rustletter.example/rss", "https://rustletter.example/issues/462", "What the compiler team shipped this summer",
                "#462 — September 2, 2025. The compiler team's summer work lands in the new release, a profiler for embedded targets, " +
                "and an interview on maintaining a popular web framework.", Day.AddDays(-1)), 8));
        Assert.Contains(selected, s => s.Id == "new");
        Assert.Contains(decisions, d => d.ArticleId == "old" && d.Rule == "same_series");
    }

    [Fact]
    public void TwoIssuesKnownByTheirDatelines_ShouldGiveOnlyTheNewest()
    {
        var (selected, decisions) = Choose(
            (Item("a", "https://weekly.example/feed", "https://weekly.example/p/a-quieter-week", "A quieter week for databases",
                "#120 — June 3, 2025. Postgres point releases, an index advisor and a talk on vacuum tuning lead this week's links.", Day.AddDays(-92)), 9),
            (Item("b", "https://weekly.example/feed", "https://weekly.example/p/the-planner-gets-smarter", "The planner gets smarter",
                "#133 — September 2, 2025. A new planner feature, a migration tool for large tables and a guide to logical replication.", Day.AddDays(-1)), 8));
        Assert.Contains(selected, s => s.Id == "b");
        Assert.Contains(decisions, d => d.ArticleId == "a" && d.Rule == "same_series");
    }

    // What must not change: a tracker's issues ("/owner/repo/issues/N") are each their own story.
    [Fact]
    public void ATrackersIssues_ShouldStayTwoStories()
    {
        var (selected, decisions) = Choose(
            (Item("i12", "https://code.example/owner/tool/issues.atom", "https://code.example/owner/tool/issues/12", "Crash when the config file is empty",
                "Starting the tool with an empty config file panics in the parser. A stack trace and a minimal file reproduce it.", Day.AddDays(-2)), 8),
            (Item("i13", "https://code.example/owner/tool/issues.atom", "https://code.example/owner/tool/issues/13", "Support for reading settings from the environment",
                "A proposal to read every setting from environment variables, with a prefix, so containers need no config file.", Day.AddDays(-1)), 7.5));
        Assert.DoesNotContain(decisions, d => d.Rule == "same_series");
        Assert.Equal(2, selected.Count);
    }

    // Nor a blog's numeric permalinks ("/archives/1234", WordPress's built-in form), a root-level tracker's bugs
    // ("/issues/812", Redmine's) or numbered posts whose text names no month (code review 49, R2).
    [Theory]
    [InlineData("https://devnotes.example/archives/1234", "https://devnotes.example/archives/1301", "Postgres 17 upgrade notes.", "A Rust tutorial.")]
    [InlineData("https://bugs.example.org/issues/812", "https://bugs.example.org/issues/815", "Crash on start.", "Slow sync.")]
    [InlineData("https://show.example/p/a", "https://show.example/p/b", "#42 - Decentralized identity explained.", "#43 - Augmented reality glasses are back.")]
    public void PostsNumberedAsNoNewslettersIssues_ShouldStayTwoStories(string firstLink, string secondLink, string firstText, string secondText)
    {
        var (selected, decisions) = Choose(
            (Item("p1", "https://feed.example/rss", firstLink, "Why our database upgrade took down the API for an hour",
                firstText + " The upgrade rewrote every index at once, and the connection pool filled while it ran.", Day.AddDays(-2)), 8),
            (Item("p2", "https://feed.example/rss", secondLink, "Writing a small interpreter in Rust, step by step",
                secondText + " We build a tokenizer, a parser and an evaluator, with tests at every step.", Day.AddDays(-1)), 7.5));
        Assert.DoesNotContain(decisions, d => d.Rule == "same_series");
        Assert.Equal(2, selected.Count);
    }
}
