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
    /// <summary>When a shard's deadline first left the feed unread since its last whole read: the next run asks for it first (hostile-input audit 50, H2).</summary>
    public DateTimeOffset? LeftUnreadAt { get; init; }
    /// <summary>Runs the shard's deadline cut the feed off mid-read since its last whole read (runs it was left waiting neither add nor end them): after a few, it is asked for last.</summary>
    public int DeadlineCuts { get; init; }
    /// <summary>The run that wrote this state, and the state before it: a retried or re-run Ingest starts from the same baseline.</summary>
    public string? LastRunId { get; init; }
    public FeedState? Previous { get; init; }

    /// <summary>
    /// Whether a validator can go back to the server as a request header: printable ASCII (RFC 9110 lets a server send
    /// obs-text, "caf\xe9", which .NET refuses to write; audit hostile22, H1: the feed was never read again).
    /// </summary>
    public static bool IsSendable(string value) => value.Length is > 0 and <= MaxValidatorLength && value.All(c => c is >= ' ' and <= '~');

    /// <summary>Longer than this, a validator is no version tag but a server's junk, sent back on every read.</summary>
    private const int MaxValidatorLength = 1_024;

    /// <summary>How far ahead of now a stored time may be (clocks of two hosts disagree a little) before it is impossible.</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromDays(1);

    /// <summary>
    /// What no run writes for <paramref name="feedUrl"/>, or null when the state is whole: no URL or another feed's
    /// (saving keys on it: ArgumentNullException), fewer than no failures, or a time after now (a year-9999 attempt
    /// overflowed the backoff and failed the feed's whole shard; a date days ahead backed the feed off, silently,
    /// until then).
    /// </summary>
    public string? Damage(string feedUrl, DateTimeOffset now)
    {
        if (Url != feedUrl) return string.IsNullOrEmpty(Url) ? "no url" : "the url of another feed";
        if (ConsecutiveFailures < 0) return $"consecutiveFailures is {ConsecutiveFailures}";
        if (LastAttemptAt > now + ClockTolerance) return $"lastAttemptAt {LastAttemptAt:O} is after now";
        if (LastSuccessAt > now + ClockTolerance) return $"lastSuccessAt {LastSuccessAt:O} is after now";
        // A validator is sent back as a request header: one that cannot be sent failed every later read of the feed.
        if (ETag is { } etag && !IsSendable(etag)) return "eTag is no header value a request can send (ASCII only, no line breaks)";
        if (LastModified is { } modified && !IsSendable(modified)) return "lastModified is no header value a request can send (ASCII only, no line breaks)";
        // Every later read goes to the stored move: one that is no web address failed the feed on every run.
        if (MovedTo is { } moved && !(Uri.TryCreate(moved, UriKind.Absolute, out var to) && to.Scheme is "http" or "https"))
            return "movedTo is no http(s) address";
        return Previous?.Damage(feedUrl, now) is { } previous ? $"its previous state: {previous}" : null;
    }
}

/// <summary>Feed state in the blob store (state/feeds/), next to the runs; Ingest is outside the VPC and never needs the database.</summary>
public sealed class FeedStateStore(IBlobStore blobs)
{
    public static string Key(string feedUrl) => $"state/feeds/{Hashing.ShortHash(feedUrl)}.json";

    /// <summary>
    /// The state as it was before <paramref name="runId"/> touched it; a damaged one is quarantined and the feed starts
    /// afresh. The validators (ETag, Last-Modified) are those of the last run that issued its newsletter: a run that failed
    /// after Ingest had stored them, the next run's conditional requests were all answered 304, and the stories the failed
    /// run fetched were never sent, the next issue empty (hostile-input audit 21, H3). So the validators of a run that sent
    /// no issue give way to those it started from. Issued is Deliver's record of the stories sent, not the rendered
    /// newsletter: a run whose mail server was down had rendered it (hostile-input audit 30, H1).
    /// </summary>
    public async Task<FeedState> BaselineAsync(string feedUrl, string runId, DateTimeOffset now, CancellationToken ct)
    {
        var stored = await blobs.ReadStateJsonAsync<FeedState>(Key(feedUrl), state => state.Damage(feedUrl, now), ct);
        if (stored is null) return new FeedState { Url = feedUrl };
        if (stored.LastRunId == runId) return stored.Previous ?? new FeedState { Url = feedUrl };
        return stored.LastRunId is { } writer && !await IssuedAsync(writer, ct)
            ? stored with { ETag = stored.Previous?.ETag, LastModified = stored.Previous?.LastModified }
            : stored;
    }

    // Feeds of a shard are read concurrently: the first to ask reads, the others await its answer.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<bool>>> _issued = new(StringComparer.Ordinal);

    /// <summary>Whether a run issued its newsletter (asked once per run for all the feeds of a shard).</summary>
    private Task<bool> IssuedAsync(string runId, CancellationToken ct)
        => _issued.GetOrAdd(runId, id => new Lazy<Task<bool>>(() => SentAsync(id, ct))).Value;

    private async Task<bool> SentAsync(string runId, CancellationToken ct)
    {
        string key;
        try
        {
            key = Filter.SentMemory.Key(RunPaths.ValidateRunId(runId));
        }
        catch (ArgumentException)
        {
            return false; // no run's id: a state no run of ours wrote
        }
        try
        {
            await using var meta = await blobs.OpenReadAsync(key, ct);
            return meta is not null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false; // unknown: the feeds are read whole, which loses nothing (the answer is shared by the shard's feeds)
        }
    }

    /// <summary>
    /// Undoes what <paramref name="runId"/> saved for a feed whose items it then lost (its shard failed after the feed
    /// was read): the state goes back to the one the run started from. Kept, its validators told the next run the feed
    /// had not changed, and the lost items were skipped until the feed posted again (hostile-input audit 30, H7).
    /// </summary>
    public async Task RollBackAsync(string feedUrl, string runId, DateTimeOffset now, CancellationToken ct)
    {
        var stored = await blobs.ReadStateJsonAsync<FeedState>(Key(feedUrl), state => state.Damage(feedUrl, now), ct);
        if (stored is null || stored.LastRunId != runId) return;
        await blobs.WriteJsonAsync(Key(feedUrl), stored.Previous ?? new FeedState { Url = feedUrl }, ct);
    }

    public Task SaveAsync(FeedState baseline, FeedState next, string runId, CancellationToken ct)
        => blobs.WriteJsonAsync(Key(baseline.Url), next with { LastRunId = runId, Previous = baseline with { Previous = null } }, ct);
}
