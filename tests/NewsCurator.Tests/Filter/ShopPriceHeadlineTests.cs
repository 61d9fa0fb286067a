using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A shopping post says "shop" in more forms than "N% off": a currency discount at a store, a list price beside the price, a
/// lifetime licence for a price, a deals tag of the publisher's own, an affiliate disclosure beside a shop's prices (held-out
/// review 86, F1). A story that reports a price is news.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ShopPriceHeadlineTests
{
    private const string PitchText = "Whether you are shopping for yourself or for a gift, this one is worth a look. The kit ships with two tips and a stand, "
        + "and it heats up in under ten seconds. Buy it today and it arrives before the weekend.";

    private const string NewsText = "The company said on Tuesday that the change takes effect next month in the US and Europe. Analysts expect rivals to follow, "
        + "and regulators said they would look at how the prices were set.";

    private static Article Item(string title, string text, string link = "https://news.example.com/2026/03/02/story/", params string[] categories)
        => new() { Id = "a", FeedUrl = "https://news.example.com/feed.xml", Title = title, Text = text, Link = link, Categories = categories };

    private static ContentRules Rules() => new(new ContentConfig(), new AdsConfig { Patterns = [] }, DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("Bose's noise-cancelling earbuds are over $60 off at Amazon")]
    [InlineData("Pick up a 2TB portable SSD for $89 (Reg. $149)")]
    [InlineData("Give a smart thermostat this year for $99 (Save 34%)")]
    [InlineData("Snag this 32-inch 4K monitor for a record-low $249.99 — save $150 on a 144Hz panel")]
    [InlineData("Dell's XPS 14 is only $1,099 — the lowest price we've seen this year")]
    [InlineData("A mesh Wi-Fi kit's holiday sale saves you up to $300 on three-packs")]
    [InlineData("Score the M2 iPad Air at up to $250 off the original price this week")]
    [InlineData("Upgrade your network with these 5 fast Wi-Fi 7 mesh deals at Best Buy")]
    public void ShopHeadline_ShouldBeADeal(string title)
    {
        var verdict = Rules().CheckAds(Item(title, PitchText));

        Assert.Equal("deal", verdict?.Rule);
        Assert.Contains("the headline sells at a shop's price", verdict?.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Only $59 gets you every major chatbot in one app for life", "TL;DR: One plan bundles the big chatbots and image tools in a single app. Pay once and keep it.")]
    [InlineData("Cover 5 devices with a privacy VPN", "TL;DR: Pay $29 once for a VPN that covers five devices with unlimited data and servers in 40 countries.")]
    [InlineData("Learn to code with 12 courses", "TL;DR: $19.99 for a bundle of twelve programming courses, from Python basics to web apps.")]
    [InlineData("An all-in-one AI workspace for your team", "This plan brings chat, images and transcription into one lifetime subscription for $89, with no monthly fees.")]
    public void LicenceSoldForAPrice_ShouldBeADeal(string title, string text)
    {
        var verdict = Rules().CheckAds(Item(title, text));

        Assert.Equal("deal", verdict?.Rule);
        Assert.Contains("sells a licence or a plan for a price", verdict?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void PublishersDealsTag_WithPrices_ShouldBeADeal()
    {
        var verdict = Rules().CheckAds(Item("Our favourite e-reader just got cheaper", "The paperwhite model is $109, down from $149, for the next two days.", categories: ["gadgetry", "newsdeals"]));

        Assert.Equal("deal", verdict?.Rule);
        Assert.Contains("'newsdeals'", verdict?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AffiliateDisclosure_WithAShopsPrice_ShouldBeADeal()
    {
        var verdict = Rules().CheckAds(Item("The best early holiday smartwatch offers",
            "Note: Gadget Daily is an affiliate partner with some of these vendors. Retailers have begun their holiday sales, with $50 off the latest models."));

        Assert.Equal("deal", verdict?.Rule);
        Assert.Contains("affiliate", verdict?.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Apple cuts the iPhone's price by $100 in India", "")]
    [InlineData("The new GPU costs $1,999 and ships next month", "")]
    [InlineData("Nvidia's RTX 5090 is $500 off in China amid the export ban", "")]
    [InlineData("Chipmaker shares hit an all-time low after the earnings miss", "")]
    [InlineData("Bitcoin falls to $60,000, its lowest price since 2024", "")]
    [InlineData("Streaming service raises its lifetime plan's price for new users", "The company said existing subscribers keep their plan.")]
    [InlineData("How one startup could save $2 million a year on cloud bills", "")]
    [InlineData("Retailers cut their holiday hiring as sales slow", "Note: we may earn a commission on some links. The chain reported sales of $12 billion.")]
    public void StoryThatReportsAPrice_ShouldStay(string title, string text)
        => Assert.Null(Rules().CheckAds(Item(title, text.Length == 0 ? NewsText : text, categories: "Business")));
}
