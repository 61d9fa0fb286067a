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

    public async Task ExportRunAsync(PipelineRunRow run, IReadOnlyList<ArticleRow> articles,
        IReadOnlyList<FeedStatisticsRow> feeds, NewsletterRow? newsletter, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        // created_at keeps the first export's time; everything else is this attempt's.
        await connection.ExecuteAsync("""
            INSERT INTO pipeline_runs (id, run_id, status, started_at, completed_at, created_at, updated_at, config_digest, total_feeds, failed_feeds,
                total_articles_input, after_dedupe, after_content_filter, after_ad_detection, after_scoring, articles_output, newsletter_id,
                processing_time_seconds, s3_output_path, scoring_model, llm_cost_usd, gpu_seconds, gpu_cost_usd,
                llm_calls, llm_cached, llm_input_tokens, llm_output_tokens,
                lambda_gb_seconds, lambda_requests, state_transitions, lambda_cost_usd, step_functions_cost_usd, estimated_cost_usd)
            VALUES (@Id, @RunId, @Status, @StartedAt, @CompletedAt, @CreatedAt, @UpdatedAt, @ConfigDigest, @TotalFeeds, @FailedFeeds,
                @TotalArticlesInput, @AfterDedupe, @AfterContentFilter, @AfterAdDetection, @AfterScoring, @ArticlesOutput, @NewsletterId,
                @ProcessingTimeSeconds, @S3OutputPath, @ScoringModel, @LlmCostUsd, @GpuSeconds, @GpuCostUsd,
                @LlmCalls, @LlmCached, @LlmInputTokens, @LlmOutputTokens,
                @LambdaGbSeconds, @LambdaRequests, @StateTransitions, @LambdaCostUsd, @StepFunctionsCostUsd, @EstimatedCostUsd)
            ON CONFLICT (id) DO UPDATE SET status = excluded.status, completed_at = excluded.completed_at, updated_at = excluded.updated_at,
                config_digest = excluded.config_digest, total_feeds = excluded.total_feeds, failed_feeds = excluded.failed_feeds,
                total_articles_input = excluded.total_articles_input, after_dedupe = excluded.after_dedupe,
                after_content_filter = excluded.after_content_filter, after_ad_detection = excluded.after_ad_detection,
                after_scoring = excluded.after_scoring, articles_output = excluded.articles_output, newsletter_id = excluded.newsletter_id,
                processing_time_seconds = excluded.processing_time_seconds, s3_output_path = excluded.s3_output_path,
                scoring_model = excluded.scoring_model, llm_cost_usd = excluded.llm_cost_usd, gpu_seconds = excluded.gpu_seconds,
                gpu_cost_usd = excluded.gpu_cost_usd, llm_calls = excluded.llm_calls, llm_cached = excluded.llm_cached,
                llm_input_tokens = excluded.llm_input_tokens, llm_output_tokens = excluded.llm_output_tokens,
                lambda_gb_seconds = excluded.lambda_gb_seconds, lambda_requests = excluded.lambda_requests, state_transitions = excluded.state_transitions,
                lambda_cost_usd = excluded.lambda_cost_usd, step_functions_cost_usd = excluded.step_functions_cost_usd,
                estimated_cost_usd = excluded.estimated_cost_usd, error_stage = NULL, error_message = NULL
            """, run, tx);

        await ArticleLoad.UpsertAsync(connection, tx, articles, ct);
        await DeleteStaleAsync(connection, tx, "articles", "article_id", run.RunId, articles.Select(a => a.ArticleId));

        await connection.ExecuteAsync("""
            INSERT INTO feed_statistics (id, pipeline_run_id, run_id, feed_url, feed_name, status, error, http_status, latency_ms, total_articles,
                passed_content_filter, passed_ad_detection, passed_quality_scoring, final_articles, processing_time_seconds, moved_to, created_at)
            VALUES (@Id, @PipelineRunId, @RunId, @FeedUrl, @FeedName, @Status, @Error, @HttpStatus, @LatencyMs, @TotalArticles,
                @PassedContentFilter, @PassedAdDetection, @PassedQualityScoring, @FinalArticles, @ProcessingTimeSeconds, @MovedTo, @CreatedAt)
            ON CONFLICT (id) DO UPDATE SET feed_name = excluded.feed_name, status = excluded.status, moved_to = excluded.moved_to,
                error = excluded.error, http_status = excluded.http_status, latency_ms = excluded.latency_ms,
                total_articles = excluded.total_articles, passed_content_filter = excluded.passed_content_filter,
                passed_ad_detection = excluded.passed_ad_detection, passed_quality_scoring = excluded.passed_quality_scoring,
                final_articles = excluded.final_articles, processing_time_seconds = excluded.processing_time_seconds
            """, feeds, tx);
        await DeleteStaleAsync(connection, tx, "feed_statistics", "feed_url", run.RunId, feeds.Select(f => f.FeedUrl));

        if (newsletter is not null)
            await connection.ExecuteAsync("""
                INSERT INTO newsletters (id, pipeline_run_id, newsletter_id, run_id, subject_line, subject_variant, subject_informative, subject_engaging,
                    article_count, article_ids, html_key, text_key, html_content, text_content, generated_at)
                VALUES (@Id, @PipelineRunId, @NewsletterId, @RunId, @SubjectLine, @SubjectVariant, @SubjectInformative, @SubjectEngaging,
                    @ArticleCount, @ArticleIds, @HtmlKey, @TextKey, @HtmlContent, @TextContent, @GeneratedAt)
                ON CONFLICT (id) DO UPDATE SET subject_line = excluded.subject_line, subject_variant = excluded.subject_variant,
                    subject_informative = excluded.subject_informative, subject_engaging = excluded.subject_engaging, article_count = excluded.article_count,
                    article_ids = excluded.article_ids, html_key = excluded.html_key, text_key = excluded.text_key,
                    html_content = excluded.html_content, text_content = excluded.text_content, generated_at = excluded.generated_at
                """, newsletter, tx);

        await UpdateFeedHealthAsync(connection, tx, run.RunId, DateTimeOffset.Parse(run.CompletedAt ?? run.UpdatedAt, System.Globalization.CultureInfo.InvariantCulture), feeds);
        await tx.CommitAsync(ct);
    }

    private static async Task<int> SecondsSinceStartAsync(DbConnection connection, DbTransaction? tx, string runId, DateTimeOffset at)
    {
        var started = await connection.ExecuteScalarAsync<string?>("SELECT started_at FROM pipeline_runs WHERE id = @Id", new { Id = RowIds.Run(runId) }, tx);
        return started is null ? 0 : (int)Math.Round(Math.Max(0, (at - DateTimeOffset.Parse(started, System.Globalization.CultureInfo.InvariantCulture)).TotalSeconds));
    }

    private static async Task DeleteStaleAsync(DbConnection connection, DbTransaction tx, string table, string keyColumn, string runId, IEnumerable<string> keep)
    {
        // Rows a previous attempt of this run wrote and this attempt did not (a feed changed between attempts).
        var existing = await connection.QueryAsync<string>($"SELECT {keyColumn} FROM {table} WHERE run_id = @runId", new { runId }, tx);
        var keepSet = keep.ToHashSet(StringComparer.Ordinal);
        foreach (var stale in existing.Where(k => !keepSet.Contains(k)))
            await connection.ExecuteAsync($"DELETE FROM {table} WHERE run_id = @runId AND {keyColumn} = @stale", new { runId, stale }, tx);
    }

    private static async Task UpdateFeedHealthAsync(DbConnection connection, DbTransaction tx, string runId, DateTimeOffset at, IReadOnlyList<FeedStatisticsRow> feeds)
    {
        foreach (var feed in feeds)
        {
            var previous = await connection.QuerySingleOrDefaultAsync<(long Failures, long FailuresBefore, string? LastRunId, long Runs, double AvgLatency)>(
                "SELECT consecutive_failures, failures_before_last_run, last_run_id, runs_seen, avg_latency_ms FROM feeds WHERE feed_url = @FeedUrl", new { feed.FeedUrl }, tx);
            var sameRun = previous.LastRunId == runId;
            // Re-exporting the same run must not count its failure twice: start from the state before this run.
            var baseFailures = sameRun ? previous.FailuresBefore : previous.Failures;
            var runs = sameRun ? previous.Runs : previous.Runs + 1;
            var failed = feed.Status == FeedStatus.Error;
            var backedOff = feed.Status == FeedStatus.BackedOff;
            var avgLatency = runs <= 1 ? feed.LatencyMs : sameRun ? previous.AvgLatency : previous.AvgLatency + (feed.LatencyMs - previous.AvgLatency) / runs;
            await connection.ExecuteAsync("""
                INSERT INTO feeds (feed_url, title, consecutive_failures, failures_before_last_run, last_error, last_success_at, last_attempt_at, last_run_id, runs_seen, avg_latency_ms)
                VALUES (@FeedUrl, @Title, @Failures, @FailuresBefore, @Error, @SuccessAt, @At, @RunId, @Runs, @Latency)
                ON CONFLICT (feed_url) DO UPDATE SET title = COALESCE(excluded.title, feeds.title),
                    consecutive_failures = excluded.consecutive_failures, failures_before_last_run = excluded.failures_before_last_run, last_error = excluded.last_error,
                    last_success_at = COALESCE(excluded.last_success_at, feeds.last_success_at), last_attempt_at = excluded.last_attempt_at,
                    last_run_id = excluded.last_run_id, runs_seen = excluded.runs_seen, avg_latency_ms = excluded.avg_latency_ms
                """, new
            {
                feed.FeedUrl,
                Title = feed.FeedName == feed.FeedUrl ? null : feed.FeedName,
                Failures = failed ? baseFailures + 1 : backedOff ? baseFailures : 0,
                FailuresBefore = baseFailures,
                feed.Error,
                SuccessAt = failed || backedOff ? null : at.ToString("O"),
                At = at.ToString("O"),
                RunId = runId,
                Runs = runs,
                Latency = avgLatency,
            }, tx);
        }
    }
}
