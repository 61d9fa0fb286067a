using System.Net;
using System.Text;
using System.Text.Json;
using NewsCurator.Api;
using NewsCurator.Cli;
using NewsCurator.Functions;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Api;

/// <summary>The read API over a real sample run: the router, the Kestrel host on loopback and the API Gateway event shape.</summary>
public sealed class ReadApiTests : IClassFixture<ReadApiTests.SampleRun>
{
    public sealed class SampleRun : IAsyncLifetime
    {
        public PipelineHarness Harness { get; } = new();

        public async Task InitializeAsync()
        {
            var result = await Harness.RunAsync("api", Repo.SampleConfig);
            if (!result.Succeeded) throw new InvalidOperationException(result.Cause);
        }

        public Task DisposeAsync()
        {
            Harness.Dispose();
            return Task.CompletedTask;
        }
    }

    private readonly SampleRun _run;
    private readonly ReadApi _api;

    public ReadApiTests(SampleRun run)
    {
        _run = run;
        _api = new ReadApi(run.Harness.Services.Runs);
    }

    private async Task<(int Status, JsonElement Body)> Get(string path, params (string, string)[] query)
    {
        var response = await _api.HandleAsync(new ApiRequest("GET", path, query.ToDictionary(q => q.Item1, q => q.Item2)));
        return (response.Status, JsonDocument.Parse(response.Body).RootElement.Clone());
    }

    [Fact]
    public async Task Runs_And_OneRun_ShouldShowTheFunnelAndWhyItemsWereDropped()
    {
        var (status, runs) = await Get("/runs");
        Assert.Equal(200, status);
        Assert.Equal("api", runs.GetProperty("items")[0].GetProperty("run_id").GetString());
        var (_, run) = await Get("/runs/api");
        Assert.Equal(20, run.GetProperty("funnel").GetProperty("selected").GetInt64());
        Assert.Contains(run.GetProperty("drop_reasons").EnumerateArray(), d => d.GetProperty("rule").GetString() == "duplicate_url");
        Assert.Equal(404, (await Get("/runs/nope")).Status);
    }

    [Fact]
    public async Task Articles_ShouldFilterAndPageWithCursorsWithoutGapsOrRepeats()
    {
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var query = new List<(string, string)> { ("run", "api"), ("limit", "40") };
            if (cursor is not null) query.Add(("cursor", cursor));
            var (status, page) = await Get("/articles", [.. query]);
            Assert.Equal(200, status);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("article_id").GetString()!));
            cursor = page.GetProperty("next_cursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next_cursor").GetString();
        } while (cursor is not null);
        Assert.Equal(_run.Harness.Count("SELECT COUNT(*) FROM articles WHERE run_id = 'api'"), seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());

        var (_, selected) = await Get("/articles", ("decision", "selected"), ("min_score", "5"), ("limit", "200"));
        Assert.All(selected.GetProperty("items").EnumerateArray(), a =>
        {
            Assert.Equal("selected", a.GetProperty("decision").GetString());
            Assert.True(a.GetProperty("tech_relevance_score").GetDouble() >= 5);
        });
        var (_, topical) = await Get("/articles", ("topic", "Software Engineering"), ("limit", "200"));
        Assert.NotEmpty(topical.GetProperty("items").EnumerateArray());
        Assert.All(topical.GetProperty("items").EnumerateArray(), a => Assert.Contains("\"Software Engineering\"", a.GetProperty("topics").GetString()));
        var (_, analysis) = await Get("/analysis/articles", ("min_length", "1000"), ("limit", "200"));
        Assert.All(analysis.GetProperty("items").EnumerateArray(), a => Assert.True(a.GetProperty("word_count").GetInt64() >= 1000));
    }

    [Theory]
    [InlineData("limit", "0", "limit must be a whole number from 1 to 200")]
    [InlineData("min_score", "eleven", "min_score must be a number from 0 to 10")]
    [InlineData("since", "yesterday", "since must be an ISO-8601 date")]
    [InlineData("cursor", "not-a-cursor", "cursor is not one this API returned")]
    [InlineData("decision", "maybe", "decision must be 'selected' or 'dropped'")]
    public async Task BadParameters_ShouldGet400NamingTheParameter(string name, string value, string message)
    {
        var (status, body) = await Get("/articles", (name, value));
        Assert.Equal(400, status);
        var error = body.GetProperty("error");
        Assert.Equal(("bad_parameter", name), (error.GetProperty("code").GetString(), error.GetProperty("parameter").GetString()));
        Assert.Contains(message, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Newsletters_ShouldServeTheLatestAndItsHtmlAndText()
    {
        var (_, latest) = await Get("/newsletters/latest");
        var id = latest.GetProperty("newsletter").GetProperty("newsletter_id").GetString()!;
        Assert.Equal("nl-api", id);
        var html = await _api.HandleAsync(new ApiRequest("GET", $"/newsletters/{id}.html", new Dictionary<string, string>()));
        Assert.StartsWith("text/html", html.ContentType);
        Assert.Contains("Top stories", html.Body);
        var text = await _api.HandleAsync(new ApiRequest("GET", $"/newsletters/{id}.txt", new Dictionary<string, string>()));
        Assert.Contains("1. ", text.Body);
        var (_, feeds) = await Get("/feeds/statistics", ("run", "api"));
        Assert.Equal(23, feeds.GetProperty("items").GetArrayLength());
        var (_, health) = await Get("/feeds/health");
        Assert.Equal(3, health.GetProperty("items").EnumerateArray().Count(f => f.GetProperty("consecutive_failures").GetInt64() == 1));
        Assert.Equal(405, (await _api.HandleAsync(new ApiRequest("DELETE", "/runs", new Dictionary<string, string>()))).Status);
    }

    [Fact]
    public async Task KestrelHost_OnLoopback_ShouldServeTheSameApi()
    {
        // Port 0: the OS picks a free port, so parallel runs never collide.
        await using var app = ServeCommand.Build(_run.Harness.OutDir, "http://127.0.0.1:0");
        await app.StartAsync();
        var baseUrl = app.Urls.Single();
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var health = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("\"status\":\"ok\"", await health.Content.ReadAsStringAsync());
        var missing = await http.GetAsync("/articles/api/unknown");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("nosniff", missing.Headers.GetValues("X-Content-Type-Options").Single());
        await app.StopAsync();
    }

    [Fact]
    public async Task LambdaHandler_ShouldAnswerAnApiGatewayProxyEvent()
    {
        var evt = """{"httpMethod":"GET","path":"/v1/runs/api","pathParameters":{"proxy":"runs/api"},"queryStringParameters":null}""";
        await using var output = await new ApiHandler(_run.Harness.Services).Handle(new MemoryStream(Encoding.UTF8.GetBytes(evt)));
        using var response = await JsonDocument.ParseAsync(output);
        Assert.Equal(200, response.RootElement.GetProperty("statusCode").GetInt32());
        Assert.False(response.RootElement.GetProperty("isBase64Encoded").GetBoolean());
        using var body = JsonDocument.Parse(response.RootElement.GetProperty("body").GetString()!);
        Assert.Equal("api", body.RootElement.GetProperty("run").GetProperty("run_id").GetString());
    }
}
