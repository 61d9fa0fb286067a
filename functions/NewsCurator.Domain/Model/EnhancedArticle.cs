namespace NewsCurator.Model;

/// <summary>A selected article with what Enhance adds for the reader.</summary>
public sealed record EnhancedArticle
{
    public required Article Article { get; init; }
    public required ArticleScore Score { get; init; }
    public required int Rank { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public required string Preview { get; init; }
    public required int ReadingTimeMinutes { get; init; }
}
