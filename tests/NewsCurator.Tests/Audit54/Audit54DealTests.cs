using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit54;

/// <summary>
/// Hostile-input audit 54: <c>DealPosts.Why</c>'s rules of sessions 46-48 (<c>LicenceOffer</c>, <c>SaleEvent</c> with
/// <c>ShopPrice</c>) read a news story's own words as a shop's: a spacecraft's "lifetime ... at $90 million" is no licence
/// for sale, and a phone's "sale date ... starting at $799" is a maker's launch price, which the rule's own comment keeps.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit54DealTests
{
    private static Article Item(string title, string text)
        => new() { Id = "a", FeedUrl = "https://news.example.com/feed.xml", Title = title, Text = text, Link = "https://news.example.com/story" };

    [Fact]
    public void AMissionsLifetimeExtendedAtACostInMillions_IsNoLicenceOffer()
        => Assert.Null(DealPosts.Why(Item("NASA weighs a plan to keep Hubble flying",
            "NASA is weighing a plan to extend the telescope's lifetime by five years at $90 million a year, officials said on Tuesday, as the agency's science budget faces deep cuts.")));

    [Theory]
    [InlineData("Nothing Phone (3) sale date confirmed, starting at $799",
        "Nothing said on Tuesday that its new flagship goes on sale in the US on July 15, with the base model at $799 and a 16 GB version at $899.")]
    [InlineData("Tesla Cybertruck sale opens in Canada from $99,990",
        "Tesla began taking orders for the Cybertruck in Canada on Thursday, with deliveries expected later this year.")]
    public void AMakersLaunchWithASaleDateAndItsListPrice_IsNoShoppingPost(string title, string text)
        => Assert.Null(DealPosts.Why(Item(title, text)));
}
