using Dapper;
using Microsoft.Data.Sqlite;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;
using NewsCurator.Infrastructure.Sql;

namespace NewsCurator.Tests.Pipeline;

[Trait(Category.Name, Category.Integration)]
public sealed class ExportAndTemplateTests : IDisposable
{
    private readonly PipelineHarness _harness = new();

    private static readonly string[] RunTables = ["pipeline_runs", "articles", "feed_statistics", "newsletters"];

    [SkippableFact]
    public async Task ExportedSqlScript_ShouldLoadIntoFreshSqliteAndPostgresDatabasesWithEveryRowAndColumn()
    {
        Requires.Postgres();
        var result = await _harness.RunAsync("sqlexport", Repo.SampleConfig);
        Assert.True(result.Succeeded, result.Cause);
        var script = _harness.ReadBlob("runs/sqlexport/export/articles.sql");
        var source = await Snapshot(Database.FromConnectionString("sqlite:" + Path.Combine(_harness.OutDir, "newscurator.db")));

        // Both targets are created from the migrations, with foreign keys enforced: the run row must come first.
        using var postgres = new TestPostgres();
        foreach (var target in new[]
        {
            Database.FromConnectionString("sqlite:" + Path.Combine(_harness.OutDir, "copy", "copy.db")),
            Database.FromConnectionString("postgres:" + postgres.ConnectionString),
        })
        {
            await target.MigrateAsync();
            await using (var connection = await target.OpenAsync())
            {
                await connection.ExecuteAsync(script);
                await connection.ExecuteAsync(script); // loading twice changes nothing
            }
            var loaded = await Snapshot(target);
            foreach (var table in RunTables)
            {
                Assert.True(source[table].Count > 0, table);
                Assert.Equal(source[table], loaded[table]);
            }
            Assert.Contains(loaded["articles"], row => row.Contains('\'', StringComparison.Ordinal)); // apostrophes survived the escaping
        }
    }

    /// <summary>Every row of every run table, every column, in one text form for both databases.</summary>
    private static async Task<Dictionary<string, List<string>>> Snapshot(Database database)
    {
        await using var connection = await database.OpenAsync();
        var tables = new Dictionary<string, List<string>>();
        foreach (var table in RunTables)
        {
            var rows = await connection.QueryAsync($"SELECT * FROM {table} ORDER BY id");
            tables[table] = rows.Select(r => NewsCurator.Api.ApiRows.Normalize((IDictionary<string, object?>)r))
                .Select(r => string.Join("|", r.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={Text(c.Value)}")))
                .ToList();
        }
        return tables;
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        string[] items => string.Join(",", items),
        IReadOnlyList<string> items => string.Join(",", items),
        IFormattable number => Convert.ToDouble(number, System.Globalization.CultureInfo.InvariantCulture).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    [Fact]
    public async Task StageCosts_ShouldBeSummedIntoTheRunRowAndShownByAdminStatus()
    {
        var result = await _harness.RunAsync("costs", Repo.SampleConfig);
        Assert.True(result.Succeeded, result.Cause);
        Assert.Equal(1, _harness.Count("SELECT COUNT(*) FROM pipeline_runs WHERE llm_cost_usd IS NULL AND gpu_seconds IS NULL"));

        var paths = new RunPaths("costs");
        await _harness.Services.Blobs.WriteJsonAsync(paths.Cost("Enhance"), new StageCost(LlmCostUsd: 0.0123));
        await _harness.Services.Blobs.WriteJsonAsync(paths.Cost("ScoreOnGpu"), new StageCost(GpuSeconds: 42.5, GpuCostUsd: 0.0215));
        await _harness.Services.Blobs.WriteJsonAsync(paths.Cost("Newsletter"), new StageCost(LlmCostUsd: 0.002));
        var context = System.Text.Json.JsonSerializer.Deserialize<NewsCurator.Model.RunContext>(result.Output, NewsCurator.Storage.Json.Options)!;
        await new NewsCurator.Export.ExportStage(_harness.Services).RunAsync(context);

        Assert.Equal((0.0143, 42.5, 0.0215), _harness.Query<(double, double, double)>(
            "SELECT llm_cost_usd, gpu_seconds, gpu_cost_usd FROM pipeline_runs WHERE run_id = 'costs'").Single());
        var api = new NewsCurator.Api.ReadApi(_harness.Services.Reader, new NewsCurator.Api.ReadApiOptions { AdminToken = "t" });
        var response = await api.HandleAsync(new NewsCurator.Api.ApiRequest("GET", "/admin/status", new Dictionary<string, string>())
        {
            Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer t" },
        });
        OpenApiContract.Validate("/admin/status", response.Status, response.Body);
        using var status = System.Text.Json.JsonDocument.Parse(response.Body);
        var costs = status.RootElement.GetProperty("costs");
        Assert.Equal(0.0143, costs.GetProperty("llm_cost_usd").GetDouble(), 6);
        Assert.Equal(0.0215, costs.GetProperty("gpu_cost_usd").GetDouble(), 6);
        Assert.Equal(42.5, status.RootElement.GetProperty("runs")[0].GetProperty("costs").GetProperty("gpu_seconds").GetDouble(), 6);
    }

    [Fact]
    public async Task CustomTemplates_FromTheConfig_ShouldRenderTheNewsletter()
    {
        var templates = Path.Combine(_harness.OutDir, "templates");
        Directory.CreateDirectory(templates);
        await File.WriteAllTextAsync(Path.Combine(templates, "newsletter.html.hbs"), "<h1>{{Subject}}</h1>{{#each Sections}}{{#each Articles}}<p>{{Rank}} {{Title}}</p>{{/each}}{{/each}}");
        await File.WriteAllTextAsync(Path.Combine(templates, "newsletter.txt.hbs"), "CUSTOM {{ArticleCount}}");
        var config = _harness.CopyOfSampleConfig("custom.yaml", c => c
            .Replace("# templates: ../templates", $"templates: {templates}")
            .Replace("max_articles: 20", "max_articles: 5"));

        var result = await _harness.RunAsync("custom", config);

        Assert.True(result.Succeeded, result.Cause);
        Assert.Equal("CUSTOM 5", _harness.ReadBlob("runs/custom/newsletter/newsletter.txt"));
        Assert.Equal(5, _harness.ReadBlob("runs/custom/newsletter/newsletter.html").Split("<p>").Length - 1);
    }

    public void Dispose() => _harness.Dispose();
}
