using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>A publisher's shopping post is an ad by another name (fourteenth held-out review, F2).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DealPostsTests
{
    private const string DealText = "If you're looking to up your privacy game on the internet in the new year, you can do so for a little less than usual thanks to the latest deal. "
        + "The Basic plan is $78 right now for 28 months, down from $363, and the Pro plan is $168, down from $560.";

    private const string NewsText = "The company reported quarterly revenue of $2.1 billion, up 12 percent from a year earlier, and said it would hire 300 engineers. "
        + "Analysts expected slower growth after the price cuts of the spring.";

    private static Article Item(string title, string text, string link, params string[] categories)
        => new() { Id = "a", FeedUrl = "https://agg.example.org/feed.xml", Title = title, Text = text, Link = link, Categories = categories };

    private static ContentRules Rules() => new(new ContentConfig(), new AdsConfig { Patterns = [] }, DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("Get up to 78 percent off ExpressVPN two-year plans", "https://www.engadget.com/tech/some-story-123.html")]
    [InlineData("Our Favorite Compact Power Station Is on Sale for 33% Off", "https://www.wired.com/story/power-station/")]
    [InlineData("Apple's AirPods Pro are on sale for $169", "https://news.example.com/airpods")]
    [InlineData("ExpressVPN two-year plans, explained", "https://www.engadget.com/deals/get-up-to-78-percent-off-expressvpn-two-year-plans-120000123.html")]
    public void ShoppingPost_ShouldBeDroppedAsADeal(string title, string link)
    {
        var verdict = Rules().CheckAds(Item(title, DealText, link));

        Assert.Equal("deal", verdict?.Rule);
        Assert.Contains("shopping post", verdict?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void PostInADealsCategory_ShouldBeADeal_WhenItNamesPrices()
    {
        Assert.Contains("'Deals'", DealPosts.Why(Item("The best laptops for students", DealText, "https://news.example.com/laptops", "Tech", "Deals")), StringComparison.Ordinal);
        Assert.Null(DealPosts.Why(Item("Chipmaker agrees to buy rival", NewsText.Replace("$2.1 billion", "two billion dollars", StringComparison.Ordinal), "https://news.example.com/m", "Deals")));
    }

    [Theory]
    [InlineData("Nvidia shares trade 40 percent off their peak after the export ban", "https://news.example.com/markets/nvidia")]
    [InlineData("Bitcoin closes 20% off record highs", "https://news.example.com/markets/bitcoin")]
    [InlineData("Chipmaker agrees to buy rival for stock", "https://www.reuters.com/markets/deals/chipmaker-agrees-to-buy-rival-2026-06-03/")]
    [InlineData("Microsoft cuts Azure GPU prices by 20 percent", "https://news.example.com/cloud/azure-prices")]
    [InlineData("Inside the deal that gave OpenAI its chips", "https://news.example.com/deal")]
    [InlineData("How we built our deals engine", "https://engineering.example.com/blog/deals-engine")]
    public void NewsAboutPricesOrDeals_ShouldStay(string title, string link)
        => Assert.Null(Rules().CheckAds(Item(title, NewsText, link, "Business")));

    [Theory]
    // Twenty-eighth held-out review, F1: a vendor's promotions feed, printed as three podcast stories.
    [InlineData("Beat Cop Game Key Giveaway", "A retro, pixel art style adventure in New York, inspired by 80s cop shows. You are Jack Kelly and you have been framed for murder.\nPlatform: Steam")]
    [InlineData("Pipistrello and the Cursed Yoyo Giveaway", "Are you ready for the first Yoyovania? In this 2D top-down adventure you explore a sprawling urban landscape.\nGet your Pipistrello and the Cursed Yoyo game key now!\nPlatform: Steam")]
    [InlineData("Vaultbreakers Playtest Key Giveaway", "Join the latest playtest now! Vaultbreakers is an upcoming top-down ARPG. This Steam key gives you access to the upcoming Playtest on December 4th.")]
    public void Giveaway_WithSomethingToClaim_ShouldBeDroppedAsADeal(string title, string text)
    {
        var verdict = Rules().CheckAds(Item(title, text, "https://promotions.example.com/p/1"));

        Assert.Equal("deal", verdict?.Rule);
        Assert.Contains("a giveaway with something to claim", verdict?.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The great open-weights giveaway: why labs release their models", "Three labs released their model weights this year. Analysts say the giveaway is a bet on ecosystems, and that your key question should be licensing.")]
    [InlineData("Epic ends its weekly free game giveaway", "The store will stop handing out a free game every week, the company said on Tuesday, citing costs. Players who claimed titles keep them.")]
    public void NewsAboutAGiveaway_ShouldStay(string title, string text)
        => Assert.Null(Rules().CheckAds(Item(title, text, "https://news.example.com/giveaway")));

    [Fact]
    public void TheRestOfAPromotionsFeed_ShouldBeOffersToo_AndAFeedWithAFewDealsShouldNot()
    {
        // Twenty-eighth held-out review, F1: with its giveaways dropped, a vendor's "Tactical Edition Upgrade" led the issue.
        var promotions = new PromotionFeeds();
        var vendor = new[]
        {
            Item("Beat Cop Game Key Giveaway", "A retro adventure. Get your Beat Cop game key now!", "https://promo.example/1"),
            Item("Pipistrello Giveaway", "A 2D adventure. Get your Pipistrello game key now!", "https://promo.example/2"),
            Item("Vaultbreakers Playtest Key Giveaway", "This Steam key gives you access to the playtest.", "https://promo.example/3"),
            Item("Gray Zone Warfare - Tactical Edition Upgrade", "Upon activation of the Tactical Edition key, you will get an expanded locker.", "https://promo.example/4"),
        }.Select(a => a with { FeedUrl = "https://promo.example/feed" }).ToList();
        var news = Enumerable.Range(0, 6).Select(i => Item($"Kernel news {i}", NewsText, $"https://news.example/{i}"))
            .Append(Item("Get up to 78 percent off ExpressVPN two-year plans", DealText, "https://news.example/deal"))
            .Select(a => a with { FeedUrl = "https://news.example/feed" }).ToList();
        foreach (var a in vendor.Concat(news)) promotions.Add(a);

        Assert.Contains("3 of the feed's 4 items are shopping posts or giveaways", promotions.Why(vendor[3]), StringComparison.Ordinal);
        Assert.All(news, a => Assert.Null(promotions.Why(a)));
    }
}
