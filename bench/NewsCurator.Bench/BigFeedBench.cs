using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;

namespace NewsCurator.Bench;

/// <summary>
/// One very large feed (about 10 MB, 17,600 items, the size a probe sent) through fetch-and-parse
/// and normalisation, as Ingest runs it: wall time and bytes allocated (the latter does not depend
/// on how busy the machine is).
/// </summary>
internal static class BigFeedBench
{
    public static async Task RunAsync(int items)
    {
        var body = Generate(items);
        var fetcher = new InMemoryFetcher(body);
        var feed = new FeedSource("https://news.example.org/feed");
        await IngestStage.FetchAndParseAsync(fetcher, feed, feed.Url, null, default); // warm-up (JIT)
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var (outcome, articles, _) = await IngestStage.FetchAndParseAsync(fetcher, feed, feed.Url, null, default);
        clock.Stop();
        var used = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine($"bigfeed: {body.Length / 1e6:0.0} MB, {items} items -> {articles.Count} articles ({outcome.Status}) " +
                          $"in {clock.Elapsed.TotalSeconds:0.00} s, {used / 1e6:0} MB allocated");
    }

    private static byte[] Generate(int items)
    {
        var random = new Random(1);
        string[] words = ["model", "gpu", "inference", "training", "data", "cloud", "kernel", "compiler", "rust", "python", "release", "open", "source", "benchmark", "latency", "memory"];
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)]));
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Big</title><link>https://news.example.org/</link>\n");
        for (var i = 0; i < items; i++)
            sb.Append(CultureInfo.InvariantCulture, $"<item><title>{Words(8)} {i}</title><link>https://news.example.org/story/{i}</link><guid>https://news.example.org/story/{i}</guid>")
              .Append(CultureInfo.InvariantCulture, $"<pubDate>Mon, 30 Nov 2026 10:00:00 +0000</pubDate><description>&lt;p&gt;{Words(55)}.&lt;/p&gt;</description></item>\n");
        return Encoding.UTF8.GetBytes(sb.Append("</channel></rss>").ToString());
    }

    private sealed class InMemoryFetcher(byte[] body) : IFeedFetcher
    {
        public Task<FetchResult> FetchAsync(Uri uri, ConditionalRequest? conditional, CancellationToken ct)
            => Task.FromResult(new FetchResult { Status = FeedStatus.Ok, Body = body, FinalUri = uri });

        public void Dispose() { }
    }
}
