using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit51;

/// <summary>
/// Hostile-input audit 51: session 42's Filter rules. A talk's speaker read as a sponsor by the words of an abstract
/// (<c>ContentRules.OnATalksPage</c>, <c>CompanysOwnWords</c>).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit51FilterTests
{
    private static readonly ContentRules Rules = new(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Post(string title, string text, string feed = "https://blog.example.com/feed.xml", string link = "https://blog.example.com/posts/1")
        => new() { Id = "a", FeedUrl = feed, Title = title, Text = text, Link = link, Language = "en" };

    [Theory]
    [InlineData("Presented by Jane Smith\nJane Smith gives an overview of the new EEVDF scheduler in Linux 7.0 and how it changes latency for desktop workloads. In this talk she walks through the patches, the benchmarks and what is still missing.")]
    [InlineData("Presented by Maria Garcia\nMaria Garcia introduces a method for verifying compiler passes with SMT solvers, and the bugs it found in LLVM. In this talk she shows how the checks run in CI.")]
    [InlineData("Presented by Ahmed Khan\nAhmed Khan's new book on distributed systems is the starting point. In this talk he explains why consensus protocols fail in practice.")]
    [InlineData("Presented by Wei Zhang\nWei Zhang makes the case for memory-safe firmware in data centres. In this talk she covers the Rust rewrite of a BMC stack.")]
    public void ATalksSpeaker_WhoseAbstractOpensOnAVerbOfTheList_ShouldNotBeASponsor(string text)
        => Assert.NotEqual("sponsor_marker", Rules.CheckAds(Post("The state of systems research, 2026", text))?.Rule);

    [Theory]
    [InlineData("By Nguyen Thanh An")]
    [InlineData("By Li An")]
    [InlineData("— Tran Van An")]
    public void AWritersByline_WithAGivenNameOfTheStopList_ShouldBeCut(string byline)
    {
        const string body = "The ministry said the new data centre in Hanoi would open next year, with 40 MW of capacity for AI training.";
        Assert.Equal(body, TrailingByline.Without(body + "\n" + byline));
    }

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
