using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// WordPress's "The post X first appeared on Y." footer, once per item in an aggregator of many sites (fourteenth
/// held-out review, F3): no repetition to find it by, yet it names the item's own title.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SyndicationFooterTests
{
    private const string Story = "Freedom Mobile users in the Okanagan are seeing a major boost this week as the carrier appears to have started rolling out its 5G+ network in Kelowna. The map shows coverage across the city.";

    private static Article Item(string title, string text, string? description = null)
        => new() { Id = "a", FeedUrl = "https://agg.example.org/feed.xml", Title = title, Text = text, Description = description, Link = "https://www.iphoneincanada.ca/2026/01/05/kelowna" };

    [Theory]
    [InlineData("The post Freedom Mobile’s 5G+ Map Shows Major Kelowna Upgrades first appeared on iPhone in Canada.")]
    [InlineData("The post Freedom Mobile's 5G+ Map Shows Major Kelowna Upgrades appeared first on iPhone in Canada.")]
    [InlineData("The post FREEDOM MOBILE’S 5G+ MAP SHOWS MAJOR KELOWNA UPGRADES was first published on iPhone in Canada")]
    public void FooterNamingTheTitle_ShouldBeRemoved(string footer)
    {
        var article = SyndicationFooter.Strip(Item("Freedom Mobile’s 5G+ Map Shows Major Kelowna Upgrades", Story + "\n" + footer));

        Assert.Equal(Story, article.Text);
    }

    [Fact]
    public void AggregatorsSourceLineAfterTheFooter_ShouldStay()
    {
        var article = SyndicationFooter.Strip(Item("Freedom Mobile’s 5G+ Map Shows Major Kelowna Upgrades",
            Story + "\nThe post Freedom Mobile’s 5G+ Map Shows Major Kelowna Upgrades first appeared on iPhone in Canada.\nSource: iPhone in Canada | Score: 35",
            description: Story + "\nThe post Freedom Mobile’s 5G+ Map Shows Major Kelowna Upgrades first appeared on iPhone in Canada."));

        Assert.Equal(Story + "\nSource: iPhone in Canada | Score: 35", article.Text);
        Assert.Equal(Story, article.Description);
    }

    [Theory]
    // Prose that uses the words about something else.
    [InlineData("The app first appeared on the App Store in 2019.", "Our favourite note-taking apps")]
    // A footer for another post (a roundup quoting one) is not this item's.
    [InlineData("The post Ten Tips for Faster Builds appeared first on Dev Weekly.", "Our favourite note-taking apps")]
    public void OtherSentences_ShouldStay(string line, string title)
    {
        var text = Story + "\n" + line;

        Assert.Equal(text, SyndicationFooter.Strip(Item(title, text)).Text);
    }

    [Fact]
    public void FooterThatIsTheWholeText_ShouldStay()
    {
        var text = "The post Kelowna Upgrades first appeared on iPhone in Canada.";

        Assert.Equal(text, SyndicationFooter.Strip(Item("Kelowna Upgrades", text)).Text);
    }

    [Theory]
    // Held-out review 59, F1: a teaser feed's footer that opens on the item's own title.
    [InlineData("Freedom Mobile’s 5G+ Map Shows Major Kelowna Upgrades originally handwritten and published with love on iPhone in Canada. You should really get the newsletter as well.")]
    [InlineData("“Freedom Mobile's 5G+ Map Shows Major Kelowna Upgrades” was originally published on Medium.")]
    [InlineData("Freedom Mobile’s 5G+ Map Shows Major Kelowna Upgrades first appeared at iPhone in Canada")]
    public void AFooterOpeningOnTheTitle_ShouldBeRemoved(string footer)
        => Assert.Equal(Story, SyndicationFooter.Strip(Item("Freedom Mobile’s 5G+ Map Shows Major Kelowna Upgrades", Story + "\n" + footer)).Text);

    [Theory]
    // The story's own line that opens on the title and goes on as a story: no publishing verb and site after it.
    [InlineData("Freedom Mobile’s 5G+ Map Shows Major Kelowna Upgrades, and Telus answered within a day with its own map of the valley.")]
    // A longer title that only begins like the item's.
    [InlineData("Freedom Mobile’s 5G+ Map Shows Major Kelowna Upgrades Coming was first published on a rival's blog.")]
    // The story goes on at length after the line: no footer.
    [InlineData("Freedom Mobile’s 5G+ Map Shows Major Kelowna Upgrades was published on Monday at 9am.\n" + Story + " " + Story)]
    public void ALineOpeningOnTheTitleThatIsNoFooter_ShouldStay(string line)
    {
        var text = Story + "\n" + line;
        Assert.Equal(text, SyndicationFooter.Strip(Item("Freedom Mobile’s 5G+ Map Shows Major Kelowna Upgrades", text)).Text);
    }
}
