using System.Text.Json.Nodes;
using NewsCurator.Enhance;
using NewsCurator.Export;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Newsletter;
using NewsCurator.Runs;
using NewsCurator.Select;
using NewsCurator.Storage;

namespace NewsCurator.Functions;

// One handler per Task state of statemachine/pipeline.asl.json. Each is a screen long on purpose:
// parsing the event and calling the domain library is all a handler does.

/// <summary>Migrate ignores its input (the run's start request, passed on unchanged by ResultPath null).</summary>
public sealed class MigrateHandler : LambdaHandler<JsonObject, MigrationResult>
{
    public MigrateHandler() { }
    public MigrateHandler(PipelineServices services) : base(services) { }

    public override Task<MigrationResult> HandleAsync(JsonObject input, CancellationToken ct) => new MigrateStage(Services).RunAsync(ct);

    protected override JsonObject Details(JsonObject input, MigrationResult output) => new() { ["roles"] = output.Roles.Count };
}

public sealed record StartRunInput(StartRunRequest? Request, string? ExecutionName);

public sealed class StartRunHandler : LambdaHandler<StartRunInput, RunContext>
{
    public StartRunHandler() { }
    public StartRunHandler(PipelineServices services) : base(services) { }

    public override Task<RunContext> HandleAsync(StartRunInput input, CancellationToken ct)
        => new StartRunStage(Services).RunAsync((input.Request ?? new StartRunRequest()) with { ExecutionName = input.ExecutionName }, ct);

    protected override string? RunIdOf(StartRunInput input) => input.Request?.RunId ?? input.ExecutionName;

    protected override StageItems Items(StartRunInput input, RunContext output) => new(output.Counts.Feeds, output.ShardCount);
}

/// <summary>A shard to ingest; with Failure (what the child's Catch caught), the shard's feeds are recorded as failed instead.</summary>
public sealed record IngestInput(string RunId, string Shard, CaughtError? Failure = null);

public sealed class IngestHandler : LambdaHandler<IngestInput, ShardSummary>
{
    public IngestHandler() { }
    public IngestHandler(PipelineServices services) : base(services) { }

    public override Task<ShardSummary> HandleAsync(IngestInput input, CancellationToken ct)
        => input.Failure is { } failure
            ? new IngestStage(Services).RecordShardFailureAsync(input.RunId, input.Shard, failure, ct)
            : new IngestStage(Services).RunShardAsync(input.RunId, input.Shard, ct);

    protected override StageItems Items(IngestInput input, ShardSummary output) => new(output.Feeds, output.Items, output.FeedsFailed);

    protected override JsonObject Details(IngestInput input, ShardSummary output) => new() { ["shard"] = output.Shard };
}

public sealed class FilterHandler : LambdaHandler<RunContext, RunContext>
{
    public FilterHandler() { }
    public FilterHandler(PipelineServices services) : base(services) { }

    public override Task<RunContext> HandleAsync(RunContext input, CancellationToken ct) => new FilterStage(Services).RunAsync(input, ct);

    protected override StageItems Items(RunContext input, RunContext output) => new(output.Counts.Items, output.Counts.AfterAdDetection);
}

public sealed class ScoreHandler : LambdaHandler<RunContext, RunContext>
{
    public ScoreHandler() { }
    public ScoreHandler(PipelineServices services) : base(services) { }

    public override Task<RunContext> HandleAsync(RunContext input, CancellationToken ct) => new ScoreStage(Services).RunAsync(input, ct);

    protected override StageItems Items(RunContext input, RunContext output) => new(output.Counts.AfterAdDetection, output.Counts.AfterScoring);
}

public sealed class SelectHandler : LambdaHandler<RunContext, RunContext>
{
    public SelectHandler() { }
    public SelectHandler(PipelineServices services) : base(services) { }

    public override Task<RunContext> HandleAsync(RunContext input, CancellationToken ct) => new SelectStage(Services).RunAsync(input, ct);

    protected override StageItems Items(RunContext input, RunContext output) => new(output.Counts.AfterScoring, output.Selected.Count);
}

public sealed record EnhanceInput(string RunId, string ArticleId);

public sealed record EnhanceOutput(string ArticleId, string Key);

public sealed class EnhanceHandler : LambdaHandler<EnhanceInput, EnhanceOutput>
{
    public EnhanceHandler() { }
    public EnhanceHandler(PipelineServices services) : base(services) { }

