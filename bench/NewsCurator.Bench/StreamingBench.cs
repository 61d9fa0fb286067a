using System.Diagnostics;
using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Select;
using NewsCurator.Storage;
using NewsCurator.Infrastructure;
using NewsCurator.Infrastructure.Sql;

namespace NewsCurator.Bench;

/// <summary>
/// Filter, Score (rules scorer) and Select over synthetic runs of growing size, printing time and the peak
/// managed heap of each stage. The baseline in the same run is what Filter did before it streamed: load
/// every raw shard whole. A stage with bounded memory shows a flat peak as the item count grows.
/// </summary>
internal static class StreamingBench
{
    private const int ItemsPerShard = 1_000;

    public static async Task RunAsync(IReadOnlyList<int> sizes)
    {
        var words = Vocabulary();
        Console.WriteLine("streaming stages: peak live heap (a full collection every 100 ms, which the times include) and wall time per stage; rules scorer");
        Console.WriteLine($"{"items",9} | {"load whole (before)",22} | {"Filter",22} | {"Score",22} | {"Select",22}");
        foreach (var size in sizes)
        {
            var root = Path.Combine(Path.GetTempPath(), $"newscurator-streaming-{Guid.NewGuid():N}");
            try
            {
                var services = Adapters.Services(new FileBlobStore(root), new RunRepository(Database.FromConnectionString("sqlite:" + Path.Combine(root, "bench.db"))));
                var context = await WriteRunAsync(services.Blobs, size, words);
                var paths = new RunPaths(context.RunId);
                var whole = await Measure(async () => (await RawShards.LoadAsync(services.Blobs, paths, default)).Items.Count);
                RunContext filtered = context;
                var filter = await Measure(async () => (filtered = await new FilterStage(services).RunAsync(context)).Counts.AfterAdDetection);
                var score = await Measure(async () => (await new ScoreStage(services).RunAsync(filtered)).Counts.AfterAdDetection);
                var select = await Measure(async () => (await new SelectStage(services).RunAsync(filtered)).Counts.Selected);
                Console.WriteLine($"{size,9:N0} | {whole,22} | {filter,22} | {score,22} | {select,22}");
            }
            finally
            {
                if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
            }
        }
    }

    private readonly record struct Result(long PeakBytes, double Seconds)
    {
        public override string ToString() => $"{PeakBytes / 1048576.0,8:0.0} MB {Seconds,7:0.00} s";
    }

    /// <summary>Peak live heap above the heap at the start: full collections while the stage runs, so garbage is not counted.</summary>
    private static async Task<Result> Measure(Func<Task<int>> stage)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var start = GC.GetTotalMemory(forceFullCollection: true);
        long peak = start;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
                try { await Task.Delay(100, done.Token); } catch (OperationCanceledException) { }
            }
        });
        var clock = Stopwatch.StartNew();
        await stage();
        clock.Stop();
        await done.CancelAsync();
        await sampler;
        return new Result(Math.Max(0, peak - start), clock.Elapsed.TotalSeconds);
    }

    /// <summary>Words of the fixture items, to make texts with a realistic length and vocabulary.</summary>
    private static string[] Vocabulary() => File.ReadLines(Path.Combine(Corpus.RepoRoot, "tests", "fixtures", "data", "items.jsonl"))
        .Take(500).SelectMany(l => Words.Tokenize(System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString() ?? ""))
        .Distinct().ToArray();

    /// <summary>A run of <paramref name="size"/> items in shards of 1,000: 5 % exact copies from another feed, the rest distinct.</summary>
    private static async Task<RunContext> WriteRunAsync(IBlobStore blobs, int size, string[] words)
    {
        var runId = $"bench-{size}";
        var paths = new RunPaths(runId);
        var now = DateTimeOffset.UtcNow;
        await blobs.WriteJsonAsync(paths.Config, new PipelineConfig());
        var random = new Random(size);
        string Sentence(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)]));
        Article? previous = null;
        for (var shard = 0; shard * ItemsPerShard < size; shard++)
        {
            var items = new List<Article>();
            for (var i = shard * ItemsPerShard; i < Math.Min(size, (shard + 1) * ItemsPerShard); i++)
            {
                var feed = $"https://feed{i % 997}.example/rss";
                var article = previous is not null && random.NextDouble() < 0.05
                    ? previous with { Id = $"copy{i}", FeedUrl = feed, Link = $"https://feed{i % 997}.example/{i}" }
                    : new Article
                    {
                        Id = $"item{i}", FeedUrl = feed, Title = Sentence(8), Link = $"https://feed{i % 997}.example/{i}", Published = now.AddHours(-random.Next(48)),
                        Text = string.Join(". ", Enumerable.Range(0, 12).Select(_ => Sentence(20))) + ".",
                    };
                items.Add(article);
                previous = article;
            }
            await blobs.WriteJsonLinesAsync(paths.RawShard(paths.FeedShard(shard)), items);
        }
        return new RunContext { RunId = runId, Prefix = paths.Prefix, ConfigDigest = "bench", StartedAt = now };
    }
}
