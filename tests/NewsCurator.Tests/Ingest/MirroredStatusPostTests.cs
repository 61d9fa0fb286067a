using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A social network's post mirrored on its publisher's own site is titled by its id ("Tweet 1029425508977659904 by yuzuemu",
/// at "/entry/tweet_ID/"), and twenty passed as articles headlined so (held-out review 119, F3). It is the status post it is:
/// its opening heads it as a title-less note's does, and its one linked page is its story. Titles that only hold a word and a
/// number ("Post 2", "Note 2024", a story about a tweet) are headlines.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class MirroredStatusPostTests
{
    private const string Tweet = "There's now an open-source emulator that runs BotW in-game :) Check out this great video from @someone showing… https://t.co/QWS2s4NDUa";

    private static Article Of(string title, string html, string link = "https://example.org/entry/tweet_1029425508977659904/")
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = title, Link = link, SummaryHtml = html }, new FeedSource("https://example.org/index.xml"), "Example");

    [Theory]
    [InlineData("Tweet 1029425508977659904 by yuzuemu")]
    [InlineData("Toot 111544452566443481")]
    [InlineData("Status #1719424500591210559 from @jane")]
    [InlineData("Skeet 0123456789abcdef0123 by someone.bsky.social")]
    public void AMirroredStatusTitledByItsId_ShouldBeHeadedByItsOpening(string title)
    {
        var article = Of(title, Tweet);

        Assert.DoesNotContain("1029425508977659904", article.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("111544452566443481", article.Title, StringComparison.Ordinal);
        Assert.StartsWith("There", article.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void AMirroredStatusPointingToOnePage_ShouldBeLinkedToThePage()
        => Assert.Equal("https://blog.example.net/2018/08/botw-progress/", Of("Tweet 1029425508977659904 by yuzuemu",
            """<p>Our progress report is out: <a href="https://blog.example.net/2018/08/botw-progress/">blog.example.net/2018/08/botw-progress</a></p>""").Link);

    [Theory]
    [InlineData("Post 2")]
    [InlineData("Note 2024")]
    [InlineData("Note 20240115")] // a date stamp, not a post id (code review 52, R8)
    [InlineData("Tweet by the president deleted after 12 minutes")]
    [InlineData("Progress Report 2018 Part 3")]
    [InlineData("Status update 20261206 for the build farm")]
    public void AHeadline_ShouldStay(string title)
    {
        var article = Of(title, "<p>" + Tweet + "</p>", link: "https://example.org/entry/progress/");

        Assert.Equal(title, article.Title);
        Assert.Equal("https://example.org/entry/progress/", article.Link);
    }
}
