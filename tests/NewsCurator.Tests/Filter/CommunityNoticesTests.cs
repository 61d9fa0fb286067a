using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A community's standing notice on its forum is a site page, not a story (held-out review 72, F6: r/java's pinned "is not
/// for programming help" notice passed the filter and scoring). A story about a community's rules stays one.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class CommunityNoticesTests
{
    private const string Reddit = "https://www.reddit.com/r/java/.rss";

    // The notice as ingest gave it (reddit's chrome stripped), under the capture's title.
    private const string JavaNotice =
        "/r/java is not for programming help or learning Java\n• Programming related questions do not belong here. They belong in /r/javahelp.\n" +
        "• Learning related questions belong in /r/learnjava\nSuch posts will be removed.\nTo the community willing to help:\n" +
        "Instead of immediately jumping in and helping, please direct the poster to the appropriate subreddit and report the post.";

    private static readonly string Story = string.Join(' ', Enumerable.Repeat(
        "The platform said moderators of large communities must now enable two-factor authentication and publish their rules in one place.", 3));

    private static (string Rule, string Reason)? Check(string title, string text, string link, string feed = Reddit)
        => new ContentRules(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch).CheckContent(
            new Article { Id = "a", FeedUrl = feed, Title = title, Text = text, Link = link, Language = "en" });

    [Fact]
    public void ASubredditsPinnedRulesNotice_ShouldBeASitePage()
    {
        var verdict = Check("URLs don’t belong in ‹meta› elements", JavaNotice,
            "https://old.reddit.com/r/java/comments/j7h9er/psarjava_is_not_for_programming_help_learning/");

        Assert.Equal("site_page", verdict?.Rule);
        Assert.Contains("a community's standing notice", verdict?.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rules")]
    [InlineData("Subreddit rules")]
    [InlineData("Read this before posting: how to ask a good question")]
    [InlineData("[Mod Post] New rules for self-promotion")]
    [InlineData("Moderator announcement: the sub is going read-only on Monday")]
    public void ACommunitysNoticeByItsTitle_ShouldBeASitePage(string title)
        => Assert.Equal("site_page", Check(title, Story, "https://www.reddit.com/r/java/comments/abc123/notice/")?.Rule);

    [Fact]
    public void AWeeklyDiscussionThread_ShouldStillBeARecurringThread()
        => Assert.Equal("recurring_thread", Check("Weekly Discussion Thread - January 2026", Story, "https://www.reddit.com/r/java/comments/abc124/weekly/")?.Rule);

    [Theory]
    // Counter-examples: news of a community's rules, on a news site or linked from the forum; a member's post that quotes
    // one rule; a company named Meta; a game's mod.
    [InlineData("Reddit changes its rules for moderators", "https://www.theverge.com/2026/1/5/reddit-moderator-rules", "https://www.theverge.com/rss/index.xml")]
    [InlineData("Reddit changes its rules for moderators", "https://www.theverge.com/2026/1/5/reddit-moderator-rules", Reddit)]
    [InlineData("Meta: Llama 4 weights are out", "https://www.reddit.com/r/LocalLLaMA/comments/abc125/llama4/", Reddit)]
    [InlineData("Mod: better textures 2.0 released", "https://www.reddit.com/r/skyrimmods/comments/abc126/textures/", Reddit)]
    public void AStoryAboutRules_ShouldStay(string title, string link, string feed)
        => Assert.Null(Check(title, Story, link, feed));

    [Fact]
    public void AMembersPostQuotingOneRule_ShouldStay()
    {
        var post = Story + " My last question was removed, and the bot said such posts will be removed, so I am asking about the release here instead.";

        Assert.NotEqual("site_page", Check("Java 25 virtual threads pinning fixed?", post, "https://www.reddit.com/r/java/comments/abc127/vt/")?.Rule);
    }

    [Fact]
    public void TheSameNoticeOffAForum_ShouldStay()
        // A blog that quotes a subreddit's notice in a post about it is no forum's notice.
        => Assert.Null(Check("What r/java's pinned notice gets right", Story + " " + JavaNotice, "https://blog.example.org/2026/01/rjava-notice/", "https://blog.example.org/feed.xml"));
}
