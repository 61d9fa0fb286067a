using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using NewsCurator.Api;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;
using NewsCurator.Infrastructure.Sql;

namespace NewsCurator.Tests.Infrastructure.Sql;

/// <summary>
/// Migration 003 on a database today's code wrote (tests/fixtures/db/schema-002.db, made by
/// scripts/make-legacy-db.sh from the last commit on schema 002): on SQLite as it is, and on
/// PostgreSQL after copying its rows into a schema-002 PostgreSQL database. Afterwards the API
/// serves the same runs, articles, feeds and newsletters, under the seed schema's names.
/// </summary>
[Trait(Category.Name, Category.Integration)]
public sealed class SchemaMigrationTests : IDisposable
{
    private static readonly string[] LegacyTables = ["pipeline_runs", "articles", "feed_statistics", "newsletters", "feeds"];
    private readonly TempDir _dir = new();
    private readonly TestPostgres _postgres = new();

    private string LegacyCopy()
    {
        var path = Path.Combine(_dir.Path, "legacy.db");
        File.Copy(Repo.Path("tests", "fixtures", "db", "schema-002.db"), path);
        return path;
    }

    private static Legacy ReadLegacy(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        return new Legacy(
            [.. connection.Query<LegacyRun>("SELECT run_id AS RunId, status AS Status, total_items AS Items, selected_articles AS Selected, after_dedupe AS AfterDedupe FROM pipeline_runs ORDER BY run_id")],
            [.. connection.Query<LegacyArticle>("SELECT run_id AS RunId, article_id AS ArticleId, title AS Title, feed_title AS FeedTitle, published_at AS PublishedAt, tech_relevance_score AS Relevance, decision AS Decision, rank AS Rank, topics AS Topics FROM articles ORDER BY run_id, article_id")],
            [.. connection.Query<LegacyFeed>("SELECT run_id AS RunId, feed_url AS FeedUrl, feed_title AS FeedTitle, status AS Status, total_items AS Items, final_selected AS Selected FROM feed_statistics ORDER BY run_id, feed_url")],
            [.. connection.Query<LegacyNewsletter>("SELECT newsletter_id AS NewsletterId, run_id AS RunId, subject AS Subject, html_content AS Html FROM newsletters ORDER BY newsletter_id")]);
    }

