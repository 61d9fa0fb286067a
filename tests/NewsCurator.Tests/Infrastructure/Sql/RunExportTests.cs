using Dapper;
using NewsCurator.Infrastructure.Sql;
using NewsCurator.Model;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Infrastructure.Sql;

/// <summary>
/// The export's database load on both databases: a re-export replaces the run's rows (what the earlier attempt wrote and
/// this one did not is deleted), and feed health counts every run once however often it is exported.
/// </summary>
[Trait(Category.Name, Category.Integration)]
public sealed class RunExportTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly TestPostgres _postgres = new();

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ReExports_ShouldReplaceTheRunsRows_AndCountEachRunsFeedHealthOnce(string engine)
    {
        var database = Database.FromConnectionString(engine == "sqlite" ? "sqlite:" + Path.Combine(_dir.Path, "export.db") : "postgres:" + _postgres.ConnectionString);
        var store = new RunRepository(database);

        await Export(store, "run-a", ["a1", "a2", "a3"], [("f1", FeedStatus.Error, 100), ("f2", FeedStatus.Ok, 50), ("f3", FeedStatus.Error, 10)]);
        // The same run again, with one item and one feed fewer and another latency: the rows are this attempt's.
        await Export(store, "run-a", ["a1", "a2"], [("f1", FeedStatus.Error, 300), ("f3", FeedStatus.Error, 10)]);
        await using (var connection = await database.OpenAsync())
        {
            Assert.Equal(["a1", "a2"], await connection.QueryAsync<string>("SELECT article_id FROM articles WHERE run_id = 'run-a' ORDER BY article_id"));
            Assert.Equal(["f1", "f3"], await connection.QueryAsync<string>("SELECT feed_url FROM feed_statistics WHERE run_id = 'run-a' ORDER BY feed_url"));
            var f1 = await Health(connection, "f1");
            Assert.Equal((1L, 1L, 300.0), (f1.Failures, f1.Runs, f1.Latency)); // one failed run, not two
        }

        await Export(store, "run-b", ["b1"], [("f1", FeedStatus.Error, 500), ("f2", FeedStatus.Ok, 70), ("f3", FeedStatus.BackedOff, 0)]);
        await Export(store, "run-b", ["b1"], [("f1", FeedStatus.Error, 500), ("f2", FeedStatus.Ok, 70), ("f3", FeedStatus.BackedOff, 0)]);
        await using (var connection = await database.OpenAsync())
        {
            var f1 = await Health(connection, "f1");
            Assert.Equal((2L, 2L, 400.0), (f1.Failures, f1.Runs, f1.Latency)); // the running mean of 300 and 500
            var f2 = await Health(connection, "f2");
            Assert.Equal((0L, 2L, 60.0), (f2.Failures, f2.Runs, f2.Latency));
            Assert.NotNull(f2.LastSuccess);
            var f3 = await Health(connection, "f3");
            Assert.Equal((1L, 2L), (f3.Failures, f3.Runs)); // backed off: neither a failure nor a success
            Assert.Null(f3.LastSuccess);
            Assert.Equal(["a1", "a2", "b1"], await connection.QueryAsync<string>("SELECT article_id FROM articles ORDER BY article_id"));
        }
    }

    private static async Task<(long Failures, long Runs, double Latency, string? LastSuccess)> Health(System.Data.Common.DbConnection connection, string feed)
        => await connection.QuerySingleAsync<(long, long, double, string?)>(
            "SELECT consecutive_failures, runs_seen, avg_latency_ms, last_success_at FROM feeds WHERE feed_url = @feed", new { feed });

    private static Task Export(RunRepository store, string runId, string[] articles, (string Url, string Status, long Latency)[] feeds)
    {
        var started = new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero).AddDays(runId == "run-a" ? 0 : 1);
        var context = new RunContext { RunId = runId, Prefix = $"runs/{runId}/", ConfigDigest = "d", StartedAt = started };
        var created = started.ToString("O");
        return store.ExportRunAsync(PipelineRunRow.Completed(context, started.AddMinutes(5), $"runs/{runId}/", null),
            articles.Select(id => new ArticleRow
            {
                Id = RowIds.Article(runId, id), PipelineRunId = RowIds.Run(runId), RunId = runId, ArticleId = id, FeedUrl = "f1",
                Title = id, Decision = Outcomes.Dropped, DecisionStage = Stages.Filter, DecisionRule = "min_length", DecisionReason = "short", CreatedAt = created,
            }),
            feeds.Select(f => new FeedStatisticsRow
            {
                Id = RowIds.FeedStatistics(runId, f.Url), PipelineRunId = RowIds.Run(runId), RunId = runId, FeedUrl = f.Url, FeedName = f.Url,
                Status = f.Status, LatencyMs = f.Latency, CreatedAt = created,
            }),
            null);
    }

    public void Dispose()
    {
        _postgres.Dispose();
        _dir.Dispose();
    }
}
