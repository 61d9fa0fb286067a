using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsCurator.Functions;
using NewsCurator.Runs;
using NewsCurator.Scoring;
using NewsCurator.StateMachine;
using NewsCurator.Storage;

namespace NewsCurator.Cli;

/// <summary>
/// The embedded orchestrator: the production state-machine file, its ${...} placeholders bound to
/// the very Lambda handlers AWS would invoke (called through Handle(Stream) with the same JSON),
/// and the Batch scoring task bound to the container's entrypoint, run in-process.
/// </summary>
public static class LocalPipeline
{
    private const string LambdaPrefix = "arn:aws:lambda:local:000000000000:function:newscurator-";
    public const string BatchSubmitJobSync = "arn:aws:states:::batch:submitJob.sync";

    public static readonly IReadOnlyDictionary<string, string> Substitutions = new Dictionary<string, string>
    {
        ["MigrateFunctionArn"] = LambdaPrefix + "migrate",
        ["StartRunFunctionArn"] = LambdaPrefix + "start-run",
        ["IngestFunctionArn"] = LambdaPrefix + "ingest",
        ["FilterFunctionArn"] = LambdaPrefix + "filter",
        ["ScoreFunctionArn"] = LambdaPrefix + "score",
        ["SelectFunctionArn"] = LambdaPrefix + "select",
        ["EnhanceFunctionArn"] = LambdaPrefix + "enhance",
        ["NewsletterFunctionArn"] = LambdaPrefix + "newsletter",
        ["ExportFunctionArn"] = LambdaPrefix + "export",
        ["DeliverFunctionArn"] = LambdaPrefix + "deliver",
        ["MarkRunFailedFunctionArn"] = LambdaPrefix + "mark-run-failed",
        ["GpuJobQueueArn"] = "arn:aws:batch:local:000000000000:job-queue/newscurator-gpu",
        ["ScoringJobDefinitionArn"] = "arn:aws:batch:local:000000000000:job-definition/newscurator-score",
        ["ArtifactsBucketName"] = LocalBucket,
    };

    /// <summary>The bucket name the definition's Distributed Map uses locally: the run's blob store.</summary>
    public const string LocalBucket = "newscurator-local-artifacts";

    public static string DefaultDefinitionPath => Path.Combine(AppContext.BaseDirectory, "statemachine", "pipeline.asl.json");

    public static Dictionary<string, TaskHandler> Resources(PipelineServices services) => new()
    {
        [Substitutions["MigrateFunctionArn"]] = Lambda(new MigrateHandler(services)),
        [Substitutions["StartRunFunctionArn"]] = Lambda(new StartRunHandler(services)),
        [Substitutions["IngestFunctionArn"]] = Lambda(new IngestHandler(services)),
        [Substitutions["FilterFunctionArn"]] = Lambda(new FilterHandler(services)),
        [Substitutions["ScoreFunctionArn"]] = Lambda(new ScoreHandler(services)),
        [Substitutions["SelectFunctionArn"]] = Lambda(new SelectHandler(services)),
        [Substitutions["EnhanceFunctionArn"]] = Lambda(new EnhanceHandler(services)),
        [Substitutions["NewsletterFunctionArn"]] = Lambda(new NewsletterHandler(services)),
        [Substitutions["ExportFunctionArn"]] = Lambda(new ExportHandler(services)),
        [Substitutions["DeliverFunctionArn"]] = Lambda(new DeliverHandler(services)),
        [Substitutions["MarkRunFailedFunctionArn"]] = Lambda(new MarkRunFailedHandler(services)),
        [BatchSubmitJobSync] = BatchJob(services),
    };

    public static LocalRunner CreateRunner(PipelineServices services, string? definitionPath = null,
        Action<ExecutionEvent>? onEvent = null, Func<TimeSpan, CancellationToken, Task>? delay = null,
        IDictionary<string, TaskHandler>? overrides = null)
    {
        var text = File.ReadAllText(definitionPath ?? DefaultDefinitionPath);
        var definition = Definition.Parse(Definition.Substitute(text, Substitutions));
        var resources = Resources(services);
        foreach (var (resource, handler) in overrides ?? new Dictionary<string, TaskHandler>()) resources[resource] = handler;
        return new LocalRunner(definition, resources, delay, onEvent, "newscurator-pipeline", new BlobMapRunStorage(services.Blobs, LocalBucket));
    }

    /// <summary>Invokes a handler exactly as Lambda does: JSON bytes in, JSON bytes out.</summary>
    public static TaskHandler Lambda<TIn, TOut>(LambdaHandler<TIn, TOut> handler) => async (input, _, ct) =>
    {
        using var payload = new MemoryStream(Encoding.UTF8.GetBytes(input?.ToJsonString() ?? "null"));
        await using var result = await handler.Handle(payload);
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
