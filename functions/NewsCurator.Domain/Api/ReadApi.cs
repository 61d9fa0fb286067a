using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using NewsCurator.Storage;

namespace NewsCurator.Api;

/// <summary>
/// The read API over runs, articles, newsletters and feeds: one router for API Gateway (Lambda)
/// and the local Kestrel host. All SQL is parameterised; pages use keyset cursors.
/// </summary>
public sealed partial class ReadApi(RunRepository runs, ReadApiOptions? options = null)
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 200;
    private readonly ReadApiOptions _options = options ?? new ReadApiOptions();

    [GeneratedRegex(@"^/newsletters/(?<id>[A-Za-z0-9_-]+)\.(?<format>html|txt)$")]
    private static partial Regex NewsletterFile();

    /// <summary>
    /// The versioned base is /api/v1; today's unprefixed paths (and /v1, the API Gateway stage,
    /// and /api) reach the same handlers.
    /// </summary>
    public static string WithoutVersionPrefix(string path)
    {
        foreach (var prefix in (string[])["/api/v1", "/v1", "/api"])
            if (path.StartsWith(prefix + "/", StringComparison.Ordinal) || path == prefix)
                return path[prefix.Length..] is { Length: > 0 } rest ? rest : "/";
        return path;
    }

    public async Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken ct = default)
    {
        try
        {
            if (request.Method != "GET")
                return ApiResponse.Error(405, "method_not_allowed", $"{request.Method} is not allowed: this API only reads (start runs through POST /runs on the pipeline API)");
            var path = WithoutVersionPrefix(request.Path.TrimEnd('/'));
            var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (parts is ["admin", ..] && AdminAccess.Check(request, _options) is { } denied) return denied;
            return parts switch
            {
                ["health"] => await HealthAsync(ct),
                ["health", "detailed"] => await new AdminStatus(runs, _options).HealthDetailedAsync(ct),
                ["admin", "status"] => await new AdminStatus(runs, _options).StatusAsync(ct),
                ["openapi.json"] => OpenApi.Document(),
                ["runs"] => await RunsAsync(request, ct),
                ["runs", var runId] => await RunAsync(runId, ct),
                ["articles"] => await ArticlesAsync(request, analysisOnly: false, ct),
                ["articles", "analysis-ready"] => await AnalysisReadyAsync(request, ct),
                ["analysis", "articles"] => await ArticlesAsync(request, analysisOnly: true, ct),
                ["articles", var runId, var card] when card.EndsWith(".html", StringComparison.Ordinal) => await ArticleCardAsync(runId, card[..^5], ct),
                ["articles", var runId, var articleId] => await ArticleAsync(runId, articleId, ct),
                ["newsletters"] => await NewslettersAsync(request, ct),
                ["newsletters", "latest"] => await NewsletterAsync(null, ct),
                ["newsletters", _] when NewsletterFile().Match(path) is { Success: true } m => await NewsletterFileAsync(m.Groups["id"].Value, m.Groups["format"].Value, ct),
                ["newsletters", var id] => await NewsletterAsync(id, ct),
                ["feeds", "statistics"] => await FeedStatisticsAsync(request, ct),
                ["feeds", "health"] => await FeedHealthAsync(ct),
                _ => ApiResponse.Error(404, "not_found", $"no endpoint at {request.Path}; see /api/v1/openapi.json: /health, /health/detailed, /runs, /articles, /articles/analysis-ready, /newsletters, /feeds/statistics, /feeds/health, /admin/status"),
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
        return ApiResponse.Json(new { status = "ok", api_version = Export.ExportFiles.ApiVersion, database = runs.Database.Description.Split(':')[0], schema_version = version });
    }

    private async Task<ApiResponse> RunsAsync(ApiRequest request, CancellationToken ct)
    {
        var limit = Limit(request);
        var after = request.Query.TryGetValue("cursor", out var c) ? Cursor.Decode(c, 2) : null;
        await using var db = await runs.OpenMigratedAsync(ct);
        var filter = new SqlFilter()
            .When(after is not null, "(started_at < @afterStarted OR (started_at = @afterStarted AND run_id < @afterRun))", new { afterStarted = after?[0], afterRun = after?[1] })
            .With("take", limit + 1);
        var rows = (await db.QueryAsync(
            $"""
            SELECT id, run_id, status, started_at, completed_at, processing_time_seconds, total_feeds, failed_feeds, total_articles_input,
                   articles_output, newsletter_id, s3_output_path, error_stage, error_message, created_at
            FROM pipeline_runs
            {filter.Where}
            ORDER BY started_at DESC, run_id DESC LIMIT @take
            """, filter.Parameters)).Select(r => (IDictionary<string, object?>)r).ToList();
        return Page(rows, limit, r => Cursor.Encode((string)r["started_at"]!, (string)r["run_id"]!));
    }

    private async Task<ApiResponse> RunAsync(string runId, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        var run = await db.QuerySingleOrDefaultAsync("SELECT * FROM pipeline_runs WHERE run_id = @runId", new { runId });
        if (run is null) return ApiResponse.Error(404, "not_found", $"run '{runId}' does not exist");
        var r = ApiRows.Normalize((IDictionary<string, object?>)run);
        var drops = await db.QueryAsync("SELECT decision_stage AS stage, decision_rule AS rule, COUNT(*) AS items FROM articles WHERE run_id = @runId AND decision = 'dropped' GROUP BY decision_stage, decision_rule ORDER BY COUNT(*) DESC", new { runId });
        return ApiResponse.Json(new { run = r, funnel = Funnel(r), drop_reasons = drops });
    }

    /// <summary>The run's funnel, stage by stage (the admin status shows the same).</summary>
    internal static Dictionary<string, object?> Funnel(IDictionary<string, object?> r) => new()
    {
        ["feeds"] = r["total_feeds"], ["items"] = r["total_articles_input"], ["after_dedupe"] = r["after_dedupe"],
        ["after_content_filter"] = r["after_content_filter"], ["after_ad_detection"] = r["after_ad_detection"],
        ["after_scoring"] = r["after_scoring"], ["selected"] = r["articles_output"],
    };

    private async Task<ApiResponse> ArticlesAsync(ApiRequest request, bool analysisOnly, CancellationToken ct)
    {
        var (filter, limit) = ArticlesFilter(request, analysisOnly);
        await using var db = await runs.OpenMigratedAsync(ct);
        var rows = (await db.QueryAsync(ArticlesSql(filter), filter.Parameters)).Select(r => (IDictionary<string, object?>)r).ToList();
        return Page(rows, limit, r => Cursor.Encode((string)r["run_id"]!, (string)r["article_id"]!));
    }

    /// <summary>The request's filters as conditions; only those present reach the SQL (see <see cref="SqlFilter"/>).</summary>
    internal static (SqlFilter Filter, int Limit) ArticlesFilter(ApiRequest request, bool analysisOnly)
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
        var filter = new SqlFilter()
            .When(q.GetValueOrDefault("run"), "run", "run_id = @run")
            .When(q.GetValueOrDefault("content_type"), "contentType", "content_type = @contentType")
            .When(q.TryGetValue("topic", out var topic) ? $"%\"{topic.Replace("%", "", StringComparison.Ordinal)}\"%" : null, "topic", "topics LIKE @topic")
            .When(minScore, "minScore", "tech_relevance_score >= @minScore")
            .When(decision, "decision", "decision = @decision")
            .When(since, "since", "published_date >= @since")
            .When(until, "until", "published_date < @until")
            .When(minLength, "minLength", "word_count >= @minLength")
            .When(after is not null, "(run_id > @afterRun OR (run_id = @afterRun AND article_id > @afterArticle))", new { afterRun = after?[0], afterArticle = after?[1] })
            .With("take", limit + 1);
        return (filter, limit);
    }

    /// <summary>ix_articles_run_article (run_id, article_id) serves both a run's pages and the keyset order without a sort.</summary>
    internal static string ArticlesSql(SqlFilter filter) => $"""
        SELECT id, pipeline_run_id, run_id, article_id, title, url, feed_name, feed_url, published_date, language, content_type,
               tech_relevance_score, quality_score, ad_probability, is_advertisement, decision, decision_stage, decision_rule, decision_reason,
               rank, summary, topics, preview, reading_time_minutes, word_count, content_length, created_at
        FROM articles
        {filter.Where}
        ORDER BY run_id, article_id LIMIT @take
        """;

    private async Task<ApiResponse> ArticleAsync(string runId, string articleId, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        var row = await db.QuerySingleOrDefaultAsync("SELECT * FROM articles WHERE run_id = @runId AND article_id = @articleId", new { runId, articleId });
        return row is null ? ApiResponse.Error(404, "not_found", $"article '{articleId}' of run '{runId}' does not exist") : ApiResponse.Json(ApiRows.Normalize(row));
    }

    private static readonly Lazy<Newsletter.NewsletterRenderer> CardRenderer = new(() => new Newsletter.NewsletterRenderer());

    /// <summary>A selected story as the newsletter's own story card (the article_preview partial), for the dashboard.</summary>
    private async Task<ApiResponse> ArticleCardAsync(string runId, string articleId, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        var found = await db.QuerySingleOrDefaultAsync(
            "SELECT * FROM articles WHERE run_id = @runId AND article_id = @articleId AND decision = 'selected'", new { runId, articleId });
        if (found is null) return ApiResponse.Error(404, "not_found", $"article '{articleId}' of run '{runId}' is not a selected story");
        var row = (IDictionary<string, object?>)found;
        string? Text(string column) => row[column] is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;
        int Number(string column, int fallback) => row[column] is { } v ? Convert.ToInt32(v, CultureInfo.InvariantCulture) : fallback;
        var rank = Number("rank", 0);
        var entry = new Newsletter.NewsletterEntry
        {
            Id = articleId,
            Rank = rank,
            Number = rank,
            Title = Text("title") ?? "",
            Url = Newsletter.NewsletterRenderer.SafeUrl(Text("url")),
            Source = Text("feed_name") ?? Text("feed_url") ?? "",
            Summary = Text("summary") ?? "",
            Preview = Text("preview") ?? "",
            Topics = System.Text.Json.JsonSerializer.Deserialize<List<string>>(Text("topics") ?? "[]") ?? [],
            ReadingTime = Number("reading_time_minutes", 1),
            ContentType = Text("content_type") ?? "",
        };
        return new ApiResponse(200, "text/html; charset=utf-8", CardRenderer.Value.RenderCard(entry)) { HeaderOverrides = ApiResponse.FrameableBySameOrigin };
    }

    private async Task<ApiResponse> NewslettersAsync(ApiRequest request, CancellationToken ct)
    {
        var limit = Limit(request);
        var after = request.Query.TryGetValue("cursor", out var c) ? Cursor.Decode(c, 2) : null;
        await using var db = await runs.OpenMigratedAsync(ct);
        var filter = new SqlFilter()
            .When(after is not null, "(generated_at < @afterCreated OR (generated_at = @afterCreated AND newsletter_id < @afterId))", new { afterCreated = after?[0], afterId = after?[1] })
            .With("take", limit + 1);
        var rows = (await db.QueryAsync(
            $"""
            SELECT id, pipeline_run_id, newsletter_id, run_id, subject_line, subject_variant, subject_informative, subject_engaging,
                   article_count, article_ids, generated_at FROM newsletters
            {filter.Where}
            ORDER BY generated_at DESC, newsletter_id DESC LIMIT @take
            """, filter.Parameters)).Select(r => (IDictionary<string, object?>)r).ToList();
        return Page(rows, limit, r => Cursor.Encode((string)r["generated_at"]!, (string)r["newsletter_id"]!));
    }

    private async Task<ApiResponse> NewsletterAsync(string? id, CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        var row = await db.QuerySingleOrDefaultAsync(
            id is null
                ? $"SELECT {NewsletterColumns} FROM newsletters ORDER BY generated_at DESC, newsletter_id DESC LIMIT 1"
                : $"SELECT {NewsletterColumns} FROM newsletters WHERE newsletter_id = @id", new { id });
        if (row is null) return ApiResponse.Error(404, "not_found", id is null ? "no newsletter has been published yet" : $"newsletter '{id}' does not exist");
        var newsletterId = (string)((IDictionary<string, object?>)row)["newsletter_id"]!;
        return ApiResponse.Json(new { newsletter = ApiRows.Normalize(row), html = $"/newsletters/{newsletterId}.html", text = $"/newsletters/{newsletterId}.txt" });
    }

    private const string NewsletterColumns = "id, pipeline_run_id, newsletter_id, run_id, subject_line, subject_variant, subject_informative, subject_engaging, article_count, article_ids, generated_at, text_content";

    /// <summary>
    /// Articles with enough text to analyse (the sibling product's endpoint): at least min_length
    /// characters of extracted content (default 2,000), optional relevance and date filters,
    /// newest first, keyset pages. Items carry the content, so pages are small.
    /// </summary>
    private async Task<ApiResponse> AnalysisReadyAsync(ApiRequest request, CancellationToken ct)
    {
        var q = request.Query;
        var limit = (int)(Number(q, "limit", 1, MaxAnalysisLimit) ?? DefaultAnalysisLimit);
        var minLength = (int)(Number(q, "min_length", 0, ArticleText.MaxContentLength) ?? DefaultAnalysisLength);
        var minRelevance = Number(q, "min_relevance", 0, 10);
        var since = Date(q, "since");
        var until = Date(q, "until");
        var after = q.TryGetValue("cursor", out var c) ? Cursor.Decode(c, 2) : null;
        Guid? afterId = after is null ? null : Guid.TryParse(after[1], out var g) ? g
            : throw new BadParameterException("cursor", "cursor is not one this API returned; pass next_cursor from the previous page unchanged");
        await using var db = await runs.OpenMigratedAsync(ct);
        // Articles without a date sort last ('' is below every ISO date).
        var rows = (await db.QueryAsync(
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
            new { minLength, minRelevance, since, until, afterDate = after?[0], afterId, take = limit + 1 })).Select(r => (IDictionary<string, object?>)r).ToList();
        Page(rows, limit, r => Cursor.Encode((string)r["published_date"]!, Convert.ToString(r["id"], CultureInfo.InvariantCulture)!), out var items, out var next);
        foreach (var item in items)
            if (item["published_date"] is "") item["published_date"] = null;
        return ApiResponse.Json(new { min_length = minLength, items, next_cursor = next });

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
        var rows = await db.QueryAsync("SELECT * FROM feed_statistics WHERE run_id = @run ORDER BY final_articles DESC, feed_url", new { run });
        return ApiResponse.Json(new { run_id = run, items = rows.Select(r => ApiRows.Normalize((IDictionary<string, object?>)r)) });
    }

    private async Task<ApiResponse> FeedHealthAsync(CancellationToken ct)
    {
        await using var db = await runs.OpenMigratedAsync(ct);
        var rows = await db.QueryAsync("SELECT * FROM feed_health ORDER BY consecutive_failures DESC, feed_url");
        return ApiResponse.Json(new { items = rows });
    }

    private const int DefaultAnalysisLimit = 20;
    private const int MaxAnalysisLimit = 50;
    private const int DefaultAnalysisLength = 2000;

    private static ApiResponse Page(List<IDictionary<string, object?>> rows, int limit, Func<IDictionary<string, object?>, string> cursor)
    {
        Page(rows, limit, cursor, out var items, out var next);
        return ApiResponse.Json(new { items, next_cursor = next });
    }

    private static void Page(List<IDictionary<string, object?>> rows, int limit, Func<IDictionary<string, object?>, string> cursor,
        out List<IDictionary<string, object?>> items, out string? next)
    {
        var more = rows.Count > limit;
        items = rows.Take(limit).Select(ApiRows.Normalize).ToList();
        next = more ? cursor(items[^1]) : null;
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
