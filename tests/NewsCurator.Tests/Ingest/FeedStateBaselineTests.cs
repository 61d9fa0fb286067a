using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A run that failed after Ingest must not leave the next run its validators: every feed answered 304, the stories the
/// failed run fetched were never sent and the next issue was empty (hostile-input audit 21, H3).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FeedStateBaselineTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("feedstate").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private const string Url = "https://example.org/feed.xml";

    private async Task<FileBlobStore> StoreWithStateOf(string runId)
    {
        var blobs = new FileBlobStore(_root);
        var store = new FeedStateStore(blobs);
        var day0 = new FeedState { Url = Url, ETag = "\"day0\"", LastModified = "Mon, 01 Jan 2026 00:00:00 GMT", LastRunId = "day0" };
        await store.SaveAsync(day0, day0 with { ETag = "\"day1\"", LastModified = "Tue, 02 Jan 2026 00:00:00 GMT" }, runId, default);
        return blobs;
    }

    [Fact]
    public async Task ARunThatNeverRenderedItsIssue_ShouldLeaveTheValidatorsItStartedFrom()
    {
        var blobs = await StoreWithStateOf("day1");

        var baseline = await new FeedStateStore(blobs).BaselineAsync(Url, "day2", DateTimeOffset.UtcNow, default);

        Assert.Equal(("\"day0\"", "Mon, 01 Jan 2026 00:00:00 GMT"), (baseline.ETag, baseline.LastModified));
    }

    [Fact]
    public async Task ARunThatRenderedItsIssueButNeverSentIt_ShouldLeaveTheValidatorsItStartedFrom()
    {
        // Hostile-input audit 30, H1: the mail server was down; rendered is not sent, and the next issue went out empty.
        var blobs = await StoreWithStateOf("day1");
        await blobs.WriteJsonAsync(new RunPaths("day1").NewsletterMeta, new { subject = "The Brief" });
        await blobs.WriteJsonAsync(new RunPaths("day1").StoriesToRemember, new SentRecord("day1", DateTimeOffset.UnixEpoch, []));

        var baseline = await new FeedStateStore(blobs).BaselineAsync(Url, "day2", DateTimeOffset.UtcNow, default);

        Assert.Equal(("\"day0\"", "Mon, 01 Jan 2026 00:00:00 GMT"), (baseline.ETag, baseline.LastModified));
    }

    [Fact]
    public async Task ARunThatSentItsIssue_ShouldLeaveItsOwnValidators()
    {
        var blobs = await StoreWithStateOf("day1");
        await blobs.WriteJsonAsync(SentMemory.Key("day1"), new SentRecord("day1", DateTimeOffset.UnixEpoch, []));

        var baseline = await new FeedStateStore(blobs).BaselineAsync(Url, "day2", DateTimeOffset.UtcNow, default);

        Assert.Equal(("\"day1\"", "Tue, 02 Jan 2026 00:00:00 GMT"), (baseline.ETag, baseline.LastModified));
    }

    [Fact]
    public async Task AShardThatFailedAfterReadingAFeed_ShouldRollItsStateBack_AndLeaveOtherRunsStatesAlone()
    {
        // Hostile-input audit 30, H7: the shard's items were lost, its saved validators made the next run's reads 304s.
        var blobs = await StoreWithStateOf("day2");
        var store = new FeedStateStore(blobs);

        await store.RollBackAsync(Url, "day3", DateTimeOffset.UtcNow, default);
        Assert.Equal("\"day1\"", (await blobs.ReadJsonAsync<FeedState>(FeedStateStore.Key(Url)))!.ETag);

        await store.RollBackAsync(Url, "day2", DateTimeOffset.UtcNow, default);
        var rolledBack = (await blobs.ReadJsonAsync<FeedState>(FeedStateStore.Key(Url)))!;
        Assert.Equal(("\"day0\"", "day0"), (rolledBack.ETag, rolledBack.LastRunId));
        // A second roll-back (the failure step retried) changes nothing more.
        await store.RollBackAsync(Url, "day2", DateTimeOffset.UtcNow, default);
        Assert.Equal("\"day0\"", (await blobs.ReadJsonAsync<FeedState>(FeedStateStore.Key(Url)))!.ETag);
        // A feed the run saw first has no state to go back to: it starts afresh.
        await store.SaveAsync(new FeedState { Url = "https://example.org/new.xml" }, new FeedState { Url = "https://example.org/new.xml", ETag = "\"n\"" }, "day2", default);
        await store.RollBackAsync("https://example.org/new.xml", "day2", DateTimeOffset.UtcNow, default);
        Assert.Null((await store.BaselineAsync("https://example.org/new.xml", "day3", DateTimeOffset.UtcNow, default)).ETag);
    }

    [Theory]
    [InlineData("{\"url\":\"https://example.org/feed.xml\",\"eTag\":\"\\\"caf\u00e9\\\"\"}", "eTag")]
    [InlineData("{\"url\":\"https://example.org/feed.xml\",\"lastModified\":\"Mon\\r\\nX-Injected: 1\"}", "lastModified")]
    [InlineData("{\"url\":\"https://example.org/feed.xml\",\"movedTo\":\"javascript:alert(1)\"}", "movedTo")]
    public async Task AStateThatWouldFailEveryRead_ShouldBeQuarantined_AndTheFeedStartAfresh(string json, string field)
    {
        // Audit hostile22, H1 and H7: a validator no request can send, or a move to no web address, failed the feed on
        // every later run.
        var blobs = new FileBlobStore(_root);
        await blobs.WriteTextAsync(FeedStateStore.Key(Url), json, "application/json");

        var baseline = await new FeedStateStore(blobs).BaselineAsync(Url, "day2", DateTimeOffset.UtcNow, default);

        Assert.Equal(new FeedState { Url = Url }, baseline);
        Assert.Contains(Directory.EnumerateFiles(Path.Combine(_root, "quarantine"), "*", SearchOption.AllDirectories), f => f.Contains("state", StringComparison.Ordinal));
        Assert.NotNull(new FeedState { Url = Url, ETag = field == "eTag" ? "\"caf\u00e9\"" : null, LastModified = field == "lastModified" ? "a\r\nb" : null,
                                        MovedTo = field == "movedTo" ? "javascript:alert(1)" : null }.Damage(Url, DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task ARerunOfTheSameRun_ShouldStartFromTheStateBeforeIt()
    {
        var blobs = await StoreWithStateOf("day1");

        Assert.Equal("\"day0\"", (await new FeedStateStore(blobs).BaselineAsync(Url, "day1", DateTimeOffset.UtcNow, default)).ETag);
    }
}
