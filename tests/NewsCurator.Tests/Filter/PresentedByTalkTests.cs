using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// "Presented by" two capitalised words credits a speaker only where the page says it is a talk's near the credit (in the
/// title or the sentence after it), not where a brand's copy says "sessions" or "video" further on or opens on the credited
/// name itself ("Presented by Red Hat\nRed Hat OpenShift 5 keeps user sessions alive": hostile-input audit 50, H6).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PresentedByTalkTests
{
    private static readonly ContentRules Rules = new(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Post(string title, string text)
        => new() { Id = "a", FeedUrl = "https://news.example.org/feed.xml", Title = title, Text = text, Link = "https://news.example.org/2026/03/post", Language = "en" };

    [Fact]
    public void ABrandsCredit_WithATalksWordFarFromIt_ShouldBeSponsored()
        => Assert.Equal("sponsor_marker", Rules.CheckAds(Post("Storage has to catch up with liquid cooling",
            "Presented by Pure Storage\nAI clusters now draw more power per rack than ever before. Storage that keeps up with the GPUs matters more than raw capacity. "
            + "In our last session with customers, three of four named checkpoint time as their bottleneck."))?.Rule);

    [Theory]
    // The talk's word in the title only.
    [InlineData("Talk: Scaling Postgres to a billion rows", "Presented by Jane Smith\nWe show how partitioning and a careful choice of indexes kept queries under ten milliseconds.")]
    // The talk's word in the sentence after the credit.
    [InlineData("Scaling Postgres to a billion rows", "Presented by Jane Smith\nIn this session Jane shows how partitioning and a careful choice of indexes kept queries fast.")]
    public void ASpeakersCredit_OnATalksPage_ShouldStayNews(string title, string text)
        => Assert.Null(Rules.CheckAds(Post(title, text)));
}
