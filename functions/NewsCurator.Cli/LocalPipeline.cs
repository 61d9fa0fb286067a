using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsCurator.Functions;
using NewsCurator.Infrastructure.S3;
using NewsCurator.Runs;
using NewsCurator.Scoring;
using NewsCurator.StateMachine;
using NewsCurator.Storage;
using NewsCurator.Wiring;

namespace NewsCurator.Cli;

/// <summary>
/// The embedded orchestrator: the production state-machine file, its ${...} placeholders bound (through
/// the wiring table the CDK app reads too, <see cref="PipelineWiring"/>) to the very Lambda handlers AWS
/// would invoke, called with the same JSON, and the Batch scoring task bound to the container's
/// entrypoint, run in-process.
/// </summary>
public static class LocalPipeline
{
    private const string LambdaPrefix = "arn:aws:lambda:local:000000000000:function:newscurator-";
    public const string BatchSubmitJobSync = "arn:aws:states:::batch:submitJob.sync";

    /// <summary>Every ${...} placeholder of the ASL file: one per row of the wiring table, and the Batch scoring task's two.</summary>
    public static readonly IReadOnlyDictionary<string, string> Substitutions = new Dictionary<string, string>(
        PipelineWiring.Functions.Select(f => KeyValuePair.Create(f.Placeholder!, LambdaPrefix + Kebab(f.Name))))
    {
        [PipelineWiring.GpuJobQueuePlaceholder] = "arn:aws:batch:local:000000000000:job-queue/newscurator-gpu",
        [PipelineWiring.ScoringJobDefinitionPlaceholder] = "arn:aws:batch:local:000000000000:job-definition/newscurator-score",
        [PipelineWiring.ArtifactsBucketPlaceholder] = LocalBucket,
    };

    /// <summary>The bucket name the definition's Distributed Map uses locally: the run's blob store.</summary>
    public const string LocalBucket = "newscurator-local-artifacts";

    public static string DefaultDefinitionPath => Path.Combine(AppContext.BaseDirectory, "statemachine", "pipeline.asl.json");

    /// <summary>Each placeholder's function as Lambda would load it, and the Batch scoring task.</summary>
    public static Dictionary<string, TaskHandler> Resources(PipelineServices services)
    {
        var resources = PipelineWiring.Functions.ToDictionary(f => Substitutions[f.Placeholder!], f => Lambda(Handler(f, services)));
        resources[BatchSubmitJobSync] = BatchJob(services);
        return resources;
    }

    /// <summary>
    /// The handler class the row names, found by name in the Functions assembly as Lambda's runtime finds
    /// it, over the local adapters with only the blob keys the row grants.
    /// </summary>
    public static Func<Stream, CancellationToken, Task<Stream>> Handler(FunctionWiring function, PipelineServices services)
    {
        var type = typeof(MigrateHandler).Assembly.GetType($"{PipelineWiring.FunctionsAssembly}.{function.HandlerClass}")
            ?? throw new InvalidOperationException($"{function.LambdaHandler}: no class {function.HandlerClass} in {PipelineWiring.FunctionsAssembly}");
        var granted = services with { Blobs = new GrantedBlobStore(services.Blobs, function) };
        var handler = Activator.CreateInstance(type, granted)
            ?? throw new InvalidOperationException($"{function.HandlerClass} has no constructor taking {nameof(PipelineServices)}");
        var invoke = type.GetMethod("InvokeAsync", [typeof(Stream), typeof(CancellationToken)])
            ?? throw new InvalidOperationException($"{function.HandlerClass} is not a LambdaHandler (no InvokeAsync(Stream, CancellationToken))");
        return invoke.CreateDelegate<Func<Stream, CancellationToken, Task<Stream>>>(handler);
    }

    private static string Kebab(string pascal)
        => string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>
    /// Ingest shards read at once by `run` in one process. On AWS each shard is its own Lambda; here 75 shards at once (600
    /// feeds) shared two cores and held all their feeds' items together: 650 MB at 20,000 items (scale audit 27, S4).
    /// Sixteen per core leaves room for shards waiting on the network (each reads up to fetch.max_concurrency feeds at
    /// once, and the slowest sets its time) and bounds memory past a few hundred feeds. The runner takes the smaller of this
    /// and the definition's MaxConcurrency (100), so a machine of seven cores or more runs as AWS would.
    /// </summary>
    public static readonly int HostShardConcurrency = 16 * Environment.ProcessorCount;

