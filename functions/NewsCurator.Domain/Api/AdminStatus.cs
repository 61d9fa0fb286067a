using System.Diagnostics;

namespace NewsCurator.Api;

/// <summary>
/// /admin/status and /health/detailed: the last runs with durations, funnel and failures, whether
/// the database and the blob store answer (and how fast), the scoring model, feeds by health, and
/// LLM/GPU costs where stages reported them. Each check fails alone: a dead database still leaves
/// a status that says so.
/// </summary>
public sealed class AdminStatus(IRunReader runs, ReadApiOptions options)
{
    private const int RecentRuns = 10;
    /// <summary>Failures in a row after which a feed counts as failing rather than degraded.</summary>
    private const int FailingAfter = 3;
    private const string ProbeKey = "health/probe";

    public async Task<ApiResponse> HealthDetailedAsync(CancellationToken ct)
    {
        var database = await CheckDatabaseAsync(ct);
        var blobs = await CheckBlobStoreAsync(ct);
        var healthy = database.Reachable && blobs.Reachable != false;
        // Anyone may ask whether the service is healthy; where its data lives (a path, a bucket) is for /admin/status.
        return ApiResponse.Json(new { status = healthy ? "ok" : "degraded", database, blob_store = blobs with { Location = null } }, healthy ? 200 : 503);
    }

    public async Task<ApiResponse> StatusAsync(CancellationToken ct)
    {
        var database = await CheckDatabaseAsync(ct);
        var blobs = await CheckBlobStoreAsync(ct);
        if (!database.Reachable)
            return ApiResponse.Json(new { generated_at = DateTimeOffset.UtcNow, database, blob_store = blobs, runs = Array.Empty<object>() });

        var recent = (await runs.RecentRunsAsync(RecentRuns, ct)).Select(ApiRows.Normalize).ToList();
        var runsOut = recent.Select(r => new Dictionary<string, object?>
        {
            ["run_id"] = r["run_id"], ["status"] = r["status"], ["started_at"] = r["started_at"], ["completed_at"] = r["completed_at"],
            ["processing_time_seconds"] = r["processing_time_seconds"], ["funnel"] = ReadApi.Funnel(r),
            ["failed_feeds"] = r["failed_feeds"], ["error_stage"] = r["error_stage"], ["error_message"] = r["error_message"],
            ["scoring_model"] = r["scoring_model"], ["costs"] = Costs(r),
        }).ToList();
        var counts = await runs.RunCountsAsync(ct);
        var lastFailure = await runs.LastFailedRunAsync(ct);
        var model = recent.Select(r => r["scoring_model"] as string).FirstOrDefault(m => m is not null);
        var feeds = await runs.FeedHealthSummaryAsync(ct);
        object FeedList(IEnumerable<FeedHealth> list)
            => list.Select(f => new { feed_url = f.FeedUrl, title = f.Title, consecutive_failures = f.Failures, last_error = f.LastError, last_success_at = f.LastSuccessAt }).ToList();

        var costs = runsOut.Select(r => r["costs"]).OfType<Dictionary<string, object?>>().ToList();
        return ApiResponse.Json(new
        {
            generated_at = DateTimeOffset.UtcNow,
            database,
            blob_store = blobs,
            model = model is null ? null : new { name = ModelName(model), version = ModelVersion(model), scorer = model },
            runs = runsOut,
            run_counts = counts,
            last_failure = lastFailure is null ? null : ApiRows.Normalize(lastFailure),
            feeds = new
            {
                total = feeds.Count,
                healthy = feeds.Count(f => f.Failures == 0),
                degraded = FeedList(feeds.Where(f => f.Failures is > 0 and < FailingAfter)),
                failing = FeedList(feeds.Where(f => f.Failures >= FailingAfter)),
            },
            // Summed over the runs shown, only where some run reported them.
            costs = costs.Count == 0 ? null : new
            {
                runs = costs.Count,
                llm_cost_usd = Sum(costs, "llm_cost_usd"),
                gpu_seconds = Sum(costs, "gpu_seconds"),
                gpu_cost_usd = Sum(costs, "gpu_cost_usd"),
            },
        });
    }

    private static Dictionary<string, object?>? Costs(IDictionary<string, object?> run)
    {
        var present = new[] { "llm_cost_usd", "gpu_seconds", "gpu_cost_usd" }.Where(k => run[k] is not null).ToDictionary(k => k, k => run[k]);
        return present.Count == 0 ? null : present;
    }

    private static double? Sum(List<Dictionary<string, object?>> costs, string key)
    {
        var values = costs.Where(c => c.TryGetValue(key, out var v) && v is not null).Select(c => Convert.ToDouble(c[key], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return values.Count == 0 ? null : Math.Round(values.Sum(), 4);
    }

    /// <summary>"neural-2026.11.1" is model neural, version 2026.11.1; "rules-v1" is rules, v1.</summary>
    private static string ModelName(string scorer) => scorer.Split('-', 2)[0];

    private static string? ModelVersion(string scorer) => scorer.Split('-', 2) is [_, var version] ? version : null;

    public sealed record Check(bool Reachable, double? LatencyMs, string Kind, string? Error);

    public sealed record BlobCheck(bool? Reachable, double? LatencyMs, string? Location, string? Error);

    private async Task<Check> CheckDatabaseAsync(CancellationToken ct)
    {
        var kind = runs.Description.Split(':')[0];
        var watch = Stopwatch.StartNew();
        try
        {
            await runs.PingAsync(ct);
            return new Check(true, Math.Round(watch.Elapsed.TotalMilliseconds, 1), kind, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception type only: messages can carry hosts and user names.
            return new Check(false, null, kind, ex.GetType().Name);
        }
    }

    private async Task<BlobCheck> CheckBlobStoreAsync(CancellationToken ct)
    {
        if (options.Blobs is not { } blobs) return new BlobCheck(null, null, null, "not configured for this host");
        var watch = Stopwatch.StartNew();
        try
        {
            // A read of a key that need not exist: one round trip, no listing of a large bucket.
            await blobs.ReadAsync(ProbeKey, ct);
            return new BlobCheck(true, Math.Round(watch.Elapsed.TotalMilliseconds, 1), blobs.Describe("runs/"), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new BlobCheck(false, null, null, ex.GetType().Name);
        }
    }
}