    [SkippableFact]
    public async Task SqliteDatabaseOfTodaysCode_ShouldMigrateAndServeTheSameData()
    {
        var path = LegacyCopy();
        var before = ReadLegacy(path);
        var repository = new RunRepository(Database.FromConnectionString("sqlite:" + path));

        await AssertServesAsync(repository, before);

        await using var connection = await repository.Database.OpenAsync();
        // Migrated to the newest embedded migration, whichever that is (003 and the later ones).
        var newest = typeof(Database).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("migrations/", StringComparison.Ordinal))
            .Max(n => int.Parse(n["migrations/".Length..].Split('_')[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(newest, await connection.ExecuteScalarAsync<long>("SELECT MAX(version) FROM schema_version"));
        // The seed's names, and no table left behind.
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_002'"));
        var articleIds = await connection.ExecuteScalarAsync<string>(
            "SELECT n.article_ids FROM newsletters n JOIN pipeline_runs r ON r.id = n.pipeline_run_id WHERE r.run_id = 'legacy-1'");
        var ranked = await connection.QueryAsync<string>(
            "SELECT a.id FROM articles a WHERE a.run_id = 'legacy-1' AND a.decision = 'selected' ORDER BY a.rank");
        Assert.Equal(ranked, RowIds.ParseArrayLiteral(articleIds!));
        Assert.Equal(RowIds.Text(RowIds.Article("legacy-1", before.Articles[0].ArticleId)),
            await connection.ExecuteScalarAsync<string>("SELECT id FROM articles WHERE run_id = 'legacy-1' AND article_id = @id", new { id = before.Articles[0].ArticleId }));
    }

    [SkippableFact]
    public async Task PostgresDatabaseOfTodaysSchema_ShouldMigrateAndServeTheSameData()
    {
        var path = LegacyCopy();
        var before = ReadLegacy(path);
        await using (var target = new NpgsqlConnection(_postgres.ConnectionString))
        {
            await target.OpenAsync();
            await target.ExecuteAsync("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            foreach (var (version, file) in new[] { (1, "001_initial.sql"), (2, "002_feed_health.sql") })
            {
                await target.ExecuteAsync(Migration(file));
                await target.ExecuteAsync("INSERT INTO schema_version VALUES (@version, @file, '2026-11-30T00:00:00Z')", new { version, file });
            }
            await using var source = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            await source.OpenAsync();
            foreach (var table in LegacyTables) await CopyTableAsync(source, target, table);
        }
        var repository = new RunRepository(Database.FromConnectionString("postgres:" + _postgres.ConnectionString));

        await AssertServesAsync(repository, before);

        await using var connection = new NpgsqlConnection(_postgres.ConnectionString);
        Assert.Equal("uuid", await connection.ExecuteScalarAsync<string>("SELECT data_type FROM information_schema.columns WHERE table_name = 'articles' AND column_name = 'pipeline_run_id'"));
        Assert.Equal("ARRAY", await connection.ExecuteScalarAsync<string>("SELECT data_type FROM information_schema.columns WHERE table_name = 'newsletters' AND column_name = 'article_ids'"));
        Assert.Equal("numeric", await connection.ExecuteScalarAsync<string>("SELECT data_type FROM information_schema.columns WHERE table_name = 'articles' AND column_name = 'quality_score'"));
        Assert.Equal("boolean", await connection.ExecuteScalarAsync<string>("SELECT data_type FROM information_schema.columns WHERE table_name = 'articles' AND column_name = 'is_advertisement'"));
        // The ids PostgreSQL derived in SQL are the ones the code derives.
        Assert.Equal(RowIds.Run("legacy-2"), await connection.ExecuteScalarAsync<Guid>("SELECT id FROM pipeline_runs WHERE run_id = 'legacy-2'"));
        Assert.Equal(20, await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM newsletters n JOIN articles a ON a.id = ANY (n.article_ids) WHERE n.run_id = 'legacy-1'"));
    }

    private static string Migration(string file)
    {
        using var stream = typeof(Database).Assembly.GetManifestResourceStream("migrations/" + file)!;
        return new StreamReader(stream).ReadToEnd();
    }

    private static async Task CopyTableAsync(DbConnection source, DbConnection target, string table)
    {
        var rows = (await source.QueryAsync($"SELECT * FROM {table}")).Cast<IDictionary<string, object>>().ToList();
        foreach (var row in rows)
        {
            var parameters = new DynamicParameters();
            foreach (var (name, value) in row) parameters.Add(name, value);
            await target.ExecuteAsync($"INSERT INTO {table} ({string.Join(", ", row.Keys)}) VALUES ({string.Join(", ", row.Keys.Select(k => "@" + k))})", parameters);
        }
    }

    /// <summary>Everything the old database held, through the read API of the new code.</summary>
    private static async Task AssertServesAsync(RunRepository repository, Legacy before)
    {
        var api = new ReadApi(new SqlRunReader(repository));
        async Task<JsonElement> Get(string path, params (string, string)[] query)
        {
            var response = await api.HandleAsync(new ApiRequest("GET", path, query.ToDictionary(q => q.Item1, q => q.Item2)));
            Assert.True(response.Status == 200, $"{path}: {response.Status} {response.Body}");
            OpenApiContract.Validate(path, response.Status, response.Body);
            return JsonDocument.Parse(response.Body).RootElement.Clone();
        }

        var runs = (await Get("/api/v1/runs")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(before.Runs.Select(r => r.RunId), runs.Select(r => r.GetProperty("run_id").GetString()).Order());
        foreach (var old in before.Runs)
        {
            var run = await Get($"/api/v1/runs/{old.RunId}");
            Assert.Equal(old.Status == "succeeded" ? "completed" : old.Status, run.GetProperty("run").GetProperty("status").GetString());
            Assert.Equal(old.Items, run.GetProperty("run").GetProperty("total_articles_input").GetInt64());
            Assert.Equal(old.Selected, run.GetProperty("funnel").GetProperty("selected").GetInt64());
            Assert.Equal(old.AfterDedupe, run.GetProperty("funnel").GetProperty("after_dedupe").GetInt64());
            Assert.True(run.GetProperty("run").GetProperty("processing_time_seconds").GetInt64() >= 0);

            var articles = (await Get("/api/v1/articles", ("run", old.RunId), ("limit", "200"))).GetProperty("items").EnumerateArray()
                .ToDictionary(a => a.GetProperty("article_id").GetString()!);
            var expected = before.Articles.Where(a => a.RunId == old.RunId).ToList();
            Assert.Equal(expected.Select(a => a.ArticleId).Order(StringComparer.Ordinal), articles.Keys.Order(StringComparer.Ordinal));
            foreach (var a in expected)
            {
                var served = articles[a.ArticleId];
                Assert.Equal(a.Title, served.GetProperty("title").GetString());
                Assert.Equal(a.FeedTitle, served.GetProperty("feed_name").GetString());
                Assert.Equal(a.PublishedAt, served.GetProperty("published_date").GetString());
                Assert.Equal(a.Decision, served.GetProperty("decision").GetString());
                Assert.Equal(a.Rank, served.GetProperty("rank").ValueKind == JsonValueKind.Null ? null : served.GetProperty("rank").GetInt64());
                if (a.Relevance is { } relevance) Assert.Equal(Math.Round(relevance, 2), served.GetProperty("tech_relevance_score").GetDouble(), 6);
                var topics = served.GetProperty("topics");
                Assert.Equal(a.Topics is null ? null : JsonSerializer.Deserialize<string[]>(a.Topics),
                    topics.ValueKind == JsonValueKind.Null ? null : topics.EnumerateArray().Select(t => t.GetString()!).ToArray());
            }
            var one = await Get($"/api/v1/articles/{old.RunId}/{expected[0].ArticleId}");
            Assert.Equal(expected[0].Title, one.GetProperty("title").GetString());

            var feeds = (await Get("/api/v1/feeds/statistics", ("run", old.RunId))).GetProperty("items").EnumerateArray()
                .ToDictionary(f => f.GetProperty("feed_url").GetString()!);
            foreach (var f in before.Feeds.Where(f => f.RunId == old.RunId))
            {
                Assert.Equal(f.FeedTitle ?? f.FeedUrl, feeds[f.FeedUrl].GetProperty("feed_name").GetString());
                Assert.Equal(f.Status, feeds[f.FeedUrl].GetProperty("status").GetString());
                Assert.Equal(f.Items, feeds[f.FeedUrl].GetProperty("total_articles").GetInt64());
                Assert.Equal(f.Selected, feeds[f.FeedUrl].GetProperty("final_articles").GetInt64());
            }
            Assert.Equal(before.Feeds.Count(f => f.RunId == old.RunId), feeds.Count);
        }

        foreach (var n in before.Newsletters)
        {
            var served = (await Get($"/api/v1/newsletters/{n.NewsletterId}")).GetProperty("newsletter");
            Assert.Equal(n.Subject, served.GetProperty("subject_line").GetString());
            Assert.Equal(n.RunId, served.GetProperty("run_id").GetString());
            Assert.Equal(20, served.GetProperty("article_ids").GetArrayLength());
            var html = await api.HandleAsync(new ApiRequest("GET", $"/newsletters/{n.NewsletterId}.html", new Dictionary<string, string>()));
            Assert.Equal(n.Html, html.Body);
        }
        var health = (await Get("/feeds/health")).GetProperty("items");
        Assert.Equal(23, health.GetArrayLength());
    }

    private sealed record Legacy(List<LegacyRun> Runs, List<LegacyArticle> Articles, List<LegacyFeed> Feeds, List<LegacyNewsletter> Newsletters);

    private sealed record LegacyRun(string RunId, string Status, long Items, long Selected, long AfterDedupe);

    private sealed record LegacyArticle(string RunId, string ArticleId, string Title, string? FeedTitle, string? PublishedAt, double? Relevance, string Decision, long? Rank, string? Topics);

    private sealed record LegacyFeed(string RunId, string FeedUrl, string? FeedTitle, string Status, long Items, long Selected);

    private sealed record LegacyNewsletter(string NewsletterId, string RunId, string Subject, string Html);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _postgres.Dispose();
        _dir.Dispose();
    }
}
