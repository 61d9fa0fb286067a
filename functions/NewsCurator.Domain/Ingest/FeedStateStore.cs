using NewsCurator.Storage;

namespace NewsCurator.Ingest;

/// <summary>What ingest remembers about one feed between runs: validators for conditional GET, a permanent move, failures.</summary>
public sealed record FeedState
{
    public required string Url { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public string? MovedTo { get; init; }
    public int ConsecutiveFailures { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? LastSuccessAt { get; init; }
    public DateTimeOffset? LastAttemptAt { get; init; }
    /// <summary>The run that wrote this state, and the state before it: a retried or re-run Ingest starts from the same baseline.</summary>
    public string? LastRunId { get; init; }
    public FeedState? Previous { get; init; }
}

/// <summary>Feed state in the blob store (state/feeds/), next to the runs; Ingest is outside the VPC and never needs the database.</summary>
public sealed class FeedStateStore(IBlobStore blobs)
{
    public static string Key(string feedUrl) => $"state/feeds/{Hashing.ShortHash(feedUrl)}.json";

    /// <summary>The state as it was before <paramref name="runId"/> touched it.</summary>
    public async Task<FeedState> BaselineAsync(string feedUrl, string runId, CancellationToken ct)
    {
        var stored = await blobs.ReadStateJsonAsync<FeedState>(Key(feedUrl), ct);
        if (stored is null) return new FeedState { Url = feedUrl };
        return stored.LastRunId == runId ? stored.Previous ?? new FeedState { Url = feedUrl } : stored;
    }

    public Task SaveAsync(FeedState baseline, FeedState next, string runId, CancellationToken ct)
        => blobs.WriteJsonAsync(Key(baseline.Url), next with { LastRunId = runId, Previous = baseline with { Previous = null } }, ct);
}
