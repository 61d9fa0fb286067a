using System.Text;
using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// The sentence rules narrowed for hostile-input audit 50 (H3, H4) and held-out review 72 (F4), with what they must still
/// refuse: a note on the page's own media, a clause alone, a fragment.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SentenceRuleBoundsTests
{
    private static Article Normalized(string title, string html)
    {
        var xml = $"<rss version=\"2.0\"><channel><title>F</title><link>https://e.example/</link><item><title>{title}</title><link>https://e.example/1</link>" +
                  $"<description><![CDATA[{html}]]></description></item></channel></rss>";
        return ArticleNormalizer.ToArticle(FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://e.example/feed.xml")).Items.Single(), new FeedSource("https://e.example/feed.xml"), "F");
    }

    private static SummaryResult Summary(Article article) => Summarizer.Summarize(article, Lede.Preview(article.Title, article.Text, 200), 3, episode: false);

    // Audit 50, H3: the page's media are still the page's where the sentence places them on the page or speaks to its reader.
    [Theory]
    [InlineData("As you can see in the screenshot below, the build now takes two minutes.", true)]
    [InlineData("See the chart above for the full list of results by model size.", true)]
    [InlineData("In the image above you can see the new layout of the settings page.", true)]
    [InlineData("This screenshot shows the new settings page with its three tabs.", true)]
    [InlineData("The screenshot above shows the new settings page with its three tabs.", true)]
    // ... and news about a screenshot, a chart's ranking or an image editor's feature is not.
    [InlineData("The screenshot shows the new settings page with its three tabs.", false)]
    [InlineData("The company's shares rose in the weeks above the level analysts had set.", false)]
    [InlineData("The editor places captions in the video below the speaker's face automatically.", false)]
    public void AnotherPagesMediaSentence_IsPageMediaOnlyWhereItPlacesThemOnThePage(string sentence, bool refused)
        => Assert.Equal(refused, SummaryChecker.CheckSentence(sentence)?.Rule == "page_media");

    // Audit 50, H4: a clause alone still leans where no main clause follows its comma, whatever the comma leads to.
    [Theory]
    [InlineData("Because they shipped it in 2023, 2024 and 2025.", true)]
    [InlineData("Since it launched on May 1, 2019 in Paris.", true)]
    [InlineData("Because it's the only model that runs on a phone.", true)]
    [InlineData("Because, they advertised that Bun works with NestJS.", true)]
    [InlineData("Because it's cheaper, 40% of teams now run it on their own hardware.", false)]
    [InlineData("Although they cut prices twice, \u201Cnobody wanted the old one,\u201D the analyst said.", false)]
    [InlineData("Since it shipped in March, GPT-5 has been used by 700 million people.", false)]
    public void AClauseAlone_LeansAndAMainClauseAfterItsComma_StandsAlone(string sentence, bool leans)
        => Assert.Equal(leans, Summarizer.LeansOnThePrevious(sentence));

    // Review 72, F4: r/linuxmint's post (p1), as the feed gives it: the short first sentence names the subject.
    [Fact]
    public void AShortWholeFirstSentence_LeadsTheSummary()
    {
        var article = Normalized("Which features of Linux kernel 7.3 are you most hyped to try out?",
            "<div class=\"md\"><p>Linux kernel 7.3 is coming.</p><p>Things won't feel laggy anymore.</p></div> submitted by <a href=\"https://www.reddit.com/user/Individual-Editor-41\"> /u/Individual-Editor-41 </a> to <a href=\"https://www.reddit.com/r/linuxmint/\"> r/linuxmint </a>");
        Assert.StartsWith("Linux kernel 7.3 is coming.", Summary(article).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Linux kernel 7.3 is coming.", true)]
    [InlineData("The new scheduler was merged.", true)]
    // Not a fragment, a call, a label or a cut line, short or not, nor a short sentence past the lead.
    [InlineData("Read more.", false)]
    [InlineData("Thanks!", false)]
    [InlineData("Click here to read it.", false)]
    [InlineData("Tags: Linux, kernel.", false)]
    [InlineData("Posted by Jane Doe on Monday.", false)]
    [InlineData("Great news for all of us.", false)]
    // A pronoun's or an exclamation's short sentence names nothing (the fixture corpus: Japan Times, Giant Bomb).
    [InlineData("What a year it has been.", false)]
    [InlineData("This is one for the books.", false)]
    [InlineData("I can't say I wasn't warned.", false)]
    [InlineData("The kernel is coming soon...", false)]
    [InlineData("Is the kernel coming soon?", false)]
    public void AShortLead_PassesOnlyAsAWholeStatement(string sentence, bool passes)
    {
        Assert.Equal(passes, SummaryChecker.CheckSentence(sentence, lead: true) is null);
        Assert.Equal("fragment", SummaryChecker.CheckSentence(sentence)?.Rule);
    }
}
