using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>What a feed's owner should hear about, though the feed was read: a repaired document, dates that say nothing, no items.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FeedWarningsTests
{
    private static readonly FeedSource Source = new("https://blog.example.org/feed.xml");

    private static Task<(FeedOutcome Outcome, List<Article> Articles)> IngestAsync(string document) => StaticFetcher.IngestAsync(Source, document);

    [Fact]
    public async Task ARepairedDocument_ShouldBeReadAndSaySoWithWhereItBroke()
    {
        var (outcome, articles) = await IngestAsync("<rss version=\"2.0\"><channel><title>T</title><item><title>AT&T buys a network</title><link>https://blog.example.org/a</link></item></channel></rss>");
        Assert.Equal(FeedStatus.Ok, outcome.Status);
        Assert.Equal("AT&T buys a network", articles.Single().Title);
        Assert.Contains(outcome.Warnings, w => w.StartsWith("the document is not well-formed XML (", StringComparison.Ordinal) && w.Contains("line 1", StringComparison.Ordinal));
        // A well-formed document says nothing of the kind.
        var (clean, _) = await IngestAsync("<rss version=\"2.0\"><channel><title>T</title><item><title>AT&amp;T</title><link>https://blog.example.org/a</link></item></channel></rss>");
        Assert.Empty(clean.Warnings);
    }

    [Fact]
    public async Task ARepairedUndeclaredEntity_ShouldBeNamed_AndTheWarningCountTheItemsRead()
    {
        // An HTML entity in an Atom feed (eighth held-out review, F7): the warning hid its name as '…' and said
        // "0 complete items kept" though both entries were read.
        var (outcome, articles) = await IngestAsync("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Releases &copy; 2024</title>"
            + "<entry><title>1.1.0</title><link href=\"https://blog.example.org/1\"/></entry><entry><title>1.0.0</title><link href=\"https://blog.example.org/2\"/></entry></feed>");
        Assert.Equal(2, articles.Count);
        var warning = Assert.Single(outcome.Warnings, w => w.StartsWith("the document is not well-formed XML", StringComparison.Ordinal));
        Assert.Contains("'copy'", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("complete items kept", warning, StringComparison.Ordinal);
        Assert.EndsWith("it was repaired and read (2 items)", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableDates_ShouldLeaveTheItemsUndatedAndBeNamed()
    {
        var (outcome, articles) = await IngestAsync("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "Blog", "items": [
              {"id": "1", "url": "https://blog.example.org/1", "title": "One", "content_text": "Text.", "date_published": "1036-01-09T329:11:00+01:00"},
              {"id": "2", "url": "https://blog.example.org/2", "title": "Two", "content_text": "Text.", "date_published": "2024-05-09T10:00:00Z"}]}
            """);
        Assert.Equal([null, DateTimeOffset.Parse("2024-05-09T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture)], articles.Select(a => a.Published));
        Assert.Contains("1 item(s) have a date that could not be read (such as '1036-01-09T329:11:00+01:00'); read as undated", outcome.Warnings);
    }

    [Fact]
    public async Task AFeedWithoutItems_ShouldSaySo()
    {
        var (outcome, articles) = await IngestAsync("<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>");
        Assert.Empty(articles);
        Assert.Equal(FeedStatus.Ok, outcome.Status);
        Assert.Contains("the feed lists no items", outcome.Warnings);
    }
}
