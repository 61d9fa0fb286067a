using System.Diagnostics;
using System.Net;
using NewsCurator.Cli;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Storage;
using NewsCurator.Infrastructure.Sql;

namespace NewsCurator.Bench;

/// <summary>
/// The read API under load, on loopback: `serve` over SQLite holding a run of 5,000 articles,
/// while another task keeps writing whole 5,000-article runs into the same database. An open-loop
/// generator sends requests at a fixed rate (latency counts from the scheduled send time, so a
/// slow server cannot hide its queue) and prints p50/p99 and errors per endpoint and rate.
/// </summary>
internal static class ApiLoadBench
{
    private const int Articles = 5000;

    public static async Task RunAsync(int secondsPerLevel, bool withWriter = true)
    {
        var dir = Directory.CreateTempSubdirectory("newscurator-apibench-").FullName;
        try
        {
            var runs = LocalServices.Create(dir).Runs;
            await ExportAsync(runs, "bench-base");
            await using var app = ServeCommand.Build(dir, "http://127.0.0.1:0");
            await app.StartAsync();
            var baseUrl = app.Urls.Single();

            // The writer is another process, as a pipeline run is: it shares the database file, not this process's CPU time or thread pool.
            using var writer = withWriter ? StartWriter(dir) : null;

            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                BaseAddress = new Uri(baseUrl),
                Timeout = TimeSpan.FromSeconds(10),
            };
            Console.WriteLine($"api: {Articles} articles in the read run, {(withWriter ? $"a writer process exporting {Articles}-article runs meanwhile" : "no writer")}, {secondsPerLevel} s per level");
            Console.WriteLine("| endpoint | rate (req/s) | requests | errors | p50 (ms) | p99 (ms) | max (ms) | CPU ms/request |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            string[] paths = ["/articles?run=bench-base&limit=50", "/runs"];
            // Warm-up, not reported: JIT, connection pools, page caches.
            foreach (var path in paths) await OpenLoopAsync(http, path, 100, TimeSpan.FromSeconds(3));
            foreach (var rate in new[] { 100, 300, 500 })
                foreach (var path in paths)
                {
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var (latencies, errors) = await OpenLoopAsync(http, path, rate, TimeSpan.FromSeconds(secondsPerLevel));
                    // Server and load generator together: what one request costs this process.
                    var cpuPerRequest = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Math.Max(1, latencies.Count + errors);
                    latencies.Sort();
                    double P(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
                    Console.WriteLine($"| {path.Split('?')[0]} | {rate} | {latencies.Count + errors} | {errors} | {P(0.5):0.0} | {P(0.99):0.0} | {(latencies.Count == 0 ? double.NaN : latencies[^1]):0.0} | {cpuPerRequest:0.00} |");
                }
            if (writer is not null)
            {
                await File.WriteAllTextAsync(Path.Combine(dir, StopFile), "");
                var report = await writer.StandardOutput.ReadToEndAsync();
                await writer.WaitForExitAsync();
                Console.WriteLine($"api: the writer process exported {report.Trim()} runs of {Articles} articles during the bench (exit {writer.ExitCode})");
            }
            await app.StopAsync();
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { /* the OS still holds the database */ }
        }
    }

    private const string StopFile = "stop-writer";

    /// <summary>This program again, as `api-writer DIR`: it exports runs into DIR's database until DIR/stop-writer appears.</summary>
    private static Process StartWriter(string dir)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(ApiLoadBench).Assembly.Location);
        start.ArgumentList.Add("api-writer");
        start.ArgumentList.Add(dir);
        return Process.Start(start)!;
    }

    /// <summary>The writer process: whole 5,000-article runs into the same database, one after another, as fast as it can.</summary>
    public static async Task WriteUntilStoppedAsync(string dir)
    {
        var runs = LocalServices.Create(dir).Runs;
        var written = 0;
        while (!File.Exists(Path.Combine(dir, StopFile)))
        {
            await ExportAsync(runs, $"bench-writer-{written % 3}");
            written++;
        }
        Console.WriteLine(written);
    }

    private static async Task<(List<double> Latencies, int Errors)> OpenLoopAsync(HttpClient http, string path, int rate, TimeSpan duration)
    {
        var latencies = new List<double>();
        var errors = 0;
        var total = (int)(rate * duration.TotalSeconds);
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            inFlight.Add(Task.Run(async () =>
            {
                try
                {
                    using var response = await http.GetAsync(path);
                    await response.Content.ReadAsByteArrayAsync();
                    var ms = (clock.Elapsed - due).TotalMilliseconds;
                    lock (latencies)
                    {
                        if (response.StatusCode == HttpStatusCode.OK) latencies.Add(ms);
                        else errors++;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    lock (latencies) errors++;
                }
            }));
        }
        await Task.WhenAll(inFlight);
        return (latencies, errors);
    }

    private static Task ExportAsync(IRunStore runs, string runId)
    {
        var now = DateTimeOffset.UtcNow;
        var context = new RunContext { RunId = runId, Prefix = $"runs/{runId}/", ConfigDigest = "bench", StartedAt = now, Counts = new RunCounts { Items = Articles } };
        var rows = Enumerable.Range(0, Articles).Select(i => new ArticleRow
        {
            Id = RowIds.Article(runId, $"a{i:D5}"),
            PipelineRunId = RowIds.Run(runId),
            RunId = runId,
            ArticleId = $"a{i:D5}",
            FeedUrl = $"https://feed{i % 50}.example.org/rss",
            Title = $"Story {i} about compilers, GPUs and open source models",
            Url = $"https://news.example.org/{runId}/{i}",
            PublishedDate = now.AddMinutes(-i).ToString("O"),
            Language = "en",
            WordCount = 300 + i % 700,
            ContentType = "news",
            TechRelevanceScore = i % 10,
            QualityScore = i % 7,
            AdProbability = 0.01,
            Decision = i < 20 ? "selected" : "dropped",
            DecisionStage = i < 20 ? "select" : "score",
            DecisionRule = i < 20 ? "top_n" : "min_relevance",
            DecisionReason = i < 20 ? "in the top 20" : "below the relevance threshold",
            Summary = i < 20 ? "A summary of the story in two sentences. It says what changed." : null,
            CreatedAt = now.ToString("O"),
        }).ToList();
        return runs.ExportRunAsync(PipelineRunRow.Completed(context, now, s3OutputPath: null, scoringModel: null), rows, [], null);
    }
}
