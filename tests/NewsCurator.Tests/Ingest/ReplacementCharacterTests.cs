using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// U+FFFD in a title or text is damaged input: apostrophes and dashes are put back where their places say so, quote marks
/// around the headline go, any other replacement character stays, the item is kept and the feed says so once (held-out
/// review 85, F5).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ReplacementCharacterTests
{
    private static async Task<(FeedOutcome Outcome, List<Article> Articles)> Ingest(params (string Title, string Text)[] items)
    {
        var entries = string.Concat(items.Select((item, i) =>
            $"<item><title>{item.Title}</title><link>https://portal.example/news/{i}</link><pubDate>Mon, 0{i + 1} Jun 2026 10:00:00 GMT</pubDate><description>{item.Text}</description></item>"));
        var body = $"""<rss version="2.0"><channel><title>Portal headlines</title><link>https://portal.example/</link>{entries}</channel></rss>""";
        var source = new FeedSource("https://portal.example/rss");
        var (outcome, articles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(body)), source, source.Url, null, default);
        return (outcome, articles);
    }

    [Fact]
    public async Task ADamagedHeadline_ShouldBeMended_AndTheFeedToldOnce()
    {
        var (outcome, articles) = await Ingest(
            ("\uFFFDWe can\uFFFDt ship this \uFFFD engineers push back on the chip deadline\uFFFD", "The team\uFFFDs lead said the tape-out date would slip by a quarter."),
            ("\uFFFDThis has to stop': regulators question the data broker", "Regulators asked the broker to stop selling location data."),
            ("Robots learn to fold laundry", "A lab showed robots folding towels from a single demonstration."));
        Assert.Equal("We can’t ship this – engineers push back on the chip deadline", articles[0].Title);
        Assert.Equal("The team’s lead said the tape-out date would slip by a quarter.", articles[0].Text);
        Assert.Equal("This has to stop': regulators question the data broker", articles[1].Title);
        Assert.Equal(3, articles.Count);
        var warning = Assert.Single(outcome.Warnings, w => w.Contains("U+FFFD", StringComparison.Ordinal));
        Assert.StartsWith("2 item(s)", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALostLetter_ShouldStay_AndACleanFeedHasNoWarning()
    {
        var (_, damaged) = await Ingest(("Espa\uFFFDa opens its first chip fab near Madrid", "The plant will make sensors for cars."));
        Assert.Equal("Espa\uFFFDa opens its first chip fab near Madrid", damaged[0].Title);
        var (outcome, _) = await Ingest(("Robots learn to fold laundry", "A lab showed robots folding towels from a single demonstration."));
        Assert.DoesNotContain(outcome.Warnings, w => w.Contains("U+FFFD", StringComparison.Ordinal));
    }
}
