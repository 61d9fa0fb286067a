using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A podcast episode with no item link is linked to its audio, which a reader can open, instead of being dropped as
/// no_link; the link still passes every check an item link does (fourteenth held-out review, F6).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class EpisodeLinkTests
{
    private static ParsedFeed Parse(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://pod.example.org/feed.xml"));

    [Fact]
    public void RssEpisode_WithoutALink_ShouldLinkItsAudioEnclosure_AndBeAnEpisode()
    {
        var feed = Parse("""
            <rss version="2.0"><channel><title>The Future in Tech</title><link>https://pod.example.org/</link>
            <item><title>EP02-What is Generative AI?</title><description>Pinar Demirdag discusses generative AI.</description>
              <enclosure url="https://cdn.example.org/audio/TFIT02.mp3" type="audio/mpeg" length="1"/></item>
            <item><title>EP03</title><comments>https://pod.example.org/ep3</comments>
              <enclosure url="https://cdn.example.org/audio/3" type="audio/mpeg" length="1"/></item>
            <item><title>Slides</title><enclosure url="https://cdn.example.org/slides.pdf" type="application/pdf" length="1"/></item>
            <item><title>Local</title><enclosure url="http://localhost:4000/ep4.mp3" type="audio/mpeg" length="1"/></item>
            </channel></rss>
            """);
        // The episode's page where the feed names one (its <comments>) still comes before the audio; a document is no episode.
        Assert.Equal(["https://cdn.example.org/audio/TFIT02.mp3", "https://pod.example.org/ep3", null, "http://localhost:4000/ep4.mp3"], feed.Items.Select(i => i.Link));

        var source = new FeedSource("https://pod.example.org/feed.xml");
        var article = ArticleNormalizer.ToArticle(feed.Items[0], source, feed.Title);
        Assert.Equal("https://cdn.example.org/audio/TFIT02.mp3", article.Link);
        Assert.True(NewsCurator.Filter.ContentRules.IsEpisode(article));
        // A private host stays unusable: the audio link is removed and the feed warned, as for any item link.
        var (kept, warnings) = UnusableLinks.Remove([ArticleNormalizer.ToArticle(feed.Items[3], source, feed.Title)], source, []);
        Assert.Null(Assert.Single(kept).Link);
        Assert.Contains("localhost:4000", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void JsonFeedEpisode_WithoutAUrl_ShouldLinkItsAudioAttachment()
    {
        var feed = Parse("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "Pod", "items": [
              {"id": "ep1", "title": "Episode 1", "content_text": "Notes.", "attachments": [{"url": "https://cdn.example.org/ep1.m4a", "mime_type": "audio/x-m4a"}]},
              {"id": "ep2", "title": "Episode 2", "content_text": "Notes.", "attachments": [{"url": "https://cdn.example.org/ep2.pdf", "mime_type": "application/pdf"}]}]}
            """);
        Assert.Equal(["https://cdn.example.org/ep1.m4a", null], feed.Items.Select(i => i.Link));
    }
}
