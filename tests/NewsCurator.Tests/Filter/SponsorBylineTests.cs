using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A byline that names a publisher's branded-content desk marks the item as paid: The Information's partner panel, by "The
/// Information Partnerships", ran as a top story (held-out review 65, F1). A writer whose name or beat says "partner" does not.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SponsorBylineTests
{
    private static readonly ContentRules Rules = new(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

    private const string Panel =
        "In AI circles, conversations about compute shortages are as common as talk of the weather. As agentic workflows threaten to multiply token consumption further, " +
        "it’s little wonder that talk has shifted from securing GPUs to optimizing them.\nAt a recent panel, The Information’s Phoebe Liu sat down with three AI leaders—from " +
        "chipmakers and AI clouds to Fortune 500s—to discuss how they’re squeezing more tokens from every unit of compute.";

    private static Article Item(string author, string title = "AI Agenda Live: From Token Maxing to Value maxing: Getting More From Every Unit of Compute")
        => new() { Id = "a", FeedUrl = "https://www.theinformation.example/feed", Title = title, Text = Panel, Author = author,
            Link = "https://www.theinformation.example/articles/ai-agenda-live", Language = "en" };

    [Theory]
    [InlineData("The Information Partnerships")]
    [InlineData("Partnerships")]
    [InlineData("Partner content")]
    [InlineData("Brand Studio")]
    [InlineData("WSJ Custom Content, Sponsored")]
    [InlineData("Sponsored by Nebius")]
    public void AByline_NamingABrandedContentDesk_ShouldMarkTheItemAsPaid(string author)
        => Assert.Equal("sponsor_marker", Rules.CheckAds(Item(author))?.Rule);

    [Fact]
    public void AByline_WithAnAdPattern_ShouldMatchItAsAWholeWord()
    {
        // content.ads.patterns are read in the byline as in the title ("advertisement"), as whole words.
        Assert.Equal("ad_pattern", Rules.CheckAds(Item("Advertisement feature"))?.Rule);
        Assert.Null(Rules.CheckAds(Item("Advertisements Weekly desk")));
    }

    [Theory]
    [InlineData("Sam Partner")]
    [InlineData("Maria Lopez, Head of Partnerships")]
    [InlineData("VP for Partnerships")]
    [InlineData("Phoebe Liu")]
    [InlineData("")]
    public void AWritersByline_ShouldNotMarkTheItem(string author)
        => Assert.Null(Rules.CheckAds(Item(author)));

    [Fact]
    public void AStaffStoryAboutPartnerships_ShouldNotBeAnAd()
        => Assert.Null(Rules.CheckAds(Item("Anissa Gardizy", "Microsoft and OpenAI rework their partnerships as sponsored research grows")));
}
