using System.Text;
using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out review 76, F4: a forum post's news is its lead, ending in ':' before a link card, a list or code, and its
/// closing lines are thanks and contact details. The lead was refused for its colon and the summary printed the closing.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ColonLeadAndClosingLineTests
{
    private static Article Normalized(string title, string html)
    {
        var xml = $"<rss version=\"2.0\"><channel><title>F</title><link>https://e.example/</link><item><title>{title}</title><link>https://e.example/1</link>" +
                  $"<description><![CDATA[{html}]]></description></item></channel></rss>";
        return ArticleNormalizer.ToArticle(FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://e.example/feed.xml")).Items.Single(), new FeedSource("https://e.example/feed.xml"), "F");
    }

    private static SummaryResult Summary(Article article) => Summarizer.Summarize(article, Lede.Preview(article.Title, article.Text, 200), 3, episode: false);

    private const string LinkCard =
        "<aside class=\"onebox githubrepo\"><header class=\"source\"><a href=\"https://github.com/acme/raytracer/tree/v2\">GitHub</a></header>" +
        "<article class=\"onebox-body\"><h3><a href=\"https://github.com/acme/raytracer/tree/v2\">acme/raytracer</a></h3>" +
        "<p>A small ray tracer written for the book https://acme.example/book - acme/raytracer</p></article></aside>";

    [Fact]
    public void ALeadEndingInAColonBeforeALinkCard_ShouldOpenTheSummary()
    {
        var article = Normalized("Chapter 7 code is out",
            "<p>The renderer from chapter 7 of the ray tracing book, with soft shadows and texture mapping, is now available in the v2 branch of the repository:</p>" +
            LinkCard +
            "<p>Some of the things chapter 7 will explain are:</p><ul><li>Area lights,</li><li>Texture lookups,</li><li>Bounding volumes.</li></ul>" +
            "<p>Let me know what you think! I still plan to publish the last chapter before the end of the summer.</p>");
        var summary = Summary(article).Text;
        Assert.StartsWith("The renderer from chapter 7 of the ray tracing book", summary);
        Assert.Contains("repository.", summary);
    }

    [Fact]
    public void ALeadEndingInAColonBeforeAList_ShouldOpenTheSummary()
    {
        var article = Normalized("Repository layout changed",
            "<p>The sample code for the compiler course was moved into a single repository with one folder per lesson:</p>" +
            "<ul><li><a href=\"https://github.com/acme/course\">https://github.com/acme/course</a></li></ul>" +
            "<p>Before, every lesson lived in a branch of its own, and switching lessons meant switching branches. Now every lesson sits on the main branch in its own folder.</p>");
        Assert.StartsWith("The sample code for the compiler course was moved into a single repository with one folder per lesson.", Summary(article).Text);
    }

    // What must not change: a highlights heading's colon introduces items that are each the news; it is no sentence.
    [Fact]
    public void AHighlightsLeadInBeforeItsList_ShouldStayOutOfTheSummary()
    {
        var article = Normalized("Version 4.2 released",
            "<p>Here are the highlights of this release:</p><ul><li>Incremental builds are up to three times faster on large projects.</li>" +
            "<li>The language server now supports rename across files.</li></ul>" +
            "<p>The release also drops support for the old configuration format, which was deprecated two years ago. Upgrading takes one command for most projects.</p>");
        Assert.DoesNotContain("Here are the highlights", Summary(article).Text);
    }

    // A colon inside the text, not the lead's, still introduces what the summary does not carry.
    [Fact]
    public void ALaterSentenceEndingInAColon_ShouldStayOutOfTheSummary()
    {
        var article = Normalized("Notes on the new scheduler",
            "<p>The new scheduler replaces the old round-robin loop with a work-stealing queue for every core. It cut tail latency by forty percent in our tests.</p>" +
            "<p>The configuration gained two new settings for the queue length and the stealing threshold:</p><pre><code>queue_length = 256\nsteal_threshold = 4</code></pre>");
        Assert.DoesNotContain("settings for the queue length and the stealing threshold", Summary(article).Text);
    }

    [Theory]
    [InlineData("Thanks, @jdoe for raising the issue about this.")]
    [InlineData("Thanks to @jdoe for reporting the bug and testing the fix.")]
    [InlineData("Thanks to Maria Lopez for reviewing the first draft.")]
    [InlineData("Thank you to everyone who participated and sent feedback!")]
    [InlineData("You can also contact me on Mastodon @jdoe and by email jdoe@acme.example.")]
    [InlineData("Feel free to reach me by email if you have any questions about the port.")]
    public void AnAcknowledgementOrAContactLine_ShouldBeASignOff(string sentence)
        => Assert.True(Summarizer.IsSignOff(sentence));

    // What must not change: "thanks to" a cause, and a story about contacting someone.
    [Theory]
    [InlineData("Thanks to the new cache, builds are three times faster on every runner.")]
    [InlineData("Thanks to Rust's borrow checker, the rewrite shipped without a single memory bug.")]
    [InlineData("Several readers contacted me about the outage before the vendor admitted it.")]
    [InlineData("The attackers used the support form to contact customers by email.")]
    public void ACauseOrAStoryAboutContact_ShouldNotBeASignOff(string sentence)
        => Assert.False(Summarizer.IsSignOff(sentence));

    [Fact]
    public void AForumClosingPost_ShouldNotEndOnItsContactLine()
    {
        var article = Normalized("The project forum is closing",
            "<p>Thank you to everyone who took part and shared feedback over the years!</p>" +
            "<p>This forum saw little use after the first year, and hosting it costs more than it is worth. That is why the forum closes next month, and a static copy stays online for reference.</p>" +
            "<p>If you are looking for a place to talk about the project, I suggest these communities:</p><ul><li><a href=\"https://www.reddit.com/r/Compilers/\">https://www.reddit.com/r/Compilers/</a></li></ul>" +
            "<p>You can also contact me on Mastodon <a href=\"https://m.example/@jdoe\">@jdoe</a> and by email <a href=\"mailto:jdoe@acme.example\">jdoe@acme.example</a>.</p><p>—Jane</p>");
        var summary = Summary(article).Text;
        Assert.DoesNotContain("contact me", summary);
        Assert.Contains("hosting it costs more", summary);
    }
}
