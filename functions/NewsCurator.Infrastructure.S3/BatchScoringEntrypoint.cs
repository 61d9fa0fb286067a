using NewsCurator.Storage;
using NewsCurator.Runs;
using NewsCurator.Scoring;

namespace NewsCurator.Infrastructure.S3;

/// <summary>
/// The Batch job's entrypoint, shared by the container and the local runner. Locations come from
/// environment variables: RUN_ID (with NEWSCURATOR_BLOB: the run's candidates and scores), or
/// INPUT_URI and OUTPUT_URI (s3://bucket/key or file:///path) to score any file. Everything is
/// checked before work starts; the output is written whole or not at all.
/// </summary>
public static class BatchScoringEntrypoint
{
    public static async Task<int> RunAsync(Func<string, string?> env, TextWriter log, IArticleScorer? scorer = null,
        IBlobStore? defaultStore = null, CancellationToken ct = default)
    {
        try
        {
            var (input, inputKey, output, outputKey) = ResolveLocations(env, defaultStore);
            var partition = Partition(env);
            if (partition is { } share && env("RUN_ID") is { } partitionedRun) outputKey = new RunPaths(partitionedRun).ScoresPartition(share.Index);
            // Checked before any work; the job then streams the input in batches.
            await using (var probe = await input.OpenReadAsync(inputKey, ct))
            {
                if (probe is null)
                {
                    await log.WriteLineAsync($"score: input '{input.Describe(inputKey)}' does not exist; check RUN_ID / INPUT_URI");
                    return 2;
                }
            }
            var clock = System.Diagnostics.Stopwatch.StartNew();
            scorer ??= new RulesScorer();
            var report = await new ScoringJob(scorer).RunAsync(input, inputKey, output, outputKey, partition, ct);
            await log.WriteLineAsync($"score: {report.Items} items scored by {report.Scorer} in {report.Seconds:0.00}s ({report.ItemsPerSecond:0} items/s) -> {output.Describe(outputKey)}");
            // The job's seconds for the run's cost estimate (Runs/RunCost.cs); the instance's boot is not seen from inside, so this is a floor.
            if (env("RUN_ID") is { } costRunId)
            {
                var seconds = Math.Round(clock.Elapsed.TotalSeconds, 3);
                await output.WriteJsonAsync(new RunPaths(costRunId).Cost($"score-batch-{env("AWS_BATCH_JOB_ARRAY_INDEX") ?? "0"}"),
                    new StageCost(GpuSeconds: seconds, GpuCostUsd: Math.Round(seconds / 3600 * AwsPrices.GpuSpotHour, 6)), ct);
            }
            return 0;
        }
        catch (Configuration.ConfigurationException ex)
        {
            await log.WriteLineAsync($"score: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or System.Text.Json.JsonException or Amazon.S3.AmazonS3Exception)
        {
            await log.WriteLineAsync($"score: failed: {ex.GetType().Name}: {ex.Message}");
            return 1;
        }
    }

    /// <summary>
    /// An array job's child scores its share (SCORING_PARTITIONS children, this one AWS_BATCH_JOB_ARRAY_INDEX, which
    /// Batch sets) into its own partition file; a single job (no or one partition) scores everything.
    /// </summary>
    private static ScoringPartition? Partition(Func<string, string?> env)
    {
        if (env("SCORING_PARTITIONS") is not { } text) return null;
        if (!int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var count) || count < 1)
            throw new Configuration.ConfigurationException($"SCORING_PARTITIONS '{text}' must be a whole number of at least 1");
        if (count == 1) return null;
        if (env("RUN_ID") is null) throw new Configuration.ConfigurationException("SCORING_PARTITIONS needs RUN_ID: partitions are a run's (INPUT_URI/OUTPUT_URI score one file whole)");
        var indexText = env("AWS_BATCH_JOB_ARRAY_INDEX");
        if (!int.TryParse(indexText, System.Globalization.CultureInfo.InvariantCulture, out var index) || index < 0 || index >= count)
            throw new Configuration.ConfigurationException($"AWS_BATCH_JOB_ARRAY_INDEX '{indexText}' must be 0-{count - 1} for SCORING_PARTITIONS {count} (Batch sets it in an array job's children)");
        return new ScoringPartition(index, count);
    }

    private static (IBlobStore Input, string InputKey, IBlobStore Output, string OutputKey) ResolveLocations(Func<string, string?> env, IBlobStore? defaultStore)
    {
        var inputUri = env("INPUT_URI");
        var outputUri = env("OUTPUT_URI");
        if (inputUri is not null || outputUri is not null)
        {
            if (inputUri is null || outputUri is null)
                throw new Configuration.ConfigurationException("set both INPUT_URI and OUTPUT_URI, or neither (and RUN_ID)");
            var (inStore, inKey) = Open(inputUri, env);
            var (outStore, outKey) = Open(outputUri, env);
            return (inStore, inKey, outStore, outKey);
        }
        var runId = env("RUN_ID") ?? throw new Configuration.ConfigurationException("RUN_ID is not set (or set INPUT_URI and OUTPUT_URI)");
        var paths = new RunPaths(RunPaths.ValidateRunId(runId));
        var store = env(BlobStores.BlobVariable) is { } location
            ? BlobStores.Create(location, env)
            : defaultStore ?? throw new Configuration.ConfigurationException($"{BlobStores.BlobVariable} is not set: it says where the run's artifacts live");
        return (store, paths.Candidates, store, paths.Scores);
    }

    /// <summary>s3://bucket/a/b.jsonl or file:///dir/b.jsonl (or a plain path) as a store and a key in it.</summary>
    public static (IBlobStore Store, string Key) Open(string uri, Func<string, string?> env)
    {
        if (uri.StartsWith("s3://", StringComparison.OrdinalIgnoreCase))
        {
            var rest = uri["s3://".Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || slash == rest.Length - 1) throw new Configuration.ConfigurationException($"'{uri}' must be s3://BUCKET/KEY");
            return (BlobStores.Create("s3://" + rest[..slash], env), rest[(slash + 1)..]);
        }
        var path = uri.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? new Uri(uri).LocalPath : Path.GetFullPath(uri);
        return (new FileBlobStore(Path.GetDirectoryName(path)!), Path.GetFileName(path));
    }
}
