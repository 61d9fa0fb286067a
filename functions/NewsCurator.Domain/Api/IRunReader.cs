namespace NewsCurator.Api;

/// <summary>
/// The port the read API queries the rows through. Rows come back as column -> value, as the store
/// holds them (<see cref="ApiRows.Normalize(IDictionary{string, object})"/> gives them one JSON shape).
/// Pages are keyset pages: <c>take</c> rows after the given key, in the listing's order; the read API
/// asks for one more than it shows to know whether a next page exists. The adapter
/// (functions/NewsCurator.Infrastructure/Sql/SqlRunReader.cs) answers each with parameterised SQL.
/// </summary>
public interface IRunReader
{
    /// <summary>Which store answers, without credentials ("sqlite:/path", "postgres:host:port/db").</summary>
    string Description { get; }

    /// <summary>Opens and asks the store one trivial question; throws when it cannot answer.</summary>
    Task PingAsync(CancellationToken ct);

    Task<long> SchemaVersionAsync(CancellationToken ct);

    /// <summary>Runs, newest first (started_at, then run_id, both descending), after the given (started_at, run_id).</summary>
    Task<IReadOnlyList<IDictionary<string, object?>>> RunsAsync(KeysetAfter? after, int take, CancellationToken ct);

    Task<IDictionary<string, object?>?> RunAsync(string runId, CancellationToken ct);

    /// <summary>Why the run's dropped articles were dropped: (stage, rule, items), most items first.</summary>
    Task<IReadOnlyList<IDictionary<string, object?>>> DropReasonsAsync(string runId, CancellationToken ct);

    /// <summary>The last runs with their funnel, failures and costs, newest first (admin status).</summary>
    Task<IReadOnlyList<IDictionary<string, object?>>> RecentRunsAsync(int take, CancellationToken ct);

    /// <summary>How many runs are in each status.</summary>
    Task<IReadOnlyDictionary<string, long>> RunCountsAsync(CancellationToken ct);

    Task<IDictionary<string, object?>?> LastFailedRunAsync(CancellationToken ct);

    /// <summary>Articles in (run_id, article_id) order with only the filters the query gives.</summary>
    Task<IReadOnlyList<IDictionary<string, object?>>> ArticlesAsync(ArticleQuery query, CancellationToken ct);

    /// <summary>Articles with their content, at least a length, newest published first (undated last).</summary>
    Task<IReadOnlyList<IDictionary<string, object?>>> AnalysisReadyAsync(AnalysisQuery query, CancellationToken ct);

    Task<IDictionary<string, object?>?> ArticleAsync(string runId, string articleId, bool selectedOnly, CancellationToken ct);

    /// <summary>Newsletters, newest first (generated_at, then newsletter_id, both descending), without their content.</summary>
    Task<IReadOnlyList<IDictionary<string, object?>>> NewslettersAsync(KeysetAfter? after, int take, CancellationToken ct);

    /// <summary>One newsletter (the latest where <paramref name="newsletterId"/> is null) with its text, without its HTML.</summary>
    Task<IDictionary<string, object?>?> NewsletterAsync(string? newsletterId, CancellationToken ct);

    /// <summary>A newsletter's HTML or its text; null when it does not exist.</summary>
    Task<string?> NewsletterContentAsync(string newsletterId, bool html, CancellationToken ct);

    /// <summary>The latest run's id, or null before the first run.</summary>
    Task<string?> LatestRunIdAsync(CancellationToken ct);

    /// <summary>A run's per-feed funnel, most final articles first.</summary>
    Task<IReadOnlyList<IDictionary<string, object?>>> FeedStatisticsAsync(string? runId, CancellationToken ct);

    /// <summary>Every feed's health (the feed_health view), most consecutive failures first.</summary>
    Task<IReadOnlyList<IDictionary<string, object?>>> FeedHealthAsync(CancellationToken ct);

    /// <summary>The same, typed, for the admin status's healthy/degraded/failing lists.</summary>
    Task<IReadOnlyList<FeedHealth>> FeedHealthSummaryAsync(CancellationToken ct);
}

/// <summary>The sort key of the last row of the previous page (a decoded cursor).</summary>
public sealed record KeysetAfter(string First, string Second);

/// <summary>A page of articles: each filter applies only when given.</summary>
public sealed record ArticleQuery
{
    public string? Run { get; init; }
    public string? ContentType { get; init; }
    public string? Topic { get; init; }
    public double? MinScore { get; init; }
    public string? Decision { get; init; }
    /// <summary>ISO-8601 UTC bounds on published_date: since inclusive, until exclusive.</summary>
    public string? Since { get; init; }
    public string? Until { get; init; }
    /// <summary>At least this many words.</summary>
    public int? MinLength { get; init; }
    /// <summary>After this (run_id, article_id).</summary>
    public KeysetAfter? After { get; init; }
    public required int Take { get; init; }
}

/// <summary>A page of analysis-ready articles: content of at least <see cref="MinLength"/> characters.</summary>
public sealed record AnalysisQuery
{
    public required int MinLength { get; init; }
    public double? MinRelevance { get; init; }
    public string? Since { get; init; }
    public string? Until { get; init; }
    /// <summary>After this published_date ('' for undated) and row id.</summary>
    public (string PublishedDate, Guid Id)? After { get; init; }
    public required int Take { get; init; }
}

/// <summary>One feed's health as the admin status lists it.</summary>
public sealed record FeedHealth(string FeedUrl, string? Title, long Failures, string? LastError, string? LastSuccessAt, double Share);
