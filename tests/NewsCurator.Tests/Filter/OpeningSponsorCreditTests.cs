using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A text that opens on a sponsor's credit is the publisher's label for partner content: VentureBeat's "Presented by
/// Solidigm" ran as an issue's second story (held-out review 68, F1). A speaker's or a co-publisher's credit, and a story that
/// reports a sponsorship, stay news.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class OpeningSponsorCreditTests
{
    private static readonly ContentRules Rules = new(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

    // venturebeat.rss, as the feed has it: the scraper ran the label into the first paragraph.
    private const string Solidigm =
        "Presented by SolidigmLiquid cooling is rewriting the rules of AI infrastructure, but most deployments have not fully crossed the line. " +
        "GPUs and CPUs have moved to liquid cooling, while storage has depended on airflow, creating an operationally inefficient hybrid architecture." +
        "What appears to be a pragmatic transition strategy is, in practice, a structural liability.";

    private const string Story =
        "Storage has depended on airflow while GPUs and CPUs moved to liquid cooling, creating an inefficient hybrid architecture in most data centres. " +
        "Operators now have to decide whether to rebuild their racks or live with two cooling systems for years.";

    private static Article Item(string text, string title = "Liquid-cooled AI systems expose the limits of traditional storage architecture",
        string link = "https://venturebeat.com/infrastructure/liquid-cooled-ai-systems-expose-the-limits-of-traditional-storage")
        => new() { Id = "a", FeedUrl = "https://venturebeat.com/feed/", Title = title, Text = text, Link = link, Language = "en" };

    [Fact]
    public void AText_OpeningOnAPresentedByCredit_RunIntoItsFirstParagraph_ShouldBeSponsored()
        => Assert.Equal(("sponsor_marker", "the text opens with the sponsor credit 'Presented by Solidigm'"), Rules.CheckAds(Item(Solidigm)));

    [Theory]
    [InlineData("Sponsored by Nebius\n" + Story)]
    [InlineData("Brought to you by Acme Cloud: " + Story)]
    [InlineData("This content is paid for by Dell Technologies, a maker of servers. " + Story)]
    [InlineData("In partnership with Dell Technologies\n" + Story)]
    [InlineData("Presented by Google Cloud\n" + Story)]
    public void AText_OpeningOnASponsorCredit_AsALineOrALabel_ShouldBeSponsored(string text)
        => Assert.Equal("sponsor_marker", Rules.CheckAds(Item(text))?.Rule);

    [Theory]
    // A talk page credits its speaker so (review of session 39b, R1, for bylines).
    [InlineData("Presented by Kelsey Hightower\nIn this talk Kelsey walks through what Kubernetes got wrong about developer experience and why most companies should not run their own clusters.")]
    // A newsroom's co-publication.
    [InlineData("In partnership with The Texas Tribune\nThe state's unemployment system paid out more than $400 million to people who were not eligible, according to an audit released on Tuesday.")]
    // A story that reports a sponsorship, at its opening or later.
    [InlineData("Nvidia sponsored the event, organisers said, and its engineers gave three of the talks. " + Story)]
    [InlineData("Sponsored by Sen. Elizabeth Warren, the bill would require cloud providers to report outages within a day. " + Story)]
    [InlineData(Story + " The conference was presented by Solidigm and two other storage vendors.")]
    public void AText_WhoseOpeningCreditsAPersonOrANewsroom_OrReportsASponsorship_ShouldStayNews(string text)
        => Assert.Null(Rules.CheckAds(Item(text, "Storage has to catch up with liquid cooling", "https://news.example.org/2026/03/storage-cooling")));
}
