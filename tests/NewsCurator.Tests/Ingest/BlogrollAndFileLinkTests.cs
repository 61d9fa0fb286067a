using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Twelfth held-out review, F7: an RDF list of channels with no items (a Planet's blogroll) was an "ok" feed named after
/// its first subscription; a feed whose items link to files on a file host was advised to read its "pages" in full; three
/// items on one millisecond-precise instant kept it as their dates.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class BlogrollAndFileLinkTests
{
    private const string Blogroll = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"
                 xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:rss="http://purl.org/rss/1.0/">
          <rss:channel rdf:about="https://alice.example.org/feed.xml"><dc:title>Alice's notes</dc:title></rss:channel>
          <rss:channel rdf:about="https://bob.example.net/atom.xml"><dc:title>Bob on compilers</dc:title></rss:channel>
          <foaf:Document rdf:about="https://planet.example.com/"><dc:title>Planet Compilers</dc:title></foaf:Document>
          <rss:channel rdf:about="https://carol.example.com/rss"><dc:title>Carol's lab</dc:title></rss:channel>
        </rdf:RDF>
        """;

    [Fact]
    public async Task AnRdfListOfChannelsWithNoItems_ShouldFailAsNoFeed_SayingHowManyFeedsItLists()
    {
        var error = Assert.Throws<FeedParseException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(Blogroll), new Uri("https://planet.example.com/foafroll.xml")));
        Assert.StartsWith("not a feed: the document is a list of 3 feeds", error.Message, StringComparison.Ordinal);
        Assert.Contains("import it as a subscription list", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Alice", error.Message, StringComparison.Ordinal);

        var (outcome, articles) = await StaticFetcher.IngestAsync(new FeedSource("https://planet.example.com/foafroll.xml"), Blogroll);
        Assert.Equal(FeedStatus.Error, outcome.Status);
        Assert.Contains("a list of 3 feeds", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(articles);
    }

    [Fact]
    public void AnRdfFeedWithItems_OrOneChannelAndNoItemsYet_ShouldStayAFeedNamedByItsChannel()
    {
        var withItems = FeedParser.Parse(Encoding.UTF8.GetBytes(Blogroll.Replace("</rdf:RDF>",
            """<rss:item rdf:about="https://planet.example.com/1"><rss:title>A post</rss:title><rss:link>https://alice.example.org/1</rss:link></rss:item></rdf:RDF>""")),
            new Uri("https://planet.example.com/rss10.xml"));
        Assert.Single(withItems.Items);
        // The channel names the feed; the document's own dc:title outside it does not.
        Assert.Equal("Alice's notes", withItems.Title);
        var quiet = FeedParser.Parse(Encoding.UTF8.GetBytes("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
              <channel rdf:about="https://example.org/"><title>Quiet news</title><link>https://example.org/</link></channel>
              <image rdf:about="https://example.org/logo.png"><title>Quiet logo</title><url>https://example.org/logo.png</url></image>
            </rdf:RDF>
            """), new Uri("https://example.org/index.rdf"));
        Assert.Equal("Quiet news", quiet.Title);
        Assert.Empty(quiet.Items);
    }

    [Theory]
    [InlineData("https://drive.google.com/file/d/1AbCdEf/view?usp=sharing", true)]
    [InlineData("https://www.dropbox.com/s/abc123/episode-12.m4a?dl=0", true)]
    [InlineData("https://www.dropbox.com/scl/fi/xyz/notes.txt?rlkey=1", true)]
    [InlineData("https://1drv.ms/u/s!Abc", true)]
    [InlineData("https://example.org/papers/2026-ice.pdf", true)]
    [InlineData("https://github.com/acme/tool/releases/download/v1.2/tool.tar.gz", true)]
    [InlineData("https://www.dropbox.com/blog/a-post-about-sync", false)]
    [InlineData("https://github.com/acme/tool/releases/tag/v1.2", false)]
    [InlineData("https://example.org/2026/12/a-post/", false)]
    [InlineData("https://docs.example.org/drive.google.com/file", false)]
    [InlineData(null, false)]
    public void AFileLink_ShouldBeToldFromAPage(string? link, bool expected) => Assert.Equal(expected, FileLinks.IsFile(link));

    [Fact]
    public void AFeedOfTitlesLinkingToSharedFiles_ShouldNotBeAdvisedToReadThemInFull()
    {
        var outcome = new FeedOutcome { FeedUrl = "https://example.org/feed.json", Status = FeedStatus.Ok };
        var warning = Assert.Single(FeedWarnings.Of(outcome, new FeedFunnel(outcome.FeedUrl) { Total = 3, FileLinks = 3, ContentDrops = new Dictionary<string, int> { ["min_length"] = 3 } })!);
        Assert.StartsWith("all 3 items were dropped by the content rule min_length: the feed carries only titles or teasers, and its items link to files", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("fullText", warning, StringComparison.Ordinal);
        // Pages among them are the majority: the full-text advice stands.
        Assert.Contains("fullText", Assert.Single(FeedWarnings.Of(outcome, new FeedFunnel(outcome.FeedUrl) { Total = 3, FileLinks = 1, ContentDrops = new Dictionary<string, int> { ["min_length"] = 3 } })!), StringComparison.Ordinal);
    }

    private static List<Article> Items(params DateTimeOffset?[] dates)
        => [.. dates.Select((d, i) => new Article { Id = $"a{i}", FeedUrl = "https://example.org/feed.json", Title = $"Episode {i}", Published = d })];

    [Fact]
    public void ThreeItemsOnOneInstantToTheMillisecond_ShouldBeUndated_AndTheFeedSaySo()
    {
        var built = new DateTimeOffset(2026, 2, 6, 20, 21, 3, 919, TimeSpan.Zero);
        var (articles, warning) = IngestStage.WithoutBuildTimeDates(Items(built, built, built))!.Value;
        Assert.All(articles, a => Assert.Null(a.Published));
        Assert.StartsWith("all 3 items carry the same date and time (2026-02-06 20:21:03Z)", warning, StringComparison.Ordinal);
        // A whole second, two items, or stamps a millisecond apart may be a publisher's own: they stay dates.
        var onTheSecond = new DateTimeOffset(2026, 2, 6, 9, 0, 0, TimeSpan.Zero);
        Assert.Null(IngestStage.WithoutBuildTimeDates(Items(onTheSecond, onTheSecond, onTheSecond)));
        Assert.Null(IngestStage.WithoutBuildTimeDates(Items(built, built)));
        Assert.Null(IngestStage.WithoutBuildTimeDates(Items(built, built, built.AddMilliseconds(1))));
        Assert.Null(IngestStage.WithoutBuildTimeDates(Items(built, built, null)));
    }
}
