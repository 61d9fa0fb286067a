using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace NewsCurator.Bench;

/// <summary>
/// Twenty loopback hosts that serve N feeds and misbehave like the web: 50-500 ms latency, 5xx,
/// 404s, slow bodies, broken documents; 40% of feeds gain a story on every fetch, the rest answer a
/// conditional request with 304. Shared by the fetch bench and the scale bench, so both see one mix.
/// </summary>
internal sealed class LoopbackFeedHosts : IDisposable
{
    public const int Hosts = 20;
    private readonly List<HttpListener> _listeners = [];
    private readonly int[] _ports;
    private readonly ConcurrentDictionary<int, int> _version = new();
    private long _servedBytes;

    public LoopbackFeedHosts(int feedCount)
    {
        FeedCount = feedCount;
        _ports = StartListeners();
        LatencySumMs = Enumerable.Range(0, feedCount).Sum(i => (long)LatencyMs(i) + (Behaviour(i) == "slow" ? 1500 : 0));
        foreach (var listener in _listeners) _ = ServeAsync(listener);
    }

    public int FeedCount { get; }

    /// <summary>What a one-at-a-time fetcher would wait: the sum of every feed's latency.</summary>
    public long LatencySumMs { get; }

    public long ServedBytes => Interlocked.Read(ref _servedBytes);

    public string Url(int i) => $"http://127.0.0.1:{_ports[i % Hosts]}/feed/{i}.xml";

    private static int LatencyMs(int i) => 50 + (int)((uint)(i * 2654435761) % 451);

    public static string Behaviour(int i) => (i * 7919 % 100) switch
    {
        < 5 => "error500",
        < 8 => "missing",
        < 13 => "slow",
        < 15 => "broken",
        < 55 => "changes", // a new item every run: no 304 for these
        _ => "static",
    };

    private int[] StartListeners()
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
                    _listeners.Add(listener);
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

    private async Task ServeAsync(HttpListener listener)
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
                    var kind = Behaviour(i);
                    var version = kind == "changes" ? _version.AddOrUpdate(i, 1, (_, v) => v + 1) : 1;
                    var etag = $"\"{i}-{version}\"";
                    if (kind == "error500") { Respond(ctx, 500); return; }
                    if (kind == "missing") { Respond(ctx, 404); return; }
                    if (ctx.Request.Headers["If-None-Match"] == etag) { Respond(ctx, 304); return; }
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
                    Interlocked.Add(ref _servedBytes, body.Length);
                    ctx.Response.Close();
                }
                catch (Exception)
                {
                    // the client gave up (timeout): nothing to do
                }
            });
        }
    }

    private static void Respond(HttpListenerContext ctx, int status)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentLength64 = 0;
        ctx.Response.Close();
    }

    private static readonly string[] Words =
        ["compiler", "database", "GPU", "kernel", "Rust", "Python", "model", "cluster", "storage", "network",
         "browser", "security", "cloud", "editor", "robot", "chip", "quantum", "Linux", "sensor", "vector"];

    /// <summary>Three topic words per story, so titles differ the way real ones do (Select keeps one story per title).</summary>
    private static string Title(int feed, int story)
    {
        var h = (uint)(feed * 2654435761 ^ story * 40503);
        return $"{Words[h % 20]} {Words[h / 20 % 20]} {Words[h / 400 % 20]} news {feed}-{story}";
    }

    private static string FeedXml(int i, int version)
    {
        var items = string.Concat(Enumerable.Range(0, 10).Select(n =>
            $"<item><title>{Title(i, n + version)}</title><link>https://host{i % 50}.example/{i}/{n + version}</link>" +
            $"<pubDate>Mon, 06 Sep 2021 16:45:00 +0000</pubDate><description>Story {n + version} of feed {i}: compilers, databases and GPUs.</description></item>"));
        return $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed {i}</title>{items}</channel></rss>";
    }

    public void Dispose()
    {
        foreach (var listener in _listeners) listener.Close();
    }
}
