namespace NewsCurator.Storage;

/// <summary>One row of articles: an item that entered the run, with its fate. Column names are the seed schema's.</summary>
public sealed record ArticleRow
{
    public required Guid Id { get; init; }
    public required Guid PipelineRunId { get; init; }
    public required string RunId { get; init; }
    public required string ArticleId { get; init; }
    public required string FeedUrl { get; init; }
    public string? FeedName { get; init; }
    public required string Title { get; init; }
    /// <summary>The extracted plain text, cut at <see cref="ArticleText.MaxContentLength"/> characters.</summary>
    public string? Content { get; init; }
    /// <summary>Characters of the extracted text before the cut.</summary>
    public int ContentLength { get; init; }
    public string? Url { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Author { get; init; }
    public string? PublishedDate { get; init; }
    public string? Language { get; init; }
    public int WordCount { get; init; }
    public string? ContentType { get; init; }
    /// <summary>DECIMAL(4,2) in the database: rounded to two places here so both databases hold the same value.</summary>
    public double? TechRelevanceScore { get; init; }
    public double? QualityScore { get; init; }
    public double? AdProbability { get; init; }
    public bool? IsAdvertisement { get; init; }
    public required string Decision { get; init; }
    public required string DecisionStage { get; init; }
    public required string DecisionRule { get; init; }
    public required string DecisionReason { get; init; }
    public string? DuplicateOf { get; init; }
    public int? Rank { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string>? Topics { get; init; }
    public string? Preview { get; init; }
    public int? ReadingTimeMinutes { get; init; }
    public required string CreatedAt { get; init; }
}

public sealed record FeedStatisticsRow
{
    public required Guid Id { get; init; }
    public required Guid PipelineRunId { get; init; }
    public required string RunId { get; init; }
    public required string FeedUrl { get; init; }
    /// <summary>The feed's title, else its URL (the seed's feed_name is NOT NULL).</summary>
    public required string FeedName { get; init; }
    public required string Status { get; init; }
    public string? Error { get; init; }
    public int? HttpStatus { get; init; }
    public long LatencyMs { get; init; }
    public int TotalArticles { get; init; }
    public int PassedContentFilter { get; init; }
    public int PassedAdDetection { get; init; }
    public int PassedQualityScoring { get; init; }
    public int FinalArticles { get; init; }
    /// <summary>Fetch, parse and full-text extraction of this feed; null when not measured.</summary>
    public double? ProcessingTimeSeconds { get; init; }
    public string? MovedTo { get; init; }
    /// <summary>What the feed got wrong that did not stop it being read, and why it yields no story (<see cref="Ingest.FeedWarnings"/>); null when nothing.</summary>
    public IReadOnlyList<string>? Warnings { get; init; }
    public required string CreatedAt { get; init; }
}

public sealed record NewsletterRow
{
    public required Guid Id { get; init; }
    public required Guid PipelineRunId { get; init; }
    public required string NewsletterId { get; init; }
    public required string RunId { get; init; }
    public required string SubjectLine { get; init; }
    /// <summary>Which variant was sent (informative or engaging); both texts are stored beside it.</summary>
    public string? SubjectVariant { get; init; }
    public string? SubjectInformative { get; init; }
    public string? SubjectEngaging { get; init; }
    public int ArticleCount { get; init; }
    /// <summary>articles.id of the stories, in rank order.</summary>
    public required UuidList ArticleIds { get; init; }
    public required string HtmlKey { get; init; }
    public required string TextKey { get; init; }
    public required string HtmlContent { get; init; }
    public required string TextContent { get; init; }
    public required string GeneratedAt { get; init; }
}

/// <summary>How much of an article's text the database keeps.</summary>
public static class ArticleText
{
    /// <summary>50,000 characters: a long-form article whole (10,000+ words would be cut), without letting one page bloat a run.</summary>
    public const int MaxContentLength = 50_000;

    public static string? Cap(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (text.Length <= MaxContentLength) return text;
        // Never split a surrogate pair: the database would get half a character.
        var cut = char.IsHighSurrogate(text[MaxContentLength - 1]) ? MaxContentLength - 1 : MaxContentLength;
        return text[..cut];
    }
}

/// <summary>The pipeline_runs row of a finished run, as the export writes it (database and SQL file alike).</summary>
public sealed record PipelineRunRow
{
    public required Guid Id { get; init; }
    public required string RunId { get; init; }
    public required string Status { get; init; }
    public required string StartedAt { get; init; }
    public string? CompletedAt { get; init; }
    public int TotalArticlesInput { get; init; }
    public int ArticlesOutput { get; init; }
    public int? ProcessingTimeSeconds { get; init; }
    public string? S3OutputPath { get; init; }
    public string? ErrorMessage { get; init; }
    public required string CreatedAt { get; init; }
    public required string UpdatedAt { get; init; }
    public required string ConfigDigest { get; init; }
    public string? ErrorStage { get; init; }
    public int TotalFeeds { get; init; }
    public int FailedFeeds { get; init; }
    public int AfterDedupe { get; init; }
    public int AfterContentFilter { get; init; }
    public int AfterAdDetection { get; init; }
    public int AfterScoring { get; init; }
    public string? NewsletterId { get; init; }
    public string? ScoringModel { get; init; }
    public double? LlmCostUsd { get; init; }
    public double? GpuSeconds { get; init; }
    public double? GpuCostUsd { get; init; }
    /// <summary>The optional LLM's calls (cache hits cost none), articles answered from the cache, and tokens.</summary>
    public int LlmCalls { get; init; }
    public int LlmCached { get; init; }
    public int LlmInputTokens { get; init; }
    public int LlmOutputTokens { get; init; }
    /// <summary>The run's estimated AWS cost (Runs/RunCost.cs): Lambda GB-seconds and requests, state transitions, their dollars, and the total with GPU and LLM.</summary>
    public double? LambdaGbSeconds { get; init; }
    public int? LambdaRequests { get; init; }
    public int? StateTransitions { get; init; }
    public double? LambdaCostUsd { get; init; }
    public double? StepFunctionsCostUsd { get; init; }
    public double? EstimatedCostUsd { get; init; }

    public static PipelineRunRow Completed(Model.RunContext context, DateTimeOffset completedAt, string? s3OutputPath, string? scoringModel, StageCost? cost = null)
    {
        var c = context.Counts;
        var completed = completedAt.ToString("O");
        return new PipelineRunRow
        {
            Id = RowIds.Run(context.RunId),
            RunId = context.RunId,
            Status = RunStatus.Completed,
            StartedAt = context.StartedAt.ToString("O"),
            CompletedAt = completed,
            TotalArticlesInput = c.Items,
            ArticlesOutput = c.Selected,
            ProcessingTimeSeconds = (int)Math.Round(Math.Max(0, (completedAt - context.StartedAt).TotalSeconds)),
            S3OutputPath = s3OutputPath,
            // The run's row exists from its start (StartRun writes it): created_at is the start, whichever attempt exports.
            CreatedAt = context.StartedAt.ToString("O"),
            UpdatedAt = completed,
            ConfigDigest = context.ConfigDigest,
            TotalFeeds = c.Feeds,
            FailedFeeds = c.FeedsFailed,
            AfterDedupe = c.AfterDedupe,
            AfterContentFilter = c.AfterContentFilter,
            AfterAdDetection = c.AfterAdDetection,
            AfterScoring = c.AfterScoring,
            NewsletterId = context.NewsletterId,
            ScoringModel = scoringModel,
            LlmCostUsd = cost?.LlmCostUsd,
            GpuSeconds = cost?.GpuSeconds,
            GpuCostUsd = cost?.GpuCostUsd,
        };
    }
}

/// <summary>
/// What a stage reports it spent, written to <see cref="RunPaths.Cost"/> (one file per stage, so a
/// retried stage overwrites its own report). Absent values are unknown, not zero.
/// </summary>
public sealed record StageCost(double? LlmCostUsd = null, double? GpuSeconds = null, double? GpuCostUsd = null)
{
    /// <summary>Sum per field over the stages that reported it; null where none did.</summary>
    public static StageCost Total(IReadOnlyList<StageCost> costs)
    {
        static double? Sum(IEnumerable<double?> values) => values.Where(v => v is not null).ToList() is { Count: > 0 } present ? Math.Round(present.Sum(v => v!.Value), 4) : null;
        return new StageCost(Sum(costs.Select(c => c.LlmCostUsd)), Sum(costs.Select(c => c.GpuSeconds)), Sum(costs.Select(c => c.GpuCostUsd)));
    }
}

/// <summary>pipeline_runs.status: the seed's three values.</summary>
public static class RunStatus
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
}
