using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Bench;

/// <summary>
/// Ingest of N feeds from loopback servers that misbehave like the web: 50-500 ms latency, 5xx,
/// 404s, slow bodies, broken documents. Two runs, the second conditional. Every feed must end in a
/// recorded state; the baseline is the serial sum of the servers' latencies.
/// </summary>
internal static class FetchBench
{
    private const int Hosts = 20;

    public static async Task RunAsync(int feedCount)
    {
        var listeners = new List<HttpListener>();
        var latencySumMs = 0L;
        var behaviour = new Dictionary<int, string>();
        var servedBytes = 0L;
        try
        {
            var ports = StartListeners(listeners);
            for (var i = 0; i < feedCount; i++) behaviour[i] = Behaviour(i);
            latencySumMs = Enumerable.Range(0, feedCount).Sum(i => (long)LatencyMs(i) + (behaviour[i] == "slow" ? 1500 : 0));
            foreach (var listener in listeners) _ = ServeAsync(listener, behaviour, b => Interlocked.Add(ref servedBytes, b));

            var dir = Directory.CreateTempSubdirectory("newscurator-bench-").FullName;
            var urls = Enumerable.Range(0, feedCount).Select(i => $"\"http://127.0.0.1:{ports[i % Hosts]}/feed/{i}.xml\"");
            var config = Path.Combine(dir, "bench.yaml");
            await File.WriteAllTextAsync(config, $"""
                feeds: {"{"}urls: [{string.Join(", ", urls)}], shard_size: 100{"}"}
                fetch: {"{"}allow_private_hosts: [127.0.0.1], max_concurrency: 8, max_per_host: 2, retries: 1, timeout_seconds: 10{"}"}
                """);
            var services = PipelineServices.Local(dir);
            Console.WriteLine($"fetch: {feedCount} feeds on {Hosts} loopback hosts; serial latency sum {latencySumMs / 1000.0:0.0}s (the baseline a one-at-a-time fetcher pays)");
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
                Console.WriteLine($"  {run}: {clock.Elapsed.TotalSeconds:0.0}s wall ({latencySumMs / clock.Elapsed.TotalMilliseconds:0}x faster than serial), " +
                                  $"{outcomes.Count}/{feedCount} feeds recorded [{string.Join(", ", byStatus)}], {items.Count} items, " +
                                  $"peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB");
                if (outcomes.Count != feedCount) Console.WriteLine("  FAIL: some feeds have no recorded state");
            }
            Console.WriteLine($"  served {servedBytes / 1e6:0.0} MB; the second run asks with ETag/Last-Modified, so unchanged feeds answer 304");
            Directory.Delete(dir, recursive: true);
        }
        finally
        {
            foreach (var listener in listeners) listener.Close();
        }
    }

    private static int LatencyMs(int i) => 50 + (int)((uint)(i * 2654435761) % 451);

    private static string Behaviour(int i) => (i * 7919 % 100) switch
    {
        < 5 => "error500",
        < 8 => "missing",
        < 13 => "slow",
        < 15 => "broken",
        < 55 => "changes", // a new item every run: no 304 for these
        _ => "static",
    };

    private static int[] StartListeners(List<HttpListener> listeners)
    {
        var ports = new int[Hosts];
        for (var h = 0; h < Hosts; h++)
        {
            while (true)
            {
                var port = Random.Shared.Next(20000, 60000);
                var listener = new HttpListener();
                listener.Prefixes.Add($"http://127.0.0.1:{port}/");
                try
                {
                    listener.Start();
                    listeners.Add(listener);
                    ports[h] = port;
                    break;
                }
                catch (HttpListenerException)
                {
                    listener.Close();
                }
            }
        }
        return ports;
    }

    private static readonly ConcurrentDictionary<int, int> Version = new();

    private static async Task ServeAsync(HttpListener listener, Dictionary<int, string> behaviour, Action<long> served)
    {
        while (listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await listener.GetContextAsync(); }
            catch (Exception) { return; }
            _ = Task.Run(async () =>
            {
                try
                {
                    var i = int.Parse(Path.GetFileNameWithoutExtension(ctx.Request.Url!.AbsolutePath), System.Globalization.CultureInfo.InvariantCulture);
                    await Task.Delay(LatencyMs(i));
                    var kind = behaviour[i];
                    var version = kind == "changes" ? Version.AddOrUpdate(i, 1, (_, v) => v + 1) : 1;
                    var etag = $"\"{i}-{version}\"";
                    if (kind == "error500") { Respond(ctx, 500, ""); return; }
                    if (kind == "missing") { Respond(ctx, 404, ""); return; }
                    if (ctx.Request.Headers["If-None-Match"] == etag) { Respond(ctx, 304, ""); return; }
                    var body = Encoding.UTF8.GetBytes(kind == "broken" ? "<rss><channel><item><title>cut" : FeedXml(i, version));
                    ctx.Response.Headers["ETag"] = etag;
                    ctx.Response.ContentType = "application/rss+xml; charset=utf-8";
                    ctx.Response.ContentLength64 = body.Length;
                    if (kind == "slow")
                    {
                        await ctx.Response.OutputStream.WriteAsync(body.AsMemory(0, body.Length / 2));
                        await ctx.Response.OutputStream.FlushAsync();
                        await Task.Delay(1500);
                        await ctx.Response.OutputStream.WriteAsync(body.AsMemory(body.Length / 2));
                    }
                    else await ctx.Response.OutputStream.WriteAsync(body);
                    served(body.Length);
                    ctx.Response.Close();
                }
                catch (Exception)
                {
                    // the client gave up (timeout): nothing to do
                }
            });
        }
    }

    private static void Respond(HttpListenerContext ctx, int status, string body)
    {
        ctx.Response.StatusCode = status;
        var bytes = Encoding.UTF8.GetBytes(body);
        ctx.Response.ContentLength64 = bytes.Length;
        ctx.Response.OutputStream.Write(bytes);
        ctx.Response.Close();
    }

    private static string FeedXml(int i, int version)
    {
        var items = string.Concat(Enumerable.Range(0, 10).Select(n =>
            $"<item><title>Feed {i} story {n + version}</title><link>https://host{i % 50}.example/{i}/{n + version}</link>" +
            $"<pubDate>Mon, 06 Sep 2021 16:45:00 +0000</pubDate><description>Story {n + version} of feed {i}: compilers, databases and GPUs.</description></item>"));
        return $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed {i}</title>{items}</channel></rss>";
    }
}
