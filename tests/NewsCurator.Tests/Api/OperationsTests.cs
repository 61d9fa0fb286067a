using System.Text.Json;
using NewsCurator.Cli;
using NewsCurator.Functions;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Api;

/// <summary>Metrics an operator reads: EMF lines from every pipeline handler, /metrics on serve.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class OperationsTests(ReadApiTests.SampleRun run) : IClassFixture<ReadApiTests.SampleRun>
{
    [Fact]
    public async Task EveryHandler_ShouldEmitAnEmbeddedMetricFormatLine()
    {
        using var harness = new PipelineHarness();
        var lines = new List<JsonElement>();
        void Collect(string line)
        {
            var json = JsonDocument.Parse(line).RootElement.Clone();
            if (json.GetProperty("RunId").GetString() == "emf-run") lock (lines) lines.Add(json);
        }
        EmbeddedMetrics.Emitted += Collect;
        try
        {
            Assert.True((await harness.RunAsync("emf-run", Repo.SampleConfig)).Succeeded);
        }
        finally
        {
            EmbeddedMetrics.Emitted -= Collect;
        }
        var stages = lines.Select(l => l.GetProperty("Stage").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "StartRun", "Ingest", "Filter", "Select", "Enhance", "Newsletter", "Export" }, stages);
        foreach (var line in lines)
        {
            var directive = line.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0];
            Assert.Equal("NewsCurator", directive.GetProperty("Namespace").GetString());
            foreach (var metric in directive.GetProperty("Metrics").EnumerateArray())
                Assert.True(line.TryGetProperty(metric.GetProperty("Name").GetString()!, out _), "every declared metric has a value");
        }
        var filter = lines.Single(l => l.GetProperty("Stage").GetString() == "Filter");
        Assert.True(filter.GetProperty("ItemsIn").GetInt32() > filter.GetProperty("ItemsOut").GetInt32());
        Assert.Equal(0, filter.GetProperty("Failures").GetInt32());
    }

    [Fact]
    public async Task Serve_ShouldExposePrometheusMetrics()
    {
        await using var app = ServeCommand.Build(run.Harness.OutDir, "http://127.0.0.1:0");
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        await http.GetAsync("/runs");
        await http.GetAsync("/articles?limit=NaN");
        // The versioned paths of the OpenAPI document are the same routes.
        await http.GetAsync("/api/v1/runs");
        await http.GetAsync("/api/v1/openapi.json");
        var text = await http.GetStringAsync("/metrics");
        Assert.Contains("newscurator_api_requests_total{route=\"runs\",status=\"200\"} 2", text);
        Assert.Contains("newscurator_api_requests_total{route=\"openapi.json\",status=\"200\"} 1", text);
        Assert.Contains("newscurator_api_requests_total{route=\"articles\",status=\"400\"} 1", text);
        Assert.Contains("newscurator_api_request_duration_seconds_bucket{route=\"runs\",le=\"+Inf\"} 2", text);
        await app.StopAsync();
    }
}
