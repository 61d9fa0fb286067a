using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A feed's channel date (RSS lastBuildDate or pubDate, RSS 1.0 dc:date, Atom's feed updated) bounds the age of its undated
/// items: a CVE rebroadcast last built in April 2018 filled a 2026 issue with two undated 2018 records (held-out review 70, F1).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ChannelDateTests
{
    // Held-out review 70's capture of the CVEStack rebroadcast of NVD: no item date, the channel's lastBuildDate.
    private const string CveStack = """
        <?xml version='1.0' encoding='UTF-8'?>
        <rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">
          <channel>
            <title>National Vulnerability Database</title>
            <link>https://web.nvd.nist.gov/view/vuln/search</link>
            <description>National Vulnerability Database</description>
            <generator>python-feedgen</generator>
            <lastBuildDate>Tue, 17 Apr 2018 05:22:27 +0000</lastBuildDate>
            <item>
              <title>CVE-2018-10124</title>
              <link>https://web.nvd.nist.gov/view/vuln/detail?vulnId=CVE-2018-10124</link>
              <description>The kill_something_info function in kernel/signal.c in the Linux kernel before 4.13, when an unspecified architecture and compiler is used, might allow local users to cause a denial of service via an INT_MIN argument.</description>
            </item>
          </channel>
        </rss>
        """;

    // Held-out review 70's arXiv hep-ex capture: RSS 1.0, the channel's dc:date, undated items.
    private const string Arxiv = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"
         xmlns:syn="http://purl.org/rss/1.0/modules/syndication/">
        <channel rdf:about="http://arxiv.org/">
        <title>hep-ex updates on arXiv.org</title>
        <link>http://arxiv.org/</link>
        <dc:date>2018-05-23T20:30:00-05:00</dc:date>
        <syn:updateBase>1901-01-01T00:00+00:00</syn:updateBase>
        </channel>
        <item rdf:about="http://arxiv.org/abs/1805.08875">
        <title>Measurement of Transverse Single Spin Asymmetries. (arXiv:1805.08875v1 [hep-ex])</title>
        <link>http://arxiv.org/abs/1805.08875</link>
        <description>We report the first measurement of the transverse single spin asymmetry in polarized proton collisions.</description>
        </item>
        </rdf:RDF>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Docs</title>
          <updated>2019-03-01T10:00:00Z</updated>
          <entry><title>Install guide</title><id>urn:a</id><link href="https://docs.example/install"/><updated>2019-02-01T10:00:00Z</updated><content>How to install it on a server.</content></entry>
        </feed>
        """;

    private static ParsedFeed Parse(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://feeds.example/feed.xml"));

    [Fact]
    public void Parse_AChannelsLastBuildDate_DcDate_OrAtomUpdated_ShouldBeTheFeedsDate_NotTheItems()
    {
        var cve = Parse(CveStack);
        Assert.Equal(new DateTimeOffset(2018, 4, 17, 5, 22, 27, TimeSpan.Zero), cve.Updated);
        Assert.Null(cve.Items.Single().Published);
        var arxiv = Parse(Arxiv);
        Assert.Equal(new DateTimeOffset(2018, 5, 23, 20, 30, 0, TimeSpan.FromHours(-5)), arxiv.Updated);
        Assert.Null(arxiv.Items.Single().Published);
        // The entry's own updated stays the entry's; the feed's is the feed's.
        var atom = Parse(Atom);
        Assert.Equal(new DateTimeOffset(2019, 3, 1, 10, 0, 0, TimeSpan.Zero), atom.Updated);
        Assert.Equal(new DateTimeOffset(2019, 2, 1, 10, 0, 0, TimeSpan.Zero), atom.Items.Single().Published);
    }

    [Fact]
    public void Parse_AFeedWithNoChannelDate_ShouldHaveNone()
        => Assert.Null(Parse(CveStack.Replace("<lastBuildDate>Tue, 17 Apr 2018 05:22:27 +0000</lastBuildDate>", "", StringComparison.Ordinal)).Updated);

    [Fact]
    public void BuiltDates_ShouldStayOnlyOnUndatedItems_AndOnlyWhereTheChannelDateIsPast()
    {
        var now = new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
        var built = new DateTimeOffset(2018, 4, 17, 5, 22, 27, TimeSpan.Zero);
        List<Article> articles =
        [
            new() { Id = "u", FeedUrl = "f", Title = "CVE-2018-10124", FeedBuilt = built },
            new() { Id = "d", FeedUrl = "f", Title = "Dated", Published = built.AddDays(-3), FeedBuilt = built },
            new() { Id = "f", FeedUrl = "f", Title = "Built ahead", FeedBuilt = now.AddDays(2) },
        ];

        var kept = IngestStage.BuiltDates(articles, now);

        Assert.Equal(built, kept[0].FeedBuilt);
        Assert.Null(kept[0].Published);
        Assert.Null(kept[1].FeedBuilt);
        Assert.Null(kept[2].FeedBuilt);
    }
}
