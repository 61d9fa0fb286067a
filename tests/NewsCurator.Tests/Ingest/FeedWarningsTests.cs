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
    public async Task AGeneratorsZeroDate_ShouldLeaveTheItemUndated_AndBeNamed()
    {
        // Hugo writes year 1 for a page without a date (ninth held-out review, flagos release info): it was stored as
        // published 0001-01-01.
        var (outcome, articles) = await IngestAsync("<rss version=\"2.0\"><channel><title>Releases</title>"
            + "<item><title>Release info</title><link>https://blog.example.org/release</link><pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate></item>"
            + "<item><title>v1.2</title><link>https://blog.example.org/v12</link><pubDate>Thu, 09 May 2024 10:00:00 +0000</pubDate></item></channel></rss>");
        Assert.Equal([null, DateTimeOffset.Parse("2024-05-09T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture)], articles.Select(a => a.Published));
        Assert.Contains("1 item(s) dated before 1990 (such as 'Mon, 01 Jan 0001 00:00:00 +0000'), a generator's placeholder rather than a date; read as undated", outcome.Warnings);
        Assert.DoesNotContain(outcome.Warnings, w => w.Contains("could not be read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnItemDatedWithThePlaceholder_BesideDatedPosts_ShouldBeASitePage_AndAFeedThatDatesNothingShouldKeepItsPosts()
    {
        // Fifty-second held-out review, F8: a Hugo site's "Information about Matrix Server" page, dated 0001-01-01 beside the
        // site's dated posts, was printed as an undated story.
        static string Item(string title, string slug, string date)
            => $"<item><title>{title}</title><link>https://blog.example.org/{slug}/</link><pubDate>{date}</pubDate><description>{string.Join(' ', Enumerable.Repeat("The server runs Synapse behind a proxy and its registration is open to friends who ask for an account.", 4))}</description></item>";
        const string Zero = "Mon, 01 Jan 0001 00:00:00 +0000";
        var (_, dated) = await IngestAsync("<rss version=\"2.0\"><channel><title>Frisk</title>" + Item("Information about Matrix Server", "matrix", Zero)
            + Item("Tuning Postgres for a small VPS", "postgres", "Thu, 09 May 2024 10:00:00 +0000") + Item("Self-hosting Matrix, a year on", "matrix-year", "Fri, 10 May 2024 10:00:00 +0000") + "</channel></rss>");
        Assert.Equal([true, false, false], dated.Select(a => a.PlaceholderDated));
        var rules = new NewsCurator.Filter.ContentRules(new NewsCurator.Configuration.ContentConfig(), new NewsCurator.Configuration.AdsConfig(), DateTimeOffset.UnixEpoch);
        var verdict = rules.CheckContent(dated[0] with { Language = "en" });
        Assert.Equal("site_page", verdict?.Rule);
        Assert.Contains("placeholder", verdict?.Reason, StringComparison.Ordinal);
        Assert.Null(rules.CheckContent(dated[1] with { Language = "en" }));
        // A site that dates none of its posts (every item the placeholder), or only one, says nothing of pages.
        var (_, undated) = await IngestAsync("<rss version=\"2.0\"><channel><title>Frisk</title>" + Item("Information about Matrix Server", "matrix", Zero)
            + Item("Tuning Postgres for a small VPS", "postgres", Zero) + Item("Self-hosting Matrix, a year on", "matrix-year", "Fri, 10 May 2024 10:00:00 +0000") + "</channel></rss>");
        Assert.All(undated, a => Assert.False(a.PlaceholderDated));
    }

    [Fact]
    public async Task AnUndeclaredNamespacePrefix_ShouldBeDeclared_AndEveryItemRead()
    {
        // A podcast template writes atom:link into a channel whose root declares only itunes (ninth held-out review,
        // gonemobile.io): the document broke at line 5 and lost all its episodes. Here a second prefix (dc) is
        // undeclared too, first used inside the second item, and a third (custom) is no known vocabulary.
        var (outcome, articles) = await IngestAsync("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" version="2.0">
              <channel>
                <title>Gone Mobile Podcast</title>
                <atom:link href="https://blog.example.org/feed.xml" rel="self" type="application/rss+xml"/>
                <link>https://blog.example.org</link>
                <itunes:author>Greg</itunes:author>
                <item><title>Episode 31: Layouts</title><link>https://blog.example.org/31</link><itunes:duration>01:02:03</itunes:duration>
                  <pubDate>Tue, 26 Jan 2016 12:47:49 -0500</pubDate><description>All about layouts.</description></item>
                <item><title>Episode 30: Testing</title><link>https://blog.example.org/30</link><dc:creator>Jonathan Dick</dc:creator>
                  <custom:rating>5</custom:rating><description>All about tests.</description></item>
                <item><title>Episode 29: Sync</title><link>https://blog.example.org/29</link><description>All about sync.</description></item>
              </channel>
            </rss>
            """);
        Assert.Equal(FeedStatus.Ok, outcome.Status);
        Assert.Null(outcome.Error);
        Assert.Equal(["Episode 31: Layouts", "Episode 30: Testing", "Episode 29: Sync"], articles.Select(a => a.Title));
        // Declared with its real namespace, dc:creator reads as the parser knows it.
        Assert.Equal("Jonathan Dick", articles[1].Author);
        var warning = Assert.Single(outcome.Warnings, w => w.StartsWith("the document is not well-formed XML", StringComparison.Ordinal));
        Assert.Contains("'atom' is an undeclared prefix", warning, StringComparison.Ordinal);
        Assert.Contains("undeclared namespace prefixes 'atom', 'dc', 'custom' declared", warning, StringComparison.Ordinal);
        Assert.EndsWith("and read (3 items)", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("complete items kept", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void UndeclaredPrefixRepair_ShouldDeclareOnTheRootOnly_AndLeaveAWellFormedDocumentAlone()
    {
        // After the declaration, comments and a DOCTYPE whose internal subset holds a '<' in an entity value.
        const string Document = "<?xml version=\"1.0\"?><!-- <x> --><!DOCTYPE rss [<!ENTITY e \"<b>\">]>\n<rss version=\"2.0\"><channel/></rss>";
        Assert.Equal("<?xml version=\"1.0\"?><!-- <x> --><!DOCTYPE rss [<!ENTITY e \"<b>\">]>\n<rss xmlns:media=\"http://search.yahoo.com/mrss/\" version=\"2.0\"><channel/></rss>",
            FeedDocument.DeclarePrefix(Document, "media"));
        Assert.StartsWith("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">", FeedDocument.DeclarePrefix("<rdf:RDF><channel/></rdf:RDF>", "rdf"), StringComparison.Ordinal);
        Assert.Null(FeedDocument.DeclarePrefix("no markup", "atom"));
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
    public async Task DatesInAZoneNoTableKnows_ShouldBeReadAsUtcAndNamed()
    {
        // Hostile-input audit 42, H7: an unknown zone name is read as UTC, which may be hours off; the feed said nothing.
        var (outcome, articles) = await IngestAsync("""
            <rss version="2.0"><channel><title>Blog</title>
            <item><title>One</title><link>https://blog.example.org/1</link><pubDate>Tue, 10 Jun 2025 09:00:00 XST</pubDate></item>
            <item><title>Two</title><link>https://blog.example.org/2</link><pubDate>Tue, 10 Jun 2025 09:00:00 QQT</pubDate></item>
            <item><title>Three</title><link>https://blog.example.org/3</link><pubDate>Tue, 10 Jun 2025 09:00:00 NZST</pubDate></item>
            <item><title>Four</title><link>https://blog.example.org/4</link><pubDate>Tue, 10 Jun 2025 09:00 PM</pubDate></item>
            </channel></rss>
            """);
        Assert.Equal(["2025-06-10T09:00:00Z", "2025-06-10T09:00:00Z", "2025-06-09T21:00:00Z", "2025-06-10T21:00:00Z"],
            articles.Select(a => a.Published!.Value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("2 item(s) are dated in a zone this reader does not know ('XST' in 'Tue, 10 Jun 2025 09:00:00 XST'); read as UTC, which may be hours off: a numeric offset such as +0100 says it exactly", outcome.Warnings);
        // Known names, numeric offsets, a ctime date and no zone at all say nothing.
        Assert.All(new[] { "Tue, 10 Jun 2025 09:00:00 GMT", "Tue, 10 Jun 2025 09:00:00 +0200", "2025-06-10T09:00:00Z", "Sat Dec 05 08:00:00 UTC 2026", "10 Jun 2025", "Tue, 10 Jun 2025 09:00 pm", "not a date XST" },
            d => Assert.Null(FeedDates.UnknownZone(d)));
        Assert.Equal("XST", FeedDates.UnknownZone("Sat Dec 05 08:00:00 XST 2026"));
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
