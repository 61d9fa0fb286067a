using NewsCurator.Ingest;
using NewsCurator.Storage;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>An item its feed left undated takes the day its own address names; a dated item keeps its feed's date.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class LinkDateTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("https://example.com/cloudflare-agent-git/daily/2026-10-04/", "2026-10-04")]
    [InlineData("http://siddontang.example/2015/05/03/use-hashicorp-raft/", "2015-05-03")]
    [InlineData("https://blog.example/2024/2/9/short-months", "2024-02-09")]
    [InlineData("https://blog.example/posts/2023-11-30-release-notes.html", "2023-11-30")]
    public void Of_ShouldReadAWholeDayInThePath(string link, string day)
        => Assert.Equal(DateTimeOffset.Parse(day + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), LinkDates.Of(link, Now));

    [Theory]
    // A year and month alone, a date in the query, an impossible day, one after the run, no address at all.
    [InlineData("https://blog.example/2024/05/a-post/")]
    [InlineData("https://search.example/results?from=2020-01-01")]
    [InlineData("https://blog.example/2023/02/30/no-such-day/")]
    [InlineData("https://blog.example/2099/01/01/placeholder/")]
    [InlineData("https://blog.example/1970/01/01/epoch/")]
    [InlineData("https://blog.example/2024-05-011/")]
    [InlineData("urn:uuid:2024-05-01")]
    [InlineData(null)]
    public void Of_WithoutAPublicationDay_ShouldBeNull(string? link) => Assert.Null(LinkDates.Of(link, Now));
}

/// <summary>Through Ingest: the undated journal entry is dated by its address, the dated one keeps its own date.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class LinkDateIngestTests : IDisposable
{
    private readonly LoopbackServer _server = new();
    private readonly PipelineHarness _harness = new();

    [Fact]
    public async Task Ingest_AnUndatedItem_ShouldTakeTheDayItsLinkNames()
    {
        var rss = Feeds.Rss("Journal", ("Day 2 of the journal", "https://e.org/daily/2026-10-04/", Feeds.AiBody), ("A dated post", "https://e.org/2020/01/01/dated/", Feeds.AiBody + " More."))
            .Replace("<pubDate>Mon, 06 Sep 2021 16:45:00 +0000</pubDate><description><![CDATA[" + Feeds.AiBody + "]]>", "<description><![CDATA[" + Feeds.AiBody + "]]>", StringComparison.Ordinal);
        _server.Serve("journal.xml", rss);

        var result = await _harness.RunAsync("linkdates", _harness.ConfigForUrls(_server.Url("journal.xml")));

        Assert.True(result.Succeeded, result.Cause);
        var (items, _) = await RawShards.LoadAsync(_harness.Services.Blobs, new RunPaths("linkdates"), default);
        Assert.Equal(new DateTimeOffset(2026, 10, 4, 0, 0, 0, TimeSpan.Zero), items.Single(a => a.Title == "Day 2 of the journal").Published);
        Assert.Equal(new DateTimeOffset(2021, 9, 6, 16, 45, 0, TimeSpan.Zero), items.Single(a => a.Title == "A dated post").Published);
    }

    public void Dispose()
    {
        _server.Dispose();
        _harness.Dispose();
    }
}
