using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A company's blog published on a community platform's host ("community.<company>.com"), whose headline asks its readers
/// ("... what does it mean for you?") over a feed's short teaser, is the company's news, not a forum member's discussion
/// prompt (hostile-input audit 51, H4): the platform's blog article path says whose post it is, and a press release's
/// "today announced" says the text reports. Members' threads on the same hosts, and a member's prompt that mentions a
/// release, are still prompts.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class CompanyBlogOnCommunityHostTests
{
    private static readonly ContentRules Rules = new(new ContentConfig { MinLength = 0 }, new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Post(string title, string text, string link, string feed)
        => new() { Id = "x", FeedUrl = feed, Title = title, Link = link, Language = "en", Text = text };

    private const string BoardFeed = "https://community.chipmaker.example/xyz123/rss/board?board.id=news-blog";

    [Fact]
    public void ABlogArticleOfACommunityPlatform_AskingItsReaders_ShouldStay()
        => Assert.Null(Rules.CheckContent(Post("Edge inference goes fanless: what could it change for you?",
            "Our new low-power accelerator module runs vision models without a fan, in a module the size of a stamp. Samples reach partners next quarter.",
            "https://community.chipmaker.example/t5/news-blog/edge-inference-goes-fanless/ba-p/88213", BoardFeed)));

    [Fact]
    public void APressReleasesTeaser_OnACommunityHostsThread_AskingItsReaders_ShouldStay()
        => Assert.Null(Rules.CheckContent(Post("Quartz 3 is out: what does it change for you?",
            "Northwind Systems today announced Quartz 3, its open-source storage engine, with tiered caching and a new replication log.",
            "https://community.northwind.example/t/quartz-3-is-out/4512", "https://community.northwind.example/c/announcements.rss")));

    [Theory]
    // What must not change: a member's thread on the same platform, and a member's prompt that names a release.
    [InlineData("Which laptop are you using for local models?", "Thinking of upgrading soon, curious what people run.",
        "https://community.chipmaker.example/t5/processors/which-laptop-are-you-using/td-p/77120", BoardFeed)]
    [InlineData("Linux 7.4 is out: which feature are you trying first?", "Linux 7.4 was released today with the new scheduler.",
        "https://www.reddit.com/r/linux/comments/1zz9q/linux_74_is_out/", "https://www.reddit.com/r/linux/.rss")]
    public void AMembersQuestion_OnTheSameHosts_ShouldStillBeADiscussionPrompt(string title, string text, string link, string feed)
        => Assert.Equal("discussion_prompt", Rules.CheckContent(Post(title, text, link, feed))?.Rule);
}
