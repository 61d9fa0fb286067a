using System.Text.Json;
using NewsCurator.Api;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Api;

/// <summary>The OpenAPI document is served, describes every route, and every real response matches it.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class OpenApiTests(ReadApiTests.SampleRun run) : IClassFixture<ReadApiTests.SampleRun>
{
    private const string Token = "openapi-test-token";

    private async Task<ApiResponse> Get(string path, params (string, string)[] query)
    {
        var api = new ReadApi(run.Harness.Services.Reader, new ReadApiOptions { Blobs = run.Harness.Services.Blobs, AdminToken = Token });
        var headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + Token };
        return await api.HandleAsync(new ApiRequest("GET", path, query.ToDictionary(q => q.Item1, q => q.Item2)) { Headers = headers });
    }

    [Fact]
    public async Task Document_ShouldBeServedAndDescribeEveryRoute()
    {
        var response = await Get("/api/v1/openapi.json");
        Assert.Equal(200, response.Status);
        using var document = JsonDocument.Parse(response.Body);
        Assert.Equal("3.1.0", document.RootElement.GetProperty("openapi").GetString());
        Assert.Equal("/api/v1", document.RootElement.GetProperty("servers")[0].GetProperty("url").GetString());
        string[] routes =
        [
            "/health", "/health/detailed", "/runs", "/runs/{runId}", "/articles", "/analysis/articles", "/articles/analysis-ready",
            "/articles/{runId}/{articleId}", "/articles/{runId}/{articleId}.html", "/newsletters", "/newsletters/latest", "/newsletters/{newsletterId}", "/feeds/statistics",
            "/feeds/health", "/admin/status",
        ];
        Assert.Equal(routes.Order(StringComparer.Ordinal), OpenApiContract.DocumentedPaths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryResponse_OfTheSampleRun_ShouldMatchTheDocumentedSchema()
    {
        var selected = run.Harness.Query<string>("SELECT article_id FROM articles WHERE run_id = 'api' AND decision = 'selected' ORDER BY rank").First();
        var dropped = run.Harness.Query<string>("SELECT article_id FROM articles WHERE run_id = 'api' AND decision = 'dropped' ORDER BY article_id").First();
        (string Path, (string, string)[] Query, int Status)[] cases =
        [
            ("/health", [], 200), ("/api/v1/health/detailed", [], 200),
            ("/api/v1/runs", [], 200), ("/runs", [("limit", "0")], 400), ("/api/v1/runs/api", [], 200), ("/runs/nope", [], 404),
            ("/api/v1/articles", [("run", "api"), ("limit", "200")], 200), ("/articles", [("decision", "maybe")], 400),
            ("/analysis/articles", [("min_length", "300"), ("limit", "200")], 200),
            ("/api/articles/analysis-ready", [("limit", "50")], 200), ("/api/v1/articles/analysis-ready", [("min_length", "-1")], 400),
            ($"/api/v1/articles/api/{selected}", [], 200), ($"/articles/api/{dropped}", [], 200), ("/articles/api/nope", [], 404),
            ($"/api/v1/articles/api/{selected}.html", [], 200), ($"/articles/api/{dropped}.html", [], 404),
            ("/api/v1/newsletters", [], 200), ("/newsletters/latest", [], 200), ("/api/v1/newsletters/nl-api", [], 200),
            ("/newsletters/nope", [], 404), ("/api/v1/feeds/statistics", [("run", "api")], 200), ("/feeds/health", [], 200),
            ("/api/v1/admin/status", [], 200),
        ];
        foreach (var (path, query, status) in cases)
        {
            var response = await Get(path, query);
            Assert.True(status == response.Status, $"{path}: expected {status}, got {response.Status}: {response.Body}");
            OpenApiContract.Validate(path, response.Status, response.Body);
        }
    }

    [Fact]
    public void Contract_ShouldRejectUndocumentedFieldsWrongTypesAndStatuses()
    {
        const string health = "{\"status\":\"ok\",\"api_version\":\"v1\",\"database\":\"sqlite\",\"schema_version\":3";
        OpenApiContract.Validate("/health", 200, health + "}");
        Assert.Throws<Xunit.Sdk.XunitException>(() => OpenApiContract.Validate("/health", 200, health + ",\"extra\":1}"));
        Assert.Throws<Xunit.Sdk.XunitException>(() => OpenApiContract.Validate("/health", 200, health.Replace("3", "\"3\"", StringComparison.Ordinal) + "}"));
        Assert.Throws<Xunit.Sdk.XunitException>(() => OpenApiContract.Validate("/health", 418, health + "}"));
        Assert.Throws<Xunit.Sdk.XunitException>(() => OpenApiContract.Validate("/nowhere", 200, "{}"));
        Assert.Throws<Xunit.Sdk.XunitException>(() => OpenApiContract.Validate("/newsletters", 200, "{\"items\":[{\"id\":\"not-a-uuid\",\"pipeline_run_id\":\"x\"}],\"next_cursor\":null}"));
    }

    [Fact]
    public async Task AdminRefusals_ShouldMatchTheDocumentedErrors()
    {
        var api = new ReadApi(run.Harness.Services.Reader, new ReadApiOptions { AdminToken = Token });
        var unauthorised = await api.HandleAsync(new ApiRequest("GET", "/admin/status", new Dictionary<string, string>()));
        Assert.Equal(401, unauthorised.Status);
        OpenApiContract.Validate("/admin/status", unauthorised.Status, unauthorised.Body);
        var disabled = await new ReadApi(run.Harness.Services.Reader).HandleAsync(new ApiRequest("GET", "/api/v1/admin/status", new Dictionary<string, string>()));
        Assert.Equal(403, disabled.Status);
        OpenApiContract.Validate("/api/v1/admin/status", disabled.Status, disabled.Body);
    }
}
