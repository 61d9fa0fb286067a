using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Functions;

/// <summary>
/// The shape Lambda's managed dotnet runtime calls without any Amazon.Lambda package:
/// a public <c>Task&lt;Stream&gt; Handle(Stream)</c>. Subclasses only map JSON to a stage call,
/// so the local runner invokes exactly what Lambda invokes, with the same JSON. Every invocation
/// writes a start and an end log line (<see cref="HandlerLog"/>) and one metrics line
/// (<see cref="EmbeddedMetrics"/>), and is cancelled shortly before the function's timeout.
/// </summary>
public abstract class LambdaHandler<TInput, TOutput>
{
    // One set of adapters per Lambda container (reused across warm invocations).
    private static readonly Lazy<PipelineServices> FromEnvironment = new(() => LambdaServices.FromEnvironment());

    private readonly PipelineServices? _services;

    protected LambdaHandler() { }

    protected LambdaHandler(PipelineServices services) => _services = services;

    protected PipelineServices Services => _services ?? FromEnvironment.Value;

    /// <summary>Lambda's entry point: cancelled by the function's own deadline (<see cref="LambdaDeadline"/>).</summary>
    public async Task<Stream> Handle(Stream input)
    {
        using var deadline = LambdaDeadline.Start();
        // A Lambda container runs one invocation at a time: whatever a killed earlier one spilled to /tmp is garbage now.
        // (Only in Lambda: anywhere else other stages may be spilling beside this one.)
        if (Environment.GetEnvironmentVariable("AWS_LAMBDA_FUNCTION_NAME") is { Length: > 0 }) SpillPartitions.SweepTempFiles();
        return await InvokeAsync(input, deadline);
    }

    /// <summary>The invocation under a given deadline (what Handle does with the one from the environment).</summary>
    public Task<Stream> InvokeAsync(Stream input, LambdaDeadline deadline) => RunAsync(input, deadline, deadline.Token);

    /// <summary>The same invocation under the caller's cancellation (the local runner's).</summary>
    public Task<Stream> InvokeAsync(Stream input, CancellationToken ct) => RunAsync(input, deadline: null, ct);

    private async Task<Stream> RunAsync(Stream input, LambdaDeadline? deadline, CancellationToken ct)
    {
        // Every stage writes its decisions, reasons and figures alike on every machine: a German locale wrote "relevance
        // 8,5" beside the invariant "-4.60" (second review of session 28, R7). Set for this invocation's flow only.
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        // The event is already in memory: parsing it is not what the deadline is for.
        var request = await JsonSerializer.DeserializeAsync<TInput>(input, Json.Options, CancellationToken.None)
            ?? throw new ArgumentException($"{GetType().Name}: the input is empty or null; expected a {typeof(TInput).Name} JSON object");
        var runId = RunIdOf(request);
        HandlerLog.Write(HandlerLog.Started(Stage, runId, Services.Clock.GetUtcNow(), deadline?.Budget));
        var clock = Stopwatch.StartNew();
        TOutput result;
        try
        {
            result = await HandleAsync(request, ct);
        }
        catch (Exception ex)
        {
            var seconds = clock.Elapsed.TotalSeconds;
            // Lambda names the error after the exception type; the state machine retries TransientFailureException only.
            var reported = ex is OperationCanceledException && deadline is { Expired: true }
                ? new LambdaDeadlineExceededException(
                    $"{Stage} stopped after {seconds:0.#} s, {LambdaDeadline.Margin(deadline.Timeout!.Value).TotalSeconds:0.#} s before its {deadline.Timeout.Value.TotalSeconds:0} s Lambda timeout: "
                    + "raise TimeoutSeconds in its row of PipelineWiring (functions/NewsCurator.Wiring) or give the stage less input", ex)
                : Services.Classify(ex);
            HandlerLog.Write(HandlerLog.Failed(Stage, runId, Services.Clock.GetUtcNow(), seconds, reported));
            EmbeddedMetrics.Emit(EmbeddedMetrics.Line(Stage, runId, seconds, failed: true, null, Services.Clock.GetUtcNow()));
            // A start refused because another run holds the pipeline is no part of that run (of the same id, maybe): nothing
            // of it goes under the run's prefix, where it would count in the live run's cost.
            if (ex is not RunInProgressException) await InvocationCosts.RecordAsync(Services.Blobs, Stage, runId, request, seconds, failed: true);
            if (ReferenceEquals(reported, ex)) throw;
            throw reported;
        }
        var items = Items(request, result);
        HandlerLog.Write(HandlerLog.Succeeded(Stage, runId, Services.Clock.GetUtcNow(), clock.Elapsed.TotalSeconds, items, Details(request, result)));
        EmbeddedMetrics.Emit(EmbeddedMetrics.Line(Stage, runId, clock.Elapsed.TotalSeconds, failed: false, items, Services.Clock.GetUtcNow(),
            await MetricsAsync(request, result)));
        await InvocationCosts.RecordAsync(Services.Blobs, Stage, runId, request, clock.Elapsed.TotalSeconds, failed: false);
        var output = new MemoryStream();
        await JsonSerializer.SerializeAsync(output, result, Json.Options, ct);
        output.Position = 0;
        return output;
    }

    public abstract Task<TOutput> HandleAsync(TInput input, CancellationToken ct);

    /// <summary>The stage's name in logs and metrics: the handler's name without "Handler".</summary>
    protected virtual string Stage => GetType().Name.Replace("Handler", "", StringComparison.Ordinal);

    /// <summary>Metrics beyond the common ones (LLM tokens and dollars, GPU seconds, the run's cost), by name with their unit.</summary>
    protected virtual Task<IReadOnlyList<StageMetric>> MetricsAsync(TInput input, TOutput output) => Task.FromResult<IReadOnlyList<StageMetric>>([]);

    /// <summary>Items in and out of the stage, for its metrics and log line (null: the stage does not count items).</summary>
    protected virtual StageItems? Items(TInput input, TOutput output) => null;

    /// <summary>What else the end-of-invocation log line says about the stage (ids and counts only, never content).</summary>
    protected virtual JsonObject? Details(TInput input, TOutput output) => output is Model.RunContext context ? RunDetails(context) : null;

    /// <summary>The funnel so far and where Score ran: what a stage that passes the run context on did.</summary>
    private static JsonObject RunDetails(Model.RunContext context)
    {
        var details = new JsonObject { ["counts"] = JsonSerializer.SerializeToNode(context.Counts, Json.Options) };
        if (context.Selected.Count > 0) details["selected"] = context.Selected.Count;
        if (context.Scoring is { } scoring)
            details["scoring"] = new JsonObject
            {
                ["device"] = scoring.Device,
                ["scorer"] = scoring.Scorer,
                ["fellBackFromGpu"] = scoring.FellBackFromGpu,
                ["gpuError"] = scoring.GpuError,
            };
        return details;
    }

    protected virtual string? RunIdOf(TInput input) => input switch
    {
        Model.RunContext c => c.RunId,
        _ => typeof(TInput).GetProperty("RunId")?.GetValue(input) as string,
    };
}
