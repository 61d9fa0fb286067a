using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A publisher's own news page, each entry at an anchor of one yearly page and its text opening on the group that
/// published: the anchors are the entries' permalinks, not a digest's edition to be replaced by each entry's first link,
/// which sent readers to a group's home page and dropped three distinct publications as copies of one (held-out review
/// 77, F1). A digest that links other publishers still links them; a link several of its entries share stands in for none.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AnchoredNewsEntriesTests
{
    private static string Entry(string page, int id, string title, string first, string second) =>
        $"""<item><title>{title}</title><link>{page}#entry-{id}</link><pubDate>Thu, {id % 28 + 1:D2} Oct 2026 10:00:00 GMT</pubDate><description>&lt;p&gt;The &lt;a href="{first}"&gt;Working Group&lt;/a&gt; published &lt;a href="{second}"&gt;{title}&lt;/a&gt;. Comments are welcome through November.&lt;/p&gt;</description></item>""";

    private static async Task<(FeedOutcome Outcome, List<Article> Articles)> Ingest(string home, params string[] items)
    {
        var body = $"""<rss version="2.0"><channel><title>News</title><link>{home}</link>{string.Concat(items)}</channel></rss>""";
        var source = new FeedSource(home + "news.rss");
        var (outcome, articles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(body)), source, source.Url, null, default);
        return (outcome, articles);
    }

    [Fact]
    public async Task EntriesAtAnchorsOfTheirPublishersOwnNewsPage_ShouldKeepThem_NotTheGroupTheyFirstLink()
    {
        const string page = "https://www.standards.example/News/2026.html";
        var (outcome, articles) = await Ingest("https://www.standards.example/",
            Entry(page, 4410, "Streams API Draft Published", "https://www.standards.example/webapps/wg/", "https://www.standards.example/TR/2026/WD-streams/"),
            Entry(page, 4408, "Sensor API Draft Published", "https://www.standards.example/webapps/wg/", "https://www.standards.example/TR/2026/WD-sensors/"),
            Entry(page, 4405, "Timing Guidelines Note Updated", "https://www.standards.example/access/gl/", "https://www.standards.example/TR/2026/NOTE-timing/"),
            Entry(page, 4401, "Training course opens", "https://training.partner.example/enrol?id=7", "https://training.partner.example/course/"));
        Assert.Equal([$"{page}#entry-4410", $"{page}#entry-4408", $"{page}#entry-4405", $"{page}#entry-4401"], articles.Select(a => a.Link));
        Assert.DoesNotContain(outcome.Warnings, w => w.Contains("link into one page", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DigestEntriesWhoseFirstLinkIsShared_ShouldKeepTheirAnchors_TheOthersTheirOutlets()
    {
        // A digest's edition: each entry a rewrite of other publishers' stories. Two open on one aggregator's page, which is
        // neither's own; the third on its outlet's story.
        static string Story(string anchor, string title, string outlet) =>
            $"""<item><title>{title}</title><link>https://digest.example.io/editions/2026-10-07.html#{anchor}</link><pubDate>Wed, 07 Oct 2026 06:00:00 GMT</pubDate><description>&lt;p&gt;A rewrite of &lt;a href="{outlet}"&gt;the story&lt;/a&gt;.&lt;/p&gt;</description></item>""";
        var (outcome, articles) = await Ingest("https://digest.example.io/",
            Story("s-41ac09", "A new open-weights coder", "https://news.aggregator.example/front"),
            Story("s-7b2e11", "Chip export rules tighten", "https://news.aggregator.example/front"),
            Story("s-c90d3f", "A lab ships an agent SDK", "https://www.outlet.example/2026/10/06/agent-sdk"));
        Assert.Equal(["https://digest.example.io/editions/2026-10-07.html#s-41ac09", "https://digest.example.io/editions/2026-10-07.html#s-7b2e11",
            "https://www.outlet.example/2026/10/06/agent-sdk"], articles.Select(a => a.Link));
        Assert.Contains(outcome.Warnings, w => w.Contains("1 link the first page their text links to", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DigestEntriesThatEachLinkAnotherPublisher_ShouldStillLinkThem()
    {
        static string Story(string anchor, string title, string outlet) =>
            $"""<item><title>{title}</title><link>https://digest.example.io/editions/2026-10-07.html#{anchor}</link><pubDate>Wed, 07 Oct 2026 06:00:00 GMT</pubDate><description>&lt;p&gt;A rewrite of &lt;a href="{outlet}"&gt;the story&lt;/a&gt;.&lt;/p&gt;</description></item>""";
        var (_, articles) = await Ingest("https://digest.example.io/",
            Story("s-41ac09", "A new open-weights coder", "https://www.outlet.example/2026/10/06/coder"),
            Story("s-7b2e11", "Chip export rules tighten", "https://policy.example/2026/10/export-rules"));
        Assert.Equal(["https://www.outlet.example/2026/10/06/coder", "https://policy.example/2026/10/export-rules"], articles.Select(a => a.Link));
    }
}
