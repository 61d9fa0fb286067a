namespace NewsCurator.Ingest;

/// <summary>The body of one feed, or why there is none.</summary>
public sealed record FetchResult
{
    public required string Status { get; init; }
    public byte[]? Body { get; init; }
    public string? Charset { get; init; }
    public int? HttpStatus { get; init; }
    public string? Error { get; init; }
    public long LatencyMs { get; init; }
    public Uri? FinalUri { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    /// <summary>Set when every redirect hop was permanent (301/308): the feed has moved there.</summary>
    public Uri? MovedPermanentlyTo { get; init; }
}

/// <summary>Validators from the previous successful fetch, for a conditional GET.</summary>
public sealed record ConditionalRequest(string? ETag, string? LastModified);

/// <summary>
/// The port Ingest fetches feeds and article pages through. The adapter
/// (functions/NewsCurator.Infrastructure/Http/FeedFetcher.cs) owns the network: limits, retries, politeness, SSRF guard.
/// </summary>
public interface IFeedFetcher : IDisposable
{
    Task<FetchResult> FetchAsync(Uri uri, CancellationToken ct) => FetchAsync(uri, null, ct);

    Task<FetchResult> FetchAsync(Uri uri, ConditionalRequest? conditional, CancellationToken ct);

    /// <summary>
    /// A fetch made for the feed at <paramref name="feed"/> (the feed itself, its redirects, its items' pages): a private host
    /// that fetch.allow_private_hosts trusts is reached for that host's own feeds only. Trusted for every fetch, an intranet
    /// host that one internal feed needed was reachable through any public feed's item link or redirect, and its pages
    /// became a public story's text (hostile-input audit 48, H1). Fetchers without a guard read it as a plain fetch.
    /// </summary>
    Task<FetchResult> FetchAsync(Uri uri, ConditionalRequest? conditional, Uri feed, CancellationToken ct) => FetchAsync(uri, conditional, ct);
}
