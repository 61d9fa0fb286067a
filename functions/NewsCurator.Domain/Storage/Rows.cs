namespace NewsCurator.Storage;

/// <summary>One row of articles: an item that entered the run, with its fate.</summary>
public sealed record ArticleRow
{
    public required string RunId { get; init; }
    public required string ArticleId { get; init; }
    public required string FeedUrl { get; init; }
    public string? FeedTitle { get; init; }
    public required string Title { get; init; }
    public string? Url { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Author { get; init; }
    public string? PublishedAt { get; init; }
    public string? Language { get; init; }
    public int WordCount { get; init; }
    public string? ContentType { get; init; }
    public double? TechRelevanceScore { get; init; }
    public double? QualityScore { get; init; }
    public double? AdProbability { get; init; }
    public int? IsAdvertisement { get; init; }
    public required string Decision { get; init; }
    public required string DecisionStage { get; init; }
    public required string DecisionRule { get; init; }
    public required string DecisionReason { get; init; }
    public string? DuplicateOf { get; init; }
    public int? Rank { get; init; }
    public string? Summary { get; init; }
    public string? Topics { get; init; }
    public string? Preview { get; init; }
    public int? ReadingTimeMinutes { get; init; }
}

public sealed record FeedStatisticsRow
{
    public required string RunId { get; init; }
    public required string FeedUrl { get; init; }
    public string? FeedTitle { get; init; }
    public required string Status { get; init; }
    public string? Error { get; init; }
    public int? HttpStatus { get; init; }
    public long LatencyMs { get; init; }
    public int TotalItems { get; init; }
    public int PassedContentFilter { get; init; }
    public int PassedAdDetection { get; init; }
    public int PassedScoring { get; init; }
    public int FinalSelected { get; init; }
    public string? MovedTo { get; init; }
}

public sealed record NewsletterRow
{
    public required string NewsletterId { get; init; }
    public required string RunId { get; init; }
    public required string Subject { get; init; }
    /// <summary>Which variant was sent (informative or engaging); both texts are stored beside it.</summary>
    public string? SubjectVariant { get; init; }
    public string? SubjectInformative { get; init; }
    public string? SubjectEngaging { get; init; }
    public int ArticleCount { get; init; }
    public required string HtmlKey { get; init; }
    public required string TextKey { get; init; }
    public required string HtmlContent { get; init; }
    public required string TextContent { get; init; }
    public required string CreatedAt { get; init; }
}
