using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsCurator.Api;
using NewsCurator.Cli;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Api;

/// <summary>Requests and signals an attacker or an operator sends to the read API and `serve`.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class ApiHardeningTests(ReadApiTests.SampleRun run) : IClassFixture<ReadApiTests.SampleRun>
{
    private static readonly string[] RequiredHeaders = ["X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Strict-Transport-Security", "Content-Security-Policy"];

    [Theory]
    [InlineData("/articles", "limit", "NaN")]
    [InlineData("/articles", "limit", "Infinity")]
    [InlineData("/articles", "limit", "1.5")]
    [InlineData("/runs", "limit", "-Infinity")]
    [InlineData("/articles", "min_score", "NaN")]
    [InlineData("/articles", "min_score", "Infinity")]
    [InlineData("/articles", "min_score", "1e400")]
    [InlineData("/analysis/articles", "min_length", "NaN")]
    [InlineData("/analysis/articles", "min_length", "-Infinity")]
    [InlineData("/newsletters", "limit", "nan")]
    public async Task NonFiniteNumbers_ShouldBeA400NamingTheParameter(string path, string parameter, string value)
    {
        var response = await new ReadApi(run.Harness.Services.Reader).HandleAsync(new ApiRequest("GET", path, new Dictionary<string, string> { [parameter] = value }));
        Assert.Equal(400, response.Status);
        using var body = JsonDocument.Parse(response.Body);
        Assert.Equal(parameter, body.RootElement.GetProperty("error").GetProperty("parameter").GetString());
        OpenApiContract.Validate(path, response.Status, response.Body);
    }

    [Theory]
    [InlineData("/articles", "topic", "ai\u0000")]
    [InlineData("/articles", "run", "r\nFAKE LOG LINE")]
    [InlineData("/feeds/statistics", "run", "\u0000")]
    [InlineData("/articles", "cursor", "MjAyNi0wMS0wMQoA")] // "2026-01-01\n\0", base64
    [InlineData("/runs/a\u0000b", null, null)]
    public async Task ControlCharacters_InAParameterOrPath_ShouldBeA400NamingIt(string path, string? parameter, string? value)
    {
        // A U+0000 reached PostgreSQL, which refuses it: a 500 anyone could cause (audit hostile14 H14-8; PostgresTests asks PostgreSQL).
        var query = parameter is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [parameter] = value! };
        var response = await new ReadApi(run.Harness.Services.Reader).HandleAsync(new ApiRequest("GET", path, query));
        Assert.Equal(400, response.Status);
        using var body = JsonDocument.Parse(response.Body);
        Assert.Equal(parameter, body.RootElement.GetProperty("error").GetProperty("parameter").GetString());
        OpenApiContract.Validate(path.StartsWith("/runs/", StringComparison.Ordinal) ? "/runs/x" : path, response.Status, response.Body);
    }

    [Fact]
    public async Task EveryResponse_ErrorsAnd500sIncluded_ShouldCarryTheSecurityHeaders()
    {
        using var broken = new TempDir();
        File.WriteAllText(Path.Combine(broken.Path, "newscurator.db"), "this is not a SQLite database, it is a damaged file");
        await using var good = ServeCommand.Build(run.Harness.OutDir, "http://127.0.0.1:0");
        await using var bad = ServeCommand.Build(broken.Path, "http://127.0.0.1:0");
        await good.StartAsync();
        await bad.StartAsync();
        using var http = new HttpClient();
        var responses = new[]
        {
            await http.GetAsync(good.Urls.Single() + "/runs"),
            await http.GetAsync(good.Urls.Single() + "/"),
            await http.GetAsync(good.Urls.Single() + "/articles?limit=NaN"),
            await http.GetAsync(good.Urls.Single() + "/nowhere"),
            await http.GetAsync(bad.Urls.Single() + "/runs"),
        };
        Assert.Equal([200, 200, 400, 404, 500], responses.Select(r => (int)r.StatusCode));
        foreach (var response in responses)
            foreach (var header in RequiredHeaders)
                Assert.True(response.Headers.Contains(header), $"{response.RequestMessage!.RequestUri} ({(int)response.StatusCode}) lacks {header}");
        Assert.All(responses, r => Assert.Contains("frame-ancestors 'none'", r.Headers.GetValues("Content-Security-Policy").Single()));
        using var error = JsonDocument.Parse(await responses[^1].Content.ReadAsStringAsync());
        Assert.Equal("internal_error", error.RootElement.GetProperty("error").GetProperty("code").GetString());
        OpenApiContract.Validate("/runs", 500, error.RootElement.GetRawText());
        OpenApiContract.Validate("/articles", 400, await responses[2].Content.ReadAsStringAsync());
        await good.StopAsync();
        await bad.StopAsync();
    }

    [Fact]
    public void OpenApiDocument_ShouldListTheSecurityHeadersAndA500OnEveryResponse()
    {
        var document = JsonNode.Parse(OpenApi.Json)!;
        var documented = document["components"]!["headers"]!.AsObject().Select(h => h.Key).Order(StringComparer.Ordinal);
        Assert.Equal(ApiResponse.SecurityHeaders.Keys.Order(StringComparer.Ordinal), documented);
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            var responses = item!["get"]!["responses"]!.AsObject();
            Assert.True(responses.ContainsKey("500"), $"{path} does not document the 500 every route can answer");
            foreach (var (status, response) in responses)
                foreach (var header in ApiResponse.SecurityHeaders.Keys)
                    Assert.True(response!["headers"]?[header] is not null, $"{path} {status} does not document {header}");
        }
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Serve_OnSignal_ShouldFinishInFlightRequestsAndExit(string signal)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "newscurator.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", cli, "serve", "--out", run.Harness.OutDir, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        try
        {
            var started = await process.StandardOutput.ReadLineAsync() ?? "";
            var url = started.Split(' ').First(w => w.StartsWith("http://", StringComparison.Ordinal)).TrimEnd(',');
            // Drain both pipes from now on: a child blocked writing to a full pipe could never exit.
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var http = new HttpClient();
            // A response the client has not read yet when the signal arrives: it must still arrive whole.
            using var inFlight = await http.GetAsync(url + "/articles?limit=200", HttpCompletionOption.ResponseHeadersRead);
            using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
            await kill.WaitForExitAsync();
            using var body = JsonDocument.Parse(await inFlight.Content.ReadAsStringAsync());
            Assert.Equal(200, body.RootElement.GetProperty("items").GetArrayLength());

            using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // a hang guard, not a timing assertion
            await process.WaitForExitAsync(guard.Token);
            Assert.True(process.ExitCode == 0, await errors);
            Assert.Contains("newscurator: stopped", await output);
        }
        finally
        {
            if (!process.HasExited) process.Kill();
        }
    }
}
