using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A feed of image posts (a comic's strips) has no text on its pages either: its warning must not advise reading them in full
/// (held-out review 113, F3).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ImagePostWarningTests
{
    private static Article Item(string html)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = "Compiler Errors", Link = "https://comics.example.net/812/", SummaryHtml = html }, new FeedSource("https://comics.example.net/rss.xml"), "Comics");

    [Fact]
    public void AnImageWithACaption_ShouldBeAnImagePost()
    {
        Assert.True(Item("<img src=\"https://comics.example.net/strips/812.png\" title=\"It compiled on my machine\" alt=\"Compiler Errors\" />").ImagePost);
        Assert.True(Item("<p><a href=\"https://comics.example.net/812/\"><img src=\"https://comics.example.net/strips/812.gif\" /></a></p><p>Whee!</p>").ImagePost);
    }

    [Fact]
    public void APostWithAPictureAndATextOfItsOwn_ShouldNotBeOne()
    {
        Assert.False(Item("<p><img src=\"https://blog.example.net/chart.png\" /></p><p>Our build times fell by half after we moved the cache next to the runners, "
                          + "and the chart shows the week of the change. Here is how we measured it and what we would do differently.</p>").ImagePost);
    }

    [Fact]
    public void AFeedOfImagePosts_ShouldNotBeAdvisedToReadThemInFull()
    {
        var outcome = new FeedOutcome { FeedUrl = "https://comics.example.net/rss.xml", Status = FeedStatus.Ok };
        var warning = Assert.Single(FeedWarnings.Of(outcome, new FeedFunnel(outcome.FeedUrl) { Total = 4, ImagePosts = 4, ContentDrops = new Dictionary<string, int> { ["min_length"] = 4 } })!);

        Assert.Contains("images", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("fullText", warning, StringComparison.Ordinal);
        // A feed of teasers with the odd picture keeps the full-text advice.
        Assert.Contains("fullText", Assert.Single(FeedWarnings.Of(outcome, new FeedFunnel(outcome.FeedUrl) { Total = 4, ImagePosts = 1, ContentDrops = new Dictionary<string, int> { ["min_length"] = 4 } })!), StringComparison.Ordinal);
    }

    [Fact]
    public void AThumbnailLinkingAnotherPage_OrATrackingPixel_ShouldNotMakeAnImagePost()
    {
        // A link aggregator's teaser (a thumbnail wrapped in a link to the article, "submitted by") and a brief with a 1x1 pixel
        // link to articles: their pages are worth reading (review of session 51, R4).
        Assert.False(Item("<table><tr><td><a href=\"https://blog.example.org/posts/new-gc\"><img src=\"https://thumbs.example.net/t/9f.jpg\" alt=\"New GC\" /></a></td>"
                          + "<td> submitted by <a href=\"https://comics.example.net/user/ann\"> /u/ann </a> <span><a href=\"https://blog.example.org/posts/new-gc\">[link]</a></span></td></tr></table>").ImagePost);
        Assert.False(Item("Short brief on the outage today. Read the full story.<img src=\"https://stats.example.com/px/812\" height=\"1\" width=\"1\" alt=\"\"/>").ImagePost);
    }
}
