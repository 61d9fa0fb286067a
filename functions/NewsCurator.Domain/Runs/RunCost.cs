using NewsCurator.Storage;

namespace NewsCurator.Runs;

/// <summary>
/// List prices (USD, us-east-1) the per-run estimate and docs/COSTS.md (the CDK test's bill of
/// materials) both use, so the two never disagree.
/// </summary>
public static class AwsPrices
{
    public const double LambdaArmGbSecond = 0.0000133334;
    public const double LambdaRequest = 0.20 / 1_000_000;
    public const double StepTransition = 0.000025;
    /// <summary>g5.xlarge Spot, typical; on-demand is $1.006.</summary>
    public const double GpuSpotHour = 0.45;
}

/// <summary>
/// Memory (MB) of each pipeline function: the wiring table's (the CDK app builds the functions from it). Inside
/// Lambda the function's own AWS_LAMBDA_FUNCTION_MEMORY_SIZE wins; a local run prices its stages as they would run in AWS.
/// </summary>
public static class LambdaSizes
{
    public static readonly IReadOnlyDictionary<string, int> MemoryMb = Wiring.PipelineWiring.Functions
        .Where(f => f.Placeholder is not null)
        .ToDictionary(f => f.HandlerClass.Replace("Handler", "", StringComparison.Ordinal), f => f.MemoryMb, StringComparer.Ordinal);

    public static int For(string stage, Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        return int.TryParse(getVariable("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), System.Globalization.CultureInfo.InvariantCulture, out var mb) && mb > 0
            ? mb
            : MemoryMb.GetValueOrDefault(stage, 512);
    }
}

/// <summary>One attempt of a stage's invocation: how long it ran, and whether it failed (a failed attempt is billed too).</summary>
public sealed record InvocationAttempt(double Seconds, bool Failed);

/// <summary>
/// The Lambda invocations of one stage input of a run (a Map iteration, a shard, a single-state stage):
/// its memory and every attempt, so a retry adds an attempt instead of replacing the first.
/// </summary>
public sealed record InvocationRecord(string Stage, int MemoryMb, IReadOnlyList<InvocationAttempt> Attempts);

/// <summary>What a run cost, estimated from what it measured: list prices times use.</summary>
public sealed record RunCostEstimate
{
    public double LambdaGbSeconds { get; init; }
    public int LambdaRequests { get; init; }
    public int StateTransitions { get; init; }
    public double? GpuSeconds { get; init; }
    public double LambdaCostUsd { get; init; }
    public double StepFunctionsCostUsd { get; init; }
    public double? GpuCostUsd { get; init; }
    public double? LlmCostUsd { get; init; }
    public double TotalUsd { get; init; }
}

/// <summary>
/// The per-run estimate. Every pipeline Lambda records its invocations under runs/{id}/invocations/
/// (LambdaHandler); the Batch scoring job reports its seconds as a <see cref="StageCost"/>; the LLM
/// counts its own dollars. Export adds what has not run yet when it estimates: its own invocation and
/// Deliver's, priced at the median seconds of the stages before (both are short).
/// </summary>
public static class RunCost
{
    public static string InvocationPrefix(RunPaths paths) => paths.Prefix + "invocations/";

    /// <summary>
    /// States entered besides the recorded Task attempts: Migrate (no run id yet), the two Map states,
    /// ChooseScorer, Done, and Export and Deliver themselves. Step Functions bills each (retries included).
    /// </summary>
    public const int UnrecordedTransitions = 7;

    public static async Task<RunCostEstimate> EstimateAsync(IBlobStore blobs, RunPaths paths, StageCost reported, CancellationToken ct)
    {
        var invocations = new List<(double Seconds, int MemoryMb)>();
        foreach (var key in await blobs.ListAsync(InvocationPrefix(paths), ct))
            if (await blobs.ReadJsonAsync<InvocationRecord>(key, ct) is { } record)
                invocations.AddRange(record.Attempts.Select(a => (a.Seconds, record.MemoryMb)));
        var seconds = invocations.Select(i => i.Seconds).Order().ToList();
        var typical = seconds.Count == 0 ? 1.0 : seconds[seconds.Count / 2];
        var gbSeconds = invocations.Sum(i => i.Seconds * i.MemoryMb / 1024.0)
                        + typical * (LambdaSizes.For("Export") + LambdaSizes.MemoryMb["Deliver"]) / 1024.0;
        var requests = invocations.Count + 2;
        var batchJobs = reported.GpuSeconds is > 0 ? 1 : 0;
        var transitions = invocations.Count + batchJobs + UnrecordedTransitions;
        var lambda = gbSeconds * AwsPrices.LambdaArmGbSecond + requests * AwsPrices.LambdaRequest;
        var stepFunctions = transitions * AwsPrices.StepTransition;
        return new RunCostEstimate
        {
            LambdaGbSeconds = Math.Round(gbSeconds, 3),
            LambdaRequests = requests,
            StateTransitions = transitions,
            GpuSeconds = reported.GpuSeconds,
            LambdaCostUsd = Math.Round(lambda, 6),
            StepFunctionsCostUsd = Math.Round(stepFunctions, 6),
            GpuCostUsd = reported.GpuCostUsd,
            LlmCostUsd = reported.LlmCostUsd,
            TotalUsd = Math.Round(lambda + stepFunctions + (reported.GpuCostUsd ?? 0) + (reported.LlmCostUsd ?? 0), 6),
        };
    }
}
