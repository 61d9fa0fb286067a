using Dapper;
using NewsCurator.Api;
using NewsCurator.Ingest;

namespace NewsCurator.Infrastructure.Sql;

/// <summary>
/// The read API's queries on PostgreSQL or SQLite (the run reader port). Every statement is
/// parameterised; pages are keyset pages over indexed orders. In AWS it logs in as the read-only
/// newscurator_reader role.
/// </summary>
public sealed class SqlRunReader(RunRepository runs) : IRunReader
{
    public string Description => runs.Description;

    public async Task PingAsync(CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        await db.ExecuteScalarAsync<long>("SELECT 1");
    }

    public async Task<long> SchemaVersionAsync(CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        return await db.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(version), 0) FROM schema_version");
    }

    public async Task<IReadOnlyList<IDictionary<string, object?>>> RunsAsync(KeysetAfter? after, int take, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        var filter = new SqlFilter()
            .When(after is not null, "(started_at < @afterStarted OR (started_at = @afterStarted AND run_id < @afterRun))", new { afterStarted = after?.First, afterRun = after?.Second })
            .With("take", take);
        return Rows(await db.QueryAsync(
            $"""
            SELECT id, run_id, status, started_at, completed_at, processing_time_seconds, total_feeds, failed_feeds, total_articles_input,
                   articles_output, newsletter_id, s3_output_path, error_stage, error_message, created_at
            FROM pipeline_runs
            {filter.Where}
            ORDER BY started_at DESC, run_id DESC LIMIT @take
            """, filter.Parameters));
    }

    public async Task<IDictionary<string, object?>?> RunAsync(string runId, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        return Row((object?)await db.QuerySingleOrDefaultAsync("SELECT * FROM pipeline_runs WHERE run_id = @runId", new { runId }));
    }

    public async Task<IReadOnlyList<IDictionary<string, object?>>> DropReasonsAsync(string runId, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        return Rows(await db.QueryAsync("SELECT decision_stage AS stage, decision_rule AS rule, COUNT(*) AS items FROM articles WHERE run_id = @runId AND decision = 'dropped' GROUP BY decision_stage, decision_rule ORDER BY COUNT(*) DESC", new { runId }));
    }

    public async Task<IReadOnlyList<IDictionary<string, object?>>> RecentRunsAsync(int take, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        return Rows(await db.QueryAsync(
            """
            SELECT id, run_id, status, started_at, completed_at, processing_time_seconds, total_feeds, failed_feeds, total_articles_input,
                   after_dedupe, after_content_filter, after_ad_detection, after_scoring, articles_output, error_stage, error_message,
                   scoring_model, llm_cost_usd, gpu_seconds, gpu_cost_usd
            FROM pipeline_runs ORDER BY started_at DESC, run_id DESC LIMIT @take
            """, new { take }));
    }

    public async Task<IReadOnlyDictionary<string, long>> RunCountsAsync(CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        return (await db.QueryAsync<(string Status, long Runs)>("SELECT status, COUNT(*) FROM pipeline_runs GROUP BY status"))
            .ToDictionary(c => c.Status, c => c.Runs);
    }

    public async Task<IDictionary<string, object?>?> LastFailedRunAsync(CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        return Row((object?)await db.QuerySingleOrDefaultAsync(
            "SELECT run_id, started_at, completed_at, error_stage, error_message FROM pipeline_runs WHERE status = 'failed' ORDER BY started_at DESC LIMIT 1"));
    }

    public async Task<IReadOnlyList<IDictionary<string, object?>>> ArticlesAsync(ArticleQuery query, CancellationToken ct)
    {
        var filter = ArticlesFilter(query);
        await using var db = await runs.OpenMigratedAsync(ct);
        return Rows(await db.QueryAsync(ArticlesSql(filter), filter.Parameters));
    }

    /// <summary>The query's filters as conditions; only those present reach the SQL (see <see cref="SqlFilter"/>).</summary>
    internal static SqlFilter ArticlesFilter(ArticleQuery q) => new SqlFilter()
        .When(q.Run, "run", "run_id = @run")
        .When(q.ContentType, "contentType", "content_type = @contentType")
        // topics is a JSON array in a text column: the quoted name, any LIKE wildcard the caller sent taken literally
        // ('_' would match the "," between two topics).
        .When(q.Topic is { } topic ? $"%\"{LikeLiteral(topic)}\"%" : null, "topic", "topics LIKE @topic ESCAPE '\\'")
        .When(q.MinScore, "minScore", "tech_relevance_score >= @minScore")
        .When(q.Decision, "decision", "decision = @decision")
        .When(q.Since, "since", "published_date >= @since")
        .When(q.Until, "until", "published_date < @until")
        .When(q.MinLength, "minLength", "word_count >= @minLength")
        .When(q.After is not null, "(run_id > @afterRun OR (run_id = @afterRun AND article_id > @afterArticle))", new { afterRun = q.After?.First, afterArticle = q.After?.Second })
        .With("take", q.Take);

    /// <summary>ix_articles_run_article (run_id, article_id) serves both a run's pages and the keyset order without a sort.</summary>
    internal static string ArticlesSql(SqlFilter filter) => $"""
        SELECT id, pipeline_run_id, run_id, article_id, title, url, feed_name, feed_url, published_date, language, content_type,
               tech_relevance_score, quality_score, ad_probability, is_advertisement, decision, decision_stage, decision_rule, decision_reason,
               rank, summary, topics, preview, reading_time_minutes, word_count, content_length, created_at
        FROM articles
        {filter.Where}
        ORDER BY run_id, article_id LIMIT @take
        """;

    public async Task<IReadOnlyList<IDictionary<string, object?>>> AnalysisReadyAsync(AnalysisQuery query, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        // Articles without a date sort last ('' is below every ISO date).
        return Rows(await db.QueryAsync(
            """
            SELECT id, pipeline_run_id, run_id, article_id, title, url, feed_name, COALESCE(published_date, '') AS published_date, language,
                   content_type, tech_relevance_score, quality_score, is_advertisement, decision, summary, topics, word_count, content_length, content
            FROM articles
            WHERE content IS NOT NULL AND content_length >= @minLength
              AND (@minRelevance IS NULL OR tech_relevance_score >= @minRelevance)
              AND (@since IS NULL OR published_date >= @since)
              AND (@until IS NULL OR published_date < @until)
              AND (@afterDate IS NULL OR COALESCE(published_date, '') < @afterDate OR (COALESCE(published_date, '') = @afterDate AND id < @afterId))
            ORDER BY COALESCE(published_date, '') DESC, id DESC LIMIT @take
            """,
            new
            {
                minLength = query.MinLength, minRelevance = query.MinRelevance, since = query.Since, until = query.Until,
                afterDate = query.After?.PublishedDate, afterId = query.After?.Id, take = query.Take,
            }));
    }

    public async Task<IDictionary<string, object?>?> ArticleAsync(string runId, string articleId, bool selectedOnly, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        return Row((object?)await db.QuerySingleOrDefaultAsync(selectedOnly
            ? "SELECT * FROM articles WHERE run_id = @runId AND article_id = @articleId AND decision = 'selected'"
            : "SELECT * FROM articles WHERE run_id = @runId AND article_id = @articleId", new { runId, articleId }));
    }

    public async Task<IReadOnlyList<IDictionary<string, object?>>> NewslettersAsync(KeysetAfter? after, int take, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        var filter = new SqlFilter()
            .When(after is not null, "(generated_at < @afterCreated OR (generated_at = @afterCreated AND newsletter_id < @afterId))", new { afterCreated = after?.First, afterId = after?.Second })
            .With("take", take);
        return Rows(await db.QueryAsync(
            $"""
            SELECT id, pipeline_run_id, newsletter_id, run_id, subject_line, subject_variant, subject_informative, subject_engaging,
                   article_count, article_ids, generated_at FROM newsletters
            {filter.Where}
            ORDER BY generated_at DESC, newsletter_id DESC LIMIT @take
            """, filter.Parameters));
    }

    private const string NewsletterColumns = "id, pipeline_run_id, newsletter_id, run_id, subject_line, subject_variant, subject_informative, subject_engaging, article_count, article_ids, generated_at, text_content";

    public async Task<IDictionary<string, object?>?> NewsletterAsync(string? newsletterId, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        return Row((object?)await db.QuerySingleOrDefaultAsync(
            newsletterId is null
                ? $"SELECT {NewsletterColumns} FROM newsletters ORDER BY generated_at DESC, newsletter_id DESC LIMIT 1"
                : $"SELECT {NewsletterColumns} FROM newsletters WHERE newsletter_id = @id", new { id = newsletterId }));
    }

    public async Task<string?> NewsletterContentAsync(string newsletterId, bool html, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        return await db.ExecuteScalarAsync<string?>(
            html ? "SELECT html_content FROM newsletters WHERE newsletter_id = @id" : "SELECT text_content FROM newsletters WHERE newsletter_id = @id", new { id = newsletterId });
    }

    public async Task<string?> LatestRunIdAsync(CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        return await db.ExecuteScalarAsync<string?>("SELECT run_id FROM pipeline_runs ORDER BY started_at DESC LIMIT 1");
    }

    public async Task<IReadOnlyList<IDictionary<string, object?>>> FeedStatisticsAsync(string? runId, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        return Rows(await db.QueryAsync("SELECT * FROM feed_statistics WHERE run_id = @run ORDER BY final_articles DESC, feed_url", new { run = runId }));
    }

    public async Task<IReadOnlyList<IDictionary<string, object?>>> FeedHealthAsync(CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        return Rows(await db.QueryAsync("SELECT * FROM feed_health ORDER BY consecutive_failures DESC, feed_url"));
    }

    public async Task<IReadOnlyList<FeedHealth>> FeedHealthSummaryAsync(CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        return (await db.QueryAsync<(string FeedUrl, string? Title, long Failures, string? LastError, string? LastSuccessAt, double Share)>(
            "SELECT feed_url, title, consecutive_failures, last_error, last_success_at, newsletter_share FROM feed_health ORDER BY consecutive_failures DESC, feed_url"))
            .Select(f => new FeedHealth(UrlDisplay.Of(f.FeedUrl), f.Title, f.Failures, f.LastError, f.LastSuccessAt, f.Share)).ToList();
    }

    /// <summary>Text a LIKE pattern matches literally (with ESCAPE '\', which PostgreSQL and SQLite both read).</summary>
    private static string LikeLiteral(string text)
        => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static List<IDictionary<string, object?>> Rows(IEnumerable<dynamic> rows) => rows.Select(r => Row((object?)r)!).ToList();

    /// <summary>The stored array; a value no run wrote (edited by hand) as one warning, never a failed page.</summary>
    private static List<string>? WarningsOf(string json)
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<List<string>>(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return [json];
        }
    }

    /// <summary>A row as the API serves it: a private feed's credentials stay in the database (its URL is the feed's key there).</summary>
    private static IDictionary<string, object?>? Row(object? row)
    {
        var columns = (IDictionary<string, object?>?)row;
        if (columns is null) return null;
        // moved_to too: rows written before it was redacted on writing hold the token the feed was subscribed with.
        foreach (var column in new[] { "feed_url", "moved_to" })
            if (columns.TryGetValue(column, out var url) && url is string value) columns[column] = UrlDisplay.Of(value);
        // Stored as a JSON array in a text column (both databases); served as the array it is.
        if (columns.TryGetValue("warnings", out var warnings) && warnings is string json)
            columns["warnings"] = WarningsOf(json);
        return columns;
    }
}
