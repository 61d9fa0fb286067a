using System.Diagnostics;
using System.Globalization;
using System.Security;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsCurator.Cli;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.StateMachine;
using NewsCurator.Storage;

namespace NewsCurator.Bench;

/// <summary>
/// N feeds on the loopback hosts of the fetch bench through the whole production definition
/// (statemachine/pipeline.asl.json, Distributed Map included) in one process: wall time, per stage
/// the seconds, items/s, the peak managed heap and working set while it ran, the peak heap that
/// survived a collection (live), and what was still live after it (a full collection at its end). Two runs, the second
/// conditional (304s). Every feed must end in a recorded state. With --out, the figures are merged
/// into a JSON file that docs/SCALE.md's cost model is computed from.
/// </summary>
internal static class ScaleBench
{
    private sealed class StageMeter
    {
        public string? Current;
        public readonly Dictionary<string, (double Seconds, long PeakHeap, long PeakWorkingSet, long PeakLive, long Retained, int FullCollections)> Stages = new(StringComparer.Ordinal);
        private int _gen2;
        public readonly List<double> IngestChildSeconds = [];
        private long _heap, _workingSet, _live;
        private readonly Stopwatch _clock = new();

        public void Enter(string stage)
        {
            // Start each stage from a collected heap, so its peak is its own.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            lock (this)
            {
                Current = stage;
                (_heap, _workingSet, _live) = (GC.GetTotalMemory(false), Environment.WorkingSet, LiveAfterLastGc());
                _gen2 = GC.CollectionCount(2);
                _clock.Restart();
            }
        }

        public void Exit(string stage)
        {
            lock (this)
            {
                Sample();
                var elapsed = _clock.Elapsed.TotalSeconds;
                var collections = GC.CollectionCount(2) - _gen2;
                // What the stage left live: the peak heap above counts garbage the GC had not collected yet.
                var retained = GC.GetTotalMemory(forceFullCollection: true);
                var (seconds, heap, ws, live, kept, full) = Stages.GetValueOrDefault(stage);
                Stages[stage] = (seconds + elapsed, Math.Max(heap, _heap), Math.Max(ws, _workingSet), Math.Max(live, _live), Math.Max(kept, retained), full + collections);
                Current = null;
            }
        }

        public void Sample()
        {
            lock (this)
            {
                if (Current is null) return;
                _heap = Math.Max(_heap, GC.GetTotalMemory(false));
                _workingSet = Math.Max(_workingSet, Environment.WorkingSet);
                _live = Math.Max(_live, LiveAfterLastGc());
            }
        }

        /// <summary>What survived the most recent collection: the heap the stage really needed, without the garbage the GC let pile up.</summary>
        private static long LiveAfterLastGc()
        {
            var info = GC.GetGCMemoryInfo(GCKind.Any);
            return info.HeapSizeBytes - info.FragmentedBytes;
        }
    }

