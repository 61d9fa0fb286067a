using System.Text;
using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.HeldOut;

/// <summary>Held-out reviews 55-57: the general causes behind their summary findings, each on inputs of its own.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HeldOut55To57SummaryTests
{
    private static Article Normalized(string title, string html)
    {
        var xml = $"<rss version=\"2.0\"><channel><title>F</title><link>https://e.example/</link><item><title>{title}</title><link>https://e.example/1</link>" +
                  $"<description><![CDATA[{html}]]></description></item></channel></rss>";
        return ArticleNormalizer.ToArticle(FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://e.example/feed.xml")).Items.Single(), new FeedSource("https://e.example/feed.xml"), "F");
    }

    private static SummaryResult Summary(Article article) => Summarizer.Summarize(article, Lede.Preview(article.Title, article.Text, 200), 3, episode: false);

    // Review 55, F1: a teaser its feed cut inside an aside ("fixed in MySQL 8.4.0 (") had no summary; its lead-in's rant stood in.
    [Fact]
    public void ATeaserCutInsideAnAside_ShouldBeSummarisedByItsLastSentenceToTheAside()
    {
        var article = Normalized("Undo Log Truncation Bug in 8.0 leads to Data Corruption",
            "I am upset about this one : I have a hard time not seeing this as negligence, and it starts to become a pattern...&nbsp; So please forgive me, " +
            "because I really think someone deserves a kick&nbsp;!&nbsp; But what is all this about...<br><br>" +
            "There is a PostgreSQL bug, which can lead to data corruption, opened for 15.0 in September 2023, fixed in PostgreSQL 16.2 (");
        var summary = Summary(article);
        Assert.Equal("There is a PostgreSQL bug, which can lead to data corruption, opened for 15.0 in September 2023, fixed in PostgreSQL 16.2.", summary.Text);
        // A text cut in mid-clause elsewhere keeps no such tail: "released a new" is no whole clause.
        var open = Normalized("Scheduler notes", "I am upset about this one : I have a hard time not seeing this as negligence, and it starts to become a pattern...<br><br>" +
            "The team behind the scheduler said on Tuesday that it has released a new");
        Assert.DoesNotContain("released a new.", Summary(open).Text, StringComparison.Ordinal);
    }

    // Review 56, F4: the finding under "Key takeaways", a bold line without a stop, was left out of the summary.
    [Fact]
    public void AWholeLineUnderAHighlightsHeading_ShouldBeASentence_StopOrNot()
    {
        var article = Normalized("Aggregation processing speed in SQLite",
            "<p>I measured how fast SQLite aggregates rows stored three ways, on a laptop, with ten million rows each time.</p>" +
            "<h2>Key takeaways</h2><p><strong>Plain text columns are faster than JSON columns when only reading data</strong></p>" +
            "<p>JSON columns are useful for processing, when filtering data in the database. But in this test, the cost of parsing them is not worth it.</p>");
        var summary = Summary(article).Text;
        Assert.Contains("Plain text columns are faster than JSON columns when only reading data.", summary, StringComparison.Ordinal);
        // A heading-like short line there is still a heading.
        Assert.DoesNotContain("Key takeaways", summary, StringComparison.Ordinal);
    }
}

/// <summary>Review 55, F3: a "Because ..." clause answering a dropped question was printed as a whole summary.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HeldOut55BecauseTests
{
    [Theory]
    [InlineData("Because blog aggregators, which are usually consumed on their RSS interface via a feed reader, are an important knowledge sharing tool in the MySQL community.", true)]
    [InlineData("Because feed readers, which most people no longer use, are how the community shares its posts.", true)]
    [InlineData("Because the model runs entirely on the phone no recording ever leaves the device.", false)]
    [InlineData("Because the model is small, it runs on a phone without a network connection.", false)]
    [InlineData("Because most of our users were on old Android phones, the team rewrote the renderer in C.", false)]
    public void ABecauseClauseWithoutAMainClause_ShouldLeanOnTheQuestionBeforeIt(string sentence, bool leans)
        => Assert.Equal(leans, Summarizer.LeansOnThePrevious(sentence));
}

/// <summary>Review 58, F1: a lede refused for "these things" inside its own quotation; the run's best story went out last.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HeldOut58QuotedPointerTests
{
    [Fact]
    public void ADemonstrativeInsideAQuotation_ShouldNotPointBack_OneOutsideStillDoes()
    {
        Assert.False(Summarizer.PointsBack("After publishing my series on lattice signatures, one feedback I got was that my posts made people more confident in the scheme, because “at least someone is looking into these things”."));
        Assert.False(Summarizer.PointsBack("The maintainer said \"these changes were overdue\" when the release shipped on Monday."));
        Assert.True(Summarizer.PointsBack("After publishing my series on lattice signatures, one feedback I got was that my posts made people more confident in the scheme, because at least someone is looking into these things."));
    }
}

/// <summary>Review 58, F3: the post's point ("resize the container") went unchosen: the title said "Resizing".</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HeldOut58TitleInflectionTests
{
    [Fact]
    public void ASentenceUsingTheTitlesWordInAnotherInflection_ShouldCountAsOnTheTitle()
    {
        const string text = "I recently ran into an issue with our Linux build machine, where the instance kept running out of disk space. " +
            "No matter what I changed the disk size to, the machine would not recognize the new space. " +
            "After some digging, I found that the machine requires us to resize the root partition after giving the disk more space. " +
            "We had tried rebooting twice and even opened a support ticket before that. " +
            "The ticket was closed after a week without any answer from the team.";
        var summary = Summarizer.Summarize("Resizing Linux Build Disks", text, 2);
        Assert.Contains("resize the root partition", summary, StringComparison.Ordinal);
    }
}
