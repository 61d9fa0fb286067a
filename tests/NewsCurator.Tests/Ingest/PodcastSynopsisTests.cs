using System.Text;
using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A podcast's show notes beside the hosts' own synopsis: the notes are the text, the synopsis the description, and the
/// summary says what the episode is about rather than listing its links (forty-second held-out review, F4).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PodcastSynopsisTests
{
    private const string Feed = """
        <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>ATP</title>
        <item><title>143: Capital F, Capital C</title><link>https://atp.example/143</link>
        <itunes:summary>iPad Pro impressions, multitasking paradigms, and Marco actually played a game.</itunes:summary>
        <description><![CDATA[<ul><li><a href="https://a.example/1">Menu button snap-back on the Apple TV remote</a></li><li><a href="https://a.example/2">John's children react to the remote</a></li>
        <li><a href="https://a.example/3">Marco and Apple TV gaming</a></li><li><a href="https://a.example/4">iPad Pro keyboard</a></li><li><a href="https://a.example/5">Split View</a></li></ul>
        <p>Sponsored by: Squarespace, Hover.</p>]]></description>
        <enclosure url="https://atp.example/143.mp3" type="audio/mpeg" length="1"/></item></channel></rss>
        """;

    [Fact]
    public void TheHostsSynopsis_ShouldBeTheDescription_AndTheNotesTheText()
    {
        var item = FeedParser.Parse(Encoding.UTF8.GetBytes(Feed), new Uri("https://atp.example/feed")).Items.Single();
        var article = ArticleNormalizer.ToArticle(item, new FeedSource("https://atp.example/feed"), "ATP");
        Assert.Equal("iPad Pro impressions, multitasking paradigms, and Marco actually played a game.", article.Description);
        Assert.Contains("Menu button snap-back", article.Text, StringComparison.Ordinal);
        var summary = Summarizer.Summarize(article.Title, article.Text, article.Description, "preview", 3, "en");
        Assert.Equal("iPad Pro impressions, multitasking paradigms, and Marco actually played a game.", summary.Text);
    }

    [Fact]
    public void ASynopsisThatRepeatsTheDescription_ShouldChangeNothing()
    {
        var feed = Feed.Replace("iPad Pro impressions, multitasking paradigms, and Marco actually played a game.", "Menu button snap-back on the Apple TV remote", StringComparison.Ordinal);
        var item = FeedParser.Parse(Encoding.UTF8.GetBytes(feed), new Uri("https://atp.example/feed")).Items.Single();
        Assert.Null(item.ContentHtml);
    }

    [Theory]
    // Hostile-input audit 34: a synopsis in another language than the notes (H6), and one thousands of words long (H8).
    [InlineData("Погнутые айпады, защитные плёнки для экрана и наш 2018 год в обзоре, а также новые айпады и игры.")]
    [InlineData("Das iPad Pro im Test, und wir sprechen über die neue Fernbedienung und das Spielen auf dem Apple TV mit der Familie.")]
    public void ASynopsisInAnotherLanguage_ShouldNotBeTheDescription(string synopsis)
    {
        var feed = Feed.Replace("iPad Pro impressions, multitasking paradigms, and Marco actually played a game.", synopsis, StringComparison.Ordinal)
            .Replace("Split View</a></li></ul>", "Split View</a></li></ul><p>This week we talk about the new remote and the way the kids use it, and whether the iPad Pro keyboard is worth the money for the people who write on it all day.</p>", StringComparison.Ordinal);
        var item = FeedParser.Parse(Encoding.UTF8.GetBytes(feed), new Uri("https://atp.example/feed")).Items.Single();
        Assert.Null(item.ContentHtml);
        Assert.DoesNotContain(synopsis, item.SummaryHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void AHugeSynopsis_ShouldNotBeTheDescription()
    {
        var huge = string.Concat(Enumerable.Repeat("Bent iPads and screen protectors. ", 200));
        var feed = Feed.Replace("iPad Pro impressions, multitasking paradigms, and Marco actually played a game.", huge, StringComparison.Ordinal)
            .Replace("<p>Sponsored by", string.Concat(Enumerable.Repeat("<p>Notes about the remote, the keyboard and the games we played this week.</p>", 300)) + "<p>Sponsored by", StringComparison.Ordinal);
        var item = FeedParser.Parse(Encoding.UTF8.GetBytes(feed), new Uri("https://atp.example/feed")).Items.Single();
        Assert.Null(item.ContentHtml);
    }

    [Fact]
    public void ASynopsisBesideNotesTooBareToTell_ShouldGiveTheItemItsLanguage()
    {
        // Hostile-input audit 35, H4: the notes a list of links, the synopsis Russian, the language undetermined and passed.
        var article = new Article
        {
            Id = "a", FeedUrl = "https://atp.example/feed", Title = "416: Watch bands", Text = "• Watch bands\n• Split View\n• https://a.example/1",
            Description = "Погнутые айпады, защитные плёнки для экрана и наш год в обзоре, а также новые айпады и игры.",
        };
        Assert.Equal("ru", NewsCurator.Filter.ForeignHeadline.Detected(article, ["en"]).Language);
    }
}
