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
    /// <summary>The execution that holds the run's lease (<see cref="Runs.ActiveRuns"/>): Deliver gives it back. Locally the run id.</summary>
    public string? Execution { get; init; }
    /// <summary>The key of the JSON array of feed shard keys (Ingest reads it); the keys themselves stay out of the state, whose size Step Functions caps.</summary>
    public string? Manifest { get; init; }
    public int ShardCount { get; init; }
    public RunCounts Counts { get; init; } = new();
    /// <summary>Above this many candidates, Score runs as the GPU Batch job; at or below, on the CPU path.</summary>
    public int GpuThreshold { get; init; }
    /// <summary>Candidates one GPU job scores within scoring.gpu_partition_minutes at scoring.gpu_items_per_second (set by StartRun).</summary>
    public long GpuPartitionItems { get; init; }
    public int MaxGpuPartitions { get; init; } = 1;

    /// <summary>
    /// How many GPU jobs score this run (the Batch array size when above 1): the candidates Filter kept
    /// over what one job scores in its time, at most scoring.max_gpu_partitions. Computed, so it always
    /// follows the count; the state machine reads it as $.scoringPartitions (deserialising ignores it).
    /// </summary>
    public int ScoringPartitions => GpuPartitionItems <= 0 ? 1
        : (int)Math.Clamp((Counts.AfterAdDetection + GpuPartitionItems - 1) / GpuPartitionItems, 1, Math.Max(1, MaxGpuPartitions));
    /// <summary>Set by Select: the ids Enhance maps over (at most max_articles, so small).</summary>
    public IReadOnlyList<string> Selected { get; init; } = [];
    public string? NewsletterId { get; init; }
    /// <summary>Where Score ran: set by the GPU state on success, by the CPU stage otherwise (with the GPU failure it replaced).</summary>
    public ScoringRecord? Scoring { get; init; }

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

/// <summary>
/// How the candidates were scored. <see cref="GpuFailure"/> is what the state machine's Catch on
/// the GPU state put here before it fell back to the CPU scorer; the CPU stage condenses it.
/// </summary>
public sealed record ScoringRecord
{
    /// <summary>"gpu" (the Batch job) or "cpu" (the Score Lambda or the local run).</summary>
    public string? Device { get; init; }
    public string? JobId { get; init; }
    /// <summary>The scorer's name (ScoringReport.Scorer) where the CPU stage scored; the GPU job reports its own in its log.</summary>
    public string? Scorer { get; init; }
    /// <summary>How many GPU jobs scored (the array job's size), when more than one did.</summary>
    public int? Partitions { get; init; }
    public bool FellBackFromGpu { get; init; }
    /// <summary>The GPU state's error name (States.TaskFailed, States.Timeout, ...), when it fell back.</summary>
    public string? GpuError { get; init; }
    /// <summary>Why the GPU job failed, in a line (Batch's status reason, not the whole job description).</summary>
    public string? GpuReason { get; init; }
    /// <summary>The raw Catch output ({Error, Cause}); consumed by the CPU stage, never kept.</summary>
    public Runs.CaughtError? GpuFailure { get; init; }
}
