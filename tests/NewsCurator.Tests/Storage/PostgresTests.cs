using Dapper;
using Npgsql;
using NewsCurator.Runs;
using NewsCurator.Storage;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Storage;

/// <summary>
/// The production database adapter on a real PostgreSQL (scripts/test.sh starts one on loopback
/// and sets NEWSCURATOR_TEST_POSTGRES). Each test gets its own database.
/// </summary>
public sealed class PostgresTests : IDisposable
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("NEWSCURATOR_TEST_POSTGRES");
    private readonly string _database = "nc_" + Guid.NewGuid().ToString("N")[..12];
    private readonly TempDir _dir = new();

    private string ConnectionString()
    {
        Assert.False(string.IsNullOrEmpty(Server), "NEWSCURATOR_TEST_POSTGRES is not set: run the tests through scripts/test.sh, which starts PostgreSQL");
        using (var admin = new NpgsqlConnection(Server))
        {
            admin.Open();
            admin.Execute($"CREATE DATABASE {_database}");
        }
        return new NpgsqlConnectionStringBuilder(Server) { Database = _database, Pooling = false }.ToString();
    }

    [Fact]
    public async Task Migrations_FromManyProcessesAtOnce_ShouldApplyOnceWithoutErrors()
    {
        var cs = ConnectionString();
        // Separate Database objects, separate connections: as separate processes would be.
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Database.FromConnectionString("postgres:" + cs).MigrateAsync())));
        await using var connection = new NpgsqlConnection(cs);
        var versions = (await connection.QueryAsync<long>("SELECT version FROM schema_version")).ToList();
        Assert.Equal(versions.Distinct().Count(), versions.Count);
        Assert.NotEmpty(versions);
    }

    [Fact]
    public async Task Pipeline_OnPostgres_ShouldWriteEveryTableAndStayIdempotent()
    {
        var cs = ConnectionString();
        var services = new PipelineServices
        {
            Blobs = new FileBlobStore(_dir.Path),
            Runs = new RunRepository(Database.FromConnectionString("postgres:" + cs)),
        };
        var runner = NewsCurator.Cli.LocalPipeline.CreateRunner(services, Repo.Definition, delay: (_, _) => Task.CompletedTask);
        var input = new System.Text.Json.Nodes.JsonObject { ["runId"] = "pg", ["config"] = Repo.SampleConfig };

        var first = await runner.StartExecutionAsync("pg", input);
        Assert.True(first.Succeeded, $"{first.Error}: {first.Cause}");
        await using var connection = new NpgsqlConnection(cs);
        async Task<long> Count(string sql) => await connection.ExecuteScalarAsync<long>(sql);
        var articles = await Count("SELECT COUNT(*) FROM articles");
        Assert.True(articles > 400);
        Assert.Equal(20, await Count("SELECT COUNT(*) FROM articles WHERE decision = 'selected'"));
        Assert.Equal(23, await Count("SELECT COUNT(*) FROM feed_statistics"));
        Assert.Equal(1, await Count("SELECT COUNT(*) FROM newsletters"));
        Assert.Equal("succeeded", await connection.ExecuteScalarAsync<string>("SELECT status FROM pipeline_runs WHERE run_id = 'pg'"));
        Assert.Equal(3, await Count("SELECT COUNT(*) FROM feed_health WHERE consecutive_failures = 1"));

        var again = await runner.StartExecutionAsync("pg", input);
        Assert.True(again.Succeeded, again.Cause);
        Assert.Equal(articles, await Count("SELECT COUNT(*) FROM articles"));
        Assert.Equal(3, await Count("SELECT COUNT(*) FROM feed_health WHERE consecutive_failures = 1"));
        Assert.Equal(2, await Count("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task FailedRun_OnPostgres_ShouldRecordStageAndMessage()
    {
        var repository = new RunRepository(Database.FromConnectionString("postgres:" + ConnectionString()));
        await repository.RecordRunFailedAsync("broken", "Filter", "InvalidOperationException: boom", DateTimeOffset.UtcNow);
        await repository.RecordRunFailedAsync("broken", "Export", "IOException: disk", DateTimeOffset.UtcNow);
        await using var connection = await repository.Database.OpenAsync();
        var row = await connection.QuerySingleAsync<(string Status, string Stage, string Message)>(
            "SELECT status, error_stage, error_message FROM pipeline_runs WHERE run_id = 'broken'");
        Assert.Equal(("failed", "Export", "IOException: disk"), row);
    }

    public void Dispose()
    {
        _dir.Dispose();
        if (string.IsNullOrEmpty(Server)) return;
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(Server);
        admin.Open();
        admin.Execute($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }
}
