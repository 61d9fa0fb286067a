using NewsCurator.Enhance;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A publisher's name written as one word ("KrebsOnSecurity") is a name in its own stories' sentences, not an identifier
/// from code (held-out reviews 44 F5 and 47 F2: every Krebs lead naming the site was refused, and the summaries began on
/// their second paragraph). Another site's story, and a real identifier, still read as code.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PublisherNameSummaryTests
{
    private const string Lead = "KrebsOnSecurity has learned that a major payment processor quietly fixed a flaw that exposed millions of card numbers for months.";

    private const string Text = Lead + "\n" +
        "The company confirmed the breach on Tuesday after being contacted by reporters about the leaked records.\n" +
        "Security researchers said the exposed database had been indexed by search engines since at least March.\n" +
        "Customers were told to watch their statements and to replace cards issued before the spring.";

    private static Article Story(string? feedTitle, string? feedHome, string link) => new()
    {
        Id = "krebs1", FeedUrl = "https://example.org/feed", Title = "Payment Processor Leaked Card Data for Months", Text = Text,
        FeedTitle = feedTitle, FeedHome = feedHome, Link = link, Language = "en",
    };

    [Theory]
    [InlineData("Krebs on Security", null, "https://example.net/2026/12/story/")]
    [InlineData(null, "krebsonsecurity.com", "https://example.net/2026/12/story/")]
    [InlineData(null, null, "https://krebsonsecurity.com/2026/12/payment-processor/")]
    public void Summary_ShouldLeadWithTheSentenceNamingItsOwnPublisher(string? feedTitle, string? feedHome, string link)
    {
        var summary = Summarizer.Summarize(Story(feedTitle, feedHome, link), "", 3, episode: false);
        Assert.StartsWith(Lead, summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_ShouldStillRefuseTheNameOnAnotherSitesStory()
    {
        var summary = Summarizer.Summarize(Story("The Daily Byte", "dailybyte.example", "https://dailybyte.example/story"), "", 3, episode: false);
        Assert.DoesNotContain("KrebsOnSecurity", summary.Text, StringComparison.Ordinal);
        Assert.StartsWith("The company confirmed", summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSentence_ShouldReadAnIdentifierAsCodeWhateverThePublisher()
    {
        const string sentence = "The new CodeTreeNode type now keeps every child in one array for faster walks.";
        Assert.Equal("code_like", SummaryChecker.CheckSentence(sentence, "Faster tree walks", publisher: "Krebs on Security\nkrebsonsecurity.com")?.Rule);
        Assert.Null(SummaryChecker.CheckSentence("Readers told KrebsOnSecurity that the notices arrived weeks after the leak.", "Leak", publisher: "krebsonsecurity.com"));
    }

    [Fact]
    public void Check_ShouldPassAFinishedSummaryNamingItsPublisher()
    {
        var story = Story("Krebs on Security", "krebsonsecurity.com", "https://krebsonsecurity.com/x/");
        var summary = Lead + " The company confirmed the breach on Tuesday after being contacted by reporters about the leaked records.";
        Assert.Empty(SummaryChecker.Check(summary, "en", 3, story.Title, publisher: Summarizer.PublisherNames(story)));
        Assert.Contains(SummaryChecker.Check(summary, "en", 3, story.Title), f => f.Rule == "code_like");
    }
}
