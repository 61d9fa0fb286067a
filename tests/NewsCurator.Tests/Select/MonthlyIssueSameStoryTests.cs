using System.Globalization;
using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A series' monthly issues are two stories: "This Month in Rust OSDev (May 2020)" and "(June 2020)" share their year, their
/// openings embedded at cosine 0.99, and four issues were dropped as the story of a fifth (held-out review 119, F2). A month
/// beside a year counts as the title's number; only the same text under another issue's title is one story. Two reports of one
/// event, dated alike, are still one story.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class MonthlyIssueSameStoryTests
{
    private static readonly float[] OneMeaning = [0.6f, 0.8f, 0f, 0f];

    private static Article Item(string id, string site, string title, string text, string published) => new()
    {
        Id = id, FeedUrl = $"https://{site}/feed.xml", FeedHome = $"https://{site}", Title = title, Text = text,
        Link = $"https://{site}/{id}", Published = DateTimeOffset.Parse(published, CultureInfo.InvariantCulture),
    };

    private static (List<SelectedArticle> Selected, List<Decision> Decisions) Choose(params Article[] items)
    {
        var scores = items.Select((a, i) => new ArticleScore { Id = a.Id, TechRelevanceScore = 8 - i * 0.1, QualityScore = 7, Embedding = OneMeaning }).ToList();
        var (selected, decisions, _) = Selector.Choose(items.ToDictionary(a => a.Id), scores, new PipelineConfig());
        return (selected, decisions);
    }

    [Theory]
    [InlineData("This Month in Rust OSDev (June 2020)", "This Month in Rust OSDev (May 2020)")]
    [InlineData("This Month in Rust OSDev (January 2021)", "This Month in Rust OSDev (December 2020)")]
    public void TwoMonthlyIssuesOfOneSeries_EmbeddingAlike_ShouldBeTwoStories(string newer, string older)
    {
        var (selected, decisions) = Choose(
            Item("newer", "osdev.example.org", newer, "The bootloader crate gained UEFI support and the allocator a slab cache.", "2020-07-12"),
            Item("older", "osdev.example.org", older, "The x86_64 crate added page table helpers and the book a chapter on paging.", "2020-06-07"));

        Assert.True(selected.Any(s => s.Id == "older"), string.Join(" | ", decisions.Select(d => $"{d.ArticleId} {d.Rule} {d.Reason}")));
        Assert.DoesNotContain(decisions, d => d.Rule == "same_story");
    }

    [Theory]
    // Two reports of one event, dated alike or not dated: the month is no issue's number where both name it.
    [InlineData("Cloud storage outage on May 3 disrupts uploads", "May 3 cloud storage outage disrupts uploads in two regions")]
    [InlineData("Linux 6.9 released with a new scheduler", "Linux 6.9 released, bringing a new scheduler")]
    public void TwoReportsOfOneEvent_EmbeddingAlike_ShouldStillBeOneStory(string first, string second)
    {
        var (selected, decisions) = Choose(
            Item("first", "news.example", first,
                "The change reached users on Sunday, and the company says the rest of the work follows within the month.", "2024-05-03"),
            Item("second", "lwn.example", second,
                "Engineers described what changed and why, and what the next weeks bring for the people who depend on it.", "2024-05-04"));

        Assert.False(selected.Any(s => s.Id == "second"), string.Join(" | ", decisions.Select(d => $"{d.ArticleId} {d.Rule} {d.Reason}")));
        Assert.Equal("same_story", decisions.Single(d => d.ArticleId == "second").Rule);
    }

    [Fact]
    public void TwoIssuesOfOneMonthlyDigest_WithTheSameText_ShouldStillBeOneStory()
    {
        // Another issue's title over the same text is the story told again (thirty-third held-out review, F3): a month changes nothing.
        var text = string.Join(' ', Enumerable.Repeat("The bootloader crate gained UEFI support and the allocator a slab cache while the book added a chapter on paging.", 3));
        var (selected, decisions) = Choose(
            Item("newer", "osdev.example.org", "This Month in Rust OSDev (June 2020)", text, "2020-07-12"),
            Item("older", "osdev.example.org", "This Month in Rust OSDev (May 2020)", text, "2020-06-07"));

        Assert.DoesNotContain(selected, s => s.Id == "older");
        Assert.Equal("same_story", decisions.Single(d => d.ArticleId == "older").Rule);
    }
}
