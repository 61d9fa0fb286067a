using System.Text.Json;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Functions;

/// <summary>
/// The shape Lambda's managed dotnet runtime calls without any Amazon.Lambda package:
/// a public <c>Task&lt;Stream&gt; Handle(Stream)</c>. Subclasses only map JSON to a stage call,
/// so the local runner invokes exactly what Lambda invokes, with the same JSON.
/// </summary>
public abstract class LambdaHandler<TInput, TOutput>
{
    // One set of adapters per Lambda container (reused across warm invocations).
    private static readonly Lazy<PipelineServices> FromEnvironment = new(() => PipelineServices.FromEnvironment());

    private readonly PipelineServices? _services;

    protected LambdaHandler() { }

    protected LambdaHandler(PipelineServices services) => _services = services;

    protected PipelineServices Services => _services ?? FromEnvironment.Value;

    public async Task<Stream> Handle(Stream input)
    {
        var request = await JsonSerializer.DeserializeAsync<TInput>(input, Json.Options)
            ?? throw new ArgumentException($"{GetType().Name}: the input is empty or null; expected a {typeof(TInput).Name} JSON object");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        TOutput result;
        try
        {
            result = await HandleAsync(request, CancellationToken.None);
        }
        catch (Exception ex)
        {
            EmbeddedMetrics.Emit(EmbeddedMetrics.Line(Stage, RunIdOf(request), clock.Elapsed.TotalSeconds, failed: true, null, Services.Clock.GetUtcNow()));
            await InvocationCosts.RecordAsync(Services.Blobs, Stage, RunIdOf(request), request, clock.Elapsed.TotalSeconds, failed: true);
            // Lambda names the error after the exception type; the state machine retries this one name.
            if (ex is not TransientFailureException && TransientFailureException.IsTransient(ex)) throw TransientFailureException.Classify(ex);
            throw;
        }
        EmbeddedMetrics.Emit(EmbeddedMetrics.Line(Stage, RunIdOf(request), clock.Elapsed.TotalSeconds, failed: false, Items(request, result), Services.Clock.GetUtcNow(),
            await MetricsAsync(request, result)));
        await InvocationCosts.RecordAsync(Services.Blobs, Stage, RunIdOf(request), request, clock.Elapsed.TotalSeconds, failed: false);
        var output = new MemoryStream();
        await JsonSerializer.SerializeAsync(output, result, Json.Options);
        output.Position = 0;
        return output;
    }

    public abstract Task<TOutput> HandleAsync(TInput input, CancellationToken ct);

    /// <summary>The stage's name in metrics: the handler's name without "Handler".</summary>
    protected virtual string Stage => GetType().Name.Replace("Handler", "", StringComparison.Ordinal);

    /// <summary>Metrics beyond the common ones (LLM tokens and dollars, GPU seconds, the run's cost), by name with their unit.</summary>
    protected virtual Task<IReadOnlyList<StageMetric>> MetricsAsync(TInput input, TOutput output) => Task.FromResult<IReadOnlyList<StageMetric>>([]);

    /// <summary>Items in and out of the stage, for its metrics (null: the stage does not count items).</summary>
    protected virtual StageItems? Items(TInput input, TOutput output) => null;

    protected virtual string? RunIdOf(TInput input) => input switch
    {
        Model.RunContext c => c.RunId,
        _ => typeof(TInput).GetProperty("RunId")?.GetValue(input) as string,
    };
}