    public override async Task<EnhanceOutput> HandleAsync(EnhanceInput input, CancellationToken ct)
        => new(input.ArticleId, await new EnhanceStage(Services).RunArticleAsync(input.RunId, input.ArticleId, ct));

    protected override StageItems Items(EnhanceInput input, EnhanceOutput output) => new(1, 1);

    protected override JsonObject Details(EnhanceInput input, EnhanceOutput output) => new() { ["articleId"] = output.ArticleId };
}

public sealed class NewsletterHandler : LambdaHandler<RunContext, RunContext>
{
    public NewsletterHandler() { }
    public NewsletterHandler(PipelineServices services) : base(services) { }

    public override Task<RunContext> HandleAsync(RunContext input, CancellationToken ct) => new NewsletterStage(Services).RunAsync(input, ct);

    protected override StageItems Items(RunContext input, RunContext output) => new(input.Selected.Count, output.Counts.Selected);
}

public sealed class ExportHandler : LambdaHandler<RunContext, RunContext>
{
    public ExportHandler() { }
    public ExportHandler(PipelineServices services) : base(services) { }

    public override Task<RunContext> HandleAsync(RunContext input, CancellationToken ct) => new ExportStage(Services).RunAsync(input, ct);

    protected override StageItems Items(RunContext input, RunContext output) => new(output.Counts.Items, output.Counts.Selected);

    /// <summary>The run's LLM tokens and dollars, GPU seconds and estimated cost, once per run (Export adds them up).</summary>
    protected override async Task<IReadOnlyList<StageMetric>> MetricsAsync(RunContext input, RunContext output)
    {
        var paths = new RunPaths(output.RunId);
        var llm = await Enhance.Llm.LlmTotals.LoadAsync(Services.Blobs, output.RunId, CancellationToken.None);
        var cost = await Services.Blobs.ReadJsonAsync<RunCostEstimate>(paths.Export("cost.json"));
        return
        [
            new("LlmCalls", llm.Calls, "Count"), new("LlmInputTokens", llm.InputTokens, "Count"), new("LlmOutputTokens", llm.OutputTokens, "Count"),
            new("LlmCostUsd", llm.CostUsd, "None"), new("GpuSeconds", cost?.GpuSeconds ?? 0, "Seconds"),
            new("LambdaGbSeconds", cost?.LambdaGbSeconds ?? 0, "None"), new("EstimatedCostUsd", cost?.TotalUsd ?? 0, "None"),
        ];
    }
}

public sealed class DeliverHandler : LambdaHandler<RunContext, RunContext>
{
    public DeliverHandler() { }
    public DeliverHandler(PipelineServices services) : base(services) { }

    public override Task<RunContext> HandleAsync(RunContext input, CancellationToken ct) => new Delivery.DeliverStage(Services).RunAsync(input, ct);
}

/// <summary>Input of MarkRunFailed: the state at the failure (with error and failedStage) and the execution name.</summary>
public sealed record MarkRunFailedInput(JsonObject? State, string? ExecutionName);

public sealed class MarkRunFailedHandler : LambdaHandler<MarkRunFailedInput, FailureRecord>
{
    public MarkRunFailedHandler() { }
    public MarkRunFailedHandler(PipelineServices services) : base(services) { }

    protected override string? RunIdOf(MarkRunFailedInput input) => (string?)input.State?["runId"] ?? input.ExecutionName;

    protected override JsonObject Details(MarkRunFailedInput input, FailureRecord output) => new() { ["failedStage"] = output.Stage, ["error"] = output.Error };

    public override Task<FailureRecord> HandleAsync(MarkRunFailedInput input, CancellationToken ct)
    {
        var state = input.State ?? [];
        var error = state["error"];
        var failure = new RunFailure
        {
            // The run id is in the context once StartRun succeeded, in the request before that, else it is the execution name.
            RunId = (string?)state["runId"] ?? (string?)state["request"]?["runId"],
            ExecutionName = input.ExecutionName,
            FailedStage = (string?)state["failedStage"],
            Error = error is null ? null : new CaughtError((string?)error["Error"], (string?)error["Cause"]),
        };
        return new MarkRunFailedStage(Services).RunAsync(failure, ct);
    }
}
