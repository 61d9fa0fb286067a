using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using NewsCurator.Storage;

namespace NewsCurator.Api;

/// <summary>
/// The read API over runs, articles, newsletters and feeds: one router for API Gateway (Lambda)
/// and the local Kestrel host. All SQL is parameterised; pages use keyset cursors.
/// </summary>
public sealed partial class ReadApi(RunRepository runs)
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 200;

    [GeneratedRegex(@"^/newsletters/(?<id>[A-Za-z0-9_-]+)\.(?<format>html|txt)$")]
    private static partial Regex NewsletterFile();

    public async Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken ct = default)
    {
        try
        {
            if (request.Method != "GET")
                return ApiResponse.Error(405, "method_not_allowed", $"{request.Method} is not allowed: this API only reads (start runs through POST /runs on the pipeline API)");
            var path = request.Path.TrimEnd('/');
            var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            return parts switch
            {
                ["health"] => await HealthAsync(ct),
                ["runs"] => await RunsAsync(request, ct),
                ["runs", var runId] => await RunAsync(runId, ct),
                ["articles"] => await ArticlesAsync(request, analysisOnly: false, ct),
                ["analysis", "articles"] => await ArticlesAsync(request, analysisOnly: true, ct),
                ["articles", var runId, var articleId] => await ArticleAsync(runId, articleId, ct),
                ["newsletters"] => await NewslettersAsync(request, ct),
                ["newsletters", "latest"] => await NewsletterAsync(null, ct),
                ["newsletters", _] when NewsletterFile().Match(path) is { Success: true } m => await NewsletterFileAsync(m.Groups["id"].Value, m.Groups["format"].Value, ct),
                ["newsletters", var id] => await NewsletterAsync(id, ct),
                ["feeds", "statistics"] => await FeedStatisticsAsync(request, ct),
                ["feeds", "health"] => await FeedHealthAsync(ct),
                _ => ApiResponse.Error(404, "not_found", $"no endpoint at {request.Path}; see /health, /runs, /articles, /newsletters, /feeds/statistics, /feeds/health, /analysis/articles"),
            };
        }
        catch (BadParameterException ex)
        {
            return ApiResponse.Error(400, "bad_parameter", ex.Message, ex.Parameter);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // A broken database or file must not turn into an empty 500: log it, answer the error shape.
            await Console.Error.WriteLineAsync($"read API: {request.Method} {request.Path} failed: {ex.GetType().Name}: {ex.Message}");
            return ApiResponse.InternalError();
        }
    }

    private async Task<ApiResponse> HealthAsync(CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        var version = await db.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(version), 0) FROM schema_version");
        return ApiResponse.Json(new { status = "ok", database = runs.Database.Description.Split(':')[0], schema_version = version });
    }

    private async Task<ApiResponse> RunsAsync(ApiRequest request, CancellationToken ct)
    {
        var limit = Limit(request);
        var after = request.Query.TryGetValue("cursor", out var c) ? Cursor.Decode(c, 2) : null;
        await using var db = await runs.OpenMigratedAsync(ct);
        var rows = (await db.QueryAsync(
            """
            SELECT run_id, status, started_at, completed_at, total_feeds, failed_feeds, total_items, selected_articles, newsletter_id, error_stage, error_message
            FROM pipeline_runs
            WHERE (@afterStarted IS NULL OR started_at < @afterStarted OR (started_at = @afterStarted AND run_id < @afterRun))
            ORDER BY started_at DESC, run_id DESC LIMIT @take
            """, new { afterStarted = after?[0], afterRun = after?[1], take = limit + 1 })).Select(r => (IDictionary<string, object?>)r).ToList();
        return Page(rows, limit, r => Cursor.Encode((string)r["started_at"]!, (string)r["run_id"]!));
    }

    private async Task<ApiResponse> RunAsync(string runId, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        var run = await db.QuerySingleOrDefaultAsync("SELECT * FROM pipeline_runs WHERE run_id = @runId", new { runId });
        if (run is null) return ApiResponse.Error(404, "not_found", $"run '{runId}' does not exist");
        var r = (IDictionary<string, object?>)run;
        var funnel = new Dictionary<string, object?>
        {
            ["feeds"] = r["total_feeds"], ["items"] = r["total_items"], ["after_dedupe"] = r["after_dedupe"],
            ["after_content_filter"] = r["after_content_filter"], ["after_ad_detection"] = r["after_ad_detection"],
            ["after_scoring"] = r["after_scoring"], ["selected"] = r["selected_articles"],
        };
        var drops = await db.QueryAsync("SELECT decision_stage AS stage, decision_rule AS rule, COUNT(*) AS items FROM articles WHERE run_id = @runId AND decision = 'dropped' GROUP BY decision_stage, decision_rule ORDER BY COUNT(*) DESC", new { runId });
        return ApiResponse.Json(new { run, funnel, drop_reasons = drops });
    }

    private async Task<ApiResponse> ArticlesAsync(ApiRequest request, bool analysisOnly, CancellationToken ct)
    {
        var q = request.Query;
        var limit = Limit(request);
        var minScore = Number(q, "min_score", 0, 10);
        var minLength = analysisOnly ? (Integer(q, "min_length", 0, 1_000_000) ?? 300) : (int?)null;
        var decision = q.GetValueOrDefault("decision");
        if (decision is not null and not ("selected" or "dropped"))
            throw new BadParameterException("decision", "decision must be 'selected' or 'dropped'");
        var since = Date(q, "since");
        var until = Date(q, "until");
        var after = q.TryGetValue("cursor", out var c) ? Cursor.Decode(c, 2) : null;
        await using var db = await runs.OpenMigratedAsync(ct);
        var rows = (await db.QueryAsync(
            """
            SELECT run_id, article_id, title, url, feed_title, published_at, language, content_type, tech_relevance_score, quality_score,
                   ad_probability, decision, decision_stage, decision_rule, decision_reason, rank, summary, topics, preview, reading_time_minutes, word_count
            FROM articles
            WHERE (@run IS NULL OR run_id = @run)
              AND (@contentType IS NULL OR content_type = @contentType)
              AND (@topic IS NULL OR topics LIKE @topic)
              AND (@minScore IS NULL OR tech_relevance_score >= @minScore)
              AND (@decision IS NULL OR decision = @decision)
              AND (@since IS NULL OR published_at >= @since)
              AND (@until IS NULL OR published_at < @until)
              AND (@minLength IS NULL OR word_count >= @minLength)
              AND (@afterRun IS NULL OR run_id > @afterRun OR (run_id = @afterRun AND article_id > @afterArticle))
            ORDER BY run_id, article_id LIMIT @take
            """,
            new
            {
                run = q.GetValueOrDefault("run"), contentType = q.GetValueOrDefault("content_type"),
                topic = q.TryGetValue("topic", out var topic) ? $"%\"{topic.Replace("%", "", StringComparison.Ordinal)}\"%" : null,
                minScore, decision, since, until, minLength, afterRun = after?[0], afterArticle = after?[1], take = limit + 1,
            })).Select(r => (IDictionary<string, object?>)r).ToList();
        return Page(rows, limit, r => Cursor.Encode((string)r["run_id"]!, (string)r["article_id"]!));
    }

    private async Task<ApiResponse> ArticleAsync(string runId, string articleId, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        var row = await db.QuerySingleOrDefaultAsync("SELECT * FROM articles WHERE run_id = @runId AND article_id = @articleId", new { runId, articleId });
        return row is null ? ApiResponse.Error(404, "not_found", $"article '{articleId}' of run '{runId}' does not exist") : ApiResponse.Json(row);
    }

    private async Task<ApiResponse> NewslettersAsync(ApiRequest request, CancellationToken ct)
    {
        var limit = Limit(request);
        var after = request.Query.TryGetValue("cursor", out var c) ? Cursor.Decode(c, 2) : null;
        await using var db = await runs.OpenMigratedAsync(ct);
        var rows = (await db.QueryAsync(
            """
            SELECT newsletter_id, run_id, subject, article_count, created_at FROM newsletters
            WHERE (@afterCreated IS NULL OR created_at < @afterCreated OR (created_at = @afterCreated AND newsletter_id < @afterId))
            ORDER BY created_at DESC, newsletter_id DESC LIMIT @take
            """, new { afterCreated = after?[0], afterId = after?[1], take = limit + 1 })).Select(r => (IDictionary<string, object?>)r).ToList();
        return Page(rows, limit, r => Cursor.Encode((string)r["created_at"]!, (string)r["newsletter_id"]!));
    }

    private async Task<ApiResponse> NewsletterAsync(string? id, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        var row = await db.QuerySingleOrDefaultAsync(
            id is null
                ? "SELECT newsletter_id, run_id, subject, article_count, created_at, text_content FROM newsletters ORDER BY created_at DESC, newsletter_id DESC LIMIT 1"
                : "SELECT newsletter_id, run_id, subject, article_count, created_at, text_content FROM newsletters WHERE newsletter_id = @id", new { id });
        if (row is null) return ApiResponse.Error(404, "not_found", id is null ? "no newsletter has been published yet" : $"newsletter '{id}' does not exist");
        var newsletterId = (string)((IDictionary<string, object?>)row)["newsletter_id"]!;
        return ApiResponse.Json(new { newsletter = row, html = $"/newsletters/{newsletterId}.html", text = $"/newsletters/{newsletterId}.txt" });
    }

    private async Task<ApiResponse> NewsletterFileAsync(string id, string format, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        var content = await db.ExecuteScalarAsync<string?>(
            format == "html" ? "SELECT html_content FROM newsletters WHERE newsletter_id = @id" : "SELECT text_content FROM newsletters WHERE newsletter_id = @id", new { id });
        if (content is null) return ApiResponse.Error(404, "not_found", $"newsletter '{id}' does not exist");
        return new ApiResponse(200, format == "html" ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", content);
    }

    private async Task<ApiResponse> FeedStatisticsAsync(ApiRequest request, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        var run = request.Query.GetValueOrDefault("run")
                  ?? await db.ExecuteScalarAsync<string?>("SELECT run_id FROM pipeline_runs ORDER BY started_at DESC LIMIT 1");
        var rows = await db.QueryAsync("SELECT * FROM feed_statistics WHERE run_id = @run ORDER BY final_selected DESC, feed_url", new { run });
        return ApiResponse.Json(new { run_id = run, items = rows });
    }

    private async Task<ApiResponse> FeedHealthAsync(CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        var rows = await db.QueryAsync("SELECT * FROM feed_health ORDER BY consecutive_failures DESC, feed_url");
        return ApiResponse.Json(new { items = rows });
    }

    private static ApiResponse Page(List<IDictionary<string, object?>> rows, int limit, Func<IDictionary<string, object?>, string> cursor)
    {
        var more = rows.Count > limit;
        var items = rows.Take(limit).ToList();
        return ApiResponse.Json(new { items, next_cursor = more ? cursor(items[^1]) : null });
    }

    private static int Limit(ApiRequest request)
        => Integer(request.Query, "limit", 1, MaxLimit) ?? DefaultLimit;

    /// <summary>A finite number in range: NaN and the infinities parse as doubles but compare false with everything.</summary>
    private static double? Number(IReadOnlyDictionary<string, string> query, string name, double min, double max)
    {
        if (!query.TryGetValue(name, out var text)) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < min || value > max)
            throw new BadParameterException(name, $"{name} must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)} (got '{text}')");
        return value;
    }

    private static int? Integer(IReadOnlyDictionary<string, string> query, string name, int min, int max)
    {
        if (!query.TryGetValue(name, out var text)) return null;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new BadParameterException(name, $"{name} must be a whole number from {min} to {max} (got '{text}')");
        return value;
    }

    private static string? Date(IReadOnlyDictionary<string, string> query, string name)
    {
        if (!query.TryGetValue(name, out var text)) return null;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
            throw new BadParameterException(name, $"{name} must be an ISO-8601 date such as 2026-11-23 or 2026-11-23T06:00:00Z (got '{text}')");
        return value.ToUniversalTime().ToString("O");
    }
}
