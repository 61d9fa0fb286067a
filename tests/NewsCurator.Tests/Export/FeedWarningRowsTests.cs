using System.Text.Json;
using NewsCurator.Api;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Export;

/// <summary>
/// A feed's warnings reach feed_statistics and the read API: what Ingest repaired, and a feed that can never yield a story
/// (every item dropped by one content rule). Such a feed said "ok" with no hint (fifth held-out review, F12).
/// </summary>
[Trait(Category.Name, Category.Integration)]
public sealed class FeedWarningRowsTests : IDisposable
{
    private readonly PipelineHarness _harness = new();
    private readonly LoopbackServer _server = new();

    [Fact]
    public async Task Warnings_ShouldBeStoredPerFeed_AndServedAsAnArray()
    {
        _server.Serve("good.xml", Feeds.Rss("Good", ("Open LLM runs on one GPU", "https://example.org/llm", Feeds.AiBody)));
        _server.Serve("teasers.xml", Feeds.Rss("Teasers",
            ("Why MoE models gain from speculative decoding", "https://example.org/moe", "A short dek."),
            ("Production-ready W4A8 inference", "https://example.org/w4a8", "Another dek."),
            ("Introducing a transcription model", "https://example.org/asr", "One more.")));
        _server.Serve("repaired.xml", "<rss version=\"2.0\"><channel><title>Repaired</title><item><title>AT&T buys a network</title><link>https://example.org/att</link><description>"
                                      + Feeds.AiBody + "</description></item></channel></rss>");
        // A podcast feed without <link>: each episode is its audio enclosure (seventh held-out review, F10).
        _server.Serve("episodes.xml", "<rss version=\"2.0\"><channel><title>Episodes</title>" + string.Concat(Enumerable.Range(1, 3).Select(i =>
            $"<item><title>Episode {i}</title><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate><description>Show notes {i}.</description><enclosure url=\"https://cdn.example.org/ep{i}.mp3\" type=\"audio/mpeg\" length=\"1\"/></item>"))
            + "</channel></rss>");
        var config = _harness.ConfigForUrls(_server.Url("good.xml"), _server.Url("teasers.xml"), _server.Url("repaired.xml"), _server.Url("episodes.xml"));

        var result = await _harness.RunAsync("warned", config);

        Assert.True(result.Succeeded, result.Cause);
        var rows = _harness.Query<(string Url, string? Warnings)>("SELECT feed_url, warnings FROM feed_statistics WHERE run_id = 'warned'")
            .ToDictionary(r => r.Url[(r.Url.LastIndexOf('/') + 1)..], r => r.Warnings is null ? null : JsonSerializer.Deserialize<List<string>>(r.Warnings));
        Assert.Null(rows["good.xml"]);
        var teasers = Assert.Single(rows["teasers.xml"]!);
        Assert.StartsWith("all 3 items were dropped by the content rule min_length", teasers, StringComparison.Ordinal);
        Assert.Contains("fullText=\"true\"", teasers, StringComparison.Ordinal);
        Assert.Contains(rows["repaired.xml"]!, w => w.StartsWith("the document is not well-formed XML", StringComparison.Ordinal));
        // Link-less episodes are linked to their audio (fourteenth held-out review, F6); their one-line notes are then
        // short texts that no page read in full mends (the link is the audio file), and the warning says so.
        var episodes = Assert.Single(rows["episodes.xml"]!);
        Assert.StartsWith("all 3 items were dropped by the content rule min_length", episodes, StringComparison.Ordinal);
        Assert.Contains("audio or video files", episodes, StringComparison.Ordinal);
        Assert.DoesNotContain("fullText", episodes, StringComparison.Ordinal);

        var api = await new ReadApi(_harness.Services.Reader).HandleAsync(new ApiRequest("GET", "/feeds/statistics", new Dictionary<string, string> { ["run"] = "warned" }));
        OpenApiContract.Validate("/feeds/statistics", api.Status, api.Body);
        var served = JsonDocument.Parse(api.Body).RootElement.GetProperty("items").EnumerateArray()
            .Single(f => f.GetProperty("feed_url").GetString()!.EndsWith("teasers.xml", StringComparison.Ordinal));
        Assert.Equal(teasers, served.GetProperty("warnings")[0].GetString());
    }

