namespace NewsCurator.Model;

/// <summary>What happened when one feed was read in one run; the source of feed_statistics.</summary>
public sealed record FeedOutcome
{
    public required string FeedUrl { get; init; }
    public string? FeedTitle { get; init; }
    /// <summary>"ok", "not_modified", "error" or "backed_off".</summary>
    public required string Status { get; init; }
    public string? Format { get; init; }
    public int? HttpStatus { get; init; }
    public string? Error { get; init; }
    public int Items { get; init; }
    public long LatencyMs { get; init; }
    /// <summary>The whole time this feed took in ingest: fetch, parse and full-text extraction (feed_statistics.processing_time_seconds).</summary>
    public long? ProcessingMs { get; init; }
    /// <summary>Items the parser had to skip (bad dates are kept; items with neither title nor link are not).</summary>
    public int SkippedItems { get; init; }
    /// <summary>Where the feed now lives after a permanent redirect: update the OPML.</summary>
    public string? MovedTo { get; init; }
    /// <summary>Full-text extraction for teaser feeds: pages extracted, pages that failed (and why).</summary>
    public int FullTextExtracted { get; init; }
    public int FullTextFailed { get; init; }
    public string? FullTextError { get; init; }
    /// <summary>
    /// The shard's deadline passed before this feed was read (an error, so the run reports it): no fault of the feed's, nor
    /// of the network on this side, so it counts toward neither the feed's back-off nor an outage.
    /// </summary>
    public bool LeftUnread { get; init; }
    /// <summary>What the feed got wrong that did not stop it being read (an unknown charset label, say).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

public static class FeedStatus
{
    public const string Ok = "ok";
    public const string NotModified = "not_modified";
    public const string Error = "error";
    public const string BackedOff = "backed_off";
}
