using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A code host's release page is a release for select.max_release_age_days whatever type the scorer gave it: an editor's patch
/// releases, typed "other", were never held to the release age (held-out review 82, F1).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ReleasePageAgeTests
{
    private const string Text = "Problem: the cursor in a terminal window blinks even when blinking was turned off in the settings. " +
                                "Solution: read the setting when the window opens and keep the cursor steady unless it asks for blinking.";

    private static readonly DateTimeOffset AsOf = new(2026, 9, 1, 6, 0, 0, TimeSpan.Zero);

    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(params (string Id, string Feed, string Link, string Title, int Days, string Type)[] items)
        => (items.ToDictionary(i => i.Id, i => new Article { Id = i.Id, FeedUrl = i.Feed, Link = i.Link, Title = i.Title, Text = Text, Published = AsOf.AddDays(-i.Days) }),
            items.Select(i => new ArticleScore { Id = i.Id, TechRelevanceScore = 8, QualityScore = 6, ContentType = i.Type }).ToList());

    private static readonly (string, string, string, string, int, string)[] Current =
        Enumerable.Range(0, 4).Select(i => ($"now{i}", $"https://news{i}.example/feed", $"https://news{i}.example/story", $"Current story {i} on terminals {i}", 1 + i, ContentTypes.News)).ToArray();

    [Fact]
    public void AnOldReleasePage_TypedOther_ShouldBeHeldToTheReleaseAge()
    {
        var (articles, scores) = Pool([.. Current, ("patch", "https://forge.example/ed/ed/releases.atom", "https://forge.example/ed/ed/releases/tag/v9.1.0981",
            "v9.1.0981: patch 9.1.0981: cursor in terminal window blinks by default", 250, ContentTypes.Other)]);

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig(), AsOf);

        Assert.DoesNotContain("patch", selected.Select(s => s.Id));
        var dropped = decisions.Single(d => d.ArticleId == "patch");
        Assert.Equal("too_stale", dropped.Rule);
        Assert.StartsWith("a release published", dropped.Reason, StringComparison.Ordinal);
        Assert.Contains("past select.max_release_age_days", dropped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOldPostAboutARelease_OnABlog_ShouldKeepTheLongerLimit()
    {
        // What must not change: a blog post of the same age, typed other, is no release page.
        var (articles, scores) = Pool([.. Current, ("post", "https://blog.example/feed", "https://blog.example/2026/01/ed-9-1-released",
            "What the editor's 9.1 patches changed for terminal users", 250, ContentTypes.Other)]);

        var (selected, _, _) = Selector.Choose(articles, scores, new PipelineConfig(), AsOf);

        Assert.Contains("post", selected.Select(s => s.Id));
    }
}
