using System.Text;
using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A digest whose every item links the site's home page: each item links the first page its content links to, so the
/// days are no longer dropped as copies of one another, and a description that is a list summarises the item
/// (twenty-fifth held-out review, F3: a paper digest kept one day of four, printed with an author list).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HomeLinkedItemsTests
{
    private static string Day(int day, string first, string? link = "https://www.digest.example/") =>
        $"""
        <item><title>Digest, {day} Oct 2026: 3 papers</title>{(link is null ? "" : $"<link>{link}</link>")}<guid isPermaLink="false">d{day}</guid>
        <pubDate>Fri, {day:D2} Oct 2026 11:00:00 +0000</pubDate>
        <description>• {first}&#10;• Probe with Participation Trophies&#10;• Backdoor Containment via Expert Quarantine</description>
        <content:encoded><![CDATA[<p>Matched 134 of 2464 new papers.</p><ol><li><a href="https://arxiv.org/abs/2610.0{day:D4}">{first}</a><br>Ada Lovelace, Alan Turing</li>
        <li><a href="https://arxiv.org/abs/2610.1{day:D4}">Probe with Participation Trophies</a><br>Grace Hopper</li></ol>]]></content:encoded></item>
        """;

    private static Task<(FeedOutcome Outcome, List<Article> Articles)> Ingest(params string[] items) => IngestWithHome("https://www.digest.example/", items);

    private static async Task<(FeedOutcome Outcome, List<Article> Articles)> IngestWithHome(string home, params string[] items)
    {
        var body = $"""<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Digest</title><link>{home}</link>{string.Concat(items)}</channel></rss>""";
        var source = new FeedSource("https://www.digest.example/rss.xml");
        var (outcome, articles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(body)), source, source.Url, null, default);
        return (outcome, articles);
    }

    [Fact]
    public async Task ItemsThatAllLinkTheHomePage_ShouldEachLinkTheirOwnFirstPage_AndTheFeedBeTold()
    {
        var (outcome, articles) = await Ingest(Day(1, "Emergent Unfaithfulness in Aligned Models"), Day(2, "Reward Hacking in Coding RL"));
        Assert.Equal(["https://arxiv.org/abs/2610.00001", "https://arxiv.org/abs/2610.00002"], articles.Select(a => a.Link));
        Assert.StartsWith("all 2 items link the site's home page", Assert.Single(outcome.Warnings), StringComparison.Ordinal);
        var summary = Summarizer.Summarize(articles[0].Title, articles[0].Text, articles[0].Description, "", 3, "en");
        Assert.Equal(SummarySources.FeedDescription, summary.Source);
        Assert.Contains("Probe with Participation Trophies", summary.Text);
    }

    [Fact]
    public async Task ItemsThatLinkAnchorsOfOneEditionPage_ShouldLinkTheOutletTheyList()
    {
        // An AI-written digest: each item an anchor of the day's edition, its text a rewrite and the outlets it read
        // (twenty-fifth held-out review, F1).
        static string Story(string anchor, string title, string outlet) =>
            $"""<item><title>{title}</title><link>https://bot.example.io/editions/2026-10-05.html#{anchor}</link><pubDate>Mon, 05 Oct 2026 01:39:24 GMT</pubDate><description>&lt;p&gt;A rewrite.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href="{outlet}"&gt;outlet&lt;/a&gt;&lt;/li&gt;&lt;/ul&gt;</description></item>""";
        var (outcome, articles) = await Ingest(Story("s-5d9c41", "A harness for testing agents", "https://www.marktechpost.com/2026/10/03/harness"),
            Story("s-8e02aa", "IBM's Bob writes code", "https://siliconangle.com/2026/10/04/bob"));
        Assert.Equal(["https://www.marktechpost.com/2026/10/03/harness", "https://siliconangle.com/2026/10/04/bob"], articles.Select(a => a.Link));
        Assert.Contains("link into one page", Assert.Single(outcome.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JournalEntriesAtAnchorsNamedByTheirDates_ShouldKeepTheirOwnLinks_NotTheirFirstCitation()
    {
        // Fifty-second held-out review, F1: a journal's entries, each an anchor of its "now" page named by the entry, linked
        // the first page they cite (a Wikipedia article led the issue).
        static string Entry(string anchor, string title) =>
            $"""<item><title>{title}</title><link>https://wiki.example.com/site/now.html#{anchor}</link><pubDate>Mon, 16 Feb 2026 00:00:00 GMT</pubDate><description>&lt;p&gt;In classical logic &lt;a href="https://en.wikipedia.org/wiki/Linear_logic"&gt;bindings&lt;/a&gt; are inexhaustible.&lt;/p&gt;</description></item>""";
        var (_, byDate) = await Ingest(Entry("2026-02-16", "Mathematically elegant, but thermodynamically fictional"), Entry("2026-02-11", "Ink and Switch Madrid"));
        Assert.Equal(["https://wiki.example.com/site/now.html#2026-02-16", "https://wiki.example.com/site/now.html#2026-02-11"], byDate.Select(a => a.Link));
        // The same where the page is the feed's home, as the journal's "now" page was.
        var (_, onHome) = await IngestWithHome("https://wiki.example.com/site/now.html", Entry("2026-02-16", "Mathematically elegant"), Entry("2026-02-11", "Ink and Switch Madrid"));
        Assert.Equal(["https://wiki.example.com/site/now.html#2026-02-16", "https://wiki.example.com/site/now.html#2026-02-11"], onHome.Select(a => a.Link));
        // A heading's slug says nothing: a digest's edition page has those too (review of session 36, R2).
        var (_, bySlug) = await Ingest(Entry("mathematically-elegant", "Mathematically elegant"), Entry("ink-and-switch-madrid", "Ink and Switch Madrid"));
        Assert.All(bySlug, a => Assert.Equal("https://en.wikipedia.org/wiki/Linear_logic", a.Link));
    }

    [Fact]
    public async Task ItemsWithLinksOfTheirOwn_OrOneSharedStoryPage_ShouldKeepThem()
    {
        var (own, ownArticles) = await Ingest(Day(1, "A", "https://www.digest.example/2026/10/01"), Day(2, "B", "https://www.digest.example/2026/10/02"));
        Assert.Equal(["https://www.digest.example/2026/10/01", "https://www.digest.example/2026/10/02"], ownArticles.Select(a => a.Link));
        Assert.Empty(own.Warnings);
        // One story page (not the home page) shared by two items is the feed's business: the shared-link warning says so.
        var (story, storyArticles) = await Ingest(Day(1, "A", "https://www.digest.example/2026/10/story"), Day(2, "B", "https://www.digest.example/2026/10/story"));
        Assert.All(storyArticles, a => Assert.Equal("https://www.digest.example/2026/10/story", a.Link));
        Assert.Contains("share one link", Assert.Single(story.Warnings), StringComparison.Ordinal);
    }
}
