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
[Trait(Category.Name, Category.Integration)]
public sealed class ReadApiTests : IClassFixture<ReadApiTests.SampleRun>
{
    public sealed class SampleRun : IAsyncLifetime
    {
        public PipelineHarness Harness { get; } = new();

        /// <summary>The run as the definition ended it.</summary>
        public NewsCurator.Model.RunContext Context { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var result = await Harness.RunAsync("api", Repo.SampleConfig);
            if (!result.Succeeded) throw new InvalidOperationException(result.Cause);
            Context = System.Text.Json.JsonSerializer.Deserialize<NewsCurator.Model.RunContext>(result.Output, NewsCurator.Storage.Json.Options)!;
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
        _api = new ReadApi(run.Harness.Services.Reader);
    }

    private async Task<(int Status, JsonElement Body)> Get(string path, params (string, string)[] query)
    {
        var response = await _api.HandleAsync(new ApiRequest("GET", path, query.ToDictionary(q => q.Item1, q => q.Item2)));
        OpenApiContract.Validate(path, response.Status, response.Body);
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
        Assert.All(topical.GetProperty("items").EnumerateArray(), a => Assert.Contains("Software Engineering", a.GetProperty("topics").EnumerateArray().Select(t => t.GetString())));
        // A LIKE wildcard in the parameter is taken literally: '_' once matched the "," between any two topics.
        foreach (var wildcard in new[] { "_", "%", "Software_Engineering" })
            Assert.Empty((await Get("/articles", ("topic", wildcard), ("limit", "200"))).Item2.GetProperty("items").EnumerateArray());
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
    public async Task StoryCard_ShouldShowWhenTheStoryWasPublished_AsTheNewsletterDoes()
    {
        var (_, article) = await Get("/articles", ("run", "api"), ("decision", "selected"), ("limit", "50"));
        var dated = article.GetProperty("items").EnumerateArray().First(a => a.GetProperty("published_date").ValueKind == System.Text.Json.JsonValueKind.String);
        var id = dated.GetProperty("article_id").GetString()!;
        var published = DateTimeOffset.Parse(dated.GetProperty("published_date").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var card = await _api.HandleAsync(new ApiRequest("GET", $"/articles/api/{id}.html", new Dictionary<string, string>()));
        Assert.Equal(200, card.Status);
        Assert.Contains($" &middot; {NewsCurator.Newsletter.NewsletterRenderer.PublishedLabel(published)} &middot; ", card.Body);
    }

    [Fact]
    public async Task AnalysisReady_ShouldServeLongArticlesNewestFirstInKeysetPages()
    {
        var expected = _run.Harness.Count("SELECT COUNT(*) FROM articles WHERE content IS NOT NULL AND content_length >= 2000");
        Assert.True(expected > 5, $"the sample run should have long articles, has {expected}");
        var seen = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var query = new List<(string, string)> { ("limit", "5") };
            if (cursor is not null) query.Add(("cursor", cursor));
            var (status, page) = await Get("/api/articles/analysis-ready", [.. query]);
            Assert.Equal(200, status);
            Assert.Equal(2000, page.GetProperty("min_length").GetInt32());
            seen.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("next_cursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next_cursor").GetString();
        } while (cursor is not null);
        Assert.Equal(expected, seen.Count);
        Assert.Equal(seen.Count, seen.Select(a => a.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(seen, a => Assert.True(a.GetProperty("content").GetString()!.Length >= 2000 && a.GetProperty("content_length").GetInt32() >= 2000));
        var dates = seen.Select(a => a.GetProperty("published_date").GetString() ?? "").ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);

        var (_, longer) = await Get("/api/v1/articles/analysis-ready", ("min_length", "6000"), ("min_relevance", "4"), ("limit", "50"));
        Assert.All(longer.GetProperty("items").EnumerateArray(), a =>
        {
            Assert.True(a.GetProperty("content_length").GetInt32() >= 6000);
            Assert.True(a.GetProperty("tech_relevance_score").GetDouble() >= 4);
        });
        var since = dates.Where(d => d.Length > 0).Order(StringComparer.Ordinal).ElementAt(dates.Count(d => d.Length > 0) / 2);
        var (_, recent) = await Get("/articles/analysis-ready", ("since", since), ("limit", "50"));
        Assert.NotEmpty(recent.GetProperty("items").EnumerateArray());
        Assert.All(recent.GetProperty("items").EnumerateArray(), a => Assert.True(string.CompareOrdinal(a.GetProperty("published_date").GetString(), since) >= 0));
    }

    [Theory]
    [InlineData("min_length", "-1", "min_length must be a number from 0 to 50000")]
    [InlineData("min_length", "long", "min_length must be a number")]
    [InlineData("min_relevance", "11", "min_relevance must be a number from 0 to 10")]
    [InlineData("limit", "51", "limit must be a number from 1 to 50")]
    [InlineData("until", "soon", "until must be an ISO-8601 date")]
    [InlineData("cursor", "bm9wZQpub3QtYS11dWlk", "cursor is not one this API returned")]
    public async Task AnalysisReady_WithBadParameters_ShouldGet400NamingTheParameter(string name, string value, string message)
    {
        var (status, body) = await Get("/api/articles/analysis-ready", (name, value));
        Assert.Equal(400, status);
        Assert.Equal(name, body.GetProperty("error").GetProperty("parameter").GetString());
        Assert.Contains(message, body.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task VersionedPaths_AndTheArticleEndpoint_ShouldServeTheSeedColumnsAndTheText()
    {
        var (_, plain) = await Get("/runs");
        var (_, versioned) = await Get("/api/v1/runs");
        Assert.Equal(plain.GetRawText(), versioned.GetRawText());
        var run = versioned.GetProperty("items")[0];
        Assert.Equal(NewsCurator.Storage.RowIds.Text(NewsCurator.Storage.RowIds.Run("api")), run.GetProperty("id").GetString());
        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal(20, run.GetProperty("articles_output").GetInt32());

        var articleId = _run.Harness.Query<string>("SELECT article_id FROM articles WHERE run_id = 'api' AND decision = 'selected' ORDER BY rank").First();
        var (status, article) = await Get($"/api/v1/articles/api/{articleId}");
        Assert.Equal(200, status);
        Assert.Equal(run.GetProperty("id").GetString(), article.GetProperty("pipeline_run_id").GetString());
        Assert.True(article.GetProperty("content").GetString()!.Length > 200);
        Assert.Equal(JsonValueKind.Array, article.GetProperty("topics").ValueKind);
        Assert.Contains(article.GetProperty("is_advertisement").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });

        using var export = JsonDocument.Parse(_run.Harness.ReadBlob("runs/api/export/articles.json"));
        Assert.Equal("v1", export.RootElement.GetProperty("api_version").GetString());
        var first = export.RootElement.GetProperty("selected")[0];
        Assert.Equal(JsonValueKind.Array, first.GetProperty("topics").ValueKind);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("content").GetString()));
    }

    private async Task<(int Status, JsonElement Body)> Admin(ReadApiOptions options, string? authorization = null, string? iamCaller = null)
    {
        var api = new ReadApi(_run.Harness.Services.Reader, options);
        var headers = authorization is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["authorization"] = authorization };
        var response = await api.HandleAsync(new ApiRequest("GET", "/admin/status", new Dictionary<string, string>()) { Headers = headers, IamCaller = iamCaller });
        return (response.Status, JsonDocument.Parse(response.Body).RootElement.Clone());
    }

