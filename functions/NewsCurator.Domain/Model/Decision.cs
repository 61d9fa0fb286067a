namespace NewsCurator.Model;

/// <summary>
/// The fate of one item at one stage. Every item that enters a run ends with exactly one
/// final decision: dropped somewhere (with the rule and reason) or selected (with its rank).
/// </summary>
public sealed record Decision
{
    public required string ArticleId { get; init; }
    public required string Stage { get; init; }
    public required string Outcome { get; init; }
    /// <summary>Machine-readable rule name, e.g. "duplicate_url", "min_length", "feed_cap".</summary>
    public required string Rule { get; init; }
    /// <summary>A sentence an editor can read.</summary>
    public required string Reason { get; init; }
    public string? DuplicateOf { get; init; }
    public int? Rank { get; init; }
    /// <summary>
    /// The language Filter detected for an item it dropped: such an item reaches no candidates file, so without it the
    /// run's analytics counted every dropped item as "und" (ninth held-out review: {"und": 33, "en": 13} while 13 drops
    /// were named zh or ja). Null where no stage detected one (a duplicate is dropped before detection).
    /// </summary>
    public string? Language { get; init; }
}

public static class Outcomes
{
    public const string Passed = "passed";
    public const string Dropped = "dropped";
    public const string Selected = "selected";
}

public static class Stages
{
    public const string StartRun = "StartRun";
    public const string Ingest = "Ingest";
    public const string Filter = "Filter";
    public const string Score = "Score";
    public const string Select = "Select";
    public const string Enhance = "Enhance";
    public const string Newsletter = "Newsletter";
    public const string Export = "Export";
}
