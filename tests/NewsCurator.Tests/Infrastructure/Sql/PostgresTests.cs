using Dapper;
using Npgsql;
using NewsCurator.Runs;
using NewsCurator.Storage;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;
using NewsCurator.Infrastructure;
using NewsCurator.Infrastructure.Sql;

namespace NewsCurator.Tests.Infrastructure.Sql;

/// <summary>
/// The production database adapter on a real PostgreSQL (scripts/test.sh starts one on loopback
/// and sets NEWSCURATOR_TEST_POSTGRES). Each test gets its own database.
/// </summary>
[Trait(Category.Name, Category.Integration)]
public sealed class PostgresTests : IDisposable
{
    private readonly TestPostgres _postgres = new();
    private readonly TempDir _dir = new();

    private string ConnectionString() => _postgres.ConnectionString;

    [SkippableFact]
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

    [SkippableFact]
    public async Task Pipeline_OnPostgres_ShouldWriteEveryTableAndStayIdempotent()
    {
        var cs = ConnectionString();
        var services = Adapters.Services(new FileBlobStore(_dir.Path), new RunRepository(Database.FromConnectionString("postgres:" + cs)));
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
        Assert.Equal("completed", await connection.ExecuteScalarAsync<string>("SELECT status FROM pipeline_runs WHERE run_id = 'pg'"));
        Assert.Equal(3, await Count("SELECT COUNT(*) FROM feed_health WHERE consecutive_failures = 1"));

        var again = await runner.StartExecutionAsync("pg", input);
        Assert.True(again.Succeeded, again.Cause);
        Assert.Equal(articles, await Count("SELECT COUNT(*) FROM articles"));
        Assert.Equal(3, await Count("SELECT COUNT(*) FROM feed_health WHERE consecutive_failures = 1"));
        // Every embedded migration recorded once, however many there are.
        Assert.Equal(typeof(Database).Assembly.GetManifestResourceNames().Count(n => n.StartsWith("migrations/", StringComparison.Ordinal)),
            await Count("SELECT COUNT(*) FROM schema_version"));
        Assert.True(await Count("SELECT COUNT(*) FROM articles WHERE content IS NOT NULL AND pipeline_run_id = nc_uuid('run:pg')") > 400);
        Assert.Equal(0, await Count("SELECT COUNT(*) FROM articles WHERE (content IS NULL) <> (content_length = 0)")); // only items without text have none
        Assert.Equal(20, await Count("SELECT COUNT(*) FROM newsletters n JOIN articles a ON a.id = ANY (n.article_ids)"));

        // The API on PostgreSQL's native types answers as documented, the same shapes as on SQLite.
        var api = new NewsCurator.Api.ReadApi(services.Reader, new NewsCurator.Api.ReadApiOptions { Blobs = services.Blobs, AdminToken = "t" });
        async Task<System.Text.Json.JsonElement> Get(string path, params (string, string)[] query)
        {
            var request = new NewsCurator.Api.ApiRequest("GET", path, query.ToDictionary(q => q.Item1, q => q.Item2))
            {
                Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer t" },
            };
            var response = await api.HandleAsync(request);
            Assert.True(response.Status == 200, $"{path}: {response.Status} {response.Body}");
            OpenApiContract.Validate(path, response.Status, response.Body);
            return System.Text.Json.JsonDocument.Parse(response.Body).RootElement.Clone();
        }
        var page1 = await Get("/api/articles/analysis-ready", ("limit", "3"), ("min_relevance", "1"), ("since", "2000-01-01"));
        var second = await Get("/api/articles/analysis-ready", ("limit", "3"), ("min_relevance", "1"), ("since", "2000-01-01"),
            ("cursor", page1.GetProperty("next_cursor").GetString()!));
        var ids = page1.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Equal(6, ids.Distinct().Count());
        await Get("/api/v1/articles", ("run", "pg"), ("decision", "selected"), ("min_score", "1"));
        Assert.Equal("completed", (await Get("/api/v1/runs/pg")).GetProperty("run").GetProperty("status").GetString());
        Assert.Equal(20, (await Get("/newsletters/latest")).GetProperty("newsletter").GetProperty("article_ids").GetArrayLength());
        await Get("/feeds/statistics", ("run", "pg"));
        await Get("/feeds/health");
        Assert.True((await Get("/health/detailed")).GetProperty("database").GetProperty("reachable").GetBoolean());
        Assert.Equal("pg", (await Get("/admin/status")).GetProperty("runs")[0].GetProperty("run_id").GetString());
    }

