using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A feed whose texts open with its name and the item's title, run into the dek with no mark between (held-out review 97,
/// F2): the summaries printed the name, the headline and the first sentence as one.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SiteNameOpeningTests
{
    private const string Title = "Payments Startup Adds Stablecoin Payouts for Freelancers";
    private const string Dek = "The company said on Monday that freelancers in 40 countries can now take their pay in dollar stablecoins.";

    private static Article Item(string text, string feedTitle = "Coin Ledger - Article Feed")
        => new() { Id = "a", FeedUrl = "https://coins.example.org/feed", FeedTitle = feedTitle, Title = Title, Text = text, Link = "https://coins.example.org/payouts" };

    [Theory]
    [InlineData("Coin Ledger " + Title + " " + Dek)]
    [InlineData("Coin Ledger\n" + Title + "\n" + Dek)]
    public void TheSiteNameAndTitle_ShouldGo(string text)
        => Assert.Equal(Dek, SiteNameOpening.Strip(Item(text)).Text);

    [Fact]
    public void TheConfiguredNameOrTheChannelTitle_ShouldServeAsTheSiteName()
    {
        Assert.Equal(Dek, SiteNameOpening.Strip(Item("Coin Ledger " + Title + " " + Dek, feedTitle: "coin-ledger")).Text);
        Assert.Equal(Dek, SiteNameOpening.Strip(Item("Coin Ledger " + Title + " " + Dek, feedTitle: "payments"), "Coin Ledger - Article Feed").Text);
    }

    [Theory]
    // The headline as the dek's subject, with no site name before it; a site name before other words; a name that is not the feed's.
    [InlineData(Title + " " + Dek)]
    [InlineData("Coin Ledger reports that the " + Dek)]
    [InlineData("Chain Weekly " + Title + " " + Dek)]
    public void OtherOpenings_ShouldStay(string text)
        => Assert.Equal(text, SiteNameOpening.Strip(Item(text)).Text);
}
