using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>A forum's standing weekly or monthly thread is no story (thirty-first held-out review, F6).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class RecurringThreadsTests
{
    private static Article Post(string title) => new() { Id = "x", FeedUrl = "https://www.reddit.com/r/MachineLearning/.rss", Title = title,
        Link = "https://www.reddit.com/r/MachineLearning/comments/abc/x/", Language = "en", Text = "This is a place to share machine learning research papers, journals, and articles that you're reading this week. " +
        "If it relates to what you're researching, by all means elaborate and give us your insight, otherwise it could just be an interesting paper you've read. " +
        "Please try to provide some insight from your understanding and please don't post things which are present in wiki." };

    [Theory]
    [InlineData("[D] Machine Learning - WAYR (What Are You Reading) - Week 53")]
    [InlineData("What Are You Reading - Week 12")]
    [InlineData("[D] Simple Questions Thread")]
    [InlineData("[D] Self-Promotion Thread")]
    [InlineData("Weekly Discussion Megathread - March 03, 2025")]
    [InlineData("Monthly Who's Hiring (April 2025)")]
    [InlineData("Ask HN: Who is hiring? (March 2025)")]
    [InlineData("Weekly Questions Thread #42")]
    [InlineData("Monthly Show and Tell - May 2024")]
    [InlineData("Daily Discussion Thread")]
    public void Title_OfAStandingThread_ShouldBeDropped(string title)
    {
        Assert.NotNull(RecurringThreads.Of(Post(title)));
        Assert.Equal("recurring_thread", new ContentRules(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch).CheckContent(Post(title))?.Rule);
    }

    [Fact]
    public void AStandingThread_OnAnotherForumSoftware_ShouldBeDropped()
        // Thirty-third held-out review, F1: a Flarum forum's standing news thread, its address /d/<id>-<slug>/<reply>.
        => Assert.NotNull(RecurringThreads.Of(Post("BSD news thread") with
            { Link = "https://www.unitedbsd.com/d/12-bsd-news-thread/347", FeedUrl = "https://planet.example.org/feed.xml" }));

    [Fact]
    public void AThreadTitle_OnANewsSite_ShouldStay()
        // Only a forum's items are read so (review of session 29, R2): a blog may title a post after one.
        => Assert.Null(RecurringThreads.Of(Post("Weekly Discussion Megathread - March 03, 2025") with
            { Link = "https://blog.example.com/weekly-discussion", FeedUrl = "https://blog.example.com/feed.xml" }));

    [Theory]
    [InlineData("Inside the megathread that exposed a crypto wallet scam")]
    [InlineData("Amazon pauses quarterly hiring")]
    [InlineData("Meta ends weekly Q&A")]
    [InlineData("The weekly thread that taught us how to scale Postgres")]
    [InlineData("What are you reading? A look at how engineers learn")]
    [InlineData("Weekly releases: how we ship Chrome every seven days")]
    [InlineData("Inside Reddit's moderation tools for megathreads and live events")]
    [InlineData("Monthly active users of Copilot reach 20 million")]
    [InlineData("Hiring freeze at Big Tech slows AI research")]
    public void Title_OfAStory_ShouldStay(string title) => Assert.Null(RecurringThreads.Of(Post(title)));
}