    [SkippableTheory]
    [InlineData("/articles", "topic")]
    [InlineData("/articles", "run")]
    [InlineData("/articles", "cursor")]
    [InlineData("/feeds/statistics", "run")]
    [InlineData("/runs/a\u0000b", null)]
    [InlineData("/articles/r\u0000/a", null)]
    public async Task ControlCharacters_InAParameterOrPath_ShouldBeA400_NotPostgresRefusingTheQuery(string path, string? parameter)
    {
        // PostgreSQL refuses U+0000 in a text value: "?topic=%00" was a 500 (and an API 5xx alarm anyone could raise) (audit hostile14 H14-8).
        var cs = ConnectionString();
        var database = Database.FromConnectionString("postgres:" + cs);
        await database.MigrateAsync();
        var services = Adapters.Services(new FileBlobStore(_dir.Path), new RunRepository(database));
        var value = parameter == "cursor" ? Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("2026-01-01\n\u0000")) : "ai\u0000";
        var query = parameter is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [parameter] = value };
        var response = await new NewsCurator.Api.ReadApi(services.Reader).HandleAsync(new NewsCurator.Api.ApiRequest("GET", path, query));
        Assert.True(response.Status == 400, $"{path}: {response.Status} {response.Body}");
        using var body = System.Text.Json.JsonDocument.Parse(response.Body);
        Assert.Equal(parameter, body.RootElement.GetProperty("error").GetProperty("parameter").GetString());
    }

    [SkippableFact]
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

    [SkippableFact]
    public async Task Migrate_ShouldGiveTheReaderOnlySelectAndTheWriterNoSchemaChanges()
    {
        var cs = ConnectionString();
        var services = Adapters.Services(new FileBlobStore(_dir.Path), new RunRepository(Database.FromConnectionString("postgres:" + cs)));

        var result = await new MigrateStage(services).RunAsync();
        await new MigrateStage(services).RunAsync(); // idempotent

        Assert.Equal([DatabaseRoles.Writer, DatabaseRoles.Reader], result.Roles);
        // Locally the roles log in without a password (trust); in RDS with IAM tokens (rds_iam).
        NpgsqlConnection As(string role) => new(new NpgsqlConnectionStringBuilder(cs) { Username = role, Pooling = false }.ToString());
        await using (var reader = As(DatabaseRoles.Reader))
        {
            await reader.OpenAsync();
            Assert.Equal(0L, await reader.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
            var insert = await Assert.ThrowsAsync<PostgresException>(() => reader.ExecuteAsync(
                "INSERT INTO pipeline_runs (id, run_id, status, started_at, updated_at, config_digest) VALUES (@id, 'r', 'running', '2026-01-01', '2026-01-01', 'x')",
                new { id = RowIds.Run("r") }));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, insert.SqlState);
        }
        await using (var writer = As(DatabaseRoles.Writer))
        {
            await writer.OpenAsync();
            Assert.Equal(1, await writer.ExecuteAsync(
                "INSERT INTO pipeline_runs (id, run_id, status, started_at, updated_at, config_digest) VALUES (@id, 'r', 'running', '2026-01-01', '2026-01-01', 'x')",
                new { id = RowIds.Run("r") }));
            var create = await Assert.ThrowsAsync<PostgresException>(() => writer.ExecuteAsync("CREATE TABLE evil (id INT)"));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, create.SqlState);
            var drop = await Assert.ThrowsAsync<PostgresException>(() => writer.ExecuteAsync("DROP TABLE articles"));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, drop.SqlState);
        }
    }

    public void Dispose()
    {
        _dir.Dispose();
        NpgsqlConnection.ClearAllPools();
        _postgres.Dispose();
    }
}
