using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>A shop's named sale with its prices ("from $24", "at just $22") is a shopping post (held-out review 91, F2).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SaleEventDealTests
{
    private static Article Item(string title, string text)
        => new() { Id = "a", FeedUrl = "https://hw.example.org/feed.xml", Title = title, Text = text, Link = "https://hw.example.org/news/1" };

    [Theory]
    [InlineData("KeyMart Spring Sale: Windows 11 Pro from $19, Office from $28", "KeyMart brings its biggest seasonal sale on software licences.")]
    [InlineData("KeyMart Anniversary Sale - genuine software keys", "Get Windows 11 Pro at just $19. Windows 11 Home can be had at just $17.")]
    public void NamedSaleWithAShopsPrice_ShouldBeADeal(string title, string text)
        => Assert.Contains("sale", DealPosts.Why(Item(title, text)), StringComparison.Ordinal);

    [Theory]
    [InlineData("Raspberry Pi 6 goes on sale from $70", "The board ships in two memory sizes; the maker says supply is good.")]
    [InlineData("Handheld console pre-sale opens, priced from $449", "Orders open on Friday in three regions.")]
    [InlineData("Chipmaker completes sale of its modem unit", "The deal values the unit at just $1.2 billion, analysts said.")]
    [InlineData("Review: the Pixel 11a at just $399 undercuts everyone", "At just $399 it undercuts every rival we tested this year.")]
    public void LaunchPriceOrASaleOfABusiness_ShouldStayNews(string title, string text)
        => Assert.Null(DealPosts.Why(Item(title, text)));
}
