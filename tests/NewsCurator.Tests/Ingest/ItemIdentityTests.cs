using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>An item's id: the same entry keeps it on every run, and two entries never share it.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ItemIdentityTests
{
    private static readonly FeedSource Source = new("https://nixos.example/news.rss");

    private static Task<(FeedOutcome Outcome, List<Article> Articles)> IngestAsync(string document) => StaticFetcher.IngestAsync(Source, document);

    private static string Item(string title, string link, string date, string? guid = null)
        => $"<item><title>{title}</title><link>{link}</link>{(guid is null ? "" : $"<guid>{guid}</guid>")}<pubDate>{date}</pubDate><description>{title}: what changed and why.</description></item>";

    [Fact]
    public async Task Ingest_ItemsWithoutGuidThatShareOneLink_ShouldEachBeAnArticle()
    {
        // A project's news feed: every item links to the one news page (seen in a real capture: 6 of 7 items vanished).
        var rss = $"<rss version=\"2.0\"><channel><title>News</title>{Item("NixOS 18.09 released", "https://nixos.example/news.html", "Fri, 05 Oct 2018 00:00:00 GMT")}"
                  + $"{Item("Heartbleed vulnerability in OpenSSL", "https://nixos.example/news.html", "Tue, 08 Apr 2014 00:00:00 GMT")}"
                  + $"{Item("Nix 2.1 released", "https://nixos.example/news.html", "Fri, 07 Sep 2018 00:00:00 GMT")}"
                  + $"{Item("A post of its own", "https://nixos.example/own.html", "Sat, 06 Oct 2018 00:00:00 GMT")}</channel></rss>";
        var (outcome, articles) = await IngestAsync(rss);
        Assert.Equal(["NixOS 18.09 released", "Heartbleed vulnerability in OpenSSL", "Nix 2.1 released", "A post of its own"], articles.Select(a => a.Title));
        Assert.Equal(4, articles.Select(a => a.Id).Distinct().Count());
        Assert.Equal(4, outcome.Items);
        // The same document again gives the same ids (a retried or next-day run must know them).
        Assert.Equal(articles.Select(a => a.Id), (await IngestAsync(rss)).Articles.Select(a => a.Id));
        // An item whose link is its own keeps the id it always had: guid or link alone.
        var alone = (await IngestAsync($"<rss version=\"2.0\"><channel><title>News</title>{Item("A post of its own", "https://nixos.example/own.html", "Sat, 06 Oct 2018 00:00:00 GMT")}</channel></rss>")).Articles.Single();
        Assert.Equal(alone.Id, articles[^1].Id);
    }

    [Fact]
    public async Task Ingest_AFeedThatReusesOneGuid_ShouldKeepEveryEntry()
    {
        var rss = $"<rss version=\"2.0\"><channel><title>News</title>{Item("First", "https://e.org/1", "Mon, 01 Jan 2024 00:00:00 GMT", guid: "post")}"
                  + $"{Item("Second", "https://e.org/2", "Tue, 02 Jan 2024 00:00:00 GMT", guid: "post")}</channel></rss>";
        var (_, articles) = await IngestAsync(rss);
        Assert.Equal(["First", "Second"], articles.Select(a => a.Title));
        Assert.NotEqual(articles[0].Id, articles[1].Id);
    }

    [Fact]
    public async Task Ingest_OneEntryListedTwice_ShouldBeKeptOnceAndTheFeedSaysSo()
    {
        var twice = Item("Same", "https://e.org/1", "Mon, 01 Jan 2024 00:00:00 GMT", guid: "1");
        var (outcome, articles) = await IngestAsync($"<rss version=\"2.0\"><channel><title>News</title>{twice}{twice}</channel></rss>");
        Assert.Single(articles);
        Assert.Equal(1, outcome.Items);
        Assert.Equal(1, outcome.SkippedItems);
        Assert.Contains(outcome.Warnings, w => w.StartsWith("1 item(s) repeat another item of this feed", StringComparison.Ordinal));
    }
}
