using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// Hostile-input audit 54, H2 and H3: a news story's own words in a shop's forms. A thing's "lifetime ... at $N million" is a
/// cost, not a licence for sale; a product's "sale date" or "sale opens" with its list price is a maker's launch. A shop's
/// licence and a shop's named sale stay shopping posts.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class NewsPriceInShopWordsTests
{
    private static Article Item(string title, string text)
        => new() { Id = "a", FeedUrl = "https://wire.example.org/rss", Title = title, Text = text, Link = "https://wire.example.org/science/42" };

    [Theory]
    [InlineData("Agency weighs keeping its Mars orbiter alive", "The agency is weighing whether to extend the orbiter's lifetime by three years at $45 million a year, its budget office said on Monday.")]
    [InlineData("Operator plans to stretch the satellite's service", "Engineers would push the satellite's lifetime for another decade at $1.2 billion, the operator said.")]
    public void AThingsLifetimeAtACost_IsNoLicenceOffer(string title, string text)
        => Assert.Null(DealPosts.Why(Item(title, text)));

    [Theory]
    [InlineData("Pixel Fold 3 sale date set, starting at $1,799", "The foldable reaches stores in the US and UK on October 2, Google said in a post on Wednesday.")]
    [InlineData("Electric pickup sale begins in Australia from $89,000", "The carmaker opened orders on Monday and expects the first deliveries next spring.")]
    public void AProductsSaleDateWithItsListPrice_IsNoShoppingPost(string title, string text)
        => Assert.Null(DealPosts.Why(Item(title, text)));

    [Theory]
    [InlineData("Grab a password manager's lifetime plan for $39", "Pay once and keep every update.")]
    [InlineData("KeyShop Summer Sale starts now: Windows 11 Pro from $18", "Genuine keys for every edition this week only.")]
    // A named sale of another name, in capitals (code review 49, R8).
    [InlineData("GameHub Lunar New Year Sale starts today: games from $4.99", "Hundreds of titles discounted until Sunday.")]
    [InlineData("Back to School Sale begins, laptops from $299", "Student discounts on every model this month.")]
    public void AShopsLicenceOrNamedSale_IsStillAShoppingPost(string title, string text)
        => Assert.NotNull(DealPosts.Why(Item(title, text)));
}
