using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A title-less post whose first paragraph is a headline without a stop is headed by that paragraph alone, not run into the
/// next and cut mid-clause (held-out review 83, F5). A line broken mid-sentence stays joined.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FirstParagraphHeadlineTests
{
    private static Article Untitled(string html)
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes($"""
            <rss version="2.0"><channel><title>micro</title><link>https://micro.example/</link>
            <item><title></title><link>https://micro.example/1</link><description><![CDATA[{html}]]></description></item>
            </channel></rss>
            """), new Uri("https://micro.example/feed.xml"));
        return ArticleNormalizer.ToArticleOrNull(feed.Items[0], new FeedSource("https://micro.example/feed.xml"), feed.Title, feed.Link)!;
    }

    [Fact]
    public void AFirstParagraphWithoutAStop_ShouldHeadThePostAlone()
        => Assert.Equal("A small plug for my new tutorial series",
            Untitled("<p>A small plug for my new tutorial series</p><p>If you run a home lab, I have started writing up how I built my three-node cluster with spare desktops and a cheap switch, and what broke.</p>").Title);

    [Fact]
    public void ALineBrokenMidSentence_ShouldStayJoined()
        => Assert.StartsWith("We moved our build farm to the new runners",
            Untitled("<p>We moved our build farm to the new runners<br>and the queue times dropped by half over the week.</p>").Title, StringComparison.Ordinal);
}
