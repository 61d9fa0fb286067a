using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit51;

/// <summary>
/// Hostile-input audit 51: session 42's Filter rules. A company's blog on a "community." host read as a forum member's
/// question (<c>ForumPosts.DiscussionPrompt</c>, H4).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit51FilterTests
{
    private static Article Post(string title, string text, string feed = "https://blog.example.com/feed.xml", string link = "https://blog.example.com/posts/1")
        => new() { Id = "a", FeedUrl = feed, Title = title, Text = text, Link = link, Language = "en" };

    [Fact]
    public void ACompanysBlogOnACommunityHost_AskingItsReadersInTheHeadline_ShouldNotBeADiscussionPrompt()
    {
        // AMD and Intel publish their blogs on community.amd.com / community.intel.com; the feed gives a teaser.
        var post = Post("Ryzen AI 400 is here: what does it mean for you?",
            "AMD today announced the Ryzen AI 400 series of laptop processors, with a new NPU rated at 60 TOPS, Zen 6 cores and RDNA 4 graphics. The first laptops from Asus, HP and Lenovo ship in March.",
            feed: "https://community.amd.com/khhcg77934/rss/board?board.id=amd-corporate", link: "https://community.amd.com/t5/corporate/ryzen-ai-400-is-here/ba-p/712345");
        Assert.Null(ForumPosts.DiscussionPrompt(post));
    }
}
