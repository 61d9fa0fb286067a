namespace NewsCurator.Model;

/// <summary>A selected article with what Enhance adds for the reader.</summary>
public sealed record EnhancedArticle
{
    public required Article Article { get; init; }
    public required ArticleScore Score { get; init; }
    public required int Rank { get; init; }
    public required string Summary { get; init; }
    /// <summary>extractive, single_sentence, feed_description, preview or llm (see SummarySources).</summary>
    public string SummarySource { get; init; } = Enhance.SummarySources.Extractive;
    /// <summary>Why the summary is not the article's own best sentences; null when it is.</summary>
    public string? SummaryNote { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public required string Preview { get; init; }
    /// <summary>Minutes to read the text the feed gave (and full-text extraction added), at delivery.words_per_minute.</summary>
    public required int ReadingTimeMinutes { get; init; }
    /// <summary>The text is a teaser of a longer article (<see cref="Enhance.Excerpt"/>): its reading time says nothing of the article's.</summary>
    public bool IsExcerpt { get; init; }
    /// <summary>A podcast episode or video: the feed's text is its notes, whose reading time says nothing of its length.</summary>
    public bool IsEpisode { get; init; }
}
