using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A scraper's label in brackets ("(Enriched)", "(Full text)") and Reddit's display title ("Machine Learning" for
/// r/MachineLearning) are not who published the words (thirteenth held-out review, F7).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FeedProcessingNoteTests
{
    private const string Address = "https://feeds.example.net/feed.xml";

    [Theory]
    [InlineData("Example Labs News (Enriched)", "Example Labs News")]
    [InlineData("Example Labs (Unofficial)", "Example Labs")]
    [InlineData("Example Labs (Full text)", "Example Labs")]
    [InlineData("Example Labs (Full-text)", "Example Labs")]
    [InlineData("Example Labs (Mirror)", "Example Labs")]
    [InlineData("Example Labs (scraped)", "Example Labs")]
    [InlineData("Example Labs (RSS)", "Example Labs")]
    [InlineData("Example Labs [Atom]", "Example Labs")]
    [InlineData("Example Labs (Feed)", "Example Labs")]
    [InlineData("Example Labs (Unofficial) (Full text)", "Example Labs")]
    [InlineData("Example Labs - (Unofficial RSS)", "Example Labs")]
    [InlineData("Example Show (MP3)", "Example Show")]
    [InlineData("Example Show (HD Video)", "Example Show")]
    public void AFeedBuildersNote_ShouldGo(string feedTitle, string expected)
        => Assert.Equal(expected, FeedName.Of(null, feedTitle, Address));

    [Theory]
    // A note that says anything else about the publisher or the feed's subject is part of the name.
    [InlineData("Rust (Programming Language)")]
    [InlineData("Le Journal (English)")]
    [InlineData("Example Labs (beta)")]
    [InlineData("Example Labs (Full text search)")]
    [InlineData("(RSS)")]
    [InlineData("Go (RSS) Weekly")]
    public void AnyOtherNote_ShouldStay(string feedTitle)
        => Assert.Equal(feedTitle, FeedName.Of(null, feedTitle, Address));

    [Fact]
    public void TheOperatorsTitle_ShouldStayAsWritten()
        => Assert.Equal("Example Labs (Mirror)", FeedName.Of("Example Labs (Mirror)", "Other", Address));

    [Theory]
    [InlineData("https://www.reddit.com/r/MachineLearning")]
    [InlineData("https://www.reddit.com/r/MachineLearning/")]
    [InlineData("https://www.reddit.com/r/MachineLearning.rss")]
    [InlineData("https://old.reddit.com/r/MachineLearning/top/.rss?t=week")]
    [InlineData("https://reddit.com/r/MachineLearning/new")]
    public void ASubredditsFeed_ShouldBeCreditedToTheSubreddit(string home)
        => Assert.Equal("r/MachineLearning", FeedName.Of(null, "Machine Learning", "file:///tmp/saved.xml", home));

    [Fact]
    public void ASubredditsFeedAddress_ShouldNameIt_WhenTheHomeLinkIsMissing()
        => Assert.Equal("r/rust", FeedName.Of(null, "The Rust Programming Language", "https://www.reddit.com/r/rust/.rss", null));

    [Theory]
    // Not one community: a user's feed, a multireddit, a search, another site's /r/ path.
    [InlineData("https://www.reddit.com/user/someone/.rss")]
    [InlineData("https://www.reddit.com/r/rust+golang/.rss")]
    [InlineData("https://www.reddit.com/search.rss?q=llm")]
    [InlineData("https://example.com/r/MachineLearning")]
    [InlineData("https://notreddit.com/r/MachineLearning")]
    public void AnyOtherAddress_ShouldKeepTheFeedsTitle(string address)
        => Assert.Equal("Machine Learning", FeedName.Of(null, "Machine Learning", address));

    [Fact]
    public void TheOperatorsTitle_ShouldWinOverTheSubreddit()
        => Assert.Equal("ML on Reddit", FeedName.Of("ML on Reddit", "Machine Learning", "https://www.reddit.com/r/MachineLearning/.rss"));
}