    /// <param name="until">Stop after this top-level state (the definition with that state made the end), e.g. Ingest.</param>
    public static async Task RunAsync(int feedCount, int runs, string? outPath, string? until = null)
    {
        using var hosts = new LoopbackFeedHosts(feedCount);
        var dir = Directory.CreateTempSubdirectory("newscurator-scale-").FullName;
        try
        {
            var config = await WriteConfigAsync(dir, hosts);
            var services = LocalServices.Create(dir);
            var definition = until is null ? DefinitionPath() : await TruncatedDefinitionAsync(dir, until);
            // The stages: top-level Task and Map states (Choice, Pass and Succeed do no work worth a row).
            var topLevel = JsonNode.Parse(await File.ReadAllTextAsync(definition))!["States"]!.AsObject()
                .Where(kv => (string?)kv.Value!["Type"] is "Task" or "Map").Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
            Console.WriteLine($"scale: {feedCount:N0} feeds on {LoopbackFeedHosts.Hosts} loopback hosts through {Path.GetFileName(definition)}{(until is null ? "" : $" up to and including {until}")} " +
                              $"(serial latency sum {hosts.LatencySumMs / 1000.0:N0}s); {Environment.ProcessorCount} cores");
            var results = new JsonArray();
            for (var r = 1; r <= runs; r++)
            {
                var runId = $"scale-{r}";
                var meter = new StageMeter();
                using var stopSampling = new CancellationTokenSource();
                var sampler = Task.Run(async () =>
                {
                    while (!stopSampling.IsCancellationRequested)
                    {
                        meter.Sample();
                        try { await Task.Delay(50, stopSampling.Token); } catch (OperationCanceledException) { }
                    }
                });
                var runner = LocalPipeline.CreateRunner(services, definition, e =>
                {
                    if (topLevel.Contains(e.State) && e.Type == "StateEntered") meter.Enter(e.State);
                    else if (topLevel.Contains(e.State) && e.Type == "StateExited") meter.Exit(e.State);
                    else if (e is { Type: "StateExited", State: "IngestShard" or "RecordShardFailure", Duration: { } d }) lock (meter.IngestChildSeconds) meter.IngestChildSeconds.Add(d.TotalSeconds);
                });
                var clock = Stopwatch.StartNew();
                var result = await runner.StartExecutionAsync(runId, new JsonObject { ["runId"] = runId, ["config"] = config });
                clock.Stop();
                await stopSampling.CancelAsync();
                await sampler;
                var report = await ReportAsync(services, runId, feedCount, result, meter, clock.Elapsed);
                if (until is not null) report["until"] = until;
                results.Add(report);
            }
            Console.WriteLine($"  served {hosts.ServedBytes / 1e6:N1} MB; process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB");
            if (outPath is not null) await MergeAsync(outPath, feedCount, results);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<JsonObject> ReportAsync(PipelineServices services, string runId, int feedCount, ExecutionResult result, StageMeter meter, TimeSpan wall)
    {
        if (!result.Succeeded) Console.WriteLine($"  FAIL: {runId} {result.Status}: {result.Error}: {result.Cause}");
        var counts = result.Output?["counts"];
        int Count(string name) => (int?)counts?[name] ?? 0;
        var paths = new RunPaths(runId);
        var outcomes = new List<FeedOutcome>();
        foreach (var key in await services.Blobs.ListAsync(paths.RawPrefix))
            if (key.EndsWith(".feeds.json", StringComparison.Ordinal))
                outcomes.AddRange(await services.Blobs.ReadRequiredJsonAsync<List<FeedOutcome>>(key));
        var byStatus = outcomes.GroupBy(o => o.Status).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
        // What each stage consumed: the funnel count entering it.
        var itemsIn = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["StartRun"] = feedCount, ["Ingest"] = feedCount, ["Filter"] = Count("items"), ["ScoreOnCpu"] = Count("afterAdDetection"),
            ["ScoreOnGpu"] = Count("afterAdDetection"), ["ScoreOnGpuArray"] = Count("afterAdDetection"), ["Select"] = Count("afterScoring"),
            ["Enhance"] = Count("selected"), ["Newsletter"] = Count("selected"), ["Export"] = Count("items"), ["Deliver"] = Count("selected"),
        };
        Console.WriteLine($"  {runId}: {result.Status} in {wall.TotalSeconds:N1}s wall; {outcomes.Count:N0}/{feedCount:N0} feeds recorded " +
                          $"[{string.Join(", ", byStatus.Select(kv => $"{kv.Key} {kv.Value:N0}"))}]; funnel {Count("items"):N0} items -> {Count("afterDedupe"):N0} deduped -> " +
                          $"{Count("afterAdDetection"):N0} candidates -> {Count("afterScoring"):N0} scored -> {Count("selected")} selected");
        if (outcomes.Count != feedCount) Console.WriteLine("  FAIL: some feeds have no recorded state");
        Console.WriteLine("    | stage | seconds | items in | items/s | peak heap MB | peak working set MB | peak live MB | live after MB | full GCs |");
        var stages = new JsonArray();
        foreach (var (stage, (seconds, heap, ws, live, retained, full)) in meter.Stages)
        {
            var n = itemsIn.GetValueOrDefault(stage);
            var rate = n > 0 && seconds > 0 ? n / seconds : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    | {stage} | {seconds:0.00} | {n:N0} | {rate:N0} | {heap / 1e6:N0} | {ws / 1e6:N0} | {live / 1e6:N0} | {retained / 1e6:N0} | {full} |"));
            stages.Add(new JsonObject
            {
                ["stage"] = stage, ["seconds"] = Math.Round(seconds, 3), ["itemsIn"] = n, ["itemsPerSecond"] = Math.Round(rate, 1),
                ["peakHeapMb"] = Math.Round(heap / 1e6, 1), ["peakWorkingSetMb"] = Math.Round(ws / 1e6, 1),
                ["peakLiveMb"] = Math.Round(live / 1e6, 1), ["liveAfterMb"] = Math.Round(retained / 1e6, 1), ["fullCollections"] = full,
            });
        }
        var childSeconds = meter.IngestChildSeconds.Sum();
        Console.WriteLine($"    Ingest: {meter.IngestChildSeconds.Count} child executions, {childSeconds:N0} child-seconds in all (what Lambda would bill), longest {meter.IngestChildSeconds.DefaultIfEmpty().Max():N1}s");
        return new JsonObject
        {
            ["run"] = runId, ["status"] = result.Status, ["wallSeconds"] = Math.Round(wall.TotalSeconds, 1),
            ["feedsRecorded"] = outcomes.Count, ["feedStatus"] = new JsonObject(byStatus.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
            ["counts"] = counts?.DeepClone(), ["ingestChildren"] = meter.IngestChildSeconds.Count, ["ingestChildSeconds"] = Math.Round(childSeconds, 1),
            ["stateTransitions"] = result.Events.Count(e => e.Type == "StateEntered"),
            ["stages"] = stages,
        };
    }

    /// <summary>Feeds in an OPML file (a YAML list of 100,000 URLs would be the config loader's bench, not this one's).</summary>
    private static async Task<string> WriteConfigAsync(string dir, LoopbackFeedHosts hosts)
    {
        var opml = new StringBuilder("<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>scale</title></head><body>\n");
        for (var i = 0; i < hosts.FeedCount; i++)
            opml.Append(CultureInfo.InvariantCulture, $"<outline type=\"rss\" text=\"Feed {i}\" xmlUrl=\"{SecurityElement.Escape(hosts.Url(i))}\"/>\n");
        opml.Append("</body></opml>\n");
        await File.WriteAllTextAsync(Path.Combine(dir, "feeds.opml"), opml.ToString());
        var config = Path.Combine(dir, "scale.yaml");
        // The fetch bench's fetch settings; content.min_length low enough for its short synthetic items;
        // the rules scorer (no model file) with its thresholds open, so every candidate reaches Select
        // and the bench measures the pipeline's throughput, not the encoder or editorial taste.
        await File.WriteAllTextAsync(config, """
            feeds: {opml: feeds.opml, shard_size: 100}
            fetch: {allow_private_hosts: [127.0.0.1], max_concurrency: 8, max_per_host: 2, retries: 1, timeout_seconds: 10}
            content: {min_length: 40, max_age_days: 0}
            scoring: {min_relevance: 0, min_quality: 0}
            """);
        return config;
    }

    /// <summary>The production definition, ended at one state: everything before it runs exactly as in a full run.</summary>
    private static async Task<string> TruncatedDefinitionAsync(string dir, string until)
    {
        var definition = JsonNode.Parse(await File.ReadAllTextAsync(DefinitionPath()))!.AsObject();
        var state = definition["States"]![until]?.AsObject() ?? throw new ArgumentException($"--until {until}: the definition has no state '{until}'");
        state.Remove("Next");
        state["End"] = true;
        var path = Path.Combine(dir, "until-" + until + ".asl.json");
        await File.WriteAllTextAsync(path, definition.ToJsonString());
        return path;
    }

    private static string DefinitionPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "statemachine", "pipeline.asl.json");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("statemachine/pipeline.asl.json not found above " + AppContext.BaseDirectory);
    }

    private static async Task MergeAsync(string outPath, int feedCount, JsonArray runs)
    {
        var root = File.Exists(outPath) ? JsonNode.Parse(await File.ReadAllTextAsync(outPath))!.AsObject() : new JsonObject();
        root["machine"] = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}";
        var scales = root["scales"] as JsonObject ?? new JsonObject();
        scales[feedCount.ToString(CultureInfo.InvariantCulture)] = new JsonObject
        {
            ["feeds"] = feedCount, ["measuredAt"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), ["runs"] = runs,
        };
        root["scales"] = new JsonObject(scales.OrderBy(kv => int.Parse(kv.Key, CultureInfo.InvariantCulture)).Select(kv => KeyValuePair.Create(kv.Key, kv.Value?.DeepClone())));
        await File.WriteAllTextAsync(outPath, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        Console.WriteLine($"  figures merged into {outPath}");
    }
}
