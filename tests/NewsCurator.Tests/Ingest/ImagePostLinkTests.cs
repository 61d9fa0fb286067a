using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A link-sharing site's image post gives the picture in &lt;link&gt; and the post in &lt;comments&gt;: the reader wants the
/// post (held-out review 83, F3). A photoblog's image with no page of its own keeps its link.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ImagePostLinkTests
{
    private static ParsedFeed Parse(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://links.example.net/feeds/c/tech.xml"));

    [Fact]
    public void ImageLink_WithACommentsPage_ShouldLinkThePost()
    {
        var feed = Parse("""
            <rss version="2.0"><channel><title>c/tech</title><link>https://links.example.net/c/tech</link>
            <item><title>Our new server rack</title><link>https://links.example.net/pictrs/image/0a1b2c.jpeg</link>
              <comments>https://links.example.net/post/4711</comments><guid>https://links.example.net/post/4711</guid><description>A photo.</description></item>
            <item><title>Sunset</title><link>https://photos.example.org/2024/sunset.png</link><guid isPermaLink="false">sunset-1</guid><description>A photo.</description></item>
            <item><title>A story</title><link>https://news.example.org/story</link><comments>https://links.example.net/post/4712</comments></item>
            </channel></rss>
            """);
        Assert.Equal(["https://links.example.net/post/4711", "https://photos.example.org/2024/sunset.png", "https://news.example.org/story"], feed.Items.Select(i => i.Link));
    }
}
