using System.Globalization;
using System.Text.RegularExpressions;
using NewsCurator.Storage;

namespace NewsCurator.Api;

/// <summary>
/// The read API over runs, articles, newsletters and feeds: one router for API Gateway (Lambda)
/// and the local Kestrel host: requests in, checked parameters to the run reader port, JSON out.
/// Pages use keyset cursors.
/// </summary>
public sealed partial class ReadApi(IRunReader runs, ReadApiOptions? options = null)
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
            if (WithControlCharacter(request) is { } where)
                return ApiResponse.Error(400, "bad_parameter", where == "path"
                    ? "the path holds a control character; no run, article or newsletter id has one"
                    : $"{where} holds a control character; no run id, topic or other value this API takes has one", where == "path" ? null : where);
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
            await Console.Error.WriteLineAsync(FailureLogLine(request.Method, request.Path, ex));
            return ApiResponse.InternalError();
        }
    }

    /// <summary>
    /// The log line of a failed request, on one line whatever the caller sent: a path or an error message with CR/LF,
    /// U+0085 or U+2028 in it could otherwise forge a second log entry (hostile audit 16).
    /// </summary>
    public static string FailureLogLine(string method, string path, Exception ex)
        => $"read API: {Ingest.HeaderText.SingleLine(method)} {Ingest.HeaderText.SingleLine(path)} failed: {ex.GetType().Name}: {Ingest.HeaderText.SingleLine(ex.Message)}";

    /// <summary>
    /// The query parameter ("path" for the path) that holds a control character, or null. No value this API hands out or
    /// takes has one, and PostgreSQL refuses U+0000 in a text value: "?topic=%00" failed the query as a 500.
    /// </summary>
    private static string? WithControlCharacter(ApiRequest request)
    {
        if (HasControl(request.Path)) return "path";
        foreach (var (name, value) in request.Query)
            if (HasControl(name) || HasControl(value)) return name;
        return null;
    }

    internal static bool HasControl(string text) => text.AsSpan().IndexOfAnyInRange('\0', '\u001F') >= 0;

    private async Task<ApiResponse> HealthAsync(CancellationToken ct)
    {
        var version = await runs.SchemaVersionAsync(ct);
        return ApiResponse.Json(new { status = "ok", api_version = Export.ExportFiles.ApiVersion, database = runs.Description.Split(':')[0], schema_version = version });
    }

    private async Task<ApiResponse> RunsAsync(ApiRequest request, CancellationToken ct)
    {
        var limit = Limit(request);
        var rows = await runs.RunsAsync(After(request), limit + 1, ct);
        return Page(rows, limit, r => Cursor.Encode((string)r["started_at"]!, (string)r["run_id"]!));
    }

    private async Task<ApiResponse> RunAsync(string runId, CancellationToken ct)
    {
        var run = await runs.RunAsync(runId, ct);
        if (run is null) return ApiResponse.Error(404, "not_found", $"run '{runId}' does not exist");
        var r = ApiRows.Normalize(run);
        var drops = await runs.DropReasonsAsync(runId, ct);
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
        var query = ArticlesQuery(request, analysisOnly);
        var rows = await runs.ArticlesAsync(query, ct);
        return Page(rows, query.Take - 1, r => Cursor.Encode((string)r["run_id"]!, (string)r["article_id"]!));
    }

    /// <summary>The request's filters, checked; those it does not give stay null and never reach the store.</summary>
    internal static ArticleQuery ArticlesQuery(ApiRequest request, bool analysisOnly)
    {
        var q = request.Query;
        var limit = Limit(request);
        var minScore = Number(q, "min_score", 0, 10);
        var minLength = analysisOnly ? (Integer(q, "min_length", 0, 1_000_000) ?? 300) : (int?)null;
        var decision = q.GetValueOrDefault("decision");
        if (decision is not null and not ("selected" or "dropped"))
            throw new BadParameterException("decision", "decision must be 'selected' or 'dropped'");
        return new ArticleQuery
        {
            Run = q.GetValueOrDefault("run"),
            ContentType = q.GetValueOrDefault("content_type"),
            Topic = q.GetValueOrDefault("topic"),
            MinScore = minScore,
            Decision = decision,
            Since = Date(q, "since"),
            Until = Date(q, "until"),
            MinLength = minLength,
            After = After(request),
            // One more than the page shows: its presence says a next page exists.
            Take = limit + 1,
        };
    }

    private async Task<ApiResponse> ArticleAsync(string runId, string articleId, CancellationToken ct)
    {
        var row = await runs.ArticleAsync(runId, articleId, selectedOnly: false, ct);
        return row is null ? ApiResponse.Error(404, "not_found", $"article '{articleId}' of run '{runId}' does not exist") : ApiResponse.Json(ApiRows.Normalize(row));
    }

    private static readonly Lazy<Newsletter.NewsletterRenderer> CardRenderer = new(() => new Newsletter.NewsletterRenderer());

    /// <summary>A selected story as the newsletter's own story card (the article_preview partial), for the dashboard.</summary>
    private async Task<ApiResponse> ArticleCardAsync(string runId, string articleId, CancellationToken ct)
    {
        var row = await runs.ArticleAsync(runId, articleId, selectedOnly: true, ct);
        if (row is null) return ApiResponse.Error(404, "not_found", $"article '{articleId}' of run '{runId}' is not a selected story");
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
            Source = Text("feed_name") ?? (Text("feed_url") is { } feedUrl ? Ingest.UrlDisplay.Of(feedUrl) : ""),
            Summary = Text("summary") ?? "",
            Preview = Text("preview") ?? "",
            Topics = System.Text.Json.JsonSerializer.Deserialize<List<string>>(Text("topics") ?? "[]") ?? [],
            ReadingTime = row["reading_time_minutes"] is null ? null : Number("reading_time_minutes", 1),
            // An episode's stated length is no column: the card says "listen or watch" where the issue may say "5 min listen".
            IsEpisode = Text("content_type") == Model.ContentTypes.Podcast,
            ContentType = Text("content_type") ?? "",
            // The card shows the date in the newsletter's form, of the stored instant: rows keep it in UTC, not in the feed's
            // offset, so a story of 00:30 +08:00 reads a day earlier here than in the newsletter. PostgreSQL gives a timestamp, SQLite its text.
            Published = Newsletter.NewsletterRenderer.PublishedLabel(row["published_date"] switch
            {
                DateTimeOffset o => o,
                DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, d.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : d.Kind)),
                string t when DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
                _ => null,
            }),
        };
        return new ApiResponse(200, "text/html; charset=utf-8", CardRenderer.Value.RenderCard(entry)) { HeaderOverrides = ApiResponse.FrameableBySameOrigin };
    }

    private async Task<ApiResponse> NewslettersAsync(ApiRequest request, CancellationToken ct)
    {
        var limit = Limit(request);
        var rows = await runs.NewslettersAsync(After(request), limit + 1, ct);
        return Page(rows, limit, r => Cursor.Encode((string)r["generated_at"]!, (string)r["newsletter_id"]!));
    }

    private async Task<ApiResponse> NewsletterAsync(string? id, CancellationToken ct)
    {
        var row = await runs.NewsletterAsync(id, ct);
        if (row is null) return ApiResponse.Error(404, "not_found", id is null ? "no newsletter has been published yet" : $"newsletter '{id}' does not exist");
        var newsletterId = (string)row["newsletter_id"]!;
        return ApiResponse.Json(new { newsletter = ApiRows.Normalize(row), html = $"/newsletters/{newsletterId}.html", text = $"/newsletters/{newsletterId}.txt" });
    }

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
        (string, Guid)? after = After(request) is { } key
            ? (key.First, Guid.TryParse(key.Second, out var g) ? g
                : throw new BadParameterException("cursor", "cursor is not one this API returned; pass next_cursor from the previous page unchanged"))
            : null;
        var rows = await runs.AnalysisReadyAsync(new AnalysisQuery
        {
            MinLength = minLength, MinRelevance = minRelevance, Since = since, Until = until, After = after, Take = limit + 1,
        }, ct);
        Page(rows, limit, r => Cursor.Encode((string)r["published_date"]!, Convert.ToString(r["id"], CultureInfo.InvariantCulture)!), out var items, out var next);
        foreach (var item in items)
            if (item["published_date"] is "") item["published_date"] = null;
        return ApiResponse.Json(new { min_length = minLength, items, next_cursor = next });

    }

    private async Task<ApiResponse> NewsletterFileAsync(string id, string format, CancellationToken ct)
    {
        var content = await runs.NewsletterContentAsync(id, html: format == "html", ct);
        if (content is null) return ApiResponse.Error(404, "not_found", $"newsletter '{id}' does not exist");
        return new ApiResponse(200, format == "html" ? "text/html; charset=utf-8" : "text/plain; charset=utf-8", content);
    }

    private async Task<ApiResponse> FeedStatisticsAsync(ApiRequest request, CancellationToken ct)
    {
        var run = request.Query.GetValueOrDefault("run") ?? await runs.LatestRunIdAsync(ct);
        var rows = await runs.FeedStatisticsAsync(run, ct);
        return ApiResponse.Json(new { run_id = run, items = rows.Select(ApiRows.Normalize) });
    }

    private async Task<ApiResponse> FeedHealthAsync(CancellationToken ct)
    {
        var rows = await runs.FeedHealthAsync(ct);
        return ApiResponse.Json(new { items = rows });
    }

    private const int DefaultAnalysisLimit = 20;
    private const int MaxAnalysisLimit = 50;
    private const int DefaultAnalysisLength = 2000;

    private static ApiResponse Page(IReadOnlyList<IDictionary<string, object?>> rows, int limit, Func<IDictionary<string, object?>, string> cursor)
    {
        Page(rows, limit, cursor, out var items, out var next);
        return ApiResponse.Json(new { items, next_cursor = next });
    }

    private static void Page(IReadOnlyList<IDictionary<string, object?>> rows, int limit, Func<IDictionary<string, object?>, string> cursor,
        out List<IDictionary<string, object?>> items, out string? next)
    {
        var more = rows.Count > limit;
        items = rows.Take(limit).Select(ApiRows.Normalize).ToList();
        next = more ? cursor(items[^1]) : null;
    }

    /// <summary>The previous page's last key, from the request's cursor.</summary>
    private static KeysetAfter? After(ApiRequest request)
        => request.Query.TryGetValue("cursor", out var c) && Cursor.Decode(c, 2) is [var first, var second] ? new KeysetAfter(first, second) : null;

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
