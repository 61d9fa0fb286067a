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
}
