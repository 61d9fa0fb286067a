using Dapper;
using Microsoft.Data.Sqlite;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Pipeline;

public sealed class ExportAndTemplateTests : IDisposable
{
    private readonly PipelineHarness _harness = new();

    [Fact]
    public async Task ExportedSqlScript_ShouldLoadIntoAFreshDatabaseWithEveryRow()
    {
        var result = await _harness.RunAsync("sqlexport", Repo.SampleConfig);
        Assert.True(result.Succeeded, result.Cause);
        var script = _harness.ReadBlob("runs/sqlexport/export/articles.sql");

        var target = Database.FromConnectionString("sqlite:" + Path.Combine(_harness.OutDir, "copy", "copy.db"));
        await target.MigrateAsync();
        await using var connection = await target.OpenAsync();
        await connection.ExecuteAsync("PRAGMA foreign_keys=OFF");
        await connection.ExecuteAsync(script);

        Assert.Equal(_harness.Count("SELECT COUNT(*) FROM articles"), await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
        var titles = await connection.QueryAsync<string>("SELECT title FROM articles WHERE title LIKE '%''%'");
        Assert.NotEmpty(titles); // apostrophes survived the escaping
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
