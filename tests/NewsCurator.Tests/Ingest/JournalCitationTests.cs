using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Journal and preprint furniture (held-out review 70, F5): Nature's citation line opening each article's text
/// ("Nature Catalysis, Published online: 12 May 2026; doi:...") and arXiv's id, version and category closing the titles of
/// its RSS 1.0 feeds ("... (arXiv:1805.08875v1 [hep-ex])"). Both go; a sentence that cites a paper and a title that names
/// arXiv keep their words.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class JournalCitationTests
{
    private static List<Article> Read(string document, string url)
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(document), new Uri(url));
        return [.. feed.Items.Select(i => ArticleNormalizer.ToArticle(i, new FeedSource(url), feed.Title))];
    }

    // nature-catalysis-2026.rdf (held-out review 70), its first item; the second without its dc:date.
    private const string Nature = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns="http://purl.org/rss/1.0/">
          <channel rdf:about="http://feeds.nature.com/natcatal/rss/current">
            <title>Nature Catalysis</title>
            <link>http://feeds.nature.com/natcatal/rss/current</link>
          </channel>
          <item rdf:about="https://www.nature.com/articles/s41929-026-01535-6">
            <title><![CDATA[Direct electrochemical propylene epoxidation over amorphized perovskite oxide in non-halogenated aqueous electrolyte]]></title>
            <link>https://www.nature.com/articles/s41929-026-01535-6</link>
            <content:encoded><![CDATA[<p>Nature Catalysis, Published online: 12 May 2026; <a href="https://www.nature.com/articles/s41929-026-01535-6">doi:10.1038/s41929-026-01535-6</a></p>Direct electrocatalytic oxidation of propylene in aqueous solution has been limited to precious-metal catalysts in halogenated electrolytes.]]></content:encoded>
            <dc:creator>Kalipada Koner</dc:creator>
            <dc:date>2026-05-12</dc:date>
          </item>
          <item rdf:about="https://www.nature.com/articles/s41929-026-01536-5">
            <title><![CDATA[Selective hydrogenation over single-atom catalysts]]></title>
            <link>https://www.nature.com/articles/s41929-026-01536-5</link>
            <content:encoded><![CDATA[<p>Nature Catalysis, Published online: 11 May 2026; <a href="https://www.nature.com/articles/s41929-026-01536-5">doi:10.1038/s41929-026-01536-5</a></p>Single platinum atoms on ceria hydrogenate alkynes to alkenes without over-reduction.]]></content:encoded>
          </item>
        </rdf:RDF>
        """;

    [Fact]
    public void AJournalsCitationLine_ShouldLeaveTheText_AndDateAnUndatedItem()
    {
        var items = Read(Nature, "http://feeds.nature.com/natcatal/rss/current");

        Assert.Equal("Direct electrocatalytic oxidation of propylene in aqueous solution has been limited to precious-metal catalysts in halogenated electrolytes.", items[0].Text);
        Assert.Equal(new DateTimeOffset(2026, 5, 12, 0, 0, 0, TimeSpan.Zero), items[0].Published);
        Assert.StartsWith("Single platinum atoms", items[1].Text, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 5, 11, 0, 0, 0, TimeSpan.Zero), items[1].Published);
    }

    [Theory]
    // A sentence that cites a paper goes on past the citation, and is the story's.
    [InlineData("The team's paper, published online: 12 May 2026 in Nature Catalysis, shows a cheaper route to propylene oxide.")]
    [InlineData("Nature Catalysis, Published online: 12 May 2026; doi:10.1038/s41929-026-01535-6 describes a cheaper route to propylene oxide.")]
    public void ASentenceThatCitesAPaper_ShouldKeepItsWords(string text)
    {
        var article = ArticleNormalizer.ToArticle(new ParsedItem { Title = "A cheaper route to propylene oxide", Link = "https://chem.example/news/1", SummaryHtml = $"<p>{text}</p>" },
            new FeedSource("https://chem.example/feed"), "Chem News");

        Assert.Equal(text, article.Text);
    }

    // arxiv-hep-ex-2018.rdf (held-out review 70): its three titles.
    [Theory]
    [InlineData("Measurement of Transverse Single Spin Asymmetries. (arXiv:1805.08875v1 [hep-ex])", "Measurement of Transverse Single Spin Asymmetries")]
    [InlineData("Recent Top quark results from the Tevatron. (arXiv:1805.09166v1 [hep-ex] CROSS LISTED)", "Recent Top quark results from the Tevatron")]
    [InlineData("New Perspective on Hybrid Mesons. (arXiv:1805.06430v2 [nucl-th] UPDATED)", "New Perspective on Hybrid Mesons")]
    [InlineData("Why the arXiv:2401.01234 preprint matters (arXiv)", "Why the arXiv:2401.01234 preprint matters (arXiv)")]
    [InlineData("Notes on arXiv:2401.01234v2 [cs.LG]", "Notes on arXiv:2401.01234v2 [cs.LG]")]
    public void AnArxivIdClosingATitle_ShouldGo(string title, string headline)
    {
        var article = ArticleNormalizer.ToArticle(new ParsedItem { Title = title, Link = "http://arxiv.org/abs/1805.08875", SummaryHtml = "<p>In 2015 the first collisions between polarized protons and nuclei occurred at the Relativistic Heavy Ion Collider.</p>" },
            new FeedSource("http://export.arxiv.org/rss/hep-ex"), "hep-ex updates on arXiv.org");

        Assert.Equal(headline, article.Title);
    }
}
