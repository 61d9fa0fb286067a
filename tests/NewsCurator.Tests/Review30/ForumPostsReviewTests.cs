using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Review30;

/// <summary>
/// Review of session 30: forum_reply and help_request read an aggregator's link posts (Hacker News, Lobsters, Reddit) as a
/// forum's own posts, because <see cref="RecurringThreads.IsForumPost"/> is true for any item of such a feed; and a
/// forum's announcements carry two "signs" of a request easily. Each test FAILS on the reviewed code.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ForumPostsReviewTests
{
    private static readonly ContentRules Rules = new(new ContentConfig { MinLength = 0 }, new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Item(string title, string text, string link, string feed)
        => new() { Id = "x", FeedUrl = feed, Title = title, Link = link, Language = "en", Text = text };

    // R3: Hacker News keeps a mailing-list post's subject: Linus's "Re: [GIT PULL] ..." reached the front page many times.
    [Fact]
    public void R3_AHackerNewsLinkToAMailingListPost_TitledRe_ShouldNotBeAForumReply()
    {
        var item = Item("Re: [PATCH 00/13] [RFC] Rust support", "Article URL: https://lore.kernel.org/lkml/CAHk-x@mail.gmail.com/ Comments URL: https://news.ycombinator.com/item?id=26832102 Points: 412",
            "https://lore.kernel.org/lkml/CAHk-x@mail.gmail.com/", "https://news.ycombinator.com/rss");
        Assert.Null(Rules.CheckContent(item)?.Rule);
    }

    // R3: an aggregator's story that links to one post of a Discourse thread (a steering council's decision posted as a reply).
    [Theory]
    [InlineData("https://discuss.python.org/t/pep-703-making-the-global-interpreter-lock-optional/22606/123", "https://lobste.rs/rss")]
    [InlineData("https://discourse.nixos.org/t/nixos-foundation-board-statement/41234/7", "https://news.ycombinator.com/rss")]
    [InlineData("https://www.reddit.com/r/programming/comments/1abc2d/sqlite_is_not_a_toy/kx9y8z7/", "https://lobste.rs/rss")]
    public void R3_AnAggregatorsLinkToAForumPost_ShouldNotBeAForumReply(string link, string feed)
        => Assert.Null(Rules.CheckContent(Item("Python Steering Council accepts PEP 703", "The council has accepted the proposal to make the GIL optional.", link, feed))?.Rule);

    // R4: a Show HN's own text: "I tried" + "getting errors" are two signs, and the launch is dropped as a help request.
    [Fact]
    public void R4_AShowHN_ThatSaysWhatTheAuthorTried_ShouldNotBeAHelpRequest()
    {
        var item = Item("Show HN: Tinylink, a 2k-line linker for embedded Rust",
            "I tried mold and lld for months but kept getting errors on Cortex-M targets, so I wrote my own. It links our firmware in 40 ms.",
            "https://github.com/example/tinylink", "https://news.ycombinator.com/rss");
        Assert.Null(Rules.CheckContent(item)?.Rule);
    }

    // R4: a forum's own security announcement: "issue" in the title and "get the following warning" in the text.
    [Fact]
    public void R4_AForumsSecurityAnnouncement_ShouldNotBeAHelpRequest()
    {
        var item = Item("Security issue in pip 24.0: please upgrade now",
            "A flaw in wheel metadata handling lets a package overwrite files. If you get the following warning when installing, upgrade to 24.0.1 at once.",
            "https://discuss.python.org/t/security-issue-in-pip-24-0/51234", "https://discuss.python.org/c/announcements/7.rss");
        Assert.Null(Rules.CheckContent(item)?.Rule);
    }
}
