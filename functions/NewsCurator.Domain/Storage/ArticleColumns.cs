namespace NewsCurator.Storage;

/// <summary>
/// The articles table's columns, once: the name, the PostgreSQL type, how a row's value is read, and whether a
/// re-export may change it. The database load (binary COPY or prepared inserts), the SQL export and the CSV read this.
/// </summary>
public static class ArticleColumns
{
    public static readonly TableColumns<ArticleRow> Table = new("articles",
    [
        new TableColumn<ArticleRow>("id", ColumnType.Uuid, a => a.Id, Updatable: false),
        new("pipeline_run_id", ColumnType.Uuid, a => a.PipelineRunId, Updatable: false),
        new("run_id", ColumnType.Text, a => a.RunId, Updatable: false),
        new("article_id", ColumnType.Text, a => a.ArticleId, Updatable: false),
        new("feed_url", ColumnType.Text, a => a.FeedUrl),
        new("feed_name", ColumnType.Text, a => a.FeedName),
        new("title", ColumnType.Text, a => a.Title),
        new("content", ColumnType.Text, a => a.Content),
        new("content_length", ColumnType.Integer, a => a.ContentLength),
        new("url", ColumnType.Text, a => a.Url),
        new("canonical_url", ColumnType.Text, a => a.CanonicalUrl),
        new("author", ColumnType.Text, a => a.Author),
        new("published_date", ColumnType.Text, a => a.PublishedDate),
        new("language", ColumnType.Text, a => a.Language),
        new("word_count", ColumnType.Integer, a => a.WordCount),
        new("content_type", ColumnType.Varchar, a => a.ContentType),
        // Scores are DECIMAL(4,2): already rounded to two places in the row, so the conversion is exact.
        new("tech_relevance_score", ColumnType.Numeric, a => TableValues.Decimal(a.TechRelevanceScore)),
        new("quality_score", ColumnType.Numeric, a => TableValues.Decimal(a.QualityScore)),
        new("ad_probability", ColumnType.Double, a => a.AdProbability),
        new("is_advertisement", ColumnType.Boolean, a => a.IsAdvertisement),
        new("decision", ColumnType.Text, a => a.Decision),
        new("decision_stage", ColumnType.Text, a => a.DecisionStage),
        new("decision_rule", ColumnType.Text, a => a.DecisionRule),
        new("decision_reason", ColumnType.Text, a => a.DecisionReason),
        new("duplicate_of", ColumnType.Text, a => a.DuplicateOf),
        new("rank", ColumnType.Integer, a => a.Rank),
        new("summary", ColumnType.Text, a => a.Summary),
        // A JSON array of strings in a text column (both databases).
        new("topics", ColumnType.Text, a => a.Topics is null ? null : System.Text.Json.JsonSerializer.Serialize(a.Topics, Json.Options)),
        new("preview", ColumnType.Text, a => a.Preview),
        new("reading_time_minutes", ColumnType.Integer, a => a.ReadingTimeMinutes),
        // created_at keeps the first export's stamp (a re-run keeps the run's start anyway).
        new("created_at", ColumnType.Text, a => a.CreatedAt, Updatable: false),
    ]);

    public static IReadOnlyList<TableColumn<ArticleRow>> All => Table.All;
}

/// <summary>The feed_statistics table's columns, once (the database load and the SQL export).</summary>
public static class FeedStatisticsColumns
{
    public static readonly TableColumns<FeedStatisticsRow> Table = new("feed_statistics",
    [
        new TableColumn<FeedStatisticsRow>("id", ColumnType.Uuid, f => f.Id, Updatable: false),
        new("pipeline_run_id", ColumnType.Uuid, f => f.PipelineRunId, Updatable: false),
        new("run_id", ColumnType.Text, f => f.RunId, Updatable: false),
        new("feed_url", ColumnType.Text, f => f.FeedUrl, Updatable: false),
        new("feed_name", ColumnType.Text, f => f.FeedName),
        new("status", ColumnType.Text, f => f.Status),
        new("error", ColumnType.Text, f => f.Error),
        new("http_status", ColumnType.Integer, f => f.HttpStatus),
        // INTEGER in the schema: a fetch never takes 24 days.
        new("latency_ms", ColumnType.Integer, f => (int)Math.Min(f.LatencyMs, int.MaxValue)),
        new("total_articles", ColumnType.Integer, f => f.TotalArticles),
        new("passed_content_filter", ColumnType.Integer, f => f.PassedContentFilter),
        new("passed_ad_detection", ColumnType.Integer, f => f.PassedAdDetection),
        new("passed_quality_scoring", ColumnType.Integer, f => f.PassedQualityScoring),
        new("final_articles", ColumnType.Integer, f => f.FinalArticles),
        new("processing_time_seconds", ColumnType.Numeric, f => TableValues.Decimal(f.ProcessingTimeSeconds)),
        new("moved_to", ColumnType.Text, f => f.MovedTo),
        // A JSON array of sentences (migration 0140): analysts read it with the database's JSON functions.
        new("warnings", ColumnType.Text, f => f.Warnings is { Count: > 0 } w ? System.Text.Json.JsonSerializer.Serialize(w) : null),
        new("created_at", ColumnType.Text, f => f.CreatedAt, Updatable: false),
    ]);

    public static IReadOnlyList<TableColumn<FeedStatisticsRow>> All => Table.All;
}
