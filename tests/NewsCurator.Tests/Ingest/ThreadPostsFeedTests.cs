using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A thread's posts feed (held-out review 76, F3): every post carries the thread's title, which is its headline, not the
/// feed's label. The opening post keeps it, the replies keep it for forum_reply, and the warning gives the operator no
/// advice the publisher cannot follow. A label-titled feed of numbered pages is still headed by each item's own text.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ThreadPostsFeedTests
{
    private static Task<(FeedOutcome Outcome, List<Article> Articles)> Ingest(string channelLink, string title, params (string Link, string Body)[] items)
        => StaticFetcher.IngestAsync(new FeedSource(channelLink + ".rss"),
            $"""<rss version="2.0"><channel><title>{title}</title><link>{channelLink}</link><description>d</description>"""
            + string.Concat(items.Select(i => $"""<item><title>{title}</title><link>{i.Link}</link><guid isPermaLink="false">{i.Link}</guid><description><![CDATA[<p>{i.Body}</p>]]></description></item>"""))
            + "</channel></rss>");

    [Fact]
    public async Task PostsOfOneThread_ShouldKeepTheThreadsTitle_AndNotAskThePublisherForTitles()
    {
        const string thread = "https://talk.example.org/t/caching-plugin-roadmap/812";
        var (outcome, articles) = await Ingest(thread, "Caching plugin: what comes next?",
            (thread + "/3", "I would also like a way to warm the cache from a cron job. Maybe a separate plugin."),
            (thread + "/2", "Agreed. We will put some time into this after the next release, probably in spring."),
            (thread + "/1", "The caching plugin works well for small sites. What could make it useful on larger ones with many writers?"));
        Assert.All(articles, a => Assert.Equal("Caching plugin: what comes next?", a.Title));
        var warning = Assert.Single(outcome.Warnings, w => w.StartsWith("all 3 items", StringComparison.Ordinal));
        Assert.Contains("posts of one thread", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("ask the publisher", warning, StringComparison.Ordinal);
        // The replies are still read as replies.
        Assert.NotNull(NewsCurator.Filter.ForumPosts.Reply(articles.Single(a => a.Link!.EndsWith("/2", StringComparison.Ordinal))));
        Assert.Null(NewsCurator.Filter.ForumPosts.Reply(articles.Single(a => a.Link!.EndsWith("/1", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task ALabelTitledFeedOfNumberedArticles_ShouldStillBeHeadedByEachText()
    {
        // Numbered articles under the channel's section, no post 1 among them: a label, as before.
        const string section = "https://dev.example.com/changelog";
        var (outcome, articles) = await Ingest(section, "See the details to find the latest versions of our APIs.",
            (section + "/4127", "The Payments API now accepts partial refunds on card payments."),
            (section + "/4128", "The Orders API adds a field for the customer's preferred pickup time."),
            (section + "/4129", "The Go SDK 41.0 is released with support for the new Orders fields."));
        Assert.Equal(["The Payments API now accepts partial refunds on card payments.", "The Orders API adds a field for the customer's preferred pickup time.",
            "The Go SDK 41.0 is released with support for the new Orders fields."], articles.Select(a => a.Title));
        Assert.Contains(outcome.Warnings, w => w.EndsWith("ask the publisher for item titles", StringComparison.Ordinal));
    }
}
