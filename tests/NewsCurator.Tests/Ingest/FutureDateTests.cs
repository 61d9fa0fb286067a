using NewsCurator.Storage;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>A publication date far ahead of the run is wrong: the story stays, undated, and the feed says so.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class FutureDateTests : IDisposable
{
    private readonly LoopbackServer _server = new();
    private readonly PipelineHarness _harness = new();

    [Fact]
    public async Task Ingest_AnItemDatedYear9999_ShouldBeKeptUndated()
    {
        var rss = Feeds.Rss("Dates", ("Future dated model release", "https://e.org/future", Feeds.AiBody), ("Dated today", "https://e.org/today", Feeds.AiBody + " More."))
            .Replace("Mon, 06 Sep 2021 16:45:00 +0000", "Fri, 31 Dec 9999 23:59:59 +0000", StringComparison.Ordinal)
            .Replace("<pubDate>Fri, 31 Dec 9999 23:59:59 +0000</pubDate><description><![CDATA[" + Feeds.AiBody + " More.", $"<pubDate>{DateTimeOffset.UtcNow:R}</pubDate><description><![CDATA[" + Feeds.AiBody + " More.", StringComparison.Ordinal);
        _server.Serve("dates.xml", rss);

        var result = await _harness.RunAsync("dates", _harness.ConfigForUrls(_server.Url("dates.xml")));

        Assert.True(result.Succeeded, result.Cause);
        var (items, outcomes) = await RawShards.LoadAsync(_harness.Services.Blobs, new RunPaths("dates"), default);
        Assert.Null(items.Single(a => a.Title == "Future dated model release").Published);
        Assert.NotNull(items.Single(a => a.Title == "Dated today").Published);
        Assert.Contains(outcomes.Single().Warnings, w => w.StartsWith("1 item(s) dated more than 14 hours in the future", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ingest_ItemsDatedHoursOrDaysAhead_ShouldBeReadAsNowOrUndated()
    {
        // Hostile-input audit 31, H9: items dated a day and 40 hours ahead led an issue with tomorrow's dates.
        var now = DateTimeOffset.UtcNow;
        var rss = Feeds.Rss("Dates", ("Eight hours ahead", "https://e.org/ahead", Feeds.AiBody), ("Forty hours ahead", "https://e.org/far", Feeds.AiBody + " More."));
        var parts = rss.Split("Mon, 06 Sep 2021 16:45:00 +0000");
        Assert.Equal(3, parts.Length);
        rss = parts[0] + now.AddHours(8).ToString("R") + parts[1] + now.AddHours(40).ToString("R") + parts[2];
        _server.Serve("ahead.xml", rss);

        var result = await _harness.RunAsync("ahead", _harness.ConfigForUrls(_server.Url("ahead.xml")));

        Assert.True(result.Succeeded, result.Cause);
        var (items, _) = await RawShards.LoadAsync(_harness.Services.Blobs, new RunPaths("ahead"), default);
        var ahead = items.Single(a => a.Title == "Eight hours ahead").Published;
        Assert.NotNull(ahead);
        Assert.True(ahead <= DateTimeOffset.UtcNow, $"{ahead:O} is still ahead");
        Assert.Null(items.Single(a => a.Title == "Forty hours ahead").Published);
    }

    public void Dispose()
    {
        _server.Dispose();
        _harness.Dispose();
    }
}