    [Fact]
    public void AFeedWithManyItemsKept_ShouldHaveNoRuleWarning_ButMostlyTeasersShould()
    {
        var outcome = new FeedOutcome { FeedUrl = "https://example.org/feed.xml", Status = FeedStatus.Ok };
        Assert.Null(FeedWarnings.Of(outcome, new FeedFunnel(outcome.FeedUrl) { Total = 6, PassedContentFilter = 3, ContentDrops = new Dictionary<string, int> { ["min_length"] = 3 } }));
        // Most items teasers, the longest one kept (eighth held-out review, F2): the owner hears it.
        var mostly = Assert.Single(FeedWarnings.Of(outcome, new FeedFunnel(outcome.FeedUrl) { Total = 6, PassedContentFilter = 1, ContentDrops = new Dictionary<string, int> { ["min_length"] = 5 } })!);
        Assert.StartsWith("5 of 6 items were dropped by the content rule min_length: the feed carries mostly titles or teasers; set fullText", mostly, StringComparison.Ordinal);
        // Two items are too few to call the feed one of link-less items, not too few to say it gave nothing (MixedDropWarningsTests).
        Assert.StartsWith("0 of 2 items kept by the content rules: 2 without a link",
            Assert.Single(FeedWarnings.Of(outcome, new FeedFunnel(outcome.FeedUrl) { Total = 2, ContentDrops = new Dictionary<string, int> { ["no_link"] = 2 } })!), StringComparison.Ordinal);
        // Two rules between them, one item kept: the feed still yields a story (a feed dropped whole by several rules is warned of: FeedWarningsTests).
        Assert.Null(FeedWarnings.Of(outcome, new FeedFunnel(outcome.FeedUrl) { Total = 5, PassedContentFilter = 1, ContentDrops = new Dictionary<string, int> { ["no_link"] = 2, ["min_length"] = 2 } }));
        Assert.Contains("no item links to a page a reader can open",
            Assert.Single(FeedWarnings.Of(outcome, new FeedFunnel(outcome.FeedUrl) { Total = 4, ContentDrops = new Dictionary<string, int> { ["no_link"] = 4 } })!));
    }

    [Fact]
    public void AFeedOfTeasersLinkingToAudioFiles_ShouldNotBeAdvisedToReadThemInFull()
    {
        // Full text would fetch each episode's MP3 as a "page".
        var outcome = new FeedOutcome { FeedUrl = "https://example.org/podcast.xml", Status = FeedStatus.Ok };
        var warning = Assert.Single(FeedWarnings.Of(outcome, new FeedFunnel(outcome.FeedUrl) { Total = 4, MediaLinks = 4, ContentDrops = new Dictionary<string, int> { ["min_length"] = 4 } })!);
        Assert.DoesNotContain("fullText", warning, StringComparison.Ordinal);
        Assert.Contains("audio or video files", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AFeedOfShortEntriesWithoutLinks_ShouldBeToldTheyLinkNowhere_NotToReadThemInFull()
    {
        // A release robot's Atom entries without <link> (tenth held-out review, F9).
        var outcome = new FeedOutcome { FeedUrl = "https://example.org/releases.atom", Status = FeedStatus.Ok };
        var warning = Assert.Single(FeedWarnings.Of(outcome, new FeedFunnel(outcome.FeedUrl) { Total = 4, NoLinks = 4, ContentDrops = new Dictionary<string, int> { ["min_length"] = 4 } })!);
        Assert.DoesNotContain("fullText", warning, StringComparison.Ordinal);
        Assert.Contains("link to no page", warning, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _server.Dispose();
        _harness.Dispose();
    }
}
