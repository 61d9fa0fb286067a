using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A Twitter bridge's account feed titles a repost "RT by @user: ..."; the headline is the post's own words (held-out review
/// 83, F5). A headline that names a retweet in its own words keeps them.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class RepostLabelTitleTests
{
    [Fact]
    public void ARepostLabel_ShouldLeaveTheTitle()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes("""
            <rss version="2.0"><channel><title>@someone</title><link>https://bridge.example.net/someone</link>
            <item><title>RT by @someone: Today we released version 2.0 of our open source scheduler.</title><link>https://bridge.example.net/org/status/1#m</link><description>x</description></item>
            <item><title>RT @other_user: Our paper on sparse attention is out.</title><link>https://bridge.example.net/other_user/status/2#m</link><description>x</description></item>
            <item><title>RT by @someone: ok</title><link>https://bridge.example.net/a/status/3#m</link><description>x</description></item>
            <item><title>RT and reply counts vanish from the timeline</title><link>https://news.example.org/rt</link><description>x</description></item>
            </channel></rss>
            """), new Uri("https://bridge.example.net/someone/rss"));
        Assert.Equal(["Today we released version 2.0 of our open source scheduler.", "Our paper on sparse attention is out.", "RT by @someone: ok",
            "RT and reply counts vanish from the timeline"], feed.Items.Select(i => i.Title));
    }
}
