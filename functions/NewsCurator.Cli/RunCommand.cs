using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.StateMachine;
using NewsCurator.Storage;

namespace NewsCurator.Cli;

/// <summary>`run`: the whole pipeline on one machine through the production state-machine definition.</summary>
public static class RunCommand
{
    public static async Task<int> ExecuteAsync(string outDirectory, string configPath, string? runId, bool quiet, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        // A bad config stops the run before it starts: nothing is created, the message names the key.
        try
        {
            StartRunStage.ResolveFeeds(ConfigLoader.Load(configPath), configPath);
        }
        catch (ConfigurationException ex)
        {
            await stderr.WriteLineAsync(ex.Message);
            return 2;
        }

        runId ??= $"run-{DateTime.UtcNow:yyyyMMdd-HHmmss}";
        try
        {
            RunPaths.ValidateRunId(runId);
        }
        catch (ArgumentException ex)
        {
            await stderr.WriteLineAsync($"--run-id: {ex.Message}");
            return 2;
        }

        RunLease? lease = null, folder = null;
        try
        {
            lease = RunLease.TryAcquire(outDirectory, runId);
            folder = lease is null ? null : RunLease.TryAcquireFolder(outDirectory);
        }
        catch (RunLeaseException ex)
        {
            lease?.Dispose();
            await stderr.WriteLineAsync(ex.Message);
            return 2;
        }
        using var heldLease = lease;
        using var heldFolder = folder;
        if (lease is null)
        {
            await stderr.WriteLineAsync($"run {runId} is already running on {Path.GetFullPath(outDirectory)} (another process holds {RunLease.PathFor(outDirectory, runId)}); wait for it to finish or pass another --run-id");
            return 3;
        }
        if (folder is null)
        {
            await stderr.WriteLineAsync($"another run is in progress on {Path.GetFullPath(outDirectory)} (it holds {RunLease.FolderPathFor(outDirectory)}); " +
                "runs on one output folder go one at a time, so no story goes out in two issues: wait for it to finish or pass another --out");
            return 3;
        }

        var services = LocalServices.Create(outDirectory);
        // This process holds the folder: a run lease in its store is one a killed process left, which would hold this run back.
        foreach (var abandoned in await ActiveRuns.ClearAsync(services.Blobs, ct))
        {
            if (abandoned == runId) continue;
            await stderr.WriteLineAsync($"note: run {abandoned} ended without finishing (its process was stopped); its lease is cleared");
            // Its row said "running" for ever, in /runs and /admin/status (hostile-input audit 30, H8).
            try
            {
                await services.Runs.RecordRunAbandonedAsync(abandoned, $"stopped without finishing (its process ended); its lease was cleared by run {runId}", DateTimeOffset.UtcNow, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await stderr.WriteLineAsync($"note: run {abandoned} could not be marked failed in {services.Runs.Description} ({ex.Message})");
            }
        }
        var clock = Stopwatch.StartNew();
        var progress = new ProgressPrinter(stdout, quiet);
        var runner = LocalPipeline.CreateRunner(services, onEvent: progress.OnEvent, shardConcurrency: LocalPipeline.HostShardConcurrency);
        await stdout.WriteLineAsync($"newscurator: run {runId} (config {configPath}, output {Path.GetFullPath(outDirectory)})");
        var input = new JsonObject { ["runId"] = runId, ["config"] = Path.GetFullPath(configPath) };
        var result = await runner.StartExecutionAsync(runId, input, ct);
        clock.Stop();

        if (!result.Succeeded)
        {
            await stderr.WriteLineAsync($"run {runId} FAILED: {result.Error}: {ReadableCause(result.Cause)}");
            if (await services.Blobs.ReadAsync(new RunPaths(runId).Failure, ct) is not null)
                await stderr.WriteLineAsync($"  details: {services.Blobs.Describe(new RunPaths(runId).Failure)}");
            return 1;
        }
        var context = result.Output.Deserialize<RunContext>(Json.Options)!;
        var paths = new RunPaths(runId);
        var c = context.Counts;
        await stdout.WriteLineAsync($"""

            Newsletter ({c.Selected} stories):
              html: {services.Blobs.Describe(paths.NewsletterHtml)}
              text: {services.Blobs.Describe(paths.NewsletterText)}
              rows: {services.Runs.Description}
              why each item is in or out: {services.Blobs.Describe(paths.Export("decisions.jsonl"))}

            Funnel:
              feeds                 {c.Feeds,6}  ({c.FeedsFailed} failed, see feed_statistics)
              items                 {c.Items,6}
              after dedupe          {c.AfterDedupe,6}
              after content filter  {c.AfterContentFilter,6}
              after ad detection    {c.AfterAdDetection,6}
              after scoring         {c.AfterScoring,6}
              selected              {c.Selected,6}
            """);
        foreach (var line in FeedsThatLostTheirItems(await services.Blobs.ReadAsync(paths.Export("analytics.json"), ct)))
            await stdout.WriteLineAsync(line);
        await stdout.WriteLineAsync($"""

            Finished in {clock.Elapsed.TotalSeconds:0.0}s.
            """);
        return 0;
    }

    /// <summary>At most this many feeds are named on the console; the rest are counted.</summary>
    private const int MaxFeedsNamed = 5;

    /// <summary>
    /// The feeds that lost all or most of their items to a content rule, each with the warning that names the rule and its
    /// remedy (<see cref="Ingest.FeedWarnings.IsLostToContentRules"/>). The console said "0 failed" under a 3-story issue
    /// while four feeds had lost every story, or most, to content.min_length, and only analytics.json said so (held-out
    /// review 95, F3). The analytics file stays the full record; none is printed where it was not exported.
    /// </summary>
    public static IEnumerable<string> FeedsThatLostTheirItems(byte[]? analytics)
    {
        if (analytics is null) yield break;
        List<(string Feed, string Warning)> lost = [];
        try
        {
            using var document = JsonDocument.Parse(analytics);
            if (!document.RootElement.TryGetProperty("feeds", out var feeds) || feeds.ValueKind != JsonValueKind.Array) yield break;
            foreach (var feed in feeds.EnumerateArray())
            {
                if (!feed.TryGetProperty("warnings", out var warnings) || warnings.ValueKind != JsonValueKind.Array) continue;
                var name = feed.TryGetProperty("feedName", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "?";
                lost.AddRange(warnings.EnumerateArray().Where(w => w.ValueKind == JsonValueKind.String && global::NewsCurator.Ingest.FeedWarnings.IsLostToContentRules(w.GetString()!))
                    .Select(w => (name, w.GetString()!)));
            }
        }
        catch (JsonException)
        {
            yield break;
        }
        if (lost.Count == 0) yield break;
        yield return "";
        yield return $"Feeds that lost all or most of their items ({lost.Count}; see feeds in analytics.json):";
        foreach (var (feed, warning) in lost.Take(MaxFeedsNamed)) yield return $"  {feed}: {warning}";
        if (lost.Count > MaxFeedsNamed) yield return $"  and {lost.Count - MaxFeedsNamed} more";
    }

    private sealed class ProgressPrinter(TextWriter stdout, bool quiet)
    {
        private static readonly HashSet<string> Iterations = ["IngestShard", "EnhanceArticle"];
        private int _shards;
        private int _articles;

        public void OnEvent(ExecutionEvent e)
        {
            if (quiet) return;
            lock (this)
            {
                switch (e.Type)
                {
                    case "StateExited" when e.State == "IngestShard":
                        stdout.WriteLine($"  Ingest: shard {++_shards} done ({e.Duration?.TotalSeconds:0.0}s)");
                        break;
                    case "StateExited" when e.State == "EnhanceArticle":
                        _articles++;
                        break;
                    case "StateExited" when !Iterations.Contains(e.State):
                        var extra = e.State == "Enhance" ? $" ({_articles} articles)" : "";
                        stdout.WriteLine($"  {e.State,-14} done in {e.Duration?.TotalSeconds:0.00}s{extra}");
                        break;
                    case "StateRetried" or "StateCaught":
                        stdout.WriteLine($"  {e.State}: {e.Type[5..].ToLowerInvariant()} {e.Detail}");
                        break;
                }
            }
        }
    }

    /// <summary>A cause as a person reads it: a task's error as the state machine carries it (Lambda's {"errorMessage": ...}) is its message.</summary>
    private static string? ReadableCause(string? cause)
    {
        if (cause is null || !cause.StartsWith('{')) return cause;
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(cause);
            return json.RootElement.TryGetProperty("errorMessage", out var message) && message.ValueKind == System.Text.Json.JsonValueKind.String ? message.GetString() : cause;
        }
        catch (System.Text.Json.JsonException)
        {
            return cause;
        }
    }
}
