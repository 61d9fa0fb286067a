using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A feed that dates none of its items (an RSS 0.9 or 1.0 feed without dc:date, a scrape) is told so: its items pass
/// content.max_age_days whatever their age and print undated, and it said nothing (twenty-fourth held-out review, F5).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class UndatedFeedWarningTests
{
    private static async Task<FeedOutcome> Ingest(params string?[] dates)
    {
        var items = string.Concat(dates.Select((d, i) =>
            $"<item><title>Story {i}</title><link>https://news.example.org/{i}</link>{(d is null ? "" : $"<pubDate>{d}</pubDate>")}<description>About story {i}.</description></item>"));
        var body = $"""<rss version="2.0"><channel><title>News</title><link>https://news.example.org/</link>{items}</channel></rss>""";
        var source = new FeedSource("https://news.example.org/rss.xml");
        var (outcome, _, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(body)), source, source.Url, null, default);
        return outcome;
    }

    [Fact]
    public async Task AFeedWithNoDates_ShouldBeWarned()
        => Assert.StartsWith("none of its 3 items carries a date", Assert.Single((await Ingest(null, null, null)).Warnings), StringComparison.Ordinal);

    [Fact]
    public async Task OneDatedItem_OrAFeedTooSmallToJudge_ShouldNotBe()
    {
        Assert.Empty((await Ingest(null, "Mon, 30 Nov 2026 08:00:00 GMT", null)).Warnings);
        Assert.Empty((await Ingest(null, null)).Warnings);
    }
}
