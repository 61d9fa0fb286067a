using System.Text.Json.Serialization;

namespace NewsCurator.Model;

/// <summary>
/// The small state that travels between states of the state machine. Article data never
/// rides here (Step Functions caps state at 256 KB): it lives in the blob store under Prefix.
/// </summary>
public sealed record RunContext
{
    public required string RunId { get; init; }
    /// <summary>"runs/{runId}/": every artifact of the run lives under it.</summary>
    public required string Prefix { get; init; }
    public required string ConfigDigest { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public IReadOnlyList<string> Shards { get; init; } = [];
    public RunCounts Counts { get; init; } = new();
    /// <summary>Above this many candidates, Score runs as the GPU Batch job; at or below, on the CPU path.</summary>
    public int GpuThreshold { get; init; }
    /// <summary>Set by Select: the ids Enhance maps over (at most max_articles, so small).</summary>
    public IReadOnlyList<string> Selected { get; init; } = [];
    public string? NewsletterId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Extra { get; init; }
}

/// <summary>The funnel, stage by stage.</summary>
public sealed record RunCounts
{
    public int Feeds { get; init; }
    public int FeedsFailed { get; init; }
    public int Items { get; init; }
    public int AfterDedupe { get; init; }
    public int AfterContentFilter { get; init; }
    public int AfterAdDetection { get; init; }
    public int AfterScoring { get; init; }
    public int Selected { get; init; }
}
