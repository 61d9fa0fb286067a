using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A publisher's own news page, each entry at an anchor of one yearly page and its text opening on the group that
/// published: the anchors are the entries' permalinks, not a digest's edition to be replaced by each entry's first link,
/// which sent readers to a group's home page and dropped three distinct publications as copies of one (held-out review
/// 77, F1). A digest that links other publishers still links them (HomeLinkedItemsTests).
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
}
