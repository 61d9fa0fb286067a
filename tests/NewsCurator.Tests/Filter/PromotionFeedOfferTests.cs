using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A promotions feed calls an item its offer only if the item offers something: a gadget site's main feed on a sale weekend
/// is mostly deals, and its other stories are news (held-out review 86, F2).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PromotionFeedOfferTests
{
    private const string DealText = "The case is $16 right now, down from $25, and the bundle with two tags is $39. This is the lowest we have tracked.";

    private static Article Item(string title, string text, string link)
        => new() { Id = link, FeedUrl = "https://gadgets.example.com/rss.xml", Title = title, Text = text, Link = link };

    private static List<Article> SaleWeekend(params Article[] others)
        => Enumerable.Range(0, 5).Select(i => Item($"Weekend pick {i}: a battery case", DealText, $"https://gadgets.example.com/deals/battery-case-{i}.html"))
            .Concat(others).ToList();

    private static PromotionFeeds Counted(IEnumerable<Article> feed)
    {
        var promotions = new PromotionFeeds();
        foreach (var a in feed) promotions.Add(a);
        return promotions;
    }

    [Fact]
    public void StoryOfADealHeavyFeed_ShouldStay_WhenItOffersNothing()
    {
        var space = Item("Watch the crew capsule dock with the space station", "The mission launched on Friday from Florida and docks at 10:30 AM Eastern. The stream starts an hour earlier.",
            "https://gadgets.example.com/crew-dock.html");
        var promotions = Counted(SaleWeekend(space, Item("A new phone launches", "The phone ships in May.", "https://gadgets.example.com/mobile/phone.html")));

        Assert.Null(promotions.Why(space));
    }

    [Fact]
    public void StoryFiledOutsideTheDealsSection_ShouldStay_EvenWithAPrice()
    {
        var chip = Item("A new laptop chip doubles battery life", "The first laptops with the chip start at $999 and ship in June, the company said.",
            "https://gadgets.example.com/computing/laptop-chip.html");
        var promotions = Counted(SaleWeekend(chip, Item("A new phone launches", "The phone ships in May.", "https://gadgets.example.com/mobile/phone.html")));

        Assert.Null(promotions.Why(chip));
    }

    [Fact]
    public void UpgradeOfAVendorsGiveawayFeed_ShouldStillBeAnOffer()
    {
        // Twenty-eighth held-out review, F1: the promotions were giveaways, and the upgrade names the key it hands out.
        var vendor = new[]
        {
            Item("Beat Cop Game Key Giveaway", "A retro adventure. Get your Beat Cop game key now!", "https://promo.example/1"),
            Item("Pipistrello Giveaway", "A 2D adventure. Get your Pipistrello game key now!", "https://promo.example/2"),
            Item("Vaultbreakers Playtest Key Giveaway", "This Steam key gives you access to the playtest.", "https://promo.example/3"),
            Item("Gray Zone Warfare - Tactical Edition Upgrade", "Upon activation of the Tactical Edition key, you will get an expanded locker.", "https://promo.example/4"),
        };

        Assert.Contains("one of its offers", Counted(vendor).Why(vendor[3]), StringComparison.Ordinal);
    }
}
