using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// RDF/XML is a feed only where it holds RSS 1.0's (or 0.90's) channel or items, and an RSS 1.0 item's text written
/// as bare character data inside &lt;item&gt; is recovered as its description (eleventh held-out review, F9: a FOAF
/// profile was reported "ok" with no items; a news feed's items lost their text and were advised to fetch pages).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class RdfDocumentTests
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private static ParsedFeed Parse(string document) => FeedParser.Parse(Encoding.UTF8.GetBytes(document), new Uri("https://example.org/index.rdf"));

    private const string Profile = $"""
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="{Rdf}" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:foaf="http://xmlns.com/foaf/0.1/">
          <rdf:Description rdf:about="https://jane.example.org/">
            <dc:title>Jane's Home Page</dc:title>
            <dc:description>Jane writes about compilers.</dc:description>
          </rdf:Description>
          <foaf:Person rdf:ID="jane">
            <foaf:name>Jane Example</foaf:name>
            <foaf:homepage rdf:resource="https://jane.example.org/"/>
          </foaf:Person>
        </rdf:RDF>
        """;

    [Fact]
    public void AnRdfDocumentWithNoChannelOrItem_ShouldFailAsNoFeed_SayingWhatItHolds()
    {
        var error = Assert.Throws<FeedParseException>(() => Parse(Profile));
        Assert.StartsWith("not a feed: an RDF document with no RSS 1.0 channel or items (a FOAF profile?)", error.Message, StringComparison.Ordinal);
        Assert.Contains("rdf:Description, foaf:Person", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("check the feed URL", error.Message, StringComparison.Ordinal);
        // An empty RDF document is none either.
        Assert.Throws<FeedParseException>(() => Parse($"""<rdf:RDF xmlns:rdf="{Rdf}"/>"""));
    }

    [Fact]
    public async Task AnRdfProfile_ShouldBeAFailedFeed_NotAnEmptyOne()
    {
        var (outcome, articles) = await StaticFetcher.IngestAsync(new FeedSource("https://jane.example.org/foaf.rdf"), Profile);
        Assert.Equal(FeedStatus.Error, outcome.Status);
        Assert.Contains("not a feed: an RDF document", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(articles);
    }

    [Theory]
    [InlineData("http://purl.org/rss/1.0/")]
    [InlineData("http://my.netscape.com/rdf/simple/0.9/")]
    public void AnRssChannelThatListsNoItems_ShouldStayAFeed(string rssNamespace)
    {
        var feed = Parse($"""
            <rdf:RDF xmlns:rdf="{Rdf}" xmlns="{rssNamespace}">
              <channel rdf:about="https://example.org/"><title>Quiet news</title><link>https://example.org/</link><description>Nothing yet</description></channel>
            </rdf:RDF>
            """);
        Assert.Equal("rss-1.0", feed.Format);
        Assert.Equal("Quiet news", feed.Title);
        Assert.Empty(feed.Items);
        Assert.Null(feed.Error);
    }

    [Theory]
    [InlineData("http://purl.org/rss/1.0/")]
    [InlineData("http://my.netscape.com/rdf/simple/0.9/")]
    public void RssOneAndNetscapesZeroNinety_ShouldBothBeRead_WithItemsBesideTheChannel(string rssNamespace)
    {
        var feed = Parse($"""
            <rdf:RDF xmlns:rdf="{Rdf}" xmlns="{rssNamespace}">
              <channel><title>Example News</title><link>https://example.org/</link><description>News</description></channel>
              <item><title>First</title><link>https://example.org/1</link><description>The first story.</description></item>
              <item><title>Second</title><link>https://example.org/2</link></item>
            </rdf:RDF>
            """);
        Assert.Equal(["First", "Second"], feed.Items.Select(i => i.Title));
        Assert.Equal("The first story.", feed.Items[0].SummaryHtml);
        Assert.Null(feed.Items[1].SummaryHtml);
        Assert.Empty(feed.Warnings);
    }

    [Fact]
    public void AnItemsBareText_ShouldBeItsDescription_AndTheFeedTold()
    {
        var feed = Parse($"""
            <rdf:RDF xmlns:rdf="{Rdf}" xmlns="http://purl.org/rss/1.0/">
              <channel rdf:about="https://example.org/index.rdf"><title>Project News</title><link>https://example.org/</link>
                <item>
                  <title>Release 2.1 is out</title>
                  <link>https://example.org/news/2-1</link>
                  The compiler now builds on ARM and RISC-V.
                  Several long-standing bugs in the linker were fixed.
                </item>
                <item>
                  <title>Mirror moved</title>
                  Our download mirror moved to a new host.
                  <link>https://example.org/news/mirror</link>
                  <![CDATA[Update your bookmarks & scripts.]]>
                </item>
                <item>
                  <title>Meeting notes</title>
                  <link>https://example.org/news/meeting</link>
                  <description>Notes from the monthly meeting.</description>
                </item>
              </channel>
            </rdf:RDF>
            """);
        Assert.Equal(3, feed.Items.Count);
        Assert.StartsWith("The compiler now builds on ARM and RISC-V.", feed.Items[0].SummaryHtml, StringComparison.Ordinal);
        Assert.EndsWith("Several long-standing bugs in the linker were fixed.", feed.Items[0].SummaryHtml, StringComparison.Ordinal);
        Assert.Equal("Our download mirror moved to a new host. Update your bookmarks & scripts.", feed.Items[1].SummaryHtml);
        Assert.Equal("https://example.org/news/mirror", feed.Items[1].Link);
        Assert.Equal("Notes from the monthly meeting.", feed.Items[2].SummaryHtml);
        var warning = Assert.Single(feed.Warnings);
        Assert.StartsWith("2 of 3 items carry their text outside any element", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AnItemWithABodyOfItsOwn_ShouldKeepIt_AndIndentationIsNoText()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
              <item>
                <title>A</title>
                <link>https://example.org/a</link>
                <content:encoded><![CDATA[<p>The body.</p>]]></content:encoded>
                stray words
              </item>
              <item>

                <title>B</title>
                <link>https://example.org/b</link>

              </item>
            </channel></rss>
            """);
        Assert.Equal("<p>The body.</p>", feed.Items[0].ContentHtml);
        Assert.Null(feed.Items[0].SummaryHtml);
        Assert.Null(feed.Items[1].SummaryHtml);
        Assert.Empty(feed.Warnings);
    }

    [Fact]
    public void AnItemsBareText_ShouldNeverExpandAnEntity()
    {
        var feed = Parse($"""
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [<!ENTITY boom "EXPANDED-EXPANDED-EXPANDED">]>
            <rdf:RDF xmlns:rdf="{Rdf}" xmlns="http://purl.org/rss/1.0/">
              <channel><title>T</title><link>https://example.org/</link></channel>
              <item><title>A</title><link>https://example.org/a</link>Text with &boom; inside &amp; an ampersand.</item>
            </rdf:RDF>
            """);
        var item = Assert.Single(feed.Items);
        Assert.NotNull(item.SummaryHtml);
        Assert.DoesNotContain("EXPANDED", item.SummaryHtml, StringComparison.Ordinal);
        Assert.Contains("& an ampersand.", item.SummaryHtml, StringComparison.Ordinal);
    }
}
