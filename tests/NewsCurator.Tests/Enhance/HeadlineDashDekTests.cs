using System.Text;
using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>Held-out review 75, F6: a generator writes each item's description as "Title — dek"; the summary printed the headline again.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HeadlineDashDekTests
{
    private static Article Normalized(string title, string description)
    {
        var xml = $"<rss version=\"2.0\"><channel><title>F</title><link>https://e.example/</link><item><title>{title}</title><link>https://e.example/1</link>" +
                  $"<description>{description}</description></item></channel></rss>";
        return ArticleNormalizer.ToArticle(FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://e.example/feed.xml")).Items.Single(), new FeedSource("https://e.example/feed.xml"), "F");
    }

    private static string Summary(Article article) => Summarizer.Summarize(article, Lede.Preview(article.Title, article.Text, 200), 3, episode: false).Text;

    [Theory]
    [InlineData("Batch Exports 3.0", "Batch Exports 3.0 — Move large audiences to your warehouse faster with a rebuilt export engine that writes 50,000 rows per second.",
        "Move large audiences to your warehouse faster")]
    [InlineData("Webhook release 2026-05-01", "Webhook release 2026-05-01 - Connect more of your stack with new event types for refunds, disputes and subscription changes.",
        "Connect more of your stack")]
    [InlineData("Inbox rules for teams", "Inbox rules for teams: Route incoming support mail to the right queue automatically, based on sender, topic and language.",
        "Route incoming support mail")]
    public void ADescriptionOpeningOnItsHeadlineAndADash_ShouldBeSummarisedAfterTheDash(string title, string description, string opening)
    {
        var summary = Summary(Normalized(title, description));
        Assert.StartsWith(opening, summary);
        Assert.DoesNotContain(title, summary);
    }

    // What must not change: the headline as the sentence's subject, a short subtitle after the dash, and a lower-case
    // clause that goes on with the headline's sentence.
    [Theory]
    [InlineData("Batch Exports 3.0", "Batch Exports 3.0 moves large audiences to your warehouse faster with a rebuilt export engine that writes 50,000 rows per second.",
        "Batch Exports 3.0 moves")]
    [InlineData("Inbox rules for teams", "Inbox rules for teams — and why support leads asked for them first. Route incoming support mail to the right queue automatically, based on sender and topic.",
        "Inbox rules for teams — and why")]
    public void AHeadlineThatIsPartOfItsSentence_ShouldStay(string title, string description, string opening)
        => Assert.StartsWith(opening, Summary(Normalized(title, description)));
}
