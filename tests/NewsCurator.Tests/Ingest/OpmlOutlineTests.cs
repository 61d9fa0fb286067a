using NewsCurator.Configuration;
using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// An outline the reader did not understand was skipped without a word (hostile-input audit 30, H10): a feed address
/// spelled "xmlURL" or in a namespace is read, and an OPML 2.0 inclusion stops the run before it starts, naming it.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class OpmlOutlineTests
{
    private static readonly Uri Base = new("file:///lists/feeds.opml");

    [Fact]
    public void AFeedAddressSpelledOtherwise_ShouldBeRead()
    {
        var feeds = Opml.Parse("""
            <opml version="2.0" xmlns:x="urn:x"><body>
              <outline text="A" xmlUrl="https://a.example/feed.xml"/>
              <outline text="B" xmlURL="https://b.example/feed.xml"/>
              <outline text="C" x:xmlUrl="https://c.example/feed.xml"/>
              <outline text="Folder"><outline text="D" XMLURL="https://d.example/feed.xml"/></outline>
            </body></opml>
            """, Base, "feeds.opml");
        Assert.Equal(["https://a.example/feed.xml", "https://b.example/feed.xml", "https://c.example/feed.xml", "https://d.example/feed.xml"], feeds.Select(f => f.Url));
        Assert.Equal(["A", "B", "C", "D"], feeds.Select(f => f.Title));
    }

    [Theory]
    [InlineData("""<outline type="include" text="Team list" url="file:///lists/team.opml"/>""")]
    [InlineData("""<outline type="link" text="More" url="https://lists.example/more.opml"/>""")]
    public void AnInclusion_ShouldStopTheRunBeforeItStarts_NamingIt(string outline)
    {
        var error = Assert.Throws<ConfigurationException>(() => Opml.Parse($"""<opml version="2.0"><body>{outline}</body></opml>""", Base, "feeds.opml"));
        Assert.Contains("includes another list", error.Message, StringComparison.Ordinal);
        Assert.Contains("feeds.opml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkToAPage_ShouldStaySkipped()
        => Assert.Empty(Opml.Parse("""<opml version="2.0"><body><outline type="link" text="Blog" url="https://blog.example/"/></body></opml>""", Base, "feeds.opml"));
}
