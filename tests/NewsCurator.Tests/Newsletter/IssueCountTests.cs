using NewsCurator.Model;
using NewsCurator.Newsletter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Newsletter;

/// <summary>
/// The issue's counts in number, and an empty issue that says why (held-out review 72, F5; held-out review 74, F8):
/// "1 stories" was printed, and a run that selected nothing rendered "0 stories, picked from 20 items in 7 feeds" with no reason.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class IssueCountTests
{
    private static EnhancedArticle Entry(int rank) => new()
    {
        Article = new Article { Id = $"id{rank}", FeedUrl = "https://feed.example/rss", FeedTitle = "Feed", Title = $"Story {rank}", Link = $"https://e.org/{rank}", Text = "text" },
        Score = new ArticleScore { Id = $"id{rank}", ContentType = ContentTypes.News },
        Rank = rank, Summary = "A summary.", Topics = ["Security"], Preview = "preview", ReadingTimeMinutes = 3,
    };

    /// <summary>Held-out review 74's main run: 7 feeds, 1 failed, 20 items, 1 past the content filter and scoring, none selected.</summary>
    private static readonly RunCounts Funnel = new() { Feeds = 7, FeedsFailed = 1, Items = 20, AfterDedupe = 20, AfterContentFilter = 1, AfterAdDetection = 1, AfterScoring = 1 };

    private static (NewsletterModel Model, string Html, string Text) Render(int items, int feeds, RunCounts? funnel, params EnhancedArticle[] articles)
    {
        var model = NewsletterRenderer.BuildModel("Brief", "run-1", new DateTimeOffset(2026, 12, 6, 6, 0, 0, TimeSpan.Zero), articles, items, feeds, funnel: funnel);
        var (html, text) = new NewsletterRenderer().Render(model);
        return (model, html, text);
    }

    [Fact]
    public void OneStory_ShouldBePrintedInTheSingular()
    {
        var (_, html, text) = Render(1, 1, Funnel, Entry(1));
        Assert.Contains("1 story, picked from 1 item in 1 feed", text, StringComparison.Ordinal);
        Assert.Contains("1 story &middot; picked from 1 item in 1 feed</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralStories_ShouldReadAsBefore_WithNoEmptyNote()
    {
        var (model, html, text) = Render(100, 10, Funnel, Entry(1), Entry(2));
        Assert.Contains("2 stories, picked from 100 items in 10 feeds", text, StringComparison.Ordinal);
        Assert.Contains("2 stories &middot; picked from 100 items in 10 feeds</p>", html, StringComparison.Ordinal);
        Assert.Null(model.EmptyNote);
        Assert.DoesNotContain("No story passed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyIssue_ShouldSayInOneLineThatNoStoryPassed_WithTheRunsCountsPerStage()
    {
        var (model, html, text) = Render(20, 7, Funnel);
        const string note = "No story passed this run's checks, so this issue holds none: 7 feeds read (1 failed), 20 items, 20 after duplicates, "
            + "1 after the content filter, 1 after ad detection, 1 after scoring, 0 selected; each item's reason is in the run's decisions.";
        Assert.Equal(note, model.EmptyNote);
        Assert.Contains("0 stories, picked from 20 items in 7 feeds\n" + note + "\n", text.Replace("\r\n", "\n"), StringComparison.Ordinal);
        Assert.Contains(note.Replace("'", "&#39;", StringComparison.Ordinal), html.Replace("&#x27;", "&#39;", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void TheTextIssue_ShouldKeepItsLayout_OneBlankLineBetweenParts_AndCountItsFeedsInTheFooter()
    {
        // The empty note's block left a blank line more before every section and after every story (rerun of the held-out configs).
        var (_, _, text) = Render(1, 1, Funnel, Entry(1));
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        Assert.Equal(["Brief", "Sunday, 6 December 2026 - 1 story, picked from 1 item in 1 feed", "", "== Top stories ==", "", "1. Story 1"], lines[..6]);
        Assert.DoesNotContain(lines.Zip(lines.Skip(1)), pair => pair.First.Length == 0 && pair.Second.Length == 0);
        Assert.Contains("Curated automatically from 1 feed (run run-1).", text, StringComparison.Ordinal);
    }
}
