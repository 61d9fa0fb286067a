using System.Data.Common;
using Dapper;
using NewsCurator.Model;

namespace NewsCurator.Storage;

/// <summary>All writes the pipeline makes to the database. Each is an upsert keyed by natural ids, in one transaction.</summary>
public sealed class RunRepository(Database database)
{
    private Task? _migrated;
    private readonly Lock _migrationGate = new();

    public Database Database => database;

    /// <summary>A connection for readers (the API), on the current schema.</summary>
    public Task<DbConnection> OpenMigratedAsync(CancellationToken ct = default) => OpenAsync(ct);

    /// <summary>
    /// Every connection the pipeline opens sees the current schema. Migrations run once per process
    /// when they succeed; a failed attempt (database not up yet, disk full) is not remembered, so the
    /// next request tries again instead of a long-lived `serve` or warm Lambda failing until restarted.
    /// </summary>
    private async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        Task migration;
        lock (_migrationGate)
        {
            if (_migrated is null || _migrated.IsFaulted || _migrated.IsCanceled) _migrated = database.MigrateAsync(ct);
            migration = _migrated;
        }
        await migration;
        return await database.OpenAsync(ct);
    }

    public async Task RecordRunStartedAsync(RunContext context, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await connection.ExecuteAsync("""
            INSERT INTO pipeline_runs (run_id, status, started_at, updated_at, config_digest, total_feeds)
            VALUES (@RunId, 'running', @StartedAt, @Now, @ConfigDigest, @Feeds)
            ON CONFLICT (run_id) DO UPDATE SET status = 'running', updated_at = excluded.updated_at,
                config_digest = excluded.config_digest, total_feeds = excluded.total_feeds,
                completed_at = NULL, error_stage = NULL, error_message = NULL
            """, new { context.RunId, StartedAt = context.StartedAt.ToString("O"), Now = DateTimeOffset.UtcNow.ToString("O"), context.ConfigDigest, context.Counts.Feeds });
    }

    public async Task RecordRunFailedAsync(string runId, string stage, string message, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await connection.ExecuteAsync("""
            INSERT INTO pipeline_runs (run_id, status, started_at, updated_at, completed_at, config_digest, error_stage, error_message)
            VALUES (@runId, 'failed', @at, @at, @at, '', @stage, @message)
            ON CONFLICT (run_id) DO UPDATE SET status = 'failed', updated_at = excluded.updated_at,
                completed_at = excluded.completed_at, error_stage = excluded.error_stage, error_message = excluded.error_message
            """, new { runId, at = at.ToString("O"), stage, message });
    }

    public async Task ExportRunAsync(RunContext context, DateTimeOffset completedAt, IReadOnlyList<ArticleRow> articles,
        IReadOnlyList<FeedStatisticsRow> feeds, NewsletterRow? newsletter, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var c = context.Counts;
        await connection.ExecuteAsync("""
            INSERT INTO pipeline_runs (run_id, status, started_at, completed_at, updated_at, config_digest, total_feeds, failed_feeds,
                total_items, after_dedupe, after_content_filter, after_ad_detection, after_scoring, selected_articles, newsletter_id)
            VALUES (@RunId, 'succeeded', @StartedAt, @CompletedAt, @CompletedAt, @ConfigDigest, @Feeds, @FeedsFailed,
                @Items, @AfterDedupe, @AfterContentFilter, @AfterAdDetection, @AfterScoring, @Selected, @NewsletterId)
            ON CONFLICT (run_id) DO UPDATE SET status = 'succeeded', completed_at = excluded.completed_at, updated_at = excluded.updated_at,
                config_digest = excluded.config_digest, total_feeds = excluded.total_feeds, failed_feeds = excluded.failed_feeds,
                total_items = excluded.total_items, after_dedupe = excluded.after_dedupe, after_content_filter = excluded.after_content_filter,
                after_ad_detection = excluded.after_ad_detection, after_scoring = excluded.after_scoring,
                selected_articles = excluded.selected_articles, newsletter_id = excluded.newsletter_id, error_stage = NULL, error_message = NULL
            """, new
        {
            context.RunId, StartedAt = context.StartedAt.ToString("O"), CompletedAt = completedAt.ToString("O"), context.ConfigDigest,
            c.Feeds, c.FeedsFailed, c.Items, c.AfterDedupe, c.AfterContentFilter, c.AfterAdDetection, c.AfterScoring, c.Selected,
            context.NewsletterId,
        }, tx);

        await connection.ExecuteAsync("""
            INSERT INTO articles (run_id, article_id, feed_url, feed_title, title, url, canonical_url, author, published_at, language,
                word_count, content_type, tech_relevance_score, quality_score, ad_probability, is_advertisement, decision, decision_stage,
                decision_rule, decision_reason, duplicate_of, rank, summary, topics, preview, reading_time_minutes)
            VALUES (@RunId, @ArticleId, @FeedUrl, @FeedTitle, @Title, @Url, @CanonicalUrl, @Author, @PublishedAt, @Language,
                @WordCount, @ContentType, @TechRelevanceScore, @QualityScore, @AdProbability, @IsAdvertisement, @Decision, @DecisionStage,
                @DecisionRule, @DecisionReason, @DuplicateOf, @Rank, @Summary, @Topics, @Preview, @ReadingTimeMinutes)
            ON CONFLICT (run_id, article_id) DO UPDATE SET feed_url = excluded.feed_url, feed_title = excluded.feed_title,
                title = excluded.title, url = excluded.url, canonical_url = excluded.canonical_url, author = excluded.author,
                published_at = excluded.published_at, language = excluded.language, word_count = excluded.word_count,
                content_type = excluded.content_type, tech_relevance_score = excluded.tech_relevance_score,
                quality_score = excluded.quality_score, ad_probability = excluded.ad_probability,
                is_advertisement = excluded.is_advertisement, decision = excluded.decision, decision_stage = excluded.decision_stage,
                decision_rule = excluded.decision_rule, decision_reason = excluded.decision_reason, duplicate_of = excluded.duplicate_of,
                rank = excluded.rank, summary = excluded.summary, topics = excluded.topics, preview = excluded.preview,
                reading_time_minutes = excluded.reading_time_minutes
            """, articles, tx);
        await DeleteStaleAsync(connection, tx, "articles", "article_id", context.RunId, articles.Select(a => a.ArticleId));

        await connection.ExecuteAsync("""
            INSERT INTO feed_statistics (run_id, feed_url, feed_title, status, error, http_status, latency_ms, total_items,
                passed_content_filter, passed_ad_detection, passed_scoring, final_selected, moved_to)
            VALUES (@RunId, @FeedUrl, @FeedTitle, @Status, @Error, @HttpStatus, @LatencyMs, @TotalItems,
                @PassedContentFilter, @PassedAdDetection, @PassedScoring, @FinalSelected, @MovedTo)
            ON CONFLICT (run_id, feed_url) DO UPDATE SET feed_title = excluded.feed_title, status = excluded.status, moved_to = excluded.moved_to,
                error = excluded.error, http_status = excluded.http_status, latency_ms = excluded.latency_ms,
                total_items = excluded.total_items, passed_content_filter = excluded.passed_content_filter,
                passed_ad_detection = excluded.passed_ad_detection, passed_scoring = excluded.passed_scoring,
                final_selected = excluded.final_selected
            """, feeds, tx);
        await DeleteStaleAsync(connection, tx, "feed_statistics", "feed_url", context.RunId, feeds.Select(f => f.FeedUrl));

        if (newsletter is not null)
            await connection.ExecuteAsync("""
                INSERT INTO newsletters (newsletter_id, run_id, subject, article_count, html_key, text_key, html_content, text_content, created_at)
                VALUES (@NewsletterId, @RunId, @Subject, @ArticleCount, @HtmlKey, @TextKey, @HtmlContent, @TextContent, @CreatedAt)
                ON CONFLICT (newsletter_id) DO UPDATE SET subject = excluded.subject, article_count = excluded.article_count,
                    html_key = excluded.html_key, text_key = excluded.text_key, html_content = excluded.html_content,
                    text_content = excluded.text_content, created_at = excluded.created_at
                """, newsletter, tx);

        await UpdateFeedHealthAsync(connection, tx, context.RunId, completedAt, feeds);
        await tx.CommitAsync(ct);
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
                Title = feed.FeedTitle,
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
