using System.Text.Json;
using NewsCurator.Api;
using NewsCurator.Functions;
using NewsCurator.Runs;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Pipeline;

/// <summary>
/// Each run's estimated AWS cost: measured stage seconds times configured memory, state transitions,
/// the GPU job's seconds, the LLM's dollars; stored on pipeline_runs, in analytics.json and the API,
/// and sent as metrics by Export.
/// </summary>
[Trait(Category.Name, Category.Integration)]
public sealed class RunCostTests : IDisposable
{
    private readonly PipelineHarness _harness = new();

    [Fact]
    public async Task ARun_ShouldStoreItsEstimatedCost_FromWhatItMeasured()
    {
        // Past the GPU threshold, so the Batch scoring job runs (in-process locally) and reports its seconds.
        var config = _harness.CopyOfSampleConfig("gpu.yaml", yaml => yaml.Replace("gpu_threshold: 11000", "gpu_threshold: 0", StringComparison.Ordinal));
        var lines = new List<JsonElement>();
        void Collect(string line)
        {
            var json = JsonDocument.Parse(line).RootElement.Clone();
            if (json.GetProperty("RunId").GetString() == "cost-run") lock (lines) lines.Add(json);
        }
        EmbeddedMetrics.Emitted += Collect;
        try
        {
            var result = await _harness.RunAsync("cost-run", config);
            Assert.True(result.Succeeded, result.Error + " " + result.Cause);
        }
        finally
        {
            EmbeddedMetrics.Emitted -= Collect;
        }
        Assert.Contains(_harness.Events, e => e.Type == "StateEntered" && e.State == "ScoreOnGpu");

        var row = _harness.Query<(double GbSeconds, long Requests, long Transitions, double LambdaUsd, double StepUsd, double Total, double GpuSeconds, double GpuUsd)>(
            """
            SELECT lambda_gb_seconds, lambda_requests, state_transitions, lambda_cost_usd, step_functions_cost_usd, estimated_cost_usd, gpu_seconds, gpu_cost_usd
            FROM pipeline_runs WHERE run_id = 'cost-run'
            """).Single();

        // Every state the local runner entered is one billed transition; the estimate counts the same.
        Assert.Equal(_harness.Events.Count(e => e.Type == "StateEntered"), row.Transitions);
        // Invocation records (one per Lambda call, Export and Deliver included by the end of the run) times the stack's memory.
        var records = Directory.GetFiles(Path.Combine(_harness.OutDir, "runs", "cost-run", "invocations"))
            .Select(f => JsonSerializer.Deserialize<InvocationRecord>(File.ReadAllText(f), NewsCurator.Storage.Json.Options)!).ToList();
        Assert.Equal(_harness.Events.Count(e => e.Type == "StateEntered" && e.State is not ("Migrate" or "Ingest" or "Enhance" or "ChooseScorer" or "ScoreOnGpu" or "Done")),
            records.Sum(r => r.Attempts.Count));
        Assert.Equal(records.Sum(r => r.Attempts.Count), row.Requests);
        Assert.All(records, r => Assert.Equal(LambdaSizes.MemoryMb[r.Stage], r.MemoryMb));
        var before = records.Where(r => r.Stage is not ("Export" or "Deliver")).Sum(r => r.Attempts.Sum(a => a.Seconds) * r.MemoryMb / 1024.0);
        Assert.InRange(row.GbSeconds, before, before + 2 * 60 * 1769 / 1024.0);
        Assert.True(row.GpuSeconds > 0);
        Assert.Equal(row.GpuSeconds / 3600 * AwsPrices.GpuSpotHour, row.GpuUsd, tolerance: 0.00006); // gpu_cost_usd is DECIMAL(10,4) (migration 003)
        // Tolerances, not rounding to N places: two values either side of a rounding boundary differ by a unit.
        Assert.Equal(row.GbSeconds * AwsPrices.LambdaArmGbSecond + row.Requests * AwsPrices.LambdaRequest, row.LambdaUsd, tolerance: 0.000002);
        Assert.Equal(row.Transitions * AwsPrices.StepTransition, row.StepUsd, tolerance: 0.000002);
        Assert.Equal(row.LambdaUsd + row.StepUsd + row.GpuUsd, row.Total, tolerance: 0.00006);

        using var analytics = JsonDocument.Parse(_harness.ReadBlob("runs/cost-run/export/analytics.json"));
        Assert.Equal(row.Total, analytics.RootElement.GetProperty("cost").GetProperty("totalUsd").GetDouble(), 6);

        var api = await new ReadApi(_harness.Services.Reader).HandleAsync(new ApiRequest("GET", "/runs/cost-run", new Dictionary<string, string>()));
        Assert.Equal(200, api.Status);
        OpenApiContract.Validate("/runs/cost-run", 200, api.Body);
        using var body = JsonDocument.Parse(api.Body);
        Assert.Equal(row.Total, body.RootElement.GetProperty("run").GetProperty("estimated_cost_usd").GetDouble(), 6);

        var export = lines.Single(l => l.GetProperty("Stage").GetString() == "Export");
        var declared = export.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Metrics").EnumerateArray()
            .Select(m => m.GetProperty("Name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "LlmInputTokens", "LlmOutputTokens", "LlmCostUsd", "GpuSeconds", "EstimatedCostUsd" }, declared.ToHashSet());
        Assert.Equal(row.GpuSeconds, export.GetProperty("GpuSeconds").GetDouble(), 3);
        Assert.Equal(row.Total, export.GetProperty("EstimatedCostUsd").GetDouble(), 6);
    }

    public void Dispose() => _harness.Dispose();
}