    /// <param name="shardConcurrency">The most Distributed Map children at once (null: the definition's MaxConcurrency, as on
    /// AWS, which the scale bench models).</param>
    public static LocalRunner CreateRunner(PipelineServices services, string? definitionPath = null,
        Action<ExecutionEvent>? onEvent = null, Func<TimeSpan, CancellationToken, Task>? delay = null,
        IDictionary<string, TaskHandler>? overrides = null, int? shardConcurrency = null)
    {
        var text = File.ReadAllText(definitionPath ?? DefaultDefinitionPath);
        var definition = Definition.Parse(Definition.Substitute(text, Substitutions));
        var resources = Resources(services);
        foreach (var (resource, handler) in overrides ?? new Dictionary<string, TaskHandler>()) resources[resource] = handler;
        return new LocalRunner(definition, resources, delay, onEvent, "newscurator-pipeline", new BlobMapRunStorage(services.Blobs, LocalBucket),
            shardConcurrency);
    }

    /// <summary>Invokes a handler exactly as Lambda does: JSON bytes in, JSON bytes out (the runner's cancellation instead of Lambda's deadline).</summary>
    public static TaskHandler Lambda<TIn, TOut>(LambdaHandler<TIn, TOut> handler) => Lambda(handler.InvokeAsync);

    public static TaskHandler Lambda(Func<Stream, CancellationToken, Task<Stream>> invoke) => async (input, _, ct) =>
    {
        using var payload = new MemoryStream(Encoding.UTF8.GetBytes(input?.ToJsonString() ?? "null"));
        await using var result = await invoke(payload, ct);
        return await JsonNode.ParseAsync(result, cancellationToken: ct);
    };

    /// <summary>
    /// batch:submitJob.sync, locally: the job's environment overrides drive the scoring entrypoint in-process.
    /// An array job (ArrayProperties.Size, 2 to 10,000 as Batch requires) runs its children one after
    /// another, each with AWS_BATCH_JOB_ARRAY_INDEX set as Batch sets it; the job fails if any child does.
    /// </summary>
    private static TaskHandler BatchJob(PipelineServices services) => async (input, invocation, ct) =>
    {
        var size = input?["ArrayProperties"]?["Size"] is JsonNode sizeNode ? (int)sizeNode : (int?)null;
        if (size is < 2 or > 10_000)
            throw new StatesError("Batch.ClientException", $"ArrayProperties.Size {size} is out of range: an array job has 2 to 10,000 children");
        var jobName = (string?)input?["JobName"] ?? "score";
        var logs = new List<string>();
        foreach (var index in size is { } n ? Enumerable.Range(0, n).Select(i => (int?)i) : [null])
            logs.Add(await RunBatchChildAsync(services, input, index, jobName, ct));
        var output = new JsonObject { ["JobName"] = jobName, ["JobId"] = Guid.NewGuid().ToString(), ["Status"] = "SUCCEEDED", ["StatusReason"] = string.Join("\n", logs) };
        if (size is { } count)
            output["ArrayProperties"] = new JsonObject { ["Size"] = count, ["StatusSummary"] = new JsonObject { ["SUCCEEDED"] = count, ["FAILED"] = 0 } };
        return output;
    };

    private static async Task<string> RunBatchChildAsync(PipelineServices services, JsonNode? input, int? arrayIndex, string jobName, CancellationToken ct)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (arrayIndex is { } i) environment["AWS_BATCH_JOB_ARRAY_INDEX"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var entry in input?["ContainerOverrides"]?["Environment"]?.AsArray() ?? [])
            environment[(string)entry!["Name"]!] = (string?)entry["Value"];
        using var log = new StringWriter();
        // The container would load its bundled model; locally the run's own config says which model.
        var scorer = services.Scorer;
        if (environment.GetValueOrDefault("RUN_ID") is { } runId
            && await services.Blobs.ReadJsonAsync<NewsCurator.Configuration.PipelineConfig>(new RunPaths(runId).Config, ct) is { } config)
            scorer = ScorerFactory.ForConfig(config, services.Scorer);
        var exit = await BatchScoringEntrypoint.RunAsync(name => environment.GetValueOrDefault(name), log, scorer, services.Blobs, ct);
        var child = arrayIndex is { } index ? $"{jobName}:{index}" : jobName;
        if (exit != 0)
            throw new StatesError(StatesError.TaskFailed, JsonSerializer.Serialize(new { JobName = child, Status = "FAILED", StatusReason = $"Essential container in task exited with code {exit}", Log = log.ToString() }));
        return log.ToString().Trim();
    }
}
