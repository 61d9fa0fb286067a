using NpgsqlTypes;

namespace NewsCurator.Storage;

/// <summary>
/// The articles table's columns, once: the name, the PostgreSQL type, how a row's value is read, and whether a
/// re-export may change it. The database load (binary COPY or prepared inserts), the SQL export and the CSV read this.
/// </summary>
public static class ArticleColumns
{
    public static readonly TableColumns<ArticleRow> Table = new("articles",
    [
        new TableColumn<ArticleRow>("id", NpgsqlDbType.Uuid, a => a.Id, Updatable: false),
        new("pipeline_run_id", NpgsqlDbType.Uuid, a => a.PipelineRunId, Updatable: false),
        new("run_id", NpgsqlDbType.Text, a => a.RunId, Updatable: false),
        new("article_id", NpgsqlDbType.Text, a => a.ArticleId, Updatable: false),
        new("feed_url", NpgsqlDbType.Text, a => a.FeedUrl),
        new("feed_name", NpgsqlDbType.Text, a => a.FeedName),
        new("title", NpgsqlDbType.Text, a => a.Title),
        new("content", NpgsqlDbType.Text, a => a.Content),
        new("content_length", NpgsqlDbType.Integer, a => a.ContentLength),
        new("url", NpgsqlDbType.Text, a => a.Url),
        new("canonical_url", NpgsqlDbType.Text, a => a.CanonicalUrl),
        new("author", NpgsqlDbType.Text, a => a.Author),
        new("published_date", NpgsqlDbType.Text, a => a.PublishedDate),
        new("language", NpgsqlDbType.Text, a => a.Language),
        new("word_count", NpgsqlDbType.Integer, a => a.WordCount),
        new("content_type", NpgsqlDbType.Varchar, a => a.ContentType),
        // Scores are DECIMAL(4,2): already rounded to two places in the row, so the conversion is exact.
        new("tech_relevance_score", NpgsqlDbType.Numeric, a => TableValues.Decimal(a.TechRelevanceScore)),
        new("quality_score", NpgsqlDbType.Numeric, a => TableValues.Decimal(a.QualityScore)),
        new("ad_probability", NpgsqlDbType.Double, a => a.AdProbability),
        new("is_advertisement", NpgsqlDbType.Boolean, a => a.IsAdvertisement),
        new("decision", NpgsqlDbType.Text, a => a.Decision),
        new("decision_stage", NpgsqlDbType.Text, a => a.DecisionStage),
        new("decision_rule", NpgsqlDbType.Text, a => a.DecisionRule),
        new("decision_reason", NpgsqlDbType.Text, a => a.DecisionReason),
        new("duplicate_of", NpgsqlDbType.Text, a => a.DuplicateOf),
        new("rank", NpgsqlDbType.Integer, a => a.Rank),
        new("summary", NpgsqlDbType.Text, a => a.Summary),
        // A JSON array of strings in a text column (both databases).
        new("topics", NpgsqlDbType.Text, a => a.Topics is null ? null : System.Text.Json.JsonSerializer.Serialize(a.Topics, Json.Options)),
        new("preview", NpgsqlDbType.Text, a => a.Preview),
        new("reading_time_minutes", NpgsqlDbType.Integer, a => a.ReadingTimeMinutes),
        // created_at keeps the first export's stamp (a re-run keeps the run's start anyway).
        new("created_at", NpgsqlDbType.Text, a => a.CreatedAt, Updatable: false),
    ]);

    public static IReadOnlyList<TableColumn<ArticleRow>> All => Table.All;
}

/// <summary>The feed_statistics table's columns, once (the database load and the SQL export).</summary>
public static class FeedStatisticsColumns
{
    public static readonly TableColumns<FeedStatisticsRow> Table = new("feed_statistics",
    [
        new TableColumn<FeedStatisticsRow>("id", NpgsqlDbType.Uuid, f => f.Id, Updatable: false),
        new("pipeline_run_id", NpgsqlDbType.Uuid, f => f.PipelineRunId, Updatable: false),
        new("run_id", NpgsqlDbType.Text, f => f.RunId, Updatable: false),
        new("feed_url", NpgsqlDbType.Text, f => f.FeedUrl, Updatable: false),
        new("feed_name", NpgsqlDbType.Text, f => f.FeedName),
        new("status", NpgsqlDbType.Text, f => f.Status),
        new("error", NpgsqlDbType.Text, f => f.Error),
        new("http_status", NpgsqlDbType.Integer, f => f.HttpStatus),
        // INTEGER in the schema: a fetch never takes 24 days.
        new("latency_ms", NpgsqlDbType.Integer, f => (int)Math.Min(f.LatencyMs, int.MaxValue)),
        new("total_articles", NpgsqlDbType.Integer, f => f.TotalArticles),
        new("passed_content_filter", NpgsqlDbType.Integer, f => f.PassedContentFilter),
        new("passed_ad_detection", NpgsqlDbType.Integer, f => f.PassedAdDetection),
        new("passed_quality_scoring", NpgsqlDbType.Integer, f => f.PassedQualityScoring),
        new("final_articles", NpgsqlDbType.Integer, f => f.FinalArticles),
        new("processing_time_seconds", NpgsqlDbType.Numeric, f => TableValues.Decimal(f.ProcessingTimeSeconds)),
        new("moved_to", NpgsqlDbType.Text, f => f.MovedTo),
        new("created_at", NpgsqlDbType.Text, f => f.CreatedAt, Updatable: false),
    ]);

    public static IReadOnlyList<TableColumn<FeedStatisticsRow>> All => Table.All;
}