    [Fact]
    public async Task AdminStatus_ShouldNeedTheTokenOrAnIamCaller()
    {
        var options = new ReadApiOptions { Blobs = _run.Harness.Services.Blobs, AdminToken = "s3cret-token" };
        Assert.Equal(403, (await Admin(new ReadApiOptions())).Status);
        Assert.Equal("admin_disabled", (await Admin(new ReadApiOptions(), "Bearer anything")).Body.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(401, (await Admin(options)).Status);
        Assert.Equal(401, (await Admin(options, "Bearer s3cret-tokem")).Status);
        Assert.Equal(401, (await Admin(options, "Basic s3cret-token")).Status);
        Assert.Equal(200, (await Admin(new ReadApiOptions(), iamCaller: "arn:aws:iam::123456789012:role/ops")).Status);

        var (status, body) = await Admin(options, "Bearer s3cret-token");
        Assert.Equal(200, status);
        Assert.True(body.GetProperty("database").GetProperty("reachable").GetBoolean());
        Assert.True(body.GetProperty("blob_store").GetProperty("reachable").GetBoolean());
        var run = body.GetProperty("runs")[0];
        Assert.Equal("api", run.GetProperty("run_id").GetString());
        Assert.Equal(20, run.GetProperty("funnel").GetProperty("selected").GetInt32());
        Assert.True(run.GetProperty("processing_time_seconds").GetInt32() >= 0);
        var model = body.GetProperty("model");
        Assert.Equal(_run.Harness.Query<string>("SELECT scoring_model FROM pipeline_runs WHERE run_id = 'api'").Single(), model.GetProperty("scorer").GetString());
        Assert.Equal("minilm", model.GetProperty("name").GetString()); // the sample config scores with the encoder heads
        Assert.False(string.IsNullOrEmpty(model.GetProperty("version").GetString()));
        Assert.Equal(23, body.GetProperty("feeds").GetProperty("total").GetInt32());
        Assert.Equal(3, body.GetProperty("feeds").GetProperty("degraded").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("costs").ValueKind); // no stage reports costs in the sample run
        Assert.DoesNotContain("s3cret-token", body.GetRawText());

        var (healthStatus, health) = await Get("/health/detailed");
        Assert.Equal(200, healthStatus);
        Assert.True(health.GetProperty("database").GetProperty("reachable").GetBoolean());
        // Where the data lives is the admin's business, not anyone's who asks about health.
        Assert.Equal(JsonValueKind.Null, health.GetProperty("blob_store").GetProperty("location").ValueKind);
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
