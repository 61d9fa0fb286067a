using System.Data.Common;
using Dapper;
using NewsCurator.Model;
using NewsCurator.Storage;

namespace NewsCurator.Infrastructure.Sql;

/// <summary>All writes the pipeline makes to the database. Each is an upsert keyed by natural ids, in one transaction.</summary>
public sealed class RunRepository(Database database) : IRunStore
{
    private Task? _migrated;
    private readonly Lock _migrationGate = new();

    public Database Database => database;

    public string Description => database.Description;

    /// <summary>The Migrate step: the schema as the owner, then the writer and reader roles' grants (PostgreSQL only).</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        await database.MigrateAsync(ct);
        await using var connection = await database.OpenAsync(ct);
        await DatabaseRoles.EnsureAsync(connection, ct);
        return connection is Npgsql.NpgsqlConnection ? [DatabaseRoles.Writer, DatabaseRoles.Reader] : [];
    }

    /// <summary>A connection for readers (the API), on the current schema.</summary>
    public Task<DbConnection> OpenMigratedAsync(CancellationToken ct = default) => OpenAsync(ct);

    /// <summary>
    /// Every connection the pipeline opens sees the current schema. Migrations run once per process
    /// when they succeed; a failed attempt (database not up yet, disk full) is not remembered, so the
    /// next request tries again instead of a long-lived `serve` or warm Lambda failing until restarted.
    /// </summary>
    private async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        if (database.ManagesSchema)
        {
            Task migration;
            lock (_migrationGate)
            {
                if (_migrated is null || _migrated.IsFaulted || _migrated.IsCanceled) _migrated = database.MigrateAsync(ct);
                migration = _migrated;
            }
            await migration;
        }
        return await database.OpenAsync(ct);
    }

    public async Task RecordRunStartedAsync(RunContext context, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        var now = DateTimeOffset.UtcNow.ToString("O");
        await connection.ExecuteAsync("""
            INSERT INTO pipeline_runs (id, run_id, status, started_at, created_at, updated_at, config_digest, total_feeds)
            VALUES (@Id, @RunId, 'running', @StartedAt, @StartedAt, @Now, @ConfigDigest, @Feeds)
            ON CONFLICT (id) DO UPDATE SET status = 'running', updated_at = excluded.updated_at,
                config_digest = excluded.config_digest, total_feeds = excluded.total_feeds,
                completed_at = NULL, processing_time_seconds = NULL, error_stage = NULL, error_message = NULL
            """, new { Id = RowIds.Run(context.RunId), context.RunId, StartedAt = context.StartedAt.ToString("O"), Now = now, context.ConfigDigest, context.Counts.Feeds });
    }

    public async Task RecordRunAbandonedAsync(string runId, string message, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await connection.ExecuteAsync("""
            UPDATE pipeline_runs SET status = 'failed', updated_at = @at, completed_at = @at, error_stage = 'unknown', error_message = @message
            WHERE id = @Id AND status = 'running'
            """, new { Id = RowIds.Run(runId), at = at.ToString("O"), message });
    }

    public async Task RecordRunFailedAsync(string runId, string stage, string message, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        // A run that failed before StartRun wrote its row starts and ends at the failure.
        await connection.ExecuteAsync("""
            INSERT INTO pipeline_runs (id, run_id, status, started_at, created_at, updated_at, completed_at, processing_time_seconds, config_digest, error_stage, error_message)
            VALUES (@Id, @runId, 'failed', @at, @at, @at, @at, 0, '', @stage, @message)
            ON CONFLICT (id) DO UPDATE SET status = 'failed', updated_at = excluded.updated_at, completed_at = excluded.completed_at,
                error_stage = excluded.error_stage, error_message = excluded.error_message
            """, new { Id = RowIds.Run(runId), runId, at = at.ToString("O"), stage, message });
        await connection.ExecuteAsync(
            "UPDATE pipeline_runs SET processing_time_seconds = @Seconds WHERE id = @Id",
            new { Id = RowIds.Run(runId), Seconds = await SecondsSinceStartAsync(connection, null, runId, at) });
    }

    /// <summary>
    /// The finished run in one transaction: its pipeline_runs row, every article and feed row (streamed, so a run of any
    /// size loads in bounded memory; rows a previous attempt wrote and this one did not are deleted), the newsletter,
    /// and each feed's health.
    /// </summary>
    public async Task ExportRunAsync(PipelineRunRow run, IEnumerable<ArticleRow> articles,
        IEnumerable<FeedStatisticsRow> feeds, NewsletterRow? newsletter, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        // created_at and started_at keep the run's start; everything else is this attempt's (a failed attempt's error is cleared).
        await PipelineRunColumns.Table.InsertEachAsync(connection, tx, [run], null, ct);

        await ArticleColumns.Table.ReplaceRunRowsAsync(connection, tx, run.RunId, articles, ct);
        await FeedStatisticsColumns.Table.ReplaceRunRowsAsync(connection, tx, run.RunId, feeds, ct);

        if (newsletter is not null) await NewsletterColumns.Table.InsertEachAsync(connection, tx, [newsletter], null, ct);

        await UpdateFeedHealthAsync(connection, tx, run.RunId, DateTimeOffset.Parse(run.CompletedAt ?? run.UpdatedAt, System.Globalization.CultureInfo.InvariantCulture));
        await tx.CommitAsync(ct);
    }

    private static async Task<int> SecondsSinceStartAsync(DbConnection connection, DbTransaction? tx, string runId, DateTimeOffset at)
    {
        var started = await connection.ExecuteScalarAsync<string?>("SELECT started_at FROM pipeline_runs WHERE id = @Id", new { Id = RowIds.Run(runId) }, tx);
        return started is null ? 0 : (int)Math.Round(Math.Max(0, (at - DateTimeOffset.Parse(started, System.Globalization.CultureInfo.InvariantCulture)).TotalSeconds));
    }

    /// <summary>
    /// Every feed of the run updates its health row in one set-based statement from the run's feed_statistics:
    /// consecutive failures (a backed-off feed keeps its count), last success, a running mean of latency. Re-exporting
    /// the same run starts again from the state before that run, so nothing is counted twice.
    /// </summary>
    private static Task UpdateFeedHealthAsync(DbConnection connection, DbTransaction tx, string runId, DateTimeOffset at)
    {
        const string sameRun = "feeds.last_run_id = excluded.last_run_id";
        const string failuresBefore = $"CASE WHEN {sameRun} THEN feeds.failures_before_last_run ELSE feeds.consecutive_failures END";
        const string runs = $"CASE WHEN {sameRun} THEN feeds.runs_seen ELSE feeds.runs_seen + 1 END";
        // The SELECT's WHERE keeps SQLite from reading ON CONFLICT as a join constraint.
        return connection.ExecuteAsync($"""
            INSERT INTO feeds (feed_url, title, consecutive_failures, failures_before_last_run, last_error, last_success_at, last_attempt_at, last_run_id, runs_seen, avg_latency_ms)
            SELECT s.feed_url, NULLIF(s.feed_name, s.feed_url), CASE WHEN s.status = @Error THEN 1 ELSE 0 END, 0, s.error,
                CASE WHEN s.status IN (@Error, @BackedOff) THEN NULL ELSE @At END, @At, @RunId, 1, s.latency_ms
            FROM feed_statistics s WHERE s.run_id = @RunId
            ON CONFLICT (feed_url) DO UPDATE SET title = COALESCE(excluded.title, feeds.title),
                consecutive_failures = CASE WHEN excluded.consecutive_failures = 1 THEN {failuresBefore} + 1
                                            WHEN excluded.last_success_at IS NULL THEN {failuresBefore} ELSE 0 END,
                failures_before_last_run = {failuresBefore}, last_error = excluded.last_error,
                last_success_at = COALESCE(excluded.last_success_at, feeds.last_success_at), last_attempt_at = excluded.last_attempt_at,
                last_run_id = excluded.last_run_id, runs_seen = {runs},
                avg_latency_ms = CASE WHEN {runs} <= 1 THEN excluded.avg_latency_ms WHEN {sameRun} THEN feeds.avg_latency_ms
                                      ELSE feeds.avg_latency_ms + (excluded.avg_latency_ms - feeds.avg_latency_ms) / (feeds.runs_seen + 1) END
            """, new { RunId = runId, At = at.ToString("O"), Error = FeedStatus.Error, BackedOff = FeedStatus.BackedOff }, tx);
    }
}
