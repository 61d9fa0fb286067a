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
    public async Task ARunThatRenderedItsIssue_ShouldLeaveItsOwnValidators()
    {
        var blobs = await StoreWithStateOf("day1");
        await blobs.WriteJsonAsync(new RunPaths("day1").NewsletterMeta, new { subject = "The Brief" });

        var baseline = await new FeedStateStore(blobs).BaselineAsync(Url, "day2", DateTimeOffset.UtcNow, default);

        Assert.Equal(("\"day1\"", "Tue, 02 Jan 2026 00:00:00 GMT"), (baseline.ETag, baseline.LastModified));
    }

    [Fact]
    public async Task ARerunOfTheSameRun_ShouldStartFromTheStateBeforeIt()
    {
        var blobs = await StoreWithStateOf("day1");

        Assert.Equal("\"day0\"", (await new FeedStateStore(blobs).BaselineAsync(Url, "day1", DateTimeOffset.UtcNow, default)).ETag);
    }
}
