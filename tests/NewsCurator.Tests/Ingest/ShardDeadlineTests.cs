using System.Text;
using NewsCurator.Configuration;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A shard reads feeds until its deadline, before the step's own end: ten slow feeds of one host queued behind its two
/// connection slots outlasted the step, and the step's end recorded every feed of the shard failed, the ones already read
/// too (review of session 40, R9). The deadline here is fired by the test's clock when the slow feed is asked for, so no
/// test waits on wall time.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ShardDeadlineTests : IDisposable
{
    private const string RunId = "deadline-run";
    private readonly string _root = Directory.CreateTempSubdirectory("shard-deadline-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);


    private async Task<(ShardSummary Summary, List<FeedOutcome> Outcomes, List<Article> Articles, FileBlobStore Blobs)> RunShard(
        SlowHostFetcher fetcher, ManualClock clock, int concurrency, params FeedSource[] feeds)
    {
        var blobs = new FileBlobStore(_root);
        var paths = new RunPaths(RunId);
        await blobs.WriteJsonAsync(paths.Config, new PipelineConfig { Fetch = new FetchConfig { MaxConcurrency = concurrency } });
        var shard = paths.FeedShard(0);
        await blobs.WriteJsonAsync(shard, feeds.ToList());
        var services = new PipelineServices
        {
            Blobs = blobs, Runs = null!, Reader = null!, FetcherFactory = _ => fetcher, ChatClientFactory = null!, Secrets = null!, Mail = null!, Clock = clock,
        };
        var summary = await new IngestStage(services).RunShardAsync(RunId, shard, TimeSpan.FromMinutes(9), CancellationToken.None);
        var outcomes = await blobs.ReadRequiredJsonAsync<List<FeedOutcome>>(paths.FeedOutcomes(shard));
        var articles = await blobs.ReadJsonLinesAsync<Article>(paths.RawShard(shard));
        return (summary, outcomes, articles, blobs);
    }

    [Fact]
    public async Task FeedsReadBeforeTheDeadline_ShouldBeKept_AndTheOnesItCutOff_RecordedAsNotRead()
    {
        var clock = new ManualClock();
        var fetcher = new SlowHostFetcher(clock, uri => uri.Host == "slow.example");
        // One at a time: the first two are read, the slow one ends the shard's time, the last is never asked for.
        var (summary, outcomes, articles, blobs) = await RunShard(fetcher, clock, concurrency: 1,
            new FeedSource("https://a.example/feed"), new FeedSource("https://b.example/feed"),
            new FeedSource("https://slow.example/feed"), new FeedSource("https://c.example/feed"));

        Assert.Equal(["https://a.example/post-1", "https://b.example/post-1"], articles.Select(a => a.Link));
        Assert.Equal([FeedStatus.Ok, FeedStatus.Ok, FeedStatus.Error, FeedStatus.Error], outcomes.Select(o => o.Status));
        Assert.All(outcomes.Skip(2), o => Assert.Contains("not read this run", o.Error, StringComparison.Ordinal));
        Assert.Contains("fetch.max_per_host", outcomes[2].Error, StringComparison.Ordinal);
        Assert.DoesNotContain("https://c.example/feed", fetcher.Asked);
        Assert.Equal(2, summary.FeedsFailed);

        // The feeds left unread keep their state: no failure toward their back-off, no validator from a read whose items were lost.
        var states = new FeedStateStore(blobs);
        var now = DateTimeOffset.UtcNow;
        var slow = await states.BaselineAsync("https://slow.example/feed", "next-run", now, CancellationToken.None);
        Assert.Equal(0, slow.ConsecutiveFailures);
        Assert.Null(slow.LastAttemptAt);
        Assert.Null(slow.ETag);
        Assert.NotNull((await states.BaselineAsync("https://a.example/feed", "next-run", now, CancellationToken.None)).LastSuccessAt);
    }

    [Fact]
    public async Task TheDeadlineDuringAFeedsFullText_ShouldKeepTheFeedsOwnItems()
    {
        var clock = new ManualClock();
        // The feed answers; its article page is what hangs.
        var fetcher = new SlowHostFetcher(clock, uri => uri.AbsolutePath == "/post-1");
        var (_, outcomes, articles, _) = await RunShard(fetcher, clock, concurrency: 2, new FeedSource("https://teasers.example/feed", FullText: true));

        Assert.Equal(FeedStatus.Ok, outcomes.Single().Status);
        Assert.Contains("ran out before the pages were read", outcomes.Single().FullTextError, StringComparison.Ordinal);
        Assert.Equal("https://teasers.example/post-1", Assert.Single(articles).Link);
    }
}
