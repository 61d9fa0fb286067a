using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A document whose root is a bare RSS &lt;channel&gt;, its &lt;rss&gt; wrapper lost (held-out review 74, F6): TechDaily's
/// capture was "not a feed" and its one story, IBM X-Force's threat index, was lost whole.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class BareChannelTests
{
    private const string TechDaily = """
        <channel>
            <title>테크데일리(TechDaily) - 컴퓨팅</title>
            <link>http://www.techdaily.co.kr</link>
            <description>테크데일리(TechDaily)</description>
            <language>ko</language>
            <lastBuildDate>2022-03-01 11:26:21</lastBuildDate>
            <item>
                <title>“아시아, 작년 한 해 사이버 공격 가장 많이 받아”</title>
                <link>http://www.techdaily.co.kr/news/articleView.html?idxno=20486</link>
                <description><![CDATA[ 작년 한 해 사이버 공격의 26%가 아시아에 있는 표적을 조준하며 한국을 포함한 아시아가 전 세계에서 가장 많은 사이버 공격을 받은 것으로 나타났다. ]]></description>
                <pubDate>2022-02-28 19:17:53</pubDate>
            </item>
        </channel>
        """;

    private static ParsedFeed Parse(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://www.techdaily.example/rss"));

    [Fact]
    public void BareChannel_ShouldBeReadAsRss2_WithItsTitleItemsAndAWarning()
    {
        var feed = Parse(TechDaily);
        Assert.Equal("rss-2.0", feed.Format);
        Assert.Equal("테크데일리(TechDaily) - 컴퓨팅", feed.Title);
        Assert.Equal("ko", feed.Language);
        Assert.Equal("http://www.techdaily.co.kr/", feed.Link);
        Assert.NotNull(feed.Updated);
        var item = Assert.Single(feed.Items);
        Assert.Equal("http://www.techdaily.co.kr/news/articleView.html?idxno=20486", item.Link);
        Assert.Contains(feed.Warnings, w => w.Contains("bare <channel>", StringComparison.Ordinal));
    }

    [Fact]
    public void WrappedChannel_ShouldParseAsBefore_WithNoWarning()
    {
        var feed = Parse("<rss version=\"2.0\">" + TechDaily + "</rss>");
        Assert.Equal("테크데일리(TechDaily) - 컴퓨팅", feed.Title);
        Assert.Single(feed.Items);
        Assert.DoesNotContain(feed.Warnings, w => w.Contains("bare <channel>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<items><item><title>T</title></item></items>")]
    // A channel in a namespace is no RSS 2.0 channel.
    [InlineData("<x:channel xmlns:x=\"https://x.example/\"><x:item/></x:channel>")]
    public void UnknownRoot_ShouldStillBeNoFeed(string xml)
    {
        var error = Assert.Throws<FeedParseException>(() => Parse(xml));
        Assert.Equal("not a feed: the root element is none of <rss>, <rdf:RDF>, <feed> or a bare RSS <channel>", error.Message);
    }
}
