using System.Diagnostics;
using NewsCurator.Ingest;
using NewsCurator.Runs;
using NewsCurator.Storage;
using NewsCurator.Cli;

namespace NewsCurator.Bench;

/// <summary>
/// Ingest of N feeds from the loopback hosts (<see cref="LoopbackFeedHosts"/>). Two runs, the second
/// conditional. Every feed must end in a recorded state; the baseline is the serial sum of the
/// servers' latencies.
/// </summary>
internal static class FetchBench
{
    public static async Task RunAsync(int feedCount)
    {
        using var hosts = new LoopbackFeedHosts(feedCount);
        var dir = Directory.CreateTempSubdirectory("newscurator-bench-").FullName;
        var urls = Enumerable.Range(0, feedCount).Select(i => $"\"{hosts.Url(i)}\"");
        var config = Path.Combine(dir, "bench.yaml");
        await File.WriteAllTextAsync(config, $"""
            feeds: {"{"}urls: [{string.Join(", ", urls)}], shard_size: 100{"}"}
            fetch: {"{"}allow_private_hosts: [127.0.0.1], max_concurrency: 8, max_per_host: 2, retries: 1, timeout_seconds: 10{"}"}
            """);
        var services = LocalServices.Create(dir);
        Console.WriteLine($"fetch: {feedCount} feeds on {LoopbackFeedHosts.Hosts} loopback hosts; serial latency sum {hosts.LatencySumMs / 1000.0:0.0}s (the baseline a one-at-a-time fetcher pays)");
        foreach (var run in new[] { "bench-1", "bench-2" })
        {
            var clock = Stopwatch.StartNew();
            var context = await new StartRunStage(services).RunAsync(new StartRunRequest { RunId = run, Config = config });
            // The Map state runs up to 10 shards at once.
            using var gate = new SemaphoreSlim(10);
            var shards = await services.Blobs.ReadRequiredJsonAsync<List<string>>(context.Manifest!);
            var summaries = await Task.WhenAll(shards.Select(async shard =>
            {
                await gate.WaitAsync();
                try { return await new IngestStage(services).RunShardAsync(run, shard); }
                finally { gate.Release(); }
            }));
            clock.Stop();
            var (items, outcomes) = await RawShards.LoadAsync(services.Blobs, new RunPaths(run), default);
            var byStatus = outcomes.GroupBy(o => o.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
            Console.WriteLine($"  {run}: {clock.Elapsed.TotalSeconds:0.0}s wall ({hosts.LatencySumMs / clock.Elapsed.TotalMilliseconds:0}x faster than serial), " +
                              $"{outcomes.Count}/{feedCount} feeds recorded [{string.Join(", ", byStatus)}], {items.Count} items, " +
                              $"peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB");
            if (outcomes.Count != feedCount) Console.WriteLine("  FAIL: some feeds have no recorded state");
        }
        Console.WriteLine($"  served {hosts.ServedBytes / 1e6:0.0} MB; the second run asks with ETag/Last-Modified, so unchanged feeds answer 304");
        Directory.Delete(dir, recursive: true);
    }
}
