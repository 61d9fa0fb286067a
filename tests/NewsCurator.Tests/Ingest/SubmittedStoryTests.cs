using System.Text;
using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A community site's submission, 'Handle writes "..."': the quoted words are the story, and its summary is theirs
/// (fiftieth held-out review, F5: Slashdot's stories went out as cut previews opening on the submitter's handle).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SubmittedStoryTests
{
    private const string Submission =
        "Dion Hinchcliffe over on ZDNet declared in a new post that the Web OS has finally arrived and that businesses and IT departments must adjust to the fact that everything is starting to move to the cloud. " +
        "He cites John Hagel's so-called big business shifts of the 21st century and claims cloud computing, crowdsourcing and open APIs are the future of the workplace. " +
        "He goes on to present a visual model of the Web OS circa 2009 and examples to back up some of the statements.";

    private static Article Normalized(string descriptionHtml)
    {
        var xml = "<rss version=\"2.0\"><channel><title>Slashdot</title><link>https://slashdot.org/</link><item><title>Has the WebOS Finally Arrived?</title>" +
                  "<link>https://tech.slashdot.org/story/09/09/06/1816203</link><description><![CDATA[" + descriptionHtml + "]]></description></item></channel></rss>";
        var item = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://rss.slashdot.org/Slashdot/slashdot")).Items.Single();
        return ArticleNormalizer.ToArticle(item, new FeedSource("https://rss.slashdot.org/Slashdot/slashdot"), "Slashdot");
    }

    [Theory]
    [InlineData("SphereOfInfluence writes \"{0}\"")]
    [InlineData("timothy writes \u201c{0}\u201d")]
    [InlineData("An anonymous reader writes \"{0}\"")]
    [InlineData("Hugh Pickens writes with this excerpt: \"{0}\"")]
    public void Submission_ShouldBeTheStorysTextAndSummary(string form)
    {
        var article = Normalized(string.Format(System.Globalization.CultureInfo.InvariantCulture, form, Submission) +
                                 "<p><a href=\"https://tech.slashdot.org/story/09/09/06/1816203\">Read more of this story</a> at Slashdot.</p>");
        Assert.StartsWith("Dion Hinchcliffe over on ZDNet declared", article.Text, StringComparison.Ordinal);
        var summary = Summarizer.Summarize(article, "", 3, episode: false);
        Assert.Equal(SummarySources.Extractive, summary.Source);
        Assert.StartsWith("Dion Hinchcliffe over on ZDNet declared", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("writes", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"", summary.Text, StringComparison.Ordinal);
    }

    [Theory]
    // A remark quoted after a name is the speaker's, and stays with its name.
    [InlineData("Linus Torvalds writes \"This is the last release candidate.\"")]
    // Prose that quotes someone mid-sentence is no submission.
    [InlineData("In his blog post, Torvalds writes \"" + "the merge window is closed and the next release candidate follows in a week with the usual fixes for drivers and filesystems\" and moves on.")]
    public void Quotation_ShouldKeepItsSpeaker(string text)
        => Assert.Equal(text, SubmittedStory.WithoutCredit(text));
}
