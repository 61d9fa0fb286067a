using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>A scraper's string escapes left in a feed's titles leave them; a title about an escape keeps it (fifth held-out review, F10).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TitleEscapeTests
{
    [Theory]
    [InlineData("The \\\"think\\\" tool: enabling Claude to stop and think", "The \"think\" tool: enabling Claude to stop and think")]
    [InlineData("Effective harnesses for long-running agents\\n", "Effective harnesses for long-running agents")]
    [InlineData("Writing tools for agents \\n\\n", "Writing tools for agents")]
    [InlineData("It\\'s here", "It's here")]
    [InlineData("Why \\n is not a newline in raw strings", "Why \\n is not a newline in raw strings")]
    [InlineData("C:\\Users and paths on Windows", "C:\\Users and paths on Windows")]
    public void Title_ShouldLoseAScrapersEscapes_NotItsOwnBackslashes(string raw, string expected)
    {
        var article = ArticleNormalizer.ToArticle(new ParsedItem { Title = raw, Link = "https://example.org/a", SummaryHtml = "<p>Text.</p>" },
            new FeedSource("https://example.org/feed.xml"), "Feed");
        Assert.Equal(expected, article.Title);
    }

    [Theory]
    [InlineData("2024-06-03", "observability news: 2024-06-03")] // a digest titled by its date (sixth held-out review, F11)
    [InlineData("#512", "observability news: #512")]
    [InlineData("Issue 512", "Issue 512")]
    [InlineData("2024: the year in review", "2024: the year in review")]
    public void Title_WithNoWord_ShouldBeHeadedByTheFeedsName(string raw, string expected)
    {
        var article = ArticleNormalizer.ToArticle(new ParsedItem { Title = raw, Link = "https://example.org/a", SummaryHtml = "<p>Text.</p>" },
            new FeedSource("https://example.org/feed.xml"), "observability news");
        Assert.Equal(expected, article.Title);
    }
}
