using NewsCurator.Configuration;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Tests.Support;

/// <summary>
/// One shard of feeds read run after run on a <see cref="ManualClock"/>, one feed at a time (fetch.timeout_seconds 20) with
/// a 9-minute deadline, its slow hosts reading for a while and then hanging (<see cref="SlowHostFetcher"/>): the reading
/// order and the deadline's cuts, seen through the hosts asked, the outcomes written and each feed's stored state.
/// </summary>
public sealed class SlowShard(string root, ManualClock clock, IReadOnlyList<FeedSource> feeds)
{
    /// <summary>Moves the clock by <paramref name="gap"/>, then runs the shard once: the hosts in the order asked, and the outcomes.</summary>
    public async Task<(List<string> Asked, List<FeedOutcome> Outcomes)> RunAsync(string runId, TimeSpan gap, Func<Uri, bool> isSlow, TimeSpan slowReads)
    {
        clock.Advance(gap);
        var fetcher = new SlowHostFetcher(clock, isSlow, slowReads);
        var blobs = new FileBlobStore(root);
        var paths = new RunPaths(runId);
        await blobs.WriteJsonAsync(paths.Config, new PipelineConfig { Fetch = new FetchConfig { MaxConcurrency = 1, TimeoutSeconds = 20 } });
        var shard = paths.FeedShard(0);
        await blobs.WriteJsonAsync(shard, feeds.ToList());
        var services = new PipelineServices
        {
            Blobs = blobs, Runs = null!, Reader = null!, FetcherFactory = _ => fetcher, ChatClientFactory = null!, Secrets = null!, Mail = null!, Clock = clock,
        };
        await new IngestStage(services).RunShardAsync(runId, shard, TimeSpan.FromMinutes(9), CancellationToken.None);
        return (fetcher.AskedHosts, await blobs.ReadRequiredJsonAsync<List<FeedOutcome>>(paths.FeedOutcomes(shard)));
    }

    /// <summary>The stored state of the feed at <paramref name="feedUrl"/>, as a later run starts from it.</summary>
    public Task<FeedState> StateAsync(string feedUrl)
        => new FeedStateStore(new FileBlobStore(root)).BaselineAsync(feedUrl, "later-run", clock.GetUtcNow(), CancellationToken.None);
}
